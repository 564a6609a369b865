/**
 * Bundle check: the JavaScript a visitor loads before any chart slide must not contain Chart.js.
 * Reads the built index.html and follows the entry chunk's static imports in Vite's build manifest; then confirms in the
 * browser that the chart chunk is fetched only near a chart slide. Also measures the chart
 * chunk's gzip size and the time from a slide change to a finished chart (printed and attached
 * to the test report).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { gotoSlide, slideById, slideIds, waitForDeck } from './support.ts';

const DIST = resolve(process.env.DECK_OUT_DIR ?? 'dist');

/** Strings that only Chart.js's own code contains (error messages and its private keys). */
const CHART_JS_MARKERS = ['Canvas is already in use. Chart with ID', '$chartjs', "Failed to create chart: can't acquire context"];
const hasChartJs = (code: string): boolean => CHART_JS_MARKERS.some((m) => code.includes(m));

const read = (file: string): string => readFileSync(file, 'utf8');

/** Vite's build manifest: each chunk's file and the chunks it imports statically (`imports`) or lazily (`dynamicImports`). */
type Manifest = Record<
  string,
  { readonly file: string; readonly imports?: readonly string[]; readonly dynamicImports?: readonly string[] }
>;

/** The entry script and modulepreloads named in index.html, and every chunk they import statically (the bundler's graph). */
function initialChunks(): { initial: Map<string, string>; lazy: Set<string> } {
  const html = read(join(DIST, 'index.html'));
  const manifest = JSON.parse(read(join(DIST, '.vite', 'manifest.json'))) as Manifest;
  const byFile = new Map(Object.values(manifest).map((chunk) => [resolve(DIST, chunk.file), chunk]));
  const fileOf = (key: string): string => resolve(DIST, manifest[key]?.file ?? key);
  const named = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => resolve(DIST, m[1] ?? ''));
  expect(named.length, 'index.html names an entry script').toBeGreaterThan(0);
  const initial = new Map<string, string>();
  const lazy = new Set<string>();
  const queue = [...named];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (initial.has(file)) continue;
    const chunk = byFile.get(file);
    expect(chunk, `${file} is in the build manifest`).toBeDefined();
    initial.set(file, read(file));
    for (const key of chunk?.imports ?? []) queue.push(fileOf(key));
    // Dynamic imports are loaded later, on demand.
    for (const key of chunk?.dynamicImports ?? []) lazy.add(fileOf(key));
  }
  for (const file of initial.keys()) lazy.delete(file);
  return { initial, lazy };
}

test('the initial JavaScript has no Chart.js; the chart chunk is a dynamic import', ({}, testInfo) => {
  const { initial, lazy } = initialChunks();
  for (const [file, code] of initial) expect(hasChartJs(code), `${file} is loaded up front and contains Chart.js`).toBe(false);
  const chartChunks = [...lazy].filter((file) => hasChartJs(read(file)));
  // The markers are real: they are found in the lazy chunk, so the check above can fail.
  expect(chartChunks, 'a lazily imported chunk holds Chart.js').toHaveLength(1);
  const chunk = chartChunks[0] ?? '';
  const raw = readFileSync(chunk);
  // One chunk for every edition: its words and series come from the page, so it holds no source
  // registry, no summary prose and no legend words of any language.
  const code = raw.toString('utf8');
  // Nor the data modules' own text (document names, what a figure is): its series come from the page too.
  const texts = [
    'International Monetary Fund',
    'Russia took close to half',
    'Exports to China',
    'Экспорт в Китай',
    '对华出口',
    'Agreement on the establishment of diplomatic relations',
    'Belarus MFA annual report',
    'IMF DOTS, Belarus as reporter',
  ];
  for (const text of texts) {
    expect(code, `the chart chunk holds "${text}"`).not.toContain(text);
  }
  const gzip = gzipSync(raw, { level: 9 }).length;
  const entry = [...initial.values()].reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
  const note = `chart chunk ${chunk.split('/').pop()}: ${(raw.length / 1024).toFixed(1)} kB, ${(gzip / 1024).toFixed(1)} kB gzip; initial JS ${(entry / 1024).toFixed(1)} kB gzip`;
  console.log(note);
  testInfo.annotations.push({ type: 'bundle', description: note });
  // A budget, so a careless `chart.js/auto` (everything registered) fails here.
  expect(gzip, 'chart chunk gzip bytes').toBeLessThan(90 * 1024);
});

