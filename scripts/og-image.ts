/**
 * The social card (Open Graph / Twitter) image: a 1200×630 PNG of the built deck's title slide,
 * taken from the deck itself so it never drifts from it.
 * `npx tsx scripts/og-image.ts [--dist DIR] [--out FILE]` (defaults: $DECK_OUT_DIR or dist, <dist>/og-image.png).
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { launchChromium, type Chromium } from './lib/cdp.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { buildDir } from './lib/build-state.ts';
import { parseCommandLine } from './lib/cli.ts';
import { waitUntilReady } from './lib/pdf-ready.ts';
import { hostStatic } from './lib/static-host.ts';

export const OG_SIZE = { width: 1200, height: 630 } as const;

/**
 * Screenshots the title slide of the deck built in `dist` into `out` (PNG), in `browser` when
 * given (build:site shares one launch with the PDF export), else in a Chromium of its own.
 */
export async function renderOgImage(dist: string, out: string, browser?: Chromium, dir = ''): Promise<void> {
  const own = browser ? null : launchChromium(findChromium(), CHROMIUM_ARGS);
  const chromium = browser ?? own;
  if (!chromium) throw new Error('no browser');
  const host = await hostStatic({ '/': resolve(dist) }, 0, { compress: false });
  try {
    const page = await chromium.newPage({ ...OG_SIZE, deviceScaleFactor: 1 });
    // The slide alone: no margin, no controls, progress bar or slide number (reveal.js reads these from the query).
    const query = '?view=slides&margin=0&controls=false&progress=false&slideNumber=false&transition=none';
    // `dir`: an edition's folder (`ru/`), whose title slide is in its language.
    await page.goto(`${host.origin}/${dir}${query}`, 60_000);
    await waitUntilReady(page, 30_000, page.errors);
    const shown = await page.evaluate(
      () =>
        new Promise<string | null>((done) => {
          const first = document.querySelector('.reveal .slides > section');
          if (!first?.id) {
            done(null);
            return;
          }
          // The deck bar is for people, not for the card. CSSOM, not a <style>: the page's CSP refuses those.
          const sheet = new CSSStyleSheet();
          sheet.replaceSync('.deck-bar { display: none !important; }');
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          // reveal.js marks the slide on screen `present`; the fonts are in once the deck is ready.
          if (first.classList.contains('present')) {
            done(first.id);
            return;
          }
          new MutationObserver((_records, observer) => {
            if (!first.classList.contains('present')) return;
            observer.disconnect();
            done(first.id);
          }).observe(first, { attributes: true, attributeFilter: ['class'] });
        }),
    );
    if (!shown) throw new Error('the built deck has no first slide with an id');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await writeFile(out, await page.screenshot());
    if (browser) await page.close();
  } finally {
    await own?.close();
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
