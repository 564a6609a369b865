import { mergedFace, cjkFace } from '../scripts/lib/pptx/soffice.ts';
import { Font } from 'fonteditor-core';
const s = Font.create(mergedFace({ family: 'sans', bold: false, italic: false }), { type: 'ttf' }).get().cmap;
console.log('sans 25A0', 0x25a0 in s, '2013', 0x2013 in s, '25B6', 0x25b6 in s, '25AA', 0x25aa in s);
const c = Font.create(cjkFace(400), { type: 'ttf' }).get().cmap;
console.log('noto 25A0', 0x25a0 in c, 0x2013 in c);
