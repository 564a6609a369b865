/**
 * Puts right, in the written .pptx package (a zip), what pptxgenjs 4.0.1 writes wrongly or
 * cannot write, so the file opens in PowerPoint without a "repair" prompt and looks like the deck:
 *
 * Charts (ppt/charts/chart*.xml)
 * - Every 2D bar and line chart gets a third `<c:axId>` (its series-axis constant) with no axis
 *   behind it (pptxgenjs issue #1534): axis ids with no `c:catAx`/`c:valAx`/`c:dateAx`/`c:serAx`
 *   are removed from every chart-type element.
 * - Stacked bars with a line on the same axes (#1222): the `c:lineChart` has no `c:grouping`
 *   (required by the schema; without it a reader may stack the line on the bars): `standard` is
 *   added; the stacked bars keep `c:overlap` 100.
 * - A missing figure is written as an empty `<c:v/>`: such points are dropped (a gap).
 * - Styles pptxgenjs can only set per chart are set per series: outlined bars, markers only,
 *   hollow points, dashes, and labels beside points (the ladder's documents).
 * Embedded workbooks (ppt/embeddings/*.xlsx): the table range ends in a stray quote (`A1:G24'`)
 *   and empty cells hold `<v></v>`: both fixed, so "Edit Data" opens cleanly.
 * Slides: a multi-run paragraph gets one `a:pPr` per run (only the first is allowed); bullets take
 *   the accent colour; the serif face is marked as a serif (pitch family) for font fallback.
 * Notes: pptxgenjs puts the whole notes text in one run with line breaks; each line becomes a paragraph.
 * Document properties: no author, the document's language, the title.
 * SVG pictures: their PNG fallback (a placeholder from pptxgenjs in Node) is the rendered PNG.
 */
import JSZip from 'jszip';
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { ResolvedDeck } from '../../../src/model/resolved.ts';
import { planSeries, type ChartPlan, type SeriesStyle } from './charts.ts';
import { CJK_FONT_NAME, FONT_NAMES } from './fonts.ts';
import type { SlidePlan } from './layout.ts';
import { notesParagraphs } from './notes.ts';
import type { SvgFallbacks } from './svg.ts';
import { fixSlideAccessibility, placeLayoutTitle } from './accessibility.ts';
import { markLanguages, setEastAsianFonts, setThemeFonts } from './languages.ts';
import { inch } from './style.ts';

export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  dc: 'http://purl.org/dc/elements/1.1/',
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
} as const;

export const AXIS_TAGS = ['catAx', 'valAx', 'dateAx', 'serAx'] as const;
export const CHART_TYPE_TAGS = [
  'areaChart',
  'area3DChart',
  'barChart',
  'bar3DChart',
  'lineChart',
  'line3DChart',
  'scatterChart',
  'radarChart',
  'bubbleChart',
  'stockChart',
  'surfaceChart',
] as const;

export const parseXml = (xml: string): Document => new DOMParser().parseFromString(xml, 'text/xml');
export const serializeXml = (doc: Document): string => new XMLSerializer().serializeToString(doc);

export const childElements = (parent: Element, ns?: string, local?: string): Element[] => {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const e = n as Element;
      if ((ns === undefined || e.namespaceURI === ns) && (local === undefined || e.localName === local)) out.push(e);
    }
  }
  return out;
};
export const descendants = (root: Document | Element, ns: string, local: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(ns, local));
const first = (root: Document | Element, ns: string, local: string): Element | undefined => descendants(root, ns, local)[0];

/** What was put right, for the progress line and the tests. */
export interface FixReport {
  danglingAxisIds: number;
  lineGroupings: number;
  emptyPoints: number;
  seriesStyled: number;
  workbooks: number;
  paragraphProps: number;
  notes: number;
  pictures: number;
  /** Slides whose title is in the title placeholder. */
  titles: number;
  /** Shapes marked decorative. */
  decorative: number;
  /** Runs split where their language changes (notes, chart text). */
  languageSplits: number;
  /** Run properties given the deck's East Asian face. */
  eastAsianFonts: number;
}

