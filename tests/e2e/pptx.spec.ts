/**
 * The PowerPoint export, end to end: runs `export:pptx` as a child process (no build or browser
 * needed: it reads the slide modules), reads the package's XML, and has a real reader open it:
 * LibreOffice Impress converts it to PDF (with the deck's fonts) and poppler reads and renders
 * the pages. The export and the conversion are made once per worker and shared.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import JSZip from 'jszip';
import type { Document, Element } from '@xmldom/xmldom';
import { TRADE_YEARS } from '../../src/data/trade.ts';
import { partnerIds, partnerLabels, partnerShares } from '../../src/data/partner-shares.ts';
import { partnershipLadder } from '../../src/data/partnership-ladder.ts';
import { imfSeries, officialSeries } from '../../src/data/trade.ts';
import { loadDeck } from '../../src/deck.ts';
import { planDeck } from '../../scripts/lib/pptx/export.ts';
import { AXIS_TAGS, CHART_TYPE_TAGS, NS, childElements, descendants, parseXml, slidePath } from '../../scripts/lib/pptx/package.ts';
import { auditSlide } from '../../scripts/lib/pptx/accessibility.ts';
import { pptxToPdf } from '../../scripts/lib/pptx/soffice.ts';
import { chromiumSvgRenderer } from '../../scripts/lib/pptx/svg.ts';
import { drawSvg, inkShare, pictureDifference, renderPage, runScript, type Cli } from './exports.ts';

const run = promisify(execFile);
const deck = loadDeck();
const plans = planDeck(deck);

// The first test to ask pays for the export and LibreOffice's conversion (with the fonts it is given): minutes on a busy machine.
test.describe.configure({ mode: 'default', timeout: 240_000 });

/** `npm run export:pptx -- ...args`. */
const exportPptx = (...args: string[]): Promise<Cli> => runScript('export-pptx.ts', ...args);

interface Exported {
  readonly dir: string;
  readonly pptx: string;
  readonly pdf: string;
  readonly stdout: string;
  readonly zip: JSZip;
}

let exported: Promise<Exported> | undefined;
function exportOnce(): Promise<Exported> {
  exported ??= (async () => {
    const dir = join(test.info().project.outputDir, 'pptx-spec', String(test.info().workerIndex));
    await mkdir(dir, { recursive: true });
    const pptx = join(dir, 'deck.pptx');
    const result = await exportPptx('--out', pptx);
    expect(result.code, `export:pptx failed:\n${result.stderr}\n${result.stdout}`).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(pptx));
    const pdf = await pptxToPdf(pptx, join(dir, 'pdf'));
    return { dir, pptx, pdf, stdout: result.stdout, zip };
  })();
  return exported;
}