/** Script URLs the page has requested so far. */
const scripts = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );

test('in the browser, the chart chunk is fetched only when a chart slide is near', async ({ page }) => {
  await page.goto('./');
  await waitForDeck(page);
  const ids = await slideIds(page);
  const firstChart = Math.min(...['partner-shares', 'partnership-ladder', 'trade-growth'].map((id) => ids.indexOf(id)));
  expect(firstChart).toBeGreaterThan(2);
  expect((await scripts(page)).filter((s) => /\/mount-[^/]+\.js$/.test(s))).toEqual([]);
  // Two slides before the first chart: still not fetched.
  await gotoSlide(page, ids[firstChart - 2] ?? '');
  expect((await scripts(page)).filter((s) => /\/mount-[^/]+\.js$/.test(s))).toEqual([]);
  // The slide next to it: fetched ahead.
  await page.evaluate(
    (id) => {
      window.location.hash = `#/${id}`;
    },
    ids[firstChart - 1] ?? '',
  );
  await expect.poll(async () => (await scripts(page)).filter((s) => /\/mount-[^/]+\.js$/.test(s)).length).toBe(1);
});

/** Milliseconds from the navigation key to the chart's `drawn` mark, measured in the page. */
async function slideChangeToDrawn(page: Page, from: string, to: string): Promise<number> {
  await gotoSlide(page, from);
  const canvas = page.locator(`${slideById(to)} canvas`);
  await page.evaluate((target) => {
    const el = document.querySelector(`#${target} canvas`);
    Reflect.set(window, '__drawnAt', undefined);
    new MutationObserver(() => {
      if (el?.getAttribute('data-chart-state') === 'drawn' && Reflect.get(window, '__drawnAt') === undefined)
        Reflect.set(window, '__drawnAt', performance.now());
    }).observe(el ?? document, { attributes: true });
  }, to);
  await page.evaluate((id) => {
    Reflect.set(window, '__changedAt', performance.now());
    window.location.hash = `#/${id}`;
  }, to);
  await expect.poll(() => page.evaluate(() => typeof Reflect.get(window, '__drawnAt'))).toBe('number');
  await expect(canvas).toHaveAttribute('data-chart-state', 'drawn');
  return page.evaluate(() => Number(Reflect.get(window, '__drawnAt')) - Number(Reflect.get(window, '__changedAt')));
}

test('time from slide change to a finished chart', async ({ page }, testInfo) => {
  await page.goto('./');
  await waitForDeck(page);
  const ids = await slideIds(page);
  const at = ids.indexOf('trade-growth');
  // Cold: jumping from far away, the chunk is fetched on arrival. Warm: from the slide before (fetched ahead).
  const cold = await slideChangeToDrawn(page, ids[1] ?? '', 'trade-growth');
  const warm = await slideChangeToDrawn(page, ids[at - 1] ?? '', 'trade-growth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const still = await slideChangeToDrawn(page, ids[at - 1] ?? '', 'trade-growth');
  const note = `slide change → chart drawn: ${cold.toFixed(0)} ms from far away (chunk fetched then), ${warm.toFixed(0)} ms from the slide before (900 ms entry animation), ${still.toFixed(0)} ms with reduced motion`;
  console.log(note);
  testInfo.annotations.push({ type: 'timing', description: note });
  // The animation is 900 ms; anything far beyond it means the chart waited on something.
  expect(warm).toBeLessThan(2500);
  expect(still).toBeLessThan(1000);
});
