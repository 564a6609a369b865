/**
 * The PDF export, end to end: runs `export:pdf` as a child process against the built deck
 * and checks the files with poppler (pdfinfo, pdftotext, pdftoppm) and pdf-lib.
 * Exports take a few seconds (a browser each): the tests run in order in one worker and
 * share the slides PDF, and a failing test does not stop the others.
 */
import type { ResolvedDeck } from '../../src/model/resolved.ts';
import { withoutClickMarks } from '../../src/model/steps.ts';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { readOutline } from '../../scripts/lib/pdf-outline.ts';
import { checkPdfUa, type PdfUaReport } from '../../scripts/lib/pdf-ua-check.ts';
import { loadDeck } from '../../src/deck.ts';
import { inkShare, renderPage, runScript, type Cli } from './exports.ts';

const run = promisify(execFile);
const deck = loadDeck();
const english = deck;

test.describe.configure({ mode: 'default' });

/** `npm run export:pdf -- ...args`. */
const exportPdf = (...args: string[]): Promise<Cli> => runScript('export-pdf.ts', ...args);

async function exportOk(...args: string[]): Promise<void> {
  const result = await exportPdf(...args);
  expect(result.code, `export:pdf ${args.join(' ')} failed:\n${result.stderr}\n${result.stdout}`).toBe(0);
}

/** Text per page. Whitespace is dropped for comparisons: line breaks in a PDF fall anywhere. */
async function pageTexts(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 32 << 20 });
  return stdout.split('\f').slice(0, -1);
}
const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

async function printView(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await page.waitForSelector('html[data-deck-ready="true"]', { state: 'attached' });
}

/** The default export, made once per worker and shared by the tests that read it. */
let slidesPdf: Promise<string> | undefined;
function exportSlidesPdf(): Promise<string> {
  slidesPdf ??= (async () => {
    const dir = join(test.info().project.outputDir, 'pdf-spec', String(test.info().workerIndex));
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'deck.pdf');
    await exportOk('--out', file);
    return file;
  })();
  return slidesPdf;
}

test('the slides PDF: one page per slide, each title on its page, numbered, with metadata, outline and live links', async () => {
  // The first test to need the shared export waits for it: minutes on a loaded machine.
  test.setTimeout(180_000);
  const file = await exportSlidesPdf();

  const info = await pdfInfo(file);
  expect(Number(info.Pages)).toBe(deck.slides.length);
  expect(info['Page size']).toBe('960 x 540 pts'); // 1280×720 CSS px
  expect(info.Title).toBe(deck.title);
  expect(info.Subject).toContain(deck.event);
  expect(info.Tagged).toBe('yes');

  const texts = await pageTexts(file);
  expect(texts).toHaveLength(deck.slides.length);
  deck.slides.forEach((slide, i) => {
    const text = texts[i] ?? '';
    expect(squash(text), `page ${i + 1}`).toContain(squash(slide.title));
    // reveal.js prints the slide's number last on each page: the talk's 1…25, then the appendix A1…A10.
    expect(text.trim().split('\n').at(-1), `number on page ${i + 1}`).toBe(slide.label);
  });

  const doc = await PDFDocument.load(await readFile(file));
  const pageOf = new Map(deck.slides.map((s, i) => [s.id, i]));
  expect(readOutline(doc)).toEqual(
    deck.sections.map((section) => ({
      title: `${section.number}. ${section.title}`,
      page: pageOf.get(section.slides[0]?.id ?? ''),
      children: section.slides.map((s) => ({ title: s.title, page: pageOf.get(s.id), children: [] })),
    })),
  );

  // Links: every cited source with a URL is a clickable link annotation in the PDF.
  const uris = new Set<string>();
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const action = annots?.lookupMaybe(i, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookup(PDFName.of('URI'));
      if (uri instanceof PDFString || uri instanceof PDFHexString) uris.add(uri.decodeText());
    }
  }
  const urls = deck.references.flatMap((s) => (s.url ? [s.url] : []));
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(uris, url).toContain(new URL(url).href);
});

