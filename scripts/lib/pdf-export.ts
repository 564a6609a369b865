/**
 * The PDF exporter: build if needed, serve the build on a free port, print reveal.js's
 * print view in headless Chromium once the deck says it is ready, then add what Chromium
 * does not write (metadata, a section outline) with pdf-lib. Used by the CLI
 * (scripts/export-pdf.ts), the benchmark and the site build.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { loadDeck } from '../../src/deck.ts';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../src/model/geometry.ts';
import { staleReason } from './build-state.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { planOutline, writeOutline } from './pdf-outline.ts';
import { describeLinks, markUntaggedAsArtifacts, writeXmp } from './pdf-tags.ts';
import { waitUntilReady } from './pdf-ready.ts';
import { checkOutPath, type PdfOptions } from './pdf-options.ts';
import { serveStatic, type StaticServer } from './serve.ts';

export interface ExportRequest extends PdfOptions {
  /** Project root (where slides/ and src/ are). */
  readonly root: string;
  /** Build folder, relative to root. */
  readonly outDir: string;
  /** Progress lines; silent when omitted. */
  readonly log?: (line: string) => void;
}

export interface ExportResult {
  readonly file: string;
  readonly pages: number;
  readonly slides: number;
  readonly bytes: number;
  /** Whether the deck was (re)built first. */
  readonly built: boolean;
  /** Wall time of the export after the build, in ms. */
  readonly ms: number;
  readonly warnings: readonly string[];
}

/** The URL query that puts the deck in the requested print view (read by src/app/print.ts). */
export function printQuery(options: Pick<PdfOptions, 'notes' | 'fragments'>): string {
  return `?print-pdf${options.notes ? '&handout' : ''}${options.fragments ? '&fragments' : ''}`;
}

const elapsed = (since: number): string => `${((performance.now() - since) / 1000).toFixed(2)} s`;

