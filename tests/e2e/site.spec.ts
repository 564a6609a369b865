/**
 * The deployable site: the built dist/ served under a sub-path (as a project page of a static host
 * is), its metadata, and build:site's PDF download and social card.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hostStatic, type StaticHost } from '../../scripts/lib/static-host.ts';
import { SLIDES_FILE } from '../../src/render/page.ts';

test.describe.configure({ mode: 'serial' });

const dist = process.env.DECK_OUT_DIR ?? 'dist';
const SUB = '/talks/china-belarus/';
let host: StaticHost;
let base = '';

test.beforeAll(async () => {
  host = await hostStatic({ [SUB]: dist });
  base = `${host.origin}${SUB}`;
});

test.afterAll(async () => {
  await host.close();
});

/** Every request must stay inside the sub-path (or be data:/blob:), and none may fail. */
function watchSubPath(page: Page): { outside: string[]; failed: string[] } {
  const seen = { outside: [] as string[], failed: [] as string[] };
  page.on('request', (r) => {
    if (!/^(data|blob|about):/.test(r.url()) && !r.url().startsWith(base)) seen.outside.push(r.url());
  });
  page.on('requestfailed', (r) => seen.failed.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) seen.failed.push(`${r.url()} (${r.status()})`);
  });
  page.on('pageerror', (e) => seen.failed.push(`page error: ${String(e)}`));
  return seen;
}

const ready = (page: Page): Promise<void> => expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true');

test('works served under a sub-path: slides, a lazily loaded chart, search and the reading view', async ({ page }) => {
  const seen = watchSubPath(page);
  await page.goto(base);
  await ready(page);
  const chartSlide = await page.locator('.reveal .slides > section:has(figure.chart)').first().getAttribute('id');
  expect(chartSlide).toBeTruthy();
  await page.evaluate((id) => {
    window.location.hash = `#/${id}`;
  }, chartSlide);
  await expect(page.locator(`section#${chartSlide} canvas`).first()).toHaveAttribute('data-chart-state', 'drawn');
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('searchbox', { name: 'Search the talk' })).toBeFocused();
  await page.keyboard.press('Escape');
  // The bar steps aside 3 s after the pointer last moved (under load the steps above can take that
  // long); a reader reaching for it moves the pointer, which brings it back.
  await page.mouse.move(200, 200);
  await page.getByRole('button', { name: 'Reading view' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
  await expect(page).toHaveURL(new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?view=scroll#${chartSlide}$`));
  expect(seen.outside).toEqual([]);
  expect(seen.failed).toEqual([]);
});

test('names its title, description, language, favicon and social card; robots.txt; assets by relative URL only', async ({ request }) => {
  const html = await (await request.get(base)).text();
  expect(html).toMatch(/<html lang="[a-z]{2}/);
  expect(html).toMatch(/<title>[^<]{10,}<\/title>/);
  expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
  for (const property of ['og:title', 'og:description', 'og:type'])
    expect(html).toMatch(new RegExp(`<meta property="${property}" content="[^"]+"`));
  expect(html).toMatch(/<meta name="twitter:card" content="summary(?:_large_image)?"/);
  const icon = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1] ?? '';
  expect((await request.get(new URL(icon, base).href)).status()).toBe(200);
  const robots = await request.get(`${base}robots.txt`);
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  expect(rules).toMatch(/^User-agent: \*/m);
  // The slides file beside each page is a part of it, not a page of its own.
  expect(rules).toContain(`Disallow: /*${SLIDES_FILE}$`);

  // Assets, metadata and scripts: never a root-relative or absolute URL (links to sources are content, not assets;
  // nor is the talk's own public address in the citation tags, written only when the build is given DECK_URL).
  const assetRefs = [...html.matchAll(/<(?:script|link|img|meta)\b[^>]*\b(?:src|href|content)="([^"]*)"/g)]
    .filter((m) => !/name="citation_(?:public|abstract_html)_url"/.test(m[0]))
    .map((m) => m[1] ?? '');
  expect(assetRefs.filter((u) => /^(\/|https?:)/.test(u))).toEqual([]);
  const assets = await readdir(join(dist, 'assets'));
  for (const file of assets.filter((f) => /\.(css|js)$/.test(f))) {
    const code = await readFile(join(dist, 'assets', file), 'utf8');
    const urls = [...code.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1] ?? '');
    expect(
      urls.filter((u) => /^(\/|https?:)/.test(u)),
      file,
    ).toEqual([]);
  }
});

test('build:site adds the PDF, which the deck offers, and a 1200×630 card of the title slide', async ({ page }) => {
  test.setTimeout(240_000);
  const out = await mkdtemp(join(tmpdir(), 'deck-site-'));
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn('npx', ['tsx', 'scripts/build-site.ts'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, DECK_OUT_DIR: relative(process.cwd(), out) },
      });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
      });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build:site exited ${code}: ${err}`))));
    });
    const site = await hostStatic({ [SUB]: out });
    try {
      const siteBase = `${site.origin}${SUB}`;
      await page.goto(siteBase);
      await ready(page);
      // Named by its visible text; the title says what it does.
      const pdf = page.getByRole('link', { name: 'PDF', exact: true });
      await expect(pdf).toBeVisible();
      await expect(pdf).toHaveAttribute('title', 'Download the slides as PDF');
      await expect(pdf).toHaveAttribute('download', '');
      const response = await page.request.get(new URL((await pdf.getAttribute('href')) ?? '', siteBase).href);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

      const html = await (await page.request.get(siteBase)).text();
      expect(html).toContain('<meta property="og:image" content="./og-image.png" />');
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
      const png = await readFile(join(out, 'og-image.png'));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    } finally {
      await site.close();
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
