/**
 * Size budgets. The reading view (a phone's first view): the JavaScript that runs on load (the
 * entry and what it imports statically) ≤ 25 KB gzip, with no reveal.js. The slide view: that plus
 * the slide view's chunks, which the head's boot script preloads, ≤ 70 KB gzip. The page itself
 * (the article, with the maps) ≤ 50 KB gzip, each edition's ≤ 64 KB (Cyrillic takes two bytes a
 * letter), and the slides file beside each ≤ 24 KB gzip; the page's CSS ≤ 12 KB gzip, and with reveal.js's
 * stylesheet, which only the slide view fetches, ≤ 20 KB. Fonts are counted apart and must be woff2
 * files (never base64 in the CSS). Builds the deck into a temporary folder first, so it measures
 * the current sources rather than whatever dist/ holds.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITIONS } from '../../editions/index.ts';
import { SLIDES_FILE } from '../../src/render/page.ts';

const KB = 1024;
const BUDGET = {
  readingJsGzip: 25 * KB,
  slidesJsGzip: 70 * KB,
  htmlGzip: 50 * KB,
  editionHtmlGzip: 64 * KB,
  slidesFileGzip: 24 * KB,
  readingCssGzip: 12 * KB,
  cssGzip: 20 * KB,
} as const;

let outDir = '';
let html = '';

const gzipSize = async (file: string): Promise<number> => gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;

/** Files named by the page's own tags (`./assets/x.js` → `assets/x.js`). */
function tagged(pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => posix.normalize((m[1] ?? '').replace(/^\.\//, '')));
}

/** The slide view's chunks, as the head's boot script preloads them. */
function slidesPreload(): string[] {
  const boot = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const list = /\["\.\/assets\/[^\]]+\]/.exec(boot)?.[0] ?? '[]';
  return (JSON.parse(list) as string[]).map((f) => posix.normalize(f.replace(/^\.\//, '')));
}

/** Vite's build manifest: each chunk's file and the chunks it imports statically (`imports`) or lazily. */
type Manifest = Record<
  string,
  { readonly file: string; readonly imports?: readonly string[]; readonly dynamicImports?: readonly string[] }
>;
let manifest: Manifest = {};

/** Scripts and every chunk they import statically, transitively (the bundler's own graph); dynamic import() is not followed. */
function closure(start: readonly string[]): string[] {
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const chunk = byFile.get(file);
    if (!chunk) throw new Error(`${file} is not in the build manifest`);
    for (const key of chunk.imports ?? []) queue.push(manifest[key]?.file ?? key);
  }
  return [...seen];
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'deck-budget-'));
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
  html = await readFile(join(outDir, 'index.html'), 'utf8');
  manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}, 120_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const entryScripts = (): string[] => [
  ...tagged(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...tagged(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
];
const totalGzip = async (files: readonly string[]): Promise<number> => (await Promise.all(files.map(gzipSize))).reduce((a, b) => a + b, 0);

describe('size budgets', () => {
  it(`the reading view's initial JavaScript is at most ${BUDGET.readingJsGzip / KB} KB gzip, without reveal.js, Chart.js or search`, async () => {
    const scripts = closure(entryScripts());
    expect(scripts.length).toBeGreaterThan(0);
    const total = await totalGzip(scripts);
    console.info(`reading view JS: ${scripts.join(', ')} = ${(total / KB).toFixed(1)} KB gzip`);
    expect(total).toBeLessThanOrEqual(BUDGET.readingJsGzip);
    for (const file of scripts) {
      const code = await readFile(join(outDir, file), 'utf8');
      // Marks of reveal.js's core, of Chart.js's core, and of the search dialog.
      expect(code, `${file} must not contain reveal.js`).not.toContain('reveal-viewport');
      expect(code, `${file} must not contain Chart.js`).not.toContain('Canvas is already in use');
      expect(code, `${file} must not contain search`).not.toContain('search-results');
    }
  });

  it(`the slide view's JavaScript (the entry and the preloaded slide view) is at most ${BUDGET.slidesJsGzip / KB} KB gzip, without Chart.js`, async () => {
    const preload = slidesPreload();
    expect(preload.length, 'the boot script preloads the slide view').toBeGreaterThan(0);
    const scripts = closure([...entryScripts(), ...preload]);
    const total = await totalGzip(scripts);
    console.info(`slide view JS: ${(total / KB).toFixed(1)} KB gzip`);
    expect(total).toBeLessThanOrEqual(BUDGET.slidesJsGzip);
    expect(scripts.some((f) => /reveal-viewport/.test(readFileSync(join(outDir, f), 'utf8')))).toBe(true);
    for (const file of scripts) expect(readFileSync(join(outDir, file), 'utf8'), file).not.toContain('Canvas is already in use');
    // The lazy parts exist as chunks of their own.
    const all = (await readdir(join(outDir, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
    expect(all.filter((f) => !scripts.includes(f)).length, 'lazily loaded chunks').toBeGreaterThan(0);
  });

  it('no browser chunk holds a map library or geodata (the maps are drawn at build time)', async () => {
    const all = (await readdir(join(outDir, 'assets'))).filter((f) => f.endsWith('.js'));
    for (const file of all) {
      const code = await readFile(join(outDir, 'assets', file), 'utf8');
      // TopoJSON's own markers, and d3-geo's projection names (kept as strings in its code).
      expect(code, file).not.toMatch(/"Topology"|topojson|geoConicEqualArea|geoPath/);
    }
  });

  it(`the page (the article; the slides are a file beside it) is at most ${BUDGET.htmlGzip / KB} KB gzip`, async () => {
    const size = await gzipSize('index.html');
    console.info(`index.html: ${(size / KB).toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(BUDGET.htmlGzip);
    expect(html).toContain(`data-src="${SLIDES_FILE}"`);
  });

  it(`each edition's page is at most ${BUDGET.editionHtmlGzip / KB} KB gzip and its slides file ${BUDGET.slidesFileGzip / KB} KB`, async () => {
    for (const dir of EDITIONS.map((e) => e.dir)) {
      const [page, slides] = await Promise.all([gzipSize(`${dir}index.html`), gzipSize(`${dir}${SLIDES_FILE}`)]);
      console.info(`${dir || '(root) '}index.html: ${(page / KB).toFixed(1)} KB, ${SLIDES_FILE}: ${(slides / KB).toFixed(1)} KB gzip`);
      expect(page, `${dir}index.html`).toBeLessThanOrEqual(BUDGET.editionHtmlGzip);
      expect(slides, `${dir}${SLIDES_FILE}`).toBeLessThanOrEqual(BUDGET.slidesFileGzip);
    }
  });

  it(`the reading view's CSS is at most ${BUDGET.readingCssGzip / KB} KB gzip, the slide view's (with reveal.js's) ${BUDGET.cssGzip / KB} KB`, async () => {
    const sheets = tagged(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
    expect(sheets.length).toBeGreaterThan(0);
    const page = (await Promise.all(sheets.map(gzipSize))).reduce((a, b) => a + b, 0);
    // reveal.js's stylesheet is the slide view's alone: the page does not link it (src/app/reveal-styles.ts).
    const reveal = (await readdir(join(outDir, 'assets'))).filter((f) => /^reveal-[\w-]+\.css$/.test(f)).map((f) => `assets/${f}`);
    expect(reveal).toHaveLength(1);
    expect(sheets).not.toContain(reveal[0]);
    const total = page + (await gzipSize(reveal[0] ?? ''));
    console.info(`CSS: ${sheets.join(', ')} = ${(page / KB).toFixed(1)} KB gzip; with ${reveal.join('')}: ${(total / KB).toFixed(1)} KB`);
    expect(page).toBeLessThanOrEqual(BUDGET.readingCssGzip);
    expect(total).toBeLessThanOrEqual(BUDGET.cssGzip);
  });

  it('the Chinese edition loads at most 600 KB of fonts in all: its own faces and the stylesheet’s', async () => {
    const page = await readFile(join(outDir, 'zh', 'index.html'), 'utf8');
    const sheets = [...page.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => join(outDir, 'zh', m[1] ?? ''));
    const css = [page, ...(await Promise.all(sheets.map((f) => readFile(f, 'utf8'))))].join('\n');
    const fonts = new Set([...css.matchAll(/url\(\s*["']?(?:\.\.?\/)*(?:assets\/)?([^"')]+\.woff2)/g)].map((m) => m[1] ?? ''));
    expect(
      [...fonts].some((f) => f.startsWith('noto-sans-sc-zh-')),
      'the Chinese page has its own faces',
    ).toBe(true);
    const sizes = await Promise.all([...fonts].map((f) => readFile(join(outDir, 'assets', f)).then((b) => b.length)));
    const total = sizes.reduce((a, b) => a + b, 0);
    console.info(`Chinese edition fonts: ${fonts.size} woff2 files, ${(total / KB).toFixed(1)} KB`);
    expect(total).toBeLessThanOrEqual(600 * KB);
  });

  it('fonts are woff2 files only, never inlined in the CSS', async () => {
    const assets = await readdir(join(outDir, 'assets'));
    const fonts = assets.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.endsWith('.woff2'))).toEqual([]);
    const sizes = await Promise.all(fonts.map((f) => readFile(join(outDir, 'assets', f)).then((b) => b.length)));
    console.info(`fonts: ${fonts.length} woff2 files, ${(sizes.reduce((a, b) => a + b, 0) / KB).toFixed(1)} KB`);
    for (const sheet of assets.filter((f) => f.endsWith('.css'))) {
      const css = await readFile(join(outDir, 'assets', sheet), 'utf8');
      expect(css, `${sheet} inlines a font`).not.toMatch(/url\(\s*["']?data:(?:font|application\/(?:font|x-font))/);
    }
  });
});
