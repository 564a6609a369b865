/**
 * The portable file (npm run build:portable): opened from file:// as from a USB stick, with no
 * server and no network. It must present, read, print, and never ask for anything outside itself.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { declaredPolicy, inlineContent, sourceHash } from '../../src/build/csp.ts';

test.describe.configure({ mode: 'serial' });

let dir = '';
let file = '';
let url = '';

/** Records every request that is not the file itself (or data:/blob:/about:), and every error. */
function watchFile(page: Page): { outside: string[]; errors: string[] } {
  const seen = { outside: [] as string[], errors: [] as string[] };
  page.on('request', (r) => {
    const u = r.url();
    if (!/^(data|blob|about):/.test(u) && u.split(/[?#]/)[0] !== url) seen.outside.push(u);
  });
  page.on('requestfailed', (r) => seen.errors.push(`request failed: ${r.url()}`));
  page.on('pageerror', (e) => seen.errors.push(`page error: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`console: ${m.text()}`);
  });
  return seen;
}

const ready = (page: Page): Promise<void> => expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true');

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = await mkdtemp(join(tmpdir(), 'deck-portable-test-'));
  file = join(dir, 'deck.html');
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/build-portable.ts', '--out', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build:portable exited ${code}: ${err}`))));
  });
  url = pathToFileURL(file).href;
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('is one file: no script, stylesheet, font or image beside it', async () => {
  const html = await readFile(file, 'utf8');
  expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
  expect(html).not.toMatch(/<link\b[^>]*rel="(?:stylesheet|modulepreload)"/);
  expect(html).toMatch(/@font-face[^}]*url\(data:font\/woff2;base64,/);
  expect(html).toMatch(/rel="icon"[^>]*href="data:image\/svg\+xml;base64,/);
});

test('declares the strict policy adapted to a file: every inline script and style by its hash, nothing by category', async () => {
  const html = await readFile(file, 'utf8');
  const policy = declaredPolicy(html) ?? '';
  const directives = new Map(policy.split(/\s*;\s*/).map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1)]));
  expect(policy).not.toMatch(/unsafe-|\*|https?:/);
  expect(directives.get('default-src')).toEqual(["'none'"]);
  // The whole bundle, the boot script, the stylesheet: each inline, each by its hash.
  const inline = inlineContent(html);
  expect(inline.scripts.length).toBeGreaterThanOrEqual(2);
  expect(inline.styles.length).toBeGreaterThanOrEqual(1);
  expect(inline.blocked).toEqual([]);
  for (const script of inline.scripts) expect(directives.get('script-src')).toContain(sourceHash(script));
  for (const style of inline.styles) expect(directives.get('style-src')).toContain(sourceHash(style));
  expect(directives.get('font-src')).toEqual(['data:']);
  // Second in the head, after the charset declaration.
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<meta name="viewport"'));
});