test('every chart and every map is drawn on its page', async ({ page }, testInfo) => {
  await printView(page, '?print-pdf');
  // Where each chart and map sits, in CSS px of its 1280×720 page.
  const charts = await page.evaluate(() => {
    const pages = [...document.querySelectorAll('.reveal .slides > .pdf-page')];
    return [...document.querySelectorAll('figure.chart, figure.map')].map((figure) => {
      const pdfPage = figure.closest('.pdf-page');
      const box = (figure.querySelector('canvas, svg') ?? figure).getBoundingClientRect();
      const origin = pdfPage?.getBoundingClientRect() ?? box;
      return {
        id: figure.getAttribute('data-chart') ?? figure.getAttribute('data-map') ?? '?',
        page: pdfPage ? pages.indexOf(pdfPage) + 1 : 0,
        x: box.x - origin.x,
        y: box.y - origin.y,
        w: box.width,
        h: box.height,
      };
    });
  });
  expect(charts.filter((c) => ['crossroads', 'land-bridge', 'unions'].includes(c.id)).length, 'the maps are in the print view').toBe(3);
  const file = await exportSlidesPdf();
  const dpi = 50;
  const scale = dpi / 96;
  for (const chart of charts) {
    expect(chart.page, `chart ${chart.id} is on a page`).toBeGreaterThan(0);
    expect(chart.w * chart.h, `chart ${chart.id} has a size`).toBeGreaterThan(100 * 100);
    const image = await renderPage(file, chart.page, dpi, testInfo.outputPath(`page-${chart.page}`));
    const share = inkShare(image, { x: chart.x * scale, y: chart.y * scale, w: chart.w * scale, h: chart.h * scale });
    expect(share, `chart ${chart.id} on page ${chart.page}: share of drawn pixels`).toBeGreaterThan(0.02);
  }
});

/** Figures on paper: every chart (the trade chart once per statistics) and every map. */
const expectedFigures = deck.slides
  .flatMap((s) => s.blocks)
  .reduce((n, b) => n + (b.kind === 'map' ? 1 : b.kind === 'chart' ? Math.max(1, b.chart.views?.options.length ?? 1) : 0), 0);

/** The Matterhorn checkpoints a machine can check (scripts/lib/pdf-ua-check.ts), and poppler's reading of the tags. */
async function expectPdfUa(file: string, handout = false, deck: ResolvedDeck = english): Promise<PdfUaReport> {
  // The handout adds one heading: the title slide's notes (H2 under its H1).
  const extra = handout ? 1 : 0;
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const report = checkPdfUa(doc, { title: deck.title, lang: deck.lang });
  expect(report.failures, 'PDF/UA (Matterhorn) failures').toEqual([]);
  // One heading per slide: the title slide's H1, every other slide's H2.
  expect(report.counts.H1).toBe(1);
  expect(report.counts.H2).toBe(deck.slides.length - 1 + extra);
  expect(report.counts.Figure).toBe(expectedFigures);
  // Every link is tagged as a Link with its annotation, and described.
  expect(report.counts.Link ?? 0).toBeGreaterThan(0);
  expect(report.counts.LinkAnnotation ?? 0).toBeGreaterThanOrEqual(report.counts.Link ?? 0);
  // A second reader (poppler) sees the same tags.
  const { stdout } = await run('pdfinfo', ['-struct', file], { maxBuffer: 32 << 20 });
  const tags = stdout.split('\n').map((l) => l.trim().split(' ')[0]);
  expect(tags.filter((t) => t === 'H1' || t === 'H2')).toHaveLength(deck.slides.length + extra);
  expect(tags.filter((t) => t === 'Figure')).toHaveLength(expectedFigures);
  return report;
}

test('the slides PDF is tagged for PDF/UA: a heading per slide, figures with alternative text, described links, artifacts, XMP', async () => {
  test.setTimeout(180_000);
  const file = await exportSlidesPdf();
  const report = await expectPdfUa(file);
  // Each slide's title is a heading in page order (14-003 holds: no level skipped).
  expect(report.headingLevels.filter((l) => l <= 2)).toEqual(deck.slides.map((_, i) => (i === 0 ? 1 : 2)));
  // The statistics switch is a screen control: not on paper; both statistics are.
  const texts = await pageTexts(file);
  const trade = deck.slides.findIndex((s) => s.blocks.some((b) => b.kind === 'chart' && b.chart.views));
  for (const option of deck.slides[trade]?.blocks.flatMap((b) => (b.kind === 'chart' ? (b.chart.views?.options ?? []) : [])) ?? [])
    expect(squash(texts[trade] ?? '')).toContain(squash(option.label));
  expect(squash(texts.join(''))).not.toContain(squash('Download the data (CSV)'));
  // Every character drawn in the deck's own fonts: a system fallback face (or none: an empty box)
  // would mean a character the deck's fonts lack. The Chinese title is real text.
  const { stdout: fonts } = await run('pdffonts', [file]);
  const faces = fonts
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '');
  expect(faces.length).toBeGreaterThan(0);
  for (const face of faces) expect(face, 'a font that is not one of the deck’s').toMatch(/^(SourceSans3|SourceSerif4|NotoSansSC)/);
  expect(faces.some((f) => f.startsWith('NotoSansSC'))).toBe(true);
  expect(squash(texts.join(''))).toContain('中华人民共和国和白俄罗斯共和国');
});

