import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
const [out, cols, ...files] = process.argv.slice(2);
const imgs = files.map((f) => PNG.sync.read(readFileSync(f)));
const c = Number(cols);
const w = Math.max(...imgs.map((i) => i.width)), h = Math.max(...imgs.map((i) => i.height));
const rows = Math.ceil(imgs.length / c);
const sheet = new PNG({ width: w * c + (c - 1) * 4, height: h * rows + (rows - 1) * 4 });
sheet.data.fill(80);
imgs.forEach((img, k) => {
  const ox = (k % c) * (w + 4), oy = Math.floor(k / c) * (h + 4);
  for (let y = 0; y < img.height; y++) img.data.copy(sheet.data, ((oy + y) * sheet.width + ox) * 4, y * img.width * 4, (y + 1) * img.width * 4);
});
writeFileSync(out, PNG.sync.write(sheet));
