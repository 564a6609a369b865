/**
 * A contact sheet: every screenshot in a folder side by side on one image, in deck order, to judge
 * the deck as a whole (what looks empty, what looks crowded).
 * `npm run shots:sheet -- [--in .cache/shots] [--out .cache/contact-sheet.png] [--columns 4]`.
 * Run `npm run shots` first; the order is the slides' order in the built deck (dist/index.html).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { parseFragment } from 'parse5';
import { SLIDES_FILE } from '../src/render/page.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { colour } from '../src/theme/tokens.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: '.cache/shots' },
    out: { type: 'string', default: '.cache/contact-sheet.png' },
    columns: { type: 'string', default: '4' },
  },
});
const dir = resolve(values.in);
const columns = Number(values.columns);
// The slides' order: the ids of the <section>s in the slides file beside the page (read by the HTML parser; the
// article's pages carry the same ids, without the title slide).
const slides = parseFragment(await readFile(join('dist', SLIDES_FILE), 'utf8').catch(() => ''));
const order = slides.childNodes.flatMap((n) =>
  'tagName' in n && n.tagName === 'section' ? [n.attrs.find((a) => a.name === 'id')?.value ?? ''] : [],
);
if (order.length === 0) throw new Error(`contact-sheet: dist/${SLIDES_FILE} has no slides (build first)`);
const files = (await readdir(dir)).filter((f) => f.endsWith('.png'));
const idOf = (file: string): string => file.replace(/-\d+x\d+\.png$/, '');
files.sort((a, b) => order.indexOf(idOf(a)) - order.indexOf(idOf(b)));

// Inlined as data: URLs (a page set from a string may not load file:// images).
const images = await Promise.all(files.map(async (f) => (await readFile(join(dir, f))).toString('base64')));
const cells = files
  .map((f, i) => `<figure><img src="data:image/png;base64,${images[i] ?? ''}"><figcaption>${i + 1}. ${idOf(f)}</figcaption></figure>`)
  .join('');
const page = `<!doctype html><style>
  body { margin: 0; padding: 12px; background: ${colour.inkSoft}; font: 14px sans-serif; color: ${colour.white};
         display: grid; grid-template-columns: repeat(${columns}, 480px); gap: 10px; width: max-content; }
  figure { margin: 0; } img { width: 480px; display: block; outline: 1px solid ${colour.ink}; }
  figcaption { padding: 2px 0 0; }
</style>${cells}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
try {
  const tab = await browser.newPage({ viewport: { width: 400, height: 300 } });
  await tab.setContent(page);
  await tab.waitForFunction(() => [...document.images].every((img) => img.complete));
  await tab.screenshot({ path: values.out, fullPage: true });
  console.log(`${values.out}: ${files.length} slides`);
} finally {
  await browser.close();
}
