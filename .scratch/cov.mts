import { readFileSync } from 'node:fs';
import { Font } from 'fonteditor-core';
import { toSfnt } from '/work/wt-pptx/scripts/lib/pptx/fonts.ts';
import JSZip from 'jszip';
const dir = '/work/wt-pptx/node_modules/@fontsource/noto-sans-sc/files/';
for (const w of [400, 700]) {
  const t0 = performance.now();
  const sfnt = toSfnt(readFileSync(`${dir}noto-sans-sc-chinese-simplified-${w}-normal.woff`));
  const font = Font.create(sfnt, { type: 'ttf' });
  const d = font.get();
  const cmap = new Set(Object.keys(d.cmap).map(Number));
  console.log(w, sfnt.length, d.glyf.length, d.name.fontFamily, d.name.fontSubFamily, (performance.now()-t0).toFixed(0),'ms');
  for (const f of ['/tmp/pp/deck-zh.pptx','/tmp/pp/deck-en.pptx','/tmp/pp/deck-ru.pptx']) {
    const zip = await JSZip.loadAsync(readFileSync(f));
    let text = '';
    for (const p of Object.keys(zip.files).filter((p) => /^ppt\/(slides|charts)\/[^/]+\.xml$/.test(p))) text += await zip.file(p)!.async('string');
    const cjk = [...new Set([...text].filter((c) => /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(c)))];
    console.log(f, cjk.length, 'missing:', cjk.filter((c) => !cmap.has(c.codePointAt(0)!)).join(''));
  }
}
