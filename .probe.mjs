import { readFileSync } from 'node:fs';
const t0 = performance.now();
const { PDFDocument } = await import('pdf-lib');
const t1 = performance.now();
const bytes = readFileSync('/tmp/proto-nav.pdf');
for (const streams of [true, false, true, false]) {
  const a = performance.now();
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const b = performance.now();
  doc.setTitle('x');
  const out = await doc.save({ useObjectStreams: streams });
  const c = performance.now();
  console.log({ streams, load: (b - a).toFixed(0), save: (c - b).toFixed(0), size: out.length, in: bytes.length });
}
console.log('import', (t1 - t0).toFixed(0));
