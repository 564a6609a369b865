/**
 * The QR code to the deck: a build given DECK_URL shows it on the title and closing slides, large
 * enough to scan (over 200 screen pixels at 1280×720), and a real decoder (jsQR) reads the address
 * back from a screenshot and from the exported PDF. The default build has no trace of it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { EDITIONS } from '../../editions/index.ts';
import { hostStatic, type StaticHost } from '../../scripts/lib/static-host.ts';
import { loadDeck } from '../../src/deck.ts';
import { expectNoProblems, gotoSlide, slideById, waitForDeck, watch } from './support.ts';
import { SLIDES_FILE } from '../../src/render/page.ts';

const ADDRESS = 'https://example.org/talk/';
/** Under .cache (ignored), not beside the project's own build. */
const OUT = '.cache/dist-qr';

/** Runs a command to its end; rejects with its stderr. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${err}`))));
  });
}

/** What jsQR reads in a PNG (null when it finds no code). */
function decode(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}

test.describe('built with DECK_URL', () => {
  test.describe.configure({ mode: 'serial' });
  let host: StaticHost;
  let base = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await run('npx', ['vite', 'build', '--logLevel', 'warn'], { ...process.env, DECK_URL: ADDRESS, DECK_OUT_DIR: OUT });
    host = await hostStatic({ '/talk/': OUT });
    base = `${host.origin}/talk/`;
  });

  test.afterAll(async () => {
    await host.close();
  });

  async function open(page: Page, id: string): Promise<void> {
    await page.goto(`${base}?transition=none#/${id}`);
    await waitForDeck(page);
    await expect(page.locator(slideById(id))).toHaveClass(/\bpresent\b/);
  }

  for (const id of ['thank-you', 'title']) {
    test(`the ${id} slide shows the address and a QR code that scans to it`, async ({ page }) => {
      const problems = watch(page);
      await open(page, id);
      const link = page.locator(`${slideById(id)} .deck-link`);
      await expect(link.getByRole('link', { name: 'example.org/talk' })).toHaveAttribute('href', ADDRESS);
      const box = await link.locator('svg').boundingBox();
      expect(box?.width ?? 0, 'QR code width on a 1280×720 screen').toBeGreaterThanOrEqual(200);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(200);
      // The whole screen, as a phone's camera would see the projection.
      expect(decode(await page.screenshot())).toBe(ADDRESS);
      expectNoProblems(problems);
    });
  }

  test('every edition links the others by their absolute addresses (hreflang)', async ({ page }) => {
    for (const edition of EDITIONS) {
      await page.goto(`${base}${edition.dir}`);
      const alternates = page.locator('link[rel="alternate"][hreflang]');
      await expect(alternates).toHaveCount(EDITIONS.length + 1);
      for (const other of EDITIONS)
        await expect(page.locator(`link[rel="alternate"][hreflang="${other.lang}"]`)).toHaveAttribute('href', `${ADDRESS}${other.dir}`);
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', ADDRESS);
    }
  });

  test('only the title and closing slides carry it', async ({ page }) => {
    await open(page, 'title');
    const carriers = await page.locator('.reveal .slides section.slide:has(.deck-link)').evaluateAll((els) => els.map((e) => e.id));
    expect(carriers).toEqual(['title', 'thank-you']);
  });

  test('the exported PDF carries a code that scans to the address', async ({}, testInfo) => {
    test.setTimeout(180_000);
    const dir = await mkdtemp(join(tmpdir(), 'deck-qr-pdf-'));
    try {
      const pdf = join(dir, 'deck.pdf');
      // The exporter rebuilds when the build is stale: with the same address.
      await run('npx', ['tsx', 'scripts/export-pdf.ts', '--out', pdf], { ...process.env, DECK_URL: ADDRESS, DECK_OUT_DIR: OUT });
      // One page per slide, in the slides file's order.
      const ids = [...(await readFile(join(OUT, SLIDES_FILE), 'utf8')).matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
      const page = ids.indexOf('thank-you') + 1;
      expect(page).toBeGreaterThan(0);
      await run('pdftoppm', ['-png', '-r', '96', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(dir, 'closing')]);
      const png = await readFile(join(dir, 'closing.png'));
      await testInfo.attach('closing-slide-pdf-page', { body: png, contentType: 'image/png' });
      expect(decode(png)).toBe(ADDRESS);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

test('the PowerPoint export carries the code too, on the title and closing slides, and it scans in LibreOffice’s rendering', async ({}, testInfo) => {
  test.setTimeout(180_000);
  const dir = await mkdtemp(join(tmpdir(), 'deck-qr-pptx-'));
  try {
    const file = join(dir, 'deck.pptx');
    await run('npx', ['tsx', 'scripts/export-pptx.ts', '--out', file], { ...process.env, DECK_URL: ADDRESS });
    await run('soffice', [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ]);
    // One PowerPoint slide per deck slide: the title and the closing slide's pages.
    const ids = loadDeck().slides.map((slide) => slide.id);
    for (const page of [ids.indexOf('title') + 1, ids.indexOf('thank-you') + 1]) {
      expect(page).toBeGreaterThan(0);
      await run('pdftoppm', [
        '-png',
        '-r',
        '96',
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        join(dir, 'deck.pdf'),
        join(dir, `page-${page}`),
      ]);
      const png = await readFile(join(dir, `page-${page}.png`));
      await testInfo.attach(`pptx-page-${page}`, { body: png, contentType: 'image/png' });
      expect(decode(png), `page ${page}`).toBe(ADDRESS);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.describe('built without DECK_URL', () => {
  test.skip(Boolean(process.env.DECK_URL), 'this run was given DECK_URL');

  test('has no QR code, no address block and no room kept for them', async ({ page }) => {
    for (const id of ['title', 'thank-you']) {
      await gotoSlide(page, id);
      await expect(page.locator(`${slideById(id)} .deck-link`)).toHaveCount(0);
      await expect(page.locator(`${slideById(id)} svg`)).toHaveCount(0);
    }
    // The closing slide keeps its own layout (a flex column), not the two-column one made for the code.
    expect(await page.locator(`${slideById('thank-you')} .slide-inner`).evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    expect(await page.locator('.deck-link, svg.qr-code').count()).toBe(0);
  });
});
