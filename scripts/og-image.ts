/**
 * The social card (Open Graph / Twitter) image: a 1200×630 PNG of the built deck's title slide,
 * taken from the deck itself so it never drifts from it.
 * `npx tsx scripts/og-image.ts [--dist DIR] [--out FILE]` (defaults: $DECK_OUT_DIR or dist, <dist>/og-image.png).
 */
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { buildDir } from './lib/build-state.ts';
import { parseCommandLine } from './lib/cli.ts';
import { hostStatic } from './lib/static-host.ts';

export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Screenshots the title slide of the deck built in `dist` into `out` (PNG). */
export async function renderOgImage(dist: string, out: string): Promise<void> {
  const host = await hostStatic({ '/': resolve(dist) });
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: OG_SIZE, deviceScaleFactor: 1 });
    // The slide alone: no margin, no controls, progress bar or slide number (reveal.js reads these from the query).
    const query = '?view=slides&margin=0&controls=false&progress=false&slideNumber=false&transition=none';
    await page.goto(`${host.origin}/${query}`);
    await page.waitForSelector('html[data-deck-ready="true"]', { timeout: 30_000 });
    const first = await page.locator('.reveal .slides > section').first().getAttribute('id');
    if (!first) throw new Error('the built deck has no first slide with an id');
    await page.addStyleTag({ content: '.deck-bar { display: none !important; }' });
    await page.locator(`.reveal .slides > section#${first}.present`).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: out, type: 'png' });
  } finally {
    await browser.close();
    await host.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseCommandLine(process.argv.slice(2), { dist: { type: 'string', default: buildDir() }, out: { type: 'string' } });
  const dist = values.dist;
  const out = values.out ?? join(dist, 'og-image.png');
  await renderOgImage(dist, out);
  console.log(`og-image: wrote ${out}`);
}
