/**
 * Screenshots for looking at the deck:
 * `npm run shots -- [--size 1280x720] [--out dir] [--query '?print-pdf'] [--steps 0] [slide-id ...]`.
 * Serves dist/ (build first) and writes one PNG per slide (or per named slide).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../src/model/geometry.ts';
import { buildDir } from './lib/build-state.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { parseCommandLine } from './lib/cli.ts';
import { hostStatic } from './lib/static-host.ts';

const { values, positionals: wanted } = parseCommandLine(
  process.argv.slice(2),
  {
    size: { type: 'string', default: `${SLIDE_WIDTH}x${SLIDE_HEIGHT}` },
    out: { type: 'string', default: '.cache/shots' },
    query: { type: 'string' },
    steps: { type: 'string', default: 'all' },
  },
  true,
);
const [width, height] = values.size.split('x').map(Number);
const out = values.out;
// The slides (a phone would open the reading view), with no transition, so a shot never catches two slides mid-fade.
const query = `${values.query ?? '?view=slides'}&transition=none`;
// By default a slide is shown fully built (every fragment visible); --steps 0 shows its first step.
const built = values.steps === 'all';

const host = await hostStatic({ '/': resolve(buildDir()) });
const url = `${host.origin}/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: width ?? SLIDE_WIDTH, height: height ?? SLIDE_HEIGHT } });
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
      // CSSOM, not a <style> tag: the page's Content-Security-Policy refuses inline styles it has no hash for.
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('.reveal .slides section .fragment { transition: none !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
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
  await host.close();
}
