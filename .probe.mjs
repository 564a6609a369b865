import { readFileSync } from 'node:fs';
const { PDFDocument, ParseSpeeds } = await import('pdf-lib');
const bytes = readFileSync('exports/deck.pdf');
const res = { def: [], fast: [] };
for (let i = 0; i < 8; i++) {
  for (const mode of ['def', 'fast']) {
    const a = performance.now();
    const doc = await PDFDocument.load(bytes, mode === 'fast' ? { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } : { updateMetadata: false });
    doc.setTitle('x');
    const out = await doc.save(mode === 'fast' ? { objectsPerTick: Infinity } : {});
    res[mode].push(performance.now() - a);
    if (i === 0) console.log(mode, out.length, doc.context.largestObjectNumber);
  }
}
const med = (v) => v.sort((a, b) => a - b)[v.length >> 1].toFixed(0);
console.log('default', med(res.def), 'fastest', med(res.fast));