/* ---------- Charts ---------- */

/** Removes axis ids that name no axis of the chart (#1534). Returns how many. */
export function removeDanglingAxisIds(doc: Document): number {
  const plotArea = first(doc, NS.c, 'plotArea');
  if (!plotArea) return 0;
  const axes = new Set(
    AXIS_TAGS.flatMap((tag) => childElements(plotArea, NS.c, tag)).flatMap((ax) =>
      childElements(ax, NS.c, 'axId').map((id) => id.getAttribute('val')),
    ),
  );
  let removed = 0;
  for (const chart of childElements(plotArea, NS.c).filter((e) => (CHART_TYPE_TAGS as readonly string[]).includes(e.localName ?? ''))) {
    for (const id of childElements(chart, NS.c, 'axId')) {
      if (!axes.has(id.getAttribute('val'))) {
        chart.removeChild(id);
        removed++;
      }
    }
  }
  return removed;
}

/** Gives every line chart a grouping (#1222): `standard`, so a line beside stacked bars is drawn as it is. */
export function addLineGrouping(doc: Document): number {
  let added = 0;
  for (const chart of descendants(doc, NS.c, 'lineChart')) {
    if (childElements(chart, NS.c, 'grouping').length > 0) continue;
    const grouping = doc.createElementNS(NS.c, 'c:grouping');
    grouping.setAttribute('val', 'standard');
    chart.insertBefore(grouping, chart.firstChild);
    added++;
  }
  for (const chart of descendants(doc, NS.c, 'barChart')) {
    const grouping = childElements(chart, NS.c, 'grouping')[0]?.getAttribute('val') ?? '';
    const overlap = childElements(chart, NS.c, 'overlap')[0];
    if (grouping.includes('tacked') && overlap?.getAttribute('val') !== '100') overlap?.setAttribute('val', '100');
  }
  return added;
}

/** Drops cached points with no value (pptxgenjs writes `null` as an empty `<c:v/>`). */
export function dropEmptyPoints(doc: Document): number {
  let dropped = 0;
  for (const cache of descendants(doc, NS.c, 'numCache')) {
    for (const pt of childElements(cache, NS.c, 'pt')) {
      const v = childElements(pt, NS.c, 'v')[0];
      if (!v || (v.textContent ?? '').trim() === '') {
        cache.removeChild(pt);
        dropped++;
      }
    }
  }
  return dropped;
}

const el = (doc: Document, ns: string, qname: string, attrs: Record<string, string | number> = {}, children: Element[] = []): Element => {
  const e = doc.createElementNS(ns, qname);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  for (const c of children) e.appendChild(c);
  return e;
};
const colour = (doc: Document, hex: string, alpha?: number): Element =>
  el(doc, NS.a, 'a:srgbClr', { val: hex }, alpha === undefined ? [] : [el(doc, NS.a, 'a:alpha', { val: Math.round(alpha * 100000) })]);
const solid = (doc: Document, hex: string, alpha?: number): Element => el(doc, NS.a, 'a:solidFill', {}, [colour(doc, hex, alpha)]);
const noFill = (doc: Document): Element => el(doc, NS.a, 'a:noFill');
const EMU_PER_PT = 12700;

function seriesShape(doc: Document, style: SeriesStyle, bar: boolean): Element {
  if (bar) {
    const line = style.outline
      ? el(doc, NS.a, 'a:ln', { w: Math.round(style.outline * EMU_PER_PT) }, [solid(doc, style.color)])
      : el(doc, NS.a, 'a:ln', {}, [noFill(doc)]);
    return el(doc, NS.c, 'c:spPr', {}, [solid(doc, style.color, style.fillAlpha), line]);
  }
  const width = style.lineWidth ?? 2;
  const line =
    width === 0
      ? el(doc, NS.a, 'a:ln', {}, [noFill(doc)])
      : el(doc, NS.a, 'a:ln', { w: Math.round(width * EMU_PER_PT), cap: 'rnd' }, [
          solid(doc, style.color),
          el(doc, NS.a, 'a:prstDash', { val: style.dash === 'dash' ? 'dash' : 'solid' }),
          el(doc, NS.a, 'a:round'),
        ]);
  return el(doc, NS.c, 'c:spPr', {}, [noFill(doc), line]);
}

