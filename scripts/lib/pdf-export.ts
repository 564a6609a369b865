/**
 * The PDF exporter: build if needed, serve the build on a free port, print reveal.js's
 * print view in headless Chromium once the deck says it is ready, then add what Chromium
 * does not write (metadata, a section outline, the PDF/UA additions: pdf-finish.ts). Used by
 * the CLI (scripts/export-pdf.ts), the benchmark and the site build.
 *
 * Time is what a user waits for, so the stages overlap where they can: Chromium is spawned
 * first (it takes longest to come up) and starts while the build is checked and the server
 * starts; the browser is ended while the file is finished, which reads and rewrites only the
 * objects it changes. Nothing waits for anything but the deck's own ready signal.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { readRecord, withBuildSetting } from '../../src/build/build-record.ts';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../src/model/geometry.ts';
import { staleReason } from './build-state.ts';
import { launchChromium, type Chromium } from './cdp.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { finishPdf, UnsupportedPdf, type FinishPlan, type Finished } from './pdf-finish.ts';
import { planOutline } from './pdf-outline-plan.ts';
import { waitUntilReady } from './pdf-ready.ts';
import { checkOutPath, UsageError, type PdfOptions } from './pdf-options.ts';
import { serveStatic, type StaticServer } from './serve.ts';

export interface ExportRequest extends PdfOptions {
  /** Project root (where slides/ and src/ are). */
  readonly root: string;
  /** Build folder, relative to root. */
  readonly outDir: string;
  /** A folder the export may create for its file (the default exports folder). */
  readonly createDir?: string;
  /** A browser to use (and leave running) instead of launching one: exports that share a browser share its launch. */
  readonly browser?: Chromium;
  /** Progress lines; silent when omitted. */
  readonly log?: (line: string) => void;
}

/** When each stage ended, in ms since the process started (the browser starts alongside the rest). */
export interface ExportStages {
  /** Node, the modules and the command line: when the export began. */
  readonly startup: number;
  /** The build found up to date, or rebuilt. */
  readonly build: number;
  /** Chromium up with a page of the slide's size. */
  readonly browser: number;
  /** The deck's ready signal. */
  readonly ready: number;
  readonly print: number;
  /** Outline and metadata added, file written. */
  readonly write: number;
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
  readonly stages: ExportStages;
  readonly warnings: readonly string[];
}

