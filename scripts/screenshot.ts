/**
 * Screenshots for looking at the deck:
 * `npm run shots -- [--size 1280x720] [--out dir] [--query '?print-pdf'] [--steps 0] [slide-id ...]`.
 * Serves dist/ (build first) and writes one PNG per slide (or per named slide).
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';

const args = process.argv.slice(2);
const take = (flag: string, fallback: string): string => {
  const at = args.indexOf(flag);
  if (at < 0) return fallback;
  const value = args[at + 1] ?? fallback;
  args.splice(at, 2);
  return value;
};
const [width, height] = take('--size', '1280x720').split('x').map(Number);
const out = take('--out', '.cache/shots');
// No slide transition, so a shot never catches two slides mid-fade.
const given = take('--query', '');
const query = given ? `${given}&transition=none` : '?transition=none';
// By default a slide is shown fully built (every fragment visible); --steps 0 shows its first step.
const built = take('--steps', 'all') === 'all';
const wanted = args;

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('preview server has no URL');
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: width ?? 1280, height: height ?? 720 } });
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('console:', m.text());
  });
  await page.goto(`${url}${query}`);
  await page.waitForSelector('html[data-deck-ready="true"]');
  const ids = wanted.length ? wanted : await page.$$eval('.reveal .slides section.slide', (els) => els.map((e) => e.id));
  await mkdir(out, { recursive: true });
  for (const id of ids) {
    await page.goto(`${url}${query}#/${id}`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    await page.evaluate(() => document.fonts.ready);
    if (built) {
      await page.evaluate(() => {
        for (const f of document.querySelectorAll('.reveal .slides section.slide.present .fragment')) f.classList.add('visible');
      });
      await page.addStyleTag({ content: '.reveal .slides section .fragment { transition: none !important; }' });
    }
    // Charts (when there are any on this slide) signal when drawn.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.reveal .slides section.present figure.chart')].every(
        (f) => f.getAttribute('data-chart-state') !== 'loading',
      ),
    );
    const file = `${out}/${id}-${width}x${height}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