function seriesMarker(doc: Document, style: SeriesStyle): Element {
  const m = style.marker;
  if (!m || m.symbol === 'none') return el(doc, NS.c, 'c:marker', {}, [el(doc, NS.c, 'c:symbol', { val: 'none' })]);
  return el(doc, NS.c, 'c:marker', {}, [
    el(doc, NS.c, 'c:symbol', { val: m.symbol }),
    el(doc, NS.c, 'c:size', { val: Math.max(2, Math.min(72, Math.round(m.size))) }),
    el(doc, NS.c, 'c:spPr', {}, [solid(doc, m.fill), el(doc, NS.a, 'a:ln', { w: Math.round(1.5 * EMU_PER_PT) }, [solid(doc, m.line)])]),
  ]);
}

const showFlags = (doc: Document, showVal: boolean): Element[] =>
  ['showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent', 'showBubbleSize'].map((f) =>
    el(doc, NS.c, `c:${f}`, { val: f === 'showVal' && showVal ? 1 : 0 }),
  );

function textProps(doc: Document, size: number, colourHex: string, bold: boolean): Element {
  return el(doc, NS.c, 'c:txPr', {}, [
    el(doc, NS.a, 'a:bodyPr'),
    el(doc, NS.a, 'a:lstStyle'),
    el(doc, NS.a, 'a:p', {}, [
      el(doc, NS.a, 'a:pPr', {}, [
        el(doc, NS.a, 'a:defRPr', { sz: Math.round(size * 100), b: bold ? 1 : 0 }, [
          solid(doc, colourHex),
          el(doc, NS.a, 'a:latin', { typeface: FONT_NAMES.sans }),
        ]),
      ]),
      el(doc, NS.a, 'a:endParaRPr', { lang: 'en-GB' }),
    ]),
  ]);
}

/** Labels beside chosen points, with their own text (`c:dLbl` with rich text). */
function seriesLabels(doc: Document, style: SeriesStyle, labelColour: string): Element | undefined {
  if (!style.labels?.length) return undefined;
  const size = 11;
  const labels = style.labels.map((l) =>
    el(doc, NS.c, 'c:dLbl', {}, [
      el(doc, NS.c, 'c:idx', { val: l.index }),
      ...(l.dx
        ? [
            el(doc, NS.c, 'c:layout', {}, [
              el(doc, NS.c, 'c:manualLayout', {}, [el(doc, NS.c, 'c:x', { val: l.dx }), el(doc, NS.c, 'c:y', { val: 0 })]),
            ]),
          ]
        : []),
      el(doc, NS.c, 'c:tx', {}, [
        el(doc, NS.c, 'c:rich', {}, [
          // One line each: a reader's default label width would break "2013 Comprehensive strategic partnership" in three.
          el(doc, NS.a, 'a:bodyPr', { wrap: 'none' }),
          el(doc, NS.a, 'a:lstStyle'),
          el(doc, NS.a, 'a:p', {}, [
            el(doc, NS.a, 'a:r', {}, [
              el(doc, NS.a, 'a:rPr', { lang: 'en-GB', sz: size * 100, b: 1 }, [
                solid(doc, labelColour),
                el(doc, NS.a, 'a:latin', { typeface: FONT_NAMES.sans }),
              ]),
              (() => {
                const t = el(doc, NS.a, 'a:t');
                t.appendChild(doc.createTextNode(l.text));
                return t;
              })(),
            ]),
          ]),
        ]),
      ]),
      el(doc, NS.c, 'c:spPr', {}, [noFill(doc), el(doc, NS.a, 'a:ln', {}, [noFill(doc)])]),
      el(doc, NS.c, 'c:dLblPos', { val: l.position }),
      ...showFlags(doc, true),
    ]),
  );
  return el(doc, NS.c, 'c:dLbls', {}, [...labels, textProps(doc, size, labelColour, true), ...showFlags(doc, false)]);
}