/** The URL query that puts the deck in the requested print view (read by src/app/print.ts). */
export function printQuery(options: Pick<PdfOptions, 'notes' | 'fragments'>): string {
  return `?print-pdf${options.notes ? '&handout' : ''}${options.fragments ? '&fragments' : ''}`;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const elapsed = (since: number): string => seconds(performance.now() - since);

/** One line with every stage's time, for `--timings` and the benchmark (which reads it back). */
export function formatStages(stages: ExportStages): string {
  const order: (keyof ExportStages)[] = ['startup', 'build', 'browser', 'ready', 'print', 'write'];
  return `timings ${order.map((name) => `${name} ${seconds(stages[name])}`).join(', ')} (since the process started)`;
}

export async function exportPdf(request: ExportRequest): Promise<ExportResult> {
  const startup = performance.now();
  const log = request.log ?? (() => undefined);
  const outDir = resolve(request.root, request.outDir);
  // Paths in progress lines: relative inside the project, absolute elsewhere.
  const rel = (path: string): string => {
    const short = relative(process.cwd(), path);
    return short === '' ? '.' : short.startsWith('..') ? path : short;
  };
  // Chromium first: it comes up while the rest gets ready.
  const browser = request.browser ?? launchChromium(findChromium(), CHROMIUM_ARGS);
  const tab = browser.newPage({ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, deviceScaleFactor: 2 }).then((page) => {
    browserAt = performance.now();
    return page;
  });
  let browserAt = 0;
  const version = browser.version();
  version.catch(() => undefined);
  tab.catch(() => undefined);
  let server: StaticServer | undefined;
  const temp = `${request.out}.${process.pid}.part`;
  try {
    await checkOutPath(request.out, request.createDir ?? outDir);

    // 1. Build if needed.
    // The export reads one edition: a build of that edition alone serves it, and is what it makes
    // when it must build (a third of the time of all three; `npm run build` makes the whole site).
    const edition = request.lang ?? 'en';
    const stale = staleReason(request.root, request.outDir, process.env, { edition });
    if (stale) {
      const started = performance.now();
      const alone = process.env.DECK_EDITION ? null : edition;
      log(`build   ${stale}: building ${alone ? `the "${alone}" edition alone into ` : ''}${rel(outDir)}/`);
      const { build } = await import('vite');
      await withBuildSetting('DECK_EDITION', alone, () => build({ root: request.root, logLevel: 'warn', build: { outDir } }));
      log(`build   done in ${elapsed(started)}`);
    } else {
      log(`build   ${rel(outDir)}/ is up to date`);
    }
    const buildAt = performance.now();
    const record = readRecord(request.root, request.outDir);
    if (!record) throw new Error(`the build in ${rel(outDir)}/ left no build record (is src/build/build-record.ts in the Vite config?)`);
    const deck = request.lang ? record.editions[request.lang] : record.deck;
    if (!deck) throw new UsageError(`the deck has no edition "${request.lang ?? ''}" (it has ${Object.keys(record.editions).join(', ')})`);

    const started = performance.now();
    const warnings: string[] = [];
    // 2. Serve the build on a free port.
    server = await serveStatic(outDir);
    log(`serve   ${server.url}`);

    // 3. Print view in headless Chromium, until the deck says it is ready.
    // Device scale 2: charts are canvases, so they print at twice the screen's resolution.
    const page = await tab;
    const pageErrors = page.errors;
    // An edition's page is in its folder (`ru/`); the English one at the root.
    const url = `${server.url}${deck.dir}${printQuery(request)}`;
    log(`open    ${url} in Chromium ${await version}`);
    // --timeout is for the deck's readiness; loading a page from localhost gets its own minute.
    await page.goto(url, 60_000);
    await waitUntilReady(page, request.timeoutMs, pageErrors);
    const readyAt = performance.now();
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
    const printed = await page.pdf({ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, printBackground: true, tagged: true, outline: false });
    const printAt = performance.now();
    // The browser shuts down (or the shared one closes this tab) while the file is finished.
    const done = request.browser ? page.close() : browser.close();
    done.catch(() => undefined);
    log(`print   ${(printed.length / 1024).toFixed(0)} KB from Chromium (${elapsed(started)})`);

    // 5. Metadata, outline and the PDF/UA additions.
    const now = new Date();
    const descriptions = new Map<string, string>();
    for (const link of layout.links) if (!descriptions.has(link.key) && link.description) descriptions.set(link.key, link.description);
    const plan: FinishPlan = {
      title: deck.title,
      // The talk's authors are not named anywhere in the deck, so the PDF names none either.
      subject: request.notes ? deck.subject.handout : deck.subject.slides,
      creator: 'china-belarus-deck export:pdf (reveal.js print view, Chromium)',
      lang: deck.lang,
      date: now,
      outline: planOutline(deck, layout.pages),
      links: descriptions,
      checkPages: (count) => {
        if (count !== layout.pages.length)
          throw new Error(
            `Chromium printed ${count} pages for ${layout.pages.length} laid-out pages: some page overflows its ${SLIDE_WIDTH}×${SLIDE_HEIGHT} box`,
          );
      },
    };
    let finished: Finished;
    try {
      finished = await finishPdf(printed, plan);
    } catch (error) {
      if (!(error instanceof UnsupportedPdf)) throw error;
      log(`finish  Chromium's PDF is not the shape the fast finisher reads (${error.message}): finishing it with pdf-lib`);
      const { finishWithPdfLib } = await import('./pdf-finish-pdflib.ts');
      finished = await finishWithPdfLib(printed, plan);
    }
    for (const missing of finished.missingLinks) warnings.push(`link without a description: ${missing}`);
    const bytes = finished.bytes;

    // 6. Write beside the target and rename: a failed export never leaves half a file.
    if (request.createDir && resolve(request.createDir) === resolve(request.out, '..')) await mkdir(request.createDir, { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, request.out);
    const writeAt = performance.now();
    log(`write   ${rel(request.out)}: ${layout.pages.length} pages, ${(bytes.length / 1024).toFixed(0)} KB (${elapsed(started)})`);
    for (const w of warnings) log(`warning ${w}`);
    await done;
    return {
      file: request.out,
      pages: layout.pages.length,
      slides: deck.slides.length,
      bytes: bytes.length,
      built: stale !== null,
      ms: writeAt - started,
      stages: { startup, build: buildAt, browser: browserAt, ready: readyAt, print: printAt, write: writeAt },
      warnings,
    };
  } finally {
    await rm(temp, { force: true });
    if (!request.browser) await browser.close();
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