test('presents from file:// with no request outside the file: keys, charts, contents', async ({ page }) => {
  const seen = watchFile(page);
  await page.goto(url);
  await ready(page);
  const ids = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(1);
  await expect(page.locator(`section#${ids[0]}`)).toHaveClass(/\bpresent\b/);
  await page.keyboard.press('End');
  await expect(page.locator(`section#${ids.at(-1)}`)).toHaveClass(/\bpresent\b/);

  // Chart.js was bundled into the one script: the first chart slide draws.
  const chartSlide = await page.locator('.reveal .slides > section:has(figure.chart)').first().getAttribute('id');
  expect(chartSlide).toBeTruthy();
  await page.evaluate((id) => {
    window.location.hash = `#/${id}`;
  }, chartSlide);
  await expect(page.locator(`section#${chartSlide} canvas`).first()).toHaveAttribute('data-chart-state', /^(drawn|animating)$/);
  await expect(page.locator(`section#${chartSlide} canvas`).first()).toHaveAttribute('data-chart-state', 'drawn');

  await page.keyboard.press('c');
  await page.getByRole('dialog', { name: 'Contents' }).getByRole('link').nth(1).click();
  await expect(page.locator('.reveal .slides > section.present')).toHaveCount(1);
  expect(seen.outside).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('reads from file:// (reading view with the narration)', async ({ page }) => {
  const seen = watchFile(page);
  await page.goto(`${url}?view=scroll`);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
  // Every slide but the title (the article's head) is a section with its narration on show.
  const pages = page.locator('#reading .page');
  expect(await pages.count()).toBeGreaterThan(20);
  const silent = await pages.evaluateAll((els) =>
    els
      .filter((e) => !e.querySelector('.narration p') || getComputedStyle(e.querySelector('.narration') ?? e).display === 'none')
      .map((e) => e.id),
  );
  expect(silent).toEqual([]);
  expect(seen.outside).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('prints from file:// (print view, one page per slide)', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = watchFile(page);
  await page.goto(url);
  await ready(page);
  const slides = await page.locator('.reveal .slides > section').count();
  await page.goto(`${url}?print-pdf`);
  await ready(page);
  await expect(page.locator('.reveal .pdf-page')).toHaveCount(slides);
  const pdf = await PDFDocument.load(await page.pdf({ width: '1280px', height: '720px', printBackground: true, preferCSSPageSize: true }));
  expect(pdf.getPageCount()).toBe(slides);
  expect(seen.outside).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('the speaker view opens from file:// with the current slide’s notes (Chromium)', async ({ page, context }) => {
  const seen = watchFile(page);
  await page.goto(url);
  await ready(page);
  const ids = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => e.id));
  const id = ids[1] ?? '';
  await page.evaluate((target) => {
    window.location.hash = `#/${target}`;
  }, id);
  await expect(page.locator(`section#${id}`)).toHaveClass(/\bpresent\b/);
  const note = (await page.locator(`section#${id} aside.notes > p:not([data-cue])`).first().textContent()) ?? '';
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  // The speaker window and its previews run under the file's policy too: a refusal is a console error there.
  const speakerSeen = watchFile(popup);
  await expect(popup.locator('body')).toContainText(note.slice(0, 60));
  // Its previews are the same file, shown as slides whatever their width.
  await expect.poll(() => popup.frames().filter((f) => f.url().startsWith(`${url}?receiver`)).length).toBeGreaterThanOrEqual(2);
  await expect(popup.frameLocator('.speaker-current iframe').locator('html')).toHaveAttribute('data-deck-state', new RegExp(`^${id}:`));
  expect(seen.outside).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(speakerSeen.errors).toEqual([]);
});

test('cites from file:// (the BibTeX and CSL-JSON downloads are inside the file), and rehearses', async ({ page }) => {
  const seen = watchFile(page);
  await page.goto(`${url}?cite`);
  await ready(page);
  const dialog = page.getByRole('dialog', { name: 'Cite this talk' });
  await expect(dialog).toBeVisible();
  const bib = dialog.getByRole('link', { name: 'BibTeX (.bib)' });
  await expect(bib).toHaveAttribute('href', /^data:application\/x-bibtex;charset=utf-8;base64,/);
  await expect(bib).toHaveAttribute('download', 'cite.bib');
  const href = (await bib.getAttribute('href')) ?? '';
  expect(Buffer.from(href.slice(href.indexOf(',') + 1), 'base64').toString('utf8')).toMatch(/^@misc\{ChinaBelarusCooperation2022,/);
  await expect(dialog.getByRole('link', { name: 'CSL-JSON (.json)' })).toHaveAttribute(
    'href',
    /^data:application\/json;charset=utf-8;base64,/,
  );
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog :focus')).toHaveCount(0);
  // The rehearsal code was bundled into the one script: W starts a run, W ends it with the report.
  await page.keyboard.press('w');
  await expect(page.locator('.rehearsal-status')).toBeVisible();
  await page.keyboard.press('w');
  await expect(page.getByRole('dialog', { name: 'Rehearsal report' })).toBeVisible();
  expect(seen.outside).toEqual([]);
  expect(seen.errors).toEqual([]);
});