const seriesName = (ser: Element): string => first(ser, NS.c, 'v')?.textContent ?? '';

/** Replaces a child (or inserts it before the first of `before` present). */
function setChild(parent: Element, child: Element, before: readonly string[]): void {
  const existing = childElements(parent, NS.c, child.localName ?? '')[0];
  if (existing) {
    parent.replaceChild(child, existing);
    return;
  }
  const next = childElements(parent, NS.c).find((e) => before.includes(e.localName ?? ''));
  parent.insertBefore(child, next ?? null);
}

/** Series order in `c:ser` (ECMA-376 CT_*Ser): what may follow each styled child. */
const AFTER_SPPR = [
  'marker',
  'invertIfNegative',
  'pictureOptions',
  'dPt',
  'dLbls',
  'trendline',
  'errBars',
  'cat',
  'val',
  'xVal',
  'yVal',
  'smooth',
  'shape',
  'extLst',
];
const AFTER_MARKER = ['dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'xVal', 'yVal', 'smooth', 'extLst'];
const AFTER_DLBLS = ['trendline', 'errBars', 'cat', 'val', 'xVal', 'yVal', 'smooth', 'shape', 'extLst'];

/** Gives each series of the chart the look its plan asks for. Returns how many series were styled. */
export function styleSeries(doc: Document, plan: ChartPlan, labelColour: string): number {
  const styles = new Map(planSeries(plan).map((s) => [s.name, s.style]));
  let styled = 0;
  for (const ser of descendants(doc, NS.c, 'ser')) {
    const style = styles.get(seriesName(ser));
    if (!style) throw new Error(`chart "${plan.name}": series "${seriesName(ser)}" is not in its plan`);
    const bar = ser.parentNode !== null && (ser.parentNode as Element).localName === 'barChart';
    setChild(ser, seriesShape(doc, style, bar), AFTER_SPPR);
    if (!bar) setChild(ser, seriesMarker(doc, style), AFTER_MARKER);
    const labels = seriesLabels(doc, style, labelColour);
    const old = childElements(ser, NS.c, 'dLbls')[0];
    if (labels) setChild(ser, labels, AFTER_DLBLS);
    else if (old) ser.removeChild(old);
    styled++;
  }
  return styled;
}

/**
 * Axis label formats and orientation. pptxgenjs gives a scatter chart's x axis the y axis's number
 * format ("1995%"); each axis gets its own. Year labels on a category axis are turned upright, so
 * a reader that does not skip labels (LibreOffice ignores `c:tickLblSkip`) does not break "2000" in two.
 */
export function fixAxes(doc: Document, plan: ChartPlan): void {
  const plotArea = first(doc, NS.c, 'plotArea');
  if (!plotArea) return;
  const axisAt = (pos: string): Element | undefined =>
    AXIS_TAGS.flatMap((tag) => childElements(plotArea, NS.c, tag)).find(
      (ax) => childElements(ax, NS.c, 'axPos')[0]?.getAttribute('val') === pos,
    );
  const setFormat = (axis: Element | undefined, format: string): void => {
    const numFmt = axis ? childElements(axis, NS.c, 'numFmt')[0] : undefined;
    numFmt?.setAttribute('formatCode', format);
    numFmt?.setAttribute('sourceLinked', '0');
  };
  if (plan.kind === 'scatter') {
    setFormat(axisAt('b'), plan.xAxis.format);
    setFormat(axisAt('l'), plan.yAxis.format);
    return;
  }
  setFormat(axisAt('l'), plan.valueAxis.format);
  const cat = childElements(plotArea, NS.c, 'catAx')[0];
  const bodyPr = cat ? first(cat, NS.a, 'bodyPr') : undefined;
  bodyPr?.setAttribute('rot', '-5400000');
  bodyPr?.setAttribute('vert', 'horz');
}

/* ---------- Workbooks ---------- */

/** Repairs an embedded workbook written by pptxgenjs: the table's range and the empty cells. */
export async function fixWorkbook(xlsx: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const edit = async (path: string, fix: (doc: Document) => void): Promise<void> => {
    const part = zip.file(path);
    if (!part) return;
    const doc = parseXml(await part.async('string'));
    fix(doc);
    zip.file(path, serializeXml(doc));
  };
  // The table's range comes with a stray quote (ref="A1:D24'").
  await edit('xl/tables/table1.xml', (doc) => {
    const ref = doc.documentElement?.getAttribute('ref');
    if (ref?.endsWith("'")) doc.documentElement?.setAttribute('ref', ref.slice(0, -1));
  });
  // A blank cell comes as an empty value (<c><v></v></c>), which Excel reads as a broken number: the cell is left empty.
  await edit('xl/worksheets/sheet1.xml', (doc) => {
    for (const v of Array.from(doc.getElementsByTagName('v')))
      if (v.parentNode?.nodeName === 'c' && v.childNodes.length === 0) v.parentNode.removeChild(v);
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/* ---------- Slides ---------- */

/** Keeps only a paragraph's first `a:pPr` (pptxgenjs writes one per run). */
export function dedupeParagraphProps(doc: Document): number {
  let removed = 0;
  for (const p of descendants(doc, NS.a, 'p')) {
    const props = childElements(p, NS.a, 'pPr');
    props.slice(1).forEach((e) => p.removeChild(e));
    removed += Math.max(0, props.length - 1);
    const firstProps = props[0];
    // The allowed place is first; a pPr after a run would be ignored or refused.
    if (firstProps && p.firstChild !== firstProps) p.insertBefore(firstProps, p.firstChild);
  }
  return removed;
}

/** How a bullet character is drawn: colour, size (share of the text's) and the face that has it. */
export interface BulletLook {
  readonly color: string;
  readonly size: number;
  readonly font: string;
}

/** Bullets in the deck's colours and fonts: the accent square (smaller, as on the slides) and the soft dash. */
export function colourBullets(doc: Document, bullets: ReadonlyMap<string, BulletLook>): void {
  for (const bu of descendants(doc, NS.a, 'buChar')) {
    const look = bullets.get(bu.getAttribute('char') ?? '');
    const pPr = bu.parentNode as Element | null;
    if (!look || !pPr) continue;
    for (const old of [...childElements(pPr, NS.a, 'buClr'), ...childElements(pPr, NS.a, 'buSzPct'), ...childElements(pPr, NS.a, 'buFont')])
      pPr.removeChild(old);
    pPr.insertBefore(el(doc, NS.a, 'a:buClr', {}, [colour(doc, look.color)]), bu);
    pPr.insertBefore(el(doc, NS.a, 'a:buSzPct', { val: Math.round(look.size * 100000) }), bu);
    // Not pptxgenjs's Arial: a reader without it (LibreOffice on Linux) draws the square in a fallback face.
    pPr.insertBefore(
      el(doc, NS.a, 'a:buFont', { typeface: look.font, pitchFamily: 34, charset: look.font === CJK_FONT_NAME ? -122 : 0 }),
      bu,
    );
  }
}

/** Marks the serif face as a roman (serif) design, so a reader without it substitutes a serif. */
export function markSerif(doc: Document): void {
  for (const tag of ['latin', 'ea', 'cs']) {
    for (const e of descendants(doc, NS.a, tag)) if (e.getAttribute('typeface') === FONT_NAMES.serif) e.setAttribute('pitchFamily', '18');
  }
}

/** Rewrites the notes body: one paragraph per line, the footnotes' heading in bold. */
export function writeNotes(doc: Document, paragraphs: readonly string[], lang: string, heading: string): void {
  const body = descendants(doc, NS.p, 'sp').find((sp) => descendants(sp, NS.p, 'ph').some((ph) => ph.getAttribute('type') === 'body'));
  const txBody = body ? first(body, NS.p, 'txBody') : undefined;
  if (!txBody) throw new Error('notes slide has no body placeholder');
  for (const p of childElements(txBody, NS.a, 'p')) txBody.removeChild(p);
  for (const line of paragraphs) {
    const p = el(doc, NS.a, 'a:p');
    if (line !== '') {
      const r = el(doc, NS.a, 'a:r', {}, [el(doc, NS.a, 'a:rPr', { lang, dirty: 0, ...(line === heading ? { b: 1 } : {}) })]);
      const t = el(doc, NS.a, 'a:t');
      t.appendChild(doc.createTextNode(line));
      r.appendChild(t);
      p.appendChild(r);
    }
    p.appendChild(el(doc, NS.a, 'a:endParaRPr', { lang, dirty: 0 }));
    txBody.appendChild(p);
  }
}

/* ---------- The package ---------- */

const relsPath = (part: string): string => part.replace(/([^/]+)$/, '_rels/$1.rels');
const resolvePart = (from: string, target: string): string => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
};

async function readXml(zip: JSZip, path: string): Promise<Document> {
  const file = zip.file(path);
  if (!file) throw new Error(`the package has no ${path}`);
  return parseXml(await file.async('string'));
}

async function relationships(zip: JSZip, part: string): Promise<Map<string, string>> {
  const file = zip.file(relsPath(part));
  if (!file) return new Map();
  const doc = parseXml(await file.async('string'));
  return new Map(
    descendants(doc, NS.rel, 'Relationship').map((r) => [r.getAttribute('Id') ?? '', resolvePart(part, r.getAttribute('Target') ?? '')]),
  );
}

export const slidePath = (n: number): string => `ppt/slides/slide${n}.xml`;

/** The parts that hold text: slides, notes, charts, and the masters and layouts they inherit from. */
const TEXT_PARTS = /^ppt\/(?:slides|notesSlides|charts|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/;

export interface FixRequest {
  readonly deck: ResolvedDeck;
  readonly plans: readonly SlidePlan[];
  readonly fallbacks: SvgFallbacks;
  readonly lang: string;
  readonly bullets: ReadonlyMap<string, BulletLook>;
  readonly labelColour: string;
}

export async function fixPackage(input: Buffer, request: FixRequest): Promise<{ buffer: Buffer; report: FixReport }> {
  const zip = await JSZip.loadAsync(input);
  const report: FixReport = {
    danglingAxisIds: 0,
    lineGroupings: 0,
    emptyPoints: 0,
    seriesStyled: 0,
    workbooks: 0,
    paragraphProps: 0,
    notes: 0,
    pictures: 0,
    titles: 0,
    decorative: 0,
    languageSplits: 0,
    eastAsianFonts: 0,
  };
  const charts = new Map<string, ChartPlan>();
  for (const plan of request.plans) for (const item of plan.items) if (item.kind === 'chart') charts.set(item.chart.name, item.chart);
  const styledCharts = new Set<string>();

  for (let n = 1; n <= request.deck.slides.length; n++) {
    const path = slidePath(n);
    const doc = await readXml(zip, path);
    const rels = await relationships(zip, path);
    report.paragraphProps += dedupeParagraphProps(doc);
    colourBullets(doc, request.bullets);
    markSerif(doc);
    const plan = request.plans[n - 1];
    const items = plan?.items ?? [];
    const accessible = fixSlideAccessibility(doc, {
      decorative: new Set(items.filter((i) => i.kind === 'rect' || i.kind === 'ellipse').map((i) => i.name)),
      // A table's alternative text is its caption (the text item placed just before it).
      tableAlt: new Map(
        items.flatMap((item, i) => {
          const caption = items[i - 1];
          return item.kind === 'table' && caption?.kind === 'text'
            ? [[item.name, caption.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ')] as const]
            : [];
        }),
      ),
    });
    report.titles += accessible.titles > 0 ? 1 : 0;
    report.decorative += accessible.decorative;

    // Charts: found through the slide, by the name of the frame that holds them.
    for (const frame of descendants(doc, NS.p, 'graphicFrame')) {
      const name = first(frame, NS.p, 'cNvPr')?.getAttribute('name') ?? '';
      const id = first(frame, NS.c, 'chart')?.getAttributeNS(NS.r, 'id') ?? '';
      const plan = charts.get(name);
      const part = rels.get(id);
      if (!plan || !part) continue;
      const chart = await readXml(zip, part);
      report.danglingAxisIds += removeDanglingAxisIds(chart);
      report.lineGroupings += addLineGrouping(chart);
      report.emptyPoints += dropEmptyPoints(chart);
      report.seriesStyled += styleSeries(chart, plan, request.labelColour);
      fixAxes(chart, plan);
      markSerif(chart);
      zip.file(part, serializeXml(chart));
      styledCharts.add(name);
      for (const [, target] of await relationships(zip, part)) {
        const workbook = zip.file(target);
        if (!target.endsWith('.xlsx') || !workbook) continue;
        zip.file(target, await fixWorkbook(await workbook.async('uint8array')));
        report.workbooks++;
      }
    }

    // SVG pictures: the rendered PNG replaces pptxgenjs's placeholder.
    for (const pic of descendants(doc, NS.p, 'pic')) {
      const name = first(pic, NS.p, 'cNvPr')?.getAttribute('name') ?? '';
      const png = request.fallbacks.get(name);
      const embed = first(pic, NS.a, 'blip')?.getAttributeNS(NS.r, 'embed') ?? '';
      const target = rels.get(embed);
      if (!png || !target) continue;
      zip.file(target, png);
      report.pictures++;
    }
    zip.file(path, serializeXml(doc));

    // Notes: one paragraph per line.
    const notesPart = [...rels.values()].find((t) => t.includes('notesSlides/'));
    const slide = request.deck.slides[n - 1];
    if (notesPart && slide) {
      const notes = await readXml(zip, notesPart);
      writeNotes(notes, notesParagraphs(slide, request.deck), request.lang, request.deck.messages.notesOnSources);
      zip.file(notesPart, serializeXml(notes));
      report.notes++;
    }
  }
  // The layout's title placeholder where a content slide's title sits.
  const titleBox = request.plans.flatMap((p) => p.items).filter((i) => i.name === 'Title')[1]?.box;
  for (const path of Object.keys(zip.files).filter((f) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(f))) {
    const layout = await readXml(zip, path);
    const emu = (px: number): number => inch(px) * 914400;
    if (titleBox && placeLayoutTitle(layout, { x: emu(titleBox.x), y: emu(titleBox.y), w: emu(titleBox.w), h: emu(titleBox.h) }))
      zip.file(path, serializeXml(layout));
  }
  const missing = [...charts.keys()].filter((name) => !styledCharts.has(name));
  if (missing.length) throw new Error(`chart parts not found for ${missing.join(', ')}`);
  if (report.pictures !== request.fallbacks.size)
    throw new Error(`${request.fallbacks.size - report.pictures} SVG pictures have no PNG part`);

  // Every text part: each run in its language, the deck's CJK face for East Asian text; the theme's fonts too.
  for (const path of Object.keys(zip.files).filter((f) => TEXT_PARTS.test(f))) {
    const doc = await readXml(zip, path);
    report.languageSplits += markLanguages(doc, request.lang);
    report.eastAsianFonts += setEastAsianFonts(doc);
    zip.file(path, serializeXml(doc));
  }
  for (const path of Object.keys(zip.files).filter((f) => /^ppt\/theme\/theme\d+\.xml$/.test(f))) {
    const theme = await readXml(zip, path);
    setThemeFonts(theme);
    zip.file(path, serializeXml(theme));
  }

  // Document properties: the title, the language, no author.
  const core = await readXml(zip, 'docProps/core.xml');
  const props = core.documentElement;
  if (!props) throw new Error('docProps/core.xml is empty');
  for (const tag of ['creator', 'lastModifiedBy']) {
    for (const e of [...descendants(core, NS.dc, tag), ...descendants(core, NS.cp, tag)]) while (e.firstChild) e.removeChild(e.firstChild);
  }
  for (const e of descendants(core, NS.dc, 'language')) props.removeChild(e);
  const language = el(core, NS.dc, 'dc:language');
  language.appendChild(core.createTextNode(request.deck.lang));
  props.appendChild(language);
  zip.file('docProps/core.xml', serializeXml(core));

  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { buffer, report };
}
