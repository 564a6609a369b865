import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Font } from 'fonteditor-core';
import { toSfnt, fontFile } from '../scripts/lib/pptx/fonts.ts';
mkdirSync('/tmp/pp/fonts', { recursive: true });
writeFileSync('/tmp/pp/fonts/noto-400.ttf', toSfnt(readFileSync('node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff')));
const face = { family: 'sans', bold: false, italic: false } as const;
let merged: ReturnType<typeof Font.create> | null = null;
const t0 = performance.now();
for (const s of ['latin', 'latin-ext', 'cyrillic'] as const) {
  const sfnt = toSfnt(readFileSync(fontFile(face, s)));
  const have = new Set(merged ? Object.keys(merged.get().cmap).map(Number) : []);
  const all = Object.keys(Font.create(sfnt, { type: 'ttf' }).get().cmap).map(Number);
  const part = Font.create(sfnt, { type: 'ttf', hinting: true, kerning: true, subset: all.filter((c) => !have.has(c)), compound2simple: true });
  if (merged) merged.merge(part, { scale: 1 }); else merged = part;
}
const out = merged!.write({ type: 'ttf', toBuffer: true, hinting: true, kerning: true }) as Buffer;
writeFileSync('/tmp/pp/fonts/sans-400.ttf', out);
console.log(out.length, (performance.now() - t0).toFixed(0), merged!.get().name);