export async function exportPdf(request: ExportRequest): Promise<ExportResult> {
  const log = request.log ?? (() => undefined);
  const outDir = resolve(request.root, request.outDir);
  // Paths in progress lines: relative inside the project, absolute elsewhere.
  const rel = (path: string): string => {
    const short = relative(process.cwd(), path);
    return short === '' ? '.' : short.startsWith('..') ? path : short;
  };
  await checkOutPath(request.out, outDir);

  // 1. Build if needed.
  const stale = await staleReason(request.root, request.outDir);
  if (stale) {
    const started = performance.now();
    log(`build   ${stale}: building ${rel(outDir)}/`);
    const { build } = await import('vite');
    await build({ root: request.root, logLevel: 'warn', build: { outDir } });
    log(`build   done in ${elapsed(started)}`);
  } else {
    log(`build   ${rel(outDir)}/ is up to date`);
  }

  const started = performance.now();
  const deck = loadDeck();
  const warnings: string[] = [];
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const temp = `${request.out}.${process.pid}.part`;
  try {
    // 2. Serve the build on a free port.
    server = await serveStatic(outDir);
    log(`serve   ${server.url}`);

    // 3. Print view in headless Chromium, until the deck says it is ready.
    browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
    // Device scale 2: charts are canvases, so they print at twice the screen's resolution.
    const page = await browser.newPage({ viewport: { width: SLIDE_WIDTH, height: SLIDE_HEIGHT }, deviceScaleFactor: 2 });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    const url = `${server.url}${printQuery(request)}`;
    log(`open    ${url} in Chromium ${browser.version()}`);
    // --timeout is for the deck's readiness; loading a page from localhost gets its own minute.
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await waitUntilReady(page, request.timeoutMs, pageErrors);
    const layout = await page.evaluate(() => ({
      pages: [...document.querySelectorAll('.reveal .slides > .pdf-page')].map((p) => p.querySelector(':scope > section')?.id ?? ''),
      overflowingNotes: [...document.querySelectorAll('.pdf-page .handout-notes[data-overflow]')].map(
        (n) => n.parentElement?.querySelector(':scope > section')?.id ?? '?',
      ),
      blankCharts: [...document.querySelectorAll<HTMLCanvasElement>('figure.chart canvas')]
        .filter((c) => c.width === 0 || c.height === 0)
        .map((c) => c.closest('figure')?.getAttribute('data-chart') ?? '?'),
      // Each link's description for the PDF (a bare address is described by the reference it belongs to).
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      links: [...document.querySelectorAll<HTMLAnchorElement>('.reveal .slides a[href]')].map((a) => {
        const href = a.getAttribute('href') ?? '';
        const text = (a.getAttribute('aria-label') ?? a.textContent).replace(/\s+/g, ' ').trim();
        const around = (a.closest('li, p, figcaption')?.textContent ?? '')
          .replace(/\s+/g, ' ')
          .trim()
          .replace(text, '')
          .replace(/\s+([.,;:])/g, '$1')
          .trim();
        const bare = !/\s/.test(text);
        const description = bare && around ? `${text}: ${around.length > 200 ? `${around.slice(0, 199)}…` : around}` : text;
        return { key: href.startsWith('#') ? href : a.href, description };
      }),
    }));
    for (const id of layout.overflowingNotes)
      warnings.push(`handout: the notes of slide "${id}" do not fit on its page even at the smallest size`);
    for (const id of layout.blankCharts) warnings.push(`chart "${id}" has an empty canvas`);
    checkPagesMatchDeck(
      layout.pages,
      deck.slides.map((s) => s.id),
      rel(outDir),
    );
    log(`ready   ${layout.pages.length} pages laid out (${elapsed(started)})`);

    // 4. Print. Vector text and links come from Chromium; the outline and metadata are added below.
    const printed = await page.pdf({
      width: `${SLIDE_WIDTH}px`,
      height: `${SLIDE_HEIGHT}px`,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
      printBackground: true,
      preferCSSPageSize: false,
      tagged: true,
      outline: false,
    });
    await browser.close();
    browser = undefined;
    log(`print   ${(printed.length / 1024).toFixed(0)} KB from Chromium (${elapsed(started)})`);

    // 5. Metadata and outline.
    const doc = await PDFDocument.load(printed, { updateMetadata: false });
    if (doc.getPageCount() !== layout.pages.length) {
      throw new Error(
        `Chromium printed ${doc.getPageCount()} pages for ${layout.pages.length} laid-out pages: some page overflows its ${SLIDE_WIDTH}×${SLIDE_HEIGHT} box`,
      );
    }
    const now = new Date();
    doc.setTitle(deck.title);
    // The talk's authors are not named anywhere in the deck, so the PDF names none either.
    doc.setSubject(
      `${request.notes ? 'Handout (slides with speaker notes) of a talk' : 'Slides of a talk'} given at the ${deck.event}. ${deck.description}`,
    );
    doc.setCreator('china-belarus-deck export:pdf (reveal.js print view, Chromium)');
    doc.setLanguage(deck.lang);
    doc.setCreationDate(now);
    doc.setModificationDate(now);
    doc.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
    writeOutline(doc, planOutline(deck, layout.pages));
    // PDF/UA: untagged content is decoration, every link is described, XMP says what the file is.
    markUntaggedAsArtifacts(doc);
    const descriptions = new Map<string, string>();
    for (const link of layout.links) if (!descriptions.has(link.key) && link.description) descriptions.set(link.key, link.description);
    for (const missing of describeLinks(doc, descriptions)) warnings.push(`link without a description: ${missing}`);
    writeXmp(doc, {
      title: deck.title,
      description: doc.getSubject() ?? '',
      lang: deck.lang,
      creatorTool: doc.getCreator() ?? '',
      producer: doc.getProducer() ?? '',
      date: now,
    });
    const bytes = await doc.save();

    // 6. Write beside the target and rename: a failed export never leaves half a file.
    await writeFile(temp, bytes);
    await rename(temp, request.out);
    log(`write   ${rel(request.out)}: ${layout.pages.length} pages, ${(bytes.length / 1024).toFixed(0)} KB (${elapsed(started)})`);
    for (const w of warnings) log(`warning ${w}`);
    return {
      file: request.out,
      pages: layout.pages.length,
      slides: deck.slides.length,
      bytes: bytes.length,
      built: stale !== null,
      ms: performance.now() - started,
      warnings,
    };
  } finally {
    await rm(temp, { force: true });
    await browser?.close();
    await server?.close();
  }
}

/** The print view's pages must hold the deck's slides in order, or the outline would lie. */
function checkPagesMatchDeck(pageIds: readonly string[], slideIds: readonly string[], outDir: string): void {
  const printed = pageIds.filter((id, i) => id !== pageIds[i - 1]);
  const mismatch = slideIds.findIndex((id, i) => printed[i] !== id);
  if (mismatch >= 0 || printed.length !== slideIds.length) {
    const at = mismatch >= 0 ? mismatch : Math.min(printed.length, slideIds.length);
    throw new Error(
      `The build in ${outDir}/ does not match slides/: slide ${at + 1} is "${printed[at] ?? 'missing'}" in the print view but "${slideIds[at] ?? 'missing'}" in the deck. Rebuild with npm run build.`,
    );
  }
}