async function xml(zip: JSZip, path: string): Promise<Document> {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path} in the package`);
  return parseXml(await file.async('string'));
}

/** A part's relationships: id → { target part, type, external }. */
async function rels(zip: JSZip, part: string): Promise<Map<string, { target: string; type: string; external: boolean }>> {
  const path = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const file = zip.file(path);
  if (!file) return new Map();
  const doc = parseXml(await file.async('string'));
  const base = part.split('/').slice(0, -1);
  return new Map(
    descendants(doc, NS.rel, 'Relationship').map((r) => {
      const raw = r.getAttribute('Target') ?? '';
      const external = r.getAttribute('TargetMode') === 'External';
      let target = raw;
      if (!external) {
        if (raw.startsWith('/')) target = raw.slice(1);
        else {
          const parts = [...base];
          for (const piece of raw.split('/')) {
            if (piece === '..') parts.pop();
            else if (piece !== '.') parts.push(piece);
          }
          target = parts.join('/');
        }
      }
      return [r.getAttribute('Id') ?? '', { target, type: r.getAttribute('Type') ?? '', external }];
    }),
  );
}

const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
const textOf = (doc: Document): string =>
  descendants(doc, NS.a, 'p')
    .map((p) =>
      descendants(p, NS.a, 't')
        .map((t) => t.textContent ?? '')
        .join(''),
    )
    .join('\n');

/** The chart parts on each slide, by chart object name. */
async function chartParts(zip: JSZip): Promise<Map<string, { slide: number; part: string }>> {
  const out = new Map<string, { slide: number; part: string }>();
  for (let n = 1; n <= deck.slides.length; n++) {
    const doc = await xml(zip, slidePath(n));
    const slideRels = await rels(zip, slidePath(n));
    for (const frame of descendants(doc, NS.p, 'graphicFrame')) {
      const name = descendants(frame, NS.p, 'cNvPr')[0]?.getAttribute('name') ?? '';
      const id = descendants(frame, NS.c, 'chart')[0]?.getAttributeNS(NS.r, 'id') ?? '';
      const target = slideRels.get(id)?.target;
      if (target) out.set(name, { slide: n, part: target });
    }
  }
  return out;
}

/** Each series of a chart part: its name and the numbers in its value cache, by point index. */
function seriesValues(doc: Document): Map<string, (number | null)[]> {
  const out = new Map<string, (number | null)[]>();
  for (const ser of descendants(doc, NS.c, 'ser')) {
    const name = descendants(childElements(ser, NS.c, 'tx')[0] ?? ser, NS.c, 'v')[0]?.textContent ?? '';
    const val = childElements(ser, NS.c, 'val')[0] ?? childElements(ser, NS.c, 'yVal')[0];
    const cache = val ? descendants(val, NS.c, 'numCache')[0] : undefined;
    if (!cache) throw new Error(`series "${name}" has no value cache`);
    const count = Number(childElements(cache, NS.c, 'ptCount')[0]?.getAttribute('val') ?? 0);
    const values: (number | null)[] = Array.from({ length: count }, () => null);
    for (const pt of childElements(cache, NS.c, 'pt')) {
      values[Number(pt.getAttribute('idx'))] = Number(childElements(pt, NS.c, 'v')[0]?.textContent ?? Number.NaN);
    }
    out.set(name, values);
  }
  return out;
}

/** Text per page of the LibreOffice PDF. */
async function pageTexts(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 32 << 20 });
  return stdout.split('\f').slice(0, -1);
}

test('one 16:9 slide per deck slide, each title on its page in LibreOffice, with the document properties', async () => {
  const { pdf, zip, stdout } = await exportOnce();
  expect(stdout).toMatch(/^export:pptx layout /m);
  expect(stdout).toMatch(new RegExp(`^export:pptx write {3}.*deck\\.pptx: ${deck.slides.length} slides`, 'm'));

  const presentation = await xml(zip, 'ppt/presentation.xml');
  expect(descendants(presentation, NS.p, 'sldId')).toHaveLength(deck.slides.length);
  const size = descendants(presentation, NS.p, 'sldSz')[0];
  expect(Number(size?.getAttribute('cx')) / Number(size?.getAttribute('cy'))).toBeCloseTo(16 / 9, 3);

  const { stdout: info } = await run('pdfinfo', [pdf]);
  expect(info).toMatch(new RegExp(`^Pages:\\s+${deck.slides.length}$`, 'm'));
  // Only the deck's fonts: nothing (a bullet, a Chinese or Russian title in the references) falls back to another face.
  const { stdout: fontList } = await run('pdffonts', [pdf]);
  const fonts = fontList
    .split('\n')
    .slice(2)
    .flatMap((line) => (line.trim() ? [line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? ''] : []));
  expect(fonts.filter((f) => !/^(SourceSans3|SourceSerif4|NotoSansSC)-/.test(f))).toEqual([]);
  const texts = await pageTexts(pdf);
  expect(texts).toHaveLength(deck.slides.length);
  deck.slides.forEach((slide, i) => {
    const text = squash(texts[i] ?? '');
    expect(text, `page ${i + 1}`).toContain(squash(slide.title));
    // The footer: the section, and the slide number.
    expect(text, `footer on page ${i + 1}`).toContain(squash(`${slide.sectionNumber} · ${slide.sectionTitle}`.toUpperCase()));
    // The footer band is the page's last line: the section, then the slide's number as the audience sees it (A1… for the appendix).
    expect((texts[i] ?? '').trim().split('\n').at(-1), `number on page ${i + 1}`).toMatch(new RegExp(`\\s${slide.label}$`));
  });

  const core = await xml(zip, 'docProps/core.xml');
  const prop = (ns: string, tag: string): string => descendants(core, ns, tag)[0]?.textContent ?? '';
  expect(prop(NS.dc, 'title')).toBe(deck.title);
  expect(prop(NS.dc, 'subject')).toContain(deck.event);
  expect(prop(NS.dc, 'language')).toBe(deck.lang);
  expect(prop(NS.dc, 'creator')).toBe('');
  expect(prop(NS.cp, 'lastModifiedBy')).toBe('');
});

test('PowerPoint’s accessibility checker finds a title on every slide, alt text on every object, readable order and languages', async () => {
  const { zip } = await exportOnce();
  const languages = new Map<string, string>();
  for (let n = 1; n <= deck.slides.length; n++) {
    const audit = auditSlide(await xml(zip, slidePath(n)));
    const slide = deck.slides[n - 1];
    // "Missing slide title": one title placeholder holding the slide's title, read first.
    expect(audit.titles.map(squash), `slide ${n} title placeholder`).toEqual([squash(slide?.title ?? '?')]);
    expect(audit.titleFirst, `slide ${n}: the title is first in the reading order`).toBe(true);
    // "Missing alternative text": pictures, charts and tables described, decoration marked decorative.
    expect(audit.missingAlt, `slide ${n}: objects without alt text`).toEqual([]);
    expect(audit.tablesWithoutHeader, `slide ${n}: tables without a header row`).toEqual([]);
    for (const run of audit.runs) {
      if (/[\u0400-\u04ff]/.test(run.text)) languages.set(run.text, run.lang);
      if (/[\u3400-\u9fff]/.test(run.text)) languages.set(run.text, run.lang);
      if (/^[\x20-\x7e]+$/.test(run.text) && /[a-z]/i.test(run.text)) expect(run.lang, run.text).toBe('en-GB');
    }
  }
  // Russian and Chinese and Japanese passages carry their language, not en-GB.
  const langs = [...languages.values()];
  expect(langs).toContain('ru-RU');
  expect(langs).toContain('zh-CN');
  expect(langs).toContain('ja-JP');
  expect(langs).not.toContain('en-GB');
  // The layout the slides use has a title placeholder with a place of its own.
  const layouts = zip.file(/^ppt\/slideLayouts\/slideLayout\d+\.xml$/);
  const layoutXml = await Promise.all(layouts.map((f) => f.async('string')));
  const titleSizes = layoutXml.flatMap((x) => {
    const m = /<p:ph[^>]*type="title"[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/.exec(x);
    return m ? [[Number(m[1]), Number(m[2])]] : [];
  });
  // The two trade charts (Belarusian and Chinese statistics) share one plot geometry.
  const parts = await chartParts(zip);
  const trade = [...parts].filter(([name]) => name.startsWith('Chart trade-growth'));
  expect(trade).toHaveLength(2);
  const plotLayouts = await Promise.all(
    trade.map(async ([, { part }]) => {
      const plot = descendants(await xml(zip, part), NS.c, 'plotArea')[0];
      const manual = plot ? descendants(plot, NS.c, 'manualLayout')[0] : undefined;
      return manual ? ['x', 'y', 'w', 'h'].map((k) => descendants(manual, NS.c, k)[0]?.getAttribute('val')) : [];
    }),
  );
  expect(plotLayouts[0]).toHaveLength(4);
  expect(plotLayouts[1]).toEqual(plotLayouts[0]);
  expect(titleSizes.length).toBeGreaterThan(0);
  for (const [w, h] of titleSizes) expect((w ?? 0) * (h ?? 0)).toBeGreaterThan(0);
});

test('the text is editable text in the deck’s fonts, and the references link their sources', async () => {
  const { zip } = await exportOnce();
  const urls = new Set<string>();
  for (let n = 1; n <= deck.slides.length; n++) {
    const doc = await xml(zip, slidePath(n));
    const slide = deck.slides[n - 1];
    // The title is real text in a text box, not a picture.
    expect(squash(textOf(doc)), `slide ${n}`).toContain(squash(slide?.title ?? '?'));
    const faces = new Set(descendants(doc, NS.a, 'latin').map((e) => e.getAttribute('typeface')));
    expect(faces.has('Source Serif 4'), `slide ${n} heading font`).toBe(true);
    expect(faces.has('Source Sans 3'), `slide ${n} body font`).toBe(true);
    // One paragraph-properties element per paragraph, first (pptxgenjs writes one per run).
    for (const p of descendants(doc, NS.a, 'p')) expect(childElements(p, NS.a, 'pPr').length).toBeLessThanOrEqual(1);
    for (const [, r] of await rels(zip, slidePath(n))) if (r.external && r.type.endsWith('/hyperlink')) urls.add(r.target);
  }
  const expected = deck.references.flatMap((s) => (s.url ? [s.url] : []));
  expect(expected.length).toBeGreaterThan(0);
  for (const url of expected) expect(urls, url).toContain(url);
});

test('every chart is a native chart holding the datasets, with its workbook and no dangling axis ids', async () => {
  const { zip } = await exportOnce();
  const parts = await chartParts(zip);
  const chartItems = plans.flatMap((p) => p.items.flatMap((i) => (i.kind === 'chart' ? [i] : [])));
  expect([...parts.keys()].sort()).toEqual(chartItems.map((i) => i.name).sort());
  expect(zip.file(/^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(chartItems.length);

  // What each chart must hold, read from the dataset modules.
  const byYear = (series: ReturnType<typeof imfSeries>, field: 'exports' | 'imports' | 'turnover'): (number | null)[] =>
    TRADE_YEARS.map((y) => series.years.find((p) => p.year === y)?.[field] ?? null);
  const expected = new Map<string, Map<string, (number | null)[]>>();
  for (const r of ['blr', 'chn'] as const) {
    const official = officialSeries(r);
    const entries: [string, (number | null)[]][] = [
      ['Exports to China', byYear(imfSeries(r), 'exports')],
      ['Imports from China', byYear(imfSeries(r), 'imports')],
      ['Turnover', byYear(imfSeries(r), 'turnover')],
      ['2021–22 statements: turnover', byYear(official, 'turnover')],
    ];
    if (r === 'blr')
      entries.push(
        ['2021–22 statements: exports', byYear(official, 'exports')],
        ['2021–22 statements: imports', byYear(official, 'imports')],
      );
    expected.set(`Chart trade-growth ${r}`, new Map(entries));
  }
  const shares = new Map(partnerIds.map((id): [string, (number | null)[]] => [partnerLabels[id], [...partnerShares.shares[id]]]));
  expected.set('Chart partner-shares', shares);

  for (const [name, { part }] of parts) {
    const doc = await xml(zip, part);
    const values = seriesValues(doc);
    if (name === 'Chart partnership-ladder') {
      // The stepped line: every document's level at its date, and the last level carried on.
      const line = values.get('Formal level (deck’s ordinal coding)') ?? [];
      const xs = descendants(doc, NS.c, 'xVal')[0];
      const x = xs ? descendants(xs, NS.c, 'v').map((v) => Number(v.textContent)) : [];
      for (const step of partnershipLadder) {
        const at = x.findIndex((v, i) => v === step.at && line[i] === step.level);
        expect(at, `${step.date}: level ${step.level} at ${step.at}`).toBeGreaterThanOrEqual(0);
      }
      // Steps, not slopes: between two points the line is either flat or vertical.
      for (let i = 1; i < x.length; i++) expect((x[i] ?? 0) === (x[i - 1] ?? 0) || line[i] === line[i - 1], `segment ${i}`).toBe(true);
    } else if (name === 'Chart partner-shares') {
      for (const [series, want] of shares) expect((values.get(series) ?? []).slice(0, want.length), series).toEqual(want);
    } else {
      for (const [series, want] of expected.get(name) ?? new Map<string, (number | null)[]>())
        expect(values.get(series), `${name}: ${series}`).toEqual(want);
      expect(expected.has(name), name).toBe(true);
    }

    // #1534: every axis id a chart type names is an axis of the chart.
    const plotArea = descendants(doc, NS.c, 'plotArea')[0];
    if (!plotArea) throw new Error(`${part} has no plot area`);
    const axes = new Set(
      AXIS_TAGS.flatMap((t) => childElements(plotArea, NS.c, t)).map((a) => childElements(a, NS.c, 'axId')[0]?.getAttribute('val')),
    );
    const types = childElements(plotArea, NS.c).filter((e) => (CHART_TYPE_TAGS as readonly string[]).includes(e.localName ?? ''));
    expect(types.length, part).toBeGreaterThan(0);
    for (const type of types) {
      const ids = childElements(type, NS.c, 'axId').map((e) => e.getAttribute('val'));
      expect(ids, `${part} ${type.localName ?? ''}`).toHaveLength(2);
      for (const id of ids) expect(axes, `${part} ${type.localName ?? ''} axis ${id ?? ''}`).toContain(id);
    }
    // #1222: the line beside the stacked bars is a standard (unstacked) line.
    for (const line of descendants(doc, NS.c, 'lineChart'))
      expect(childElements(line, NS.c, 'grouping')[0]?.getAttribute('val')).toBe('standard');
    // No empty cached values.
    for (const v of descendants(doc, NS.c, 'v')) expect((v.textContent ?? '').trim()).not.toBe('');

    // The data behind the chart: an embedded workbook that opens and holds the same numbers.
    const embedded = [...(await rels(zip, part)).values()].filter((r) => r.target.endsWith('.xlsx'));
    expect(embedded, part).toHaveLength(1);
    const workbook = await JSZip.loadAsync(
      await (zip.file(embedded[0]?.target ?? '')?.async('uint8array') ?? Promise.reject(new Error('no workbook'))),
    );
    const sheet = (await workbook.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    const table = (await workbook.file('xl/tables/table1.xml')?.async('string')) ?? '';
    expect(table).toMatch(/ref="A1:[A-Z]+\d+"/);
    expect(sheet).not.toContain('<v></v>');
    const cells = new Set([...sheet.matchAll(/<v>([^<]+)<\/v>/g)].map((m) => Number(m[1])));
    for (const series of values.values())
      for (const v of series) if (v !== null) expect(cells, `${part}: ${v} in the workbook`).toContain(v);

    // The finding is the chart's alt text.
    const slideDoc = await xml(zip, slidePath(parts.get(name)?.slide ?? 0));
    const frame = descendants(slideDoc, NS.p, 'graphicFrame').find((f) => descendants(f, NS.p, 'cNvPr')[0]?.getAttribute('name') === name);
    const item = chartItems.find((i) => i.name === name);
    expect(descendants(frame as Element, NS.p, 'cNvPr')[0]?.getAttribute('descr')).toBe(item?.chart.alt);
  }
});

test('the notes pane holds the script, the cues marked as such, and the footnotes', async () => {
  const { zip } = await exportOnce();
  for (let n = 1; n <= deck.slides.length; n++) {
    const slide = deck.slides[n - 1];
    if (!slide) continue;
    const notesPart = [...(await rels(zip, slidePath(n))).values()].find((r) => r.target.includes('notesSlides/'))?.target;
    expect(notesPart, `slide ${n} has a notes page`).toBeDefined();
    const doc = await xml(zip, notesPart ?? '');
    const paragraphs = textOf(doc).split('\n');
    for (const note of slide.notes) expect(paragraphs, `slide ${n}`).toContain(note);
    for (const cue of slide.cues) expect(paragraphs, `slide ${n} cue`).toContain(`[Cue] ${cue}`);
    if (slide.footnotes.length > 0) {
      const heading = paragraphs.indexOf('Notes on the sources');
      expect(heading, `slide ${n} footnotes heading`).toBeGreaterThan(paragraphs.indexOf(slide.notes.at(-1) ?? ''));
      for (const f of slide.footnotes)
        expect(
          paragraphs.slice(heading).some((p) => p.includes(f.text)),
          `slide ${n} footnote`,
        ).toBe(true);
    }
  }
});

test('every chart is drawn on its page in LibreOffice', async ({}, testInfo) => {
  const { pdf } = await exportOnce();
  const dpi = 50;
  const scale = dpi / 96;
  let charts = 0;
  for (const [i, plan] of plans.entries()) {
    for (const item of plan.items) {
      if (item.kind !== 'chart') continue;
      charts++;
      const image = await renderPage(pdf, i + 1, dpi, testInfo.outputPath(`page-${i + 1}`));
      const { x, y, w, h } = item.box;
      const share = inkShare(image, { x: x * scale, y: y * scale, w: w * scale, h: h * scale });
      expect(share, `${item.name} on page ${i + 1}: share of drawn pixels`).toBeGreaterThan(0.03);
    }
  }
  expect(charts).toBe(4);
});

test('an SVG picture’s PNG fallback is drawn by Chromium at the size asked for', async () => {
  const renderer = chromiumSvgRenderer(2);
  try {
    const png = await renderer.png(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#9e1f2c"/></svg>',
      120,
      60,
    );
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height at twice the size.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([240, 120]);
  } finally {
    await renderer.close();
  }
});

test('every map’s PNG fallback, the picture LibreOffice shows, is drawn in the deck’s font', async ({ browser }) => {
  // LibreOffice 7 draws a picture's PNG, not its SVG: labels drawn in a fallback face (DejaVu Sans is
  // wider than Source Sans 3) run out of the places the map made for them.
  const { zip } = await exportOnce();
  const svgBlip = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main';
  let maps = 0;
  for (const n of plans.keys()) {
    const part = slidePath(n + 1);
    const relations = await rels(zip, part);
    for (const blip of descendants(await xml(zip, part), NS.a, 'blip')) {
      const svgRef = descendants(blip, svgBlip, 'svgBlip')[0]?.getAttributeNS(NS.r, 'embed');
      const pngRef = blip.getAttributeNS(NS.r, 'embed');
      if (!svgRef || !pngRef) continue;
      const svgPart = relations.get(svgRef)?.target ?? '';
      const pngPart = relations.get(pngRef)?.target ?? '';
      const svg = await zip.file(svgPart)?.async('string');
      const png = await zip.file(pngPart)?.async('nodebuffer');
      if (!svg || !png) throw new Error(`slide ${n + 1}: picture parts ${svgPart}, ${pngPart} missing`);
      maps++;
      const fallback = PNG.sync.read(png);
      const [w, h] = [fallback.width / 2, fallback.height / 2];
      const inDeckFont = pictureDifference(fallback, await drawSvg(browser, svg, w, h));
      const inFallbackFace = pictureDifference(
        fallback,
        await drawSvg(browser, svg, w, h, 'svg text{font-family:"DejaVu Sans",sans-serif!important}'),
      );
      expect(inDeckFont, `slide ${n + 1} (${pngPart}): the PNG matches the map drawn in Source Sans 3`).toBeLessThan(1);
      expect(inFallbackFace, `slide ${n + 1} (${pngPart}): and differs from it drawn in a fallback face`).toBeGreaterThan(
        4 * Math.max(inDeckFont, 0.25),
      );
    }
  }
  expect(maps).toBe(3);
});

test('bad options and paths: a message, a non-zero exit and no file', async ({}, testInfo) => {
  const out = testInfo.outputPath('never.pptx');
  const cases: [string[], RegExp][] = [
    [['--out', out, '--bogus'], /unknown option --bogus/],
    [['--out', testInfo.outputPath('deck.pdf')], /--out must name a \.pptx file/],
    [['--out'], /--out needs a value/],
    [['deck.pptx'], /unexpected argument "deck\.pptx"/],
    [['--out', join(testInfo.outputDir, 'no-such-folder', 'x.pptx')], /folder .*no-such-folder does not exist/],
  ];
  for (const [args, message] of cases) {
    const result = await exportPptx(...args);
    expect(result.code, args.join(' ')).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: npm run export:pptx');
  }
  expect(existsSync(out)).toBe(false);
  expect(existsSync(join(testInfo.outputDir, 'no-such-folder'))).toBe(false);
  // A successful export leaves the file and nothing else (the temporary file is renamed).
  const { dir } = await exportOnce();
  expect((await readdir(dir)).filter((f) => f.includes('.part'))).toEqual([]);
});