test('the handout: each slide paired with all of its speaker notes, one page per slide', async ({}, testInfo) => {
  const file = testInfo.outputPath('handout.pdf');
  await exportOk('--notes', '--out', file);
  // Tagged as the slides are, each slide's notes under their own heading after the slide's title.
  const report = await expectPdfUa(file, true);
  // Reading order: after every slide's title, a "Speaker notes" heading one level below it (H2 under
  // the title slide's H1, H3 under the others' H2) before the next slide's title.
  const levels = report.headingLevels.join('');
  expect(levels.startsWith('12')).toBe(true);
  const perSlide = levels.slice(2).split('2');
  expect(perSlide.slice(1)).toHaveLength(deck.slides.length - 1);
  expect(perSlide.slice(1).every((after) => after.includes('3'))).toBe(true);
  const info = await pdfInfo(file);
  expect(Number(info.Pages)).toBe(deck.slides.length);
  expect(info.Title).toBe(deck.title);
  const texts = await pageTexts(file);
  deck.slides.forEach((slide, i) => {
    const text = squash(texts[i] ?? '');
    expect(text, `page ${i + 1}`).toContain(squash(slide.title));
    expect(text.toLowerCase(), `page ${i + 1}`).toContain('speakernotes');
    // The script as the presenter reads it, without the click marks (▶), which the handout does not print.
    for (const note of slide.notes) expect(text, `note on page ${i + 1}`).toContain(squash(withoutClickMarks(note)));
  });
});

test('--fragments gives every build step its own page', async ({ page }, testInfo) => {
  await printView(page, '');
  // reveal.js prints a slide with n fragment steps as n + 1 pages (first with none shown).
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section')].reduce(
      (sum, s) => sum + 1 + new Set([...s.querySelectorAll<HTMLElement>('.fragment')].map((f) => f.dataset.fragmentIndex)).size,
      0,
    ),
  );
  const file = testInfo.outputPath('fragments.pdf');
  await exportOk('--fragments', '--out', file);
  expect(Number((await pdfInfo(file)).Pages)).toBe(expected);
});

test('bad options and paths: a message, a non-zero exit and no file', async ({}, testInfo) => {
  const out = testInfo.outputPath('never.pdf');
  // (Each message is unit-tested in tests/unit/pdf-options.test.ts; here: the real command's exit and files.)
  const cases: [string[], RegExp][] = [
    [['--out', out, '--bogus'], /unknown option --bogus/],
    [['--out', join(testInfo.outputDir, 'no-such-folder', 'x.pdf')], /folder .*no-such-folder does not exist/],
  ];
  for (const [args, message] of cases) {
    const result = await exportPdf(...args);
    expect(result.code, args.join(' ')).toBe(2);
    expect(result.stderr).toMatch(message);
  }
  // A deck that is not ready in time: exit 1, naming what it waited for.
  const late = await exportPdf('--out', out, '--timeout', '0.001');
  expect(late.code).toBe(1);
  expect(late.stderr).toMatch(/did not become ready within .*\n.*Not ready: /);
  expect(existsSync(out)).toBe(false);
  expect(existsSync(join(testInfo.outputDir, 'no-such-folder'))).toBe(false);
});

test('each edition prints with --lang: its own title, language and words, every slide a page, in the deck’s own fonts', async ({}, testInfo) => {
  test.setTimeout(240_000);
  await mkdir(testInfo.outputDir, { recursive: true });
  for (const edition of deck.editions.filter((e) => e.dir !== '')) {
    const resolved = loadDeck({ edition: edition.id });
    const file = join(testInfo.outputDir, `deck-${edition.id}.pdf`);
    await exportOk('--lang', edition.id, '--out', file);
    const info = await pdfInfo(file);
    expect(info['Title']).toBe(resolved.title);
    expect(info['Pages']).toBe(String(resolved.slides.length));
    const texts = await pageTexts(file);
    resolved.slides.forEach((slide, i) => expect(squash(texts[i] ?? ''), slide.id).toContain(squash(slide.title).slice(0, 12)));
    const report = await expectPdfUa(file, false, resolved);
    expect(report.headingLevels.filter((l) => l <= 2)).toHaveLength(resolved.slides.length);
    const { stdout: fonts } = await run('pdffonts', [file]);
    for (const face of fonts
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? ''))
      expect(face, `${edition.id}: a font that is not one of the deck’s`).toMatch(/^(SourceSans3|SourceSerif4|NotoSansSC)/);
  }
  const bad = await exportPdf('--lang', 'xx', '--out', join(testInfo.outputDir, 'xx.pdf'));
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toContain('no edition "xx"');
});
