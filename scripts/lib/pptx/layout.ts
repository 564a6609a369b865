/**
 * Slide layout for the PowerPoint export: a resolved slide becomes a list of placed items (text
 * boxes, shapes, tables, charts, pictures) in px of the 1280×720 slide, laid out as the theme (src/theme) lays
 * out the slides. Every text box is measured with the deck's font metrics; when a slide's blocks
 * do not fit at the slides' sizes, all of the body's type is scaled down together until they do.
 * Pure: no pptxgenjs here (scripts/lib/pptx/write.ts turns the items into a file).
 */
import type { CompareColumn, Point } from '../../../src/model/authored.ts';
import type { ResolvedBlock, ResolvedSlide } from '../../../src/model/resolved.ts';
import type { Source } from '../../../src/data/sources.ts';
import { displayUrl } from '../../../src/render/blocks.ts';
import { sourceLine } from '../../../src/render/slides.ts';
import type { SlideDeck } from '../../../src/render/slides.ts';
import type { Locale } from '../../../src/model/messages.ts';
import type { DeckLink } from '../../../src/model/link.ts';
import { chartPlans, type ChartPlan } from './charts.ts';
import type { FontFace } from './fonts.ts';
import { pt, SLIDE_WIDTH, TYPE, type Palette } from './style.ts';
import { lineCount, naturalWidth, textHeight, type Paragraph, type Run } from './text.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Stroke {
  readonly color: string;
  /** px */
  readonly width: number;
}

export interface TableCellPlan {
  readonly paragraph: Paragraph;
  readonly bottom?: Stroke;
}

export type Item =
  | {
      readonly kind: 'text';
      readonly name: string;
      readonly box: Box;
      readonly paragraphs: readonly Paragraph[];
      readonly valign?: 'top' | 'middle' | 'bottom';
    }
  | { readonly kind: 'rect'; readonly name: string; readonly box: Box; readonly fill: string }
  | { readonly kind: 'ellipse'; readonly name: string; readonly box: Box; readonly fill: string; readonly line: Stroke }
  | {
      readonly kind: 'table';
      readonly name: string;
      readonly box: Box;
      readonly columns: readonly number[];
      readonly rowHeights: readonly number[];
      /** Cell padding, px: top, right, bottom, left. */
      readonly padding: readonly [number, number, number, number];
      readonly rows: readonly (readonly TableCellPlan[])[];
    }
  | { readonly kind: 'chart'; readonly name: string; readonly box: Box; readonly chart: ChartPlan }
  | { readonly kind: 'svg'; readonly name: string; readonly box: Box; readonly svg: string; readonly alt: string };

export interface SlidePlan {
  readonly id: string;
  readonly items: readonly Item[];
  /** The footer text: the section. */
  readonly footer: string;
  /** Scale applied to the body's type (1 = the slides' sizes). */
  readonly scale: number;
  /** What could not be made to fit, for the exporter to report. */
  readonly warnings: readonly string[];
}

/* ---------- Text helpers ---------- */

const SANS: FontFace = { family: 'sans', bold: false, italic: false };
const SANS_BOLD: FontFace = { family: 'sans', bold: true, italic: false };
const SANS_ITALIC: FontFace = { family: 'sans', bold: false, italic: true };
const SERIF_BOLD: FontFace = { family: 'serif', bold: true, italic: false };
const SERIF: FontFace = { family: 'serif', bold: false, italic: false };

/** A text style at the slides' size (px) and a scale. */
interface TextStyle {
  readonly face: FontFace;
  readonly size: number;
  readonly line: number;
  readonly color: string;
}

const run = (text: string, style: TextStyle, scale: number, extra: Partial<Run> = {}): Run => ({
  text,
  face: style.face,
  size: pt(style.size * scale),
  color: style.color,
  ...extra,
});

/** "SINCE THE TALK" in the edition's words: the slides' small outlined label, as accent capitals (0.62 em, letter-spaced). */
function laterRun(style: TextStyle, ctx: Ctx): Run {
  const size = style.size * 0.62 * ctx.scale;
  return { text: ` ${ctx.later}`, face: SANS_BOLD, size: pt(size), color: ctx.palette.accent, spacing: pt(size * 0.04) };
}

const para = (runs: readonly Run[], style: TextStyle, scale: number, more: Partial<Paragraph> = {}): Paragraph => ({
  runs,
  lineHeight: pt(style.size * style.line * scale),
  ...more,
});

/** Height in px of paragraphs in a box `width` px wide. */
const heightPx = (paragraphs: readonly Paragraph[], width: number): number => textHeight(paragraphs, pt(width)) / 0.75;

/* ---------- Blocks ---------- */

/** A block measured at one scale: its height, and its items once given a place. */
interface Measured {
  readonly height: number;
  /** A chart takes the room the other blocks leave. */
  readonly flexible?: { readonly min: number };
  place(x: number, y: number, width: number, height: number): Item[];
}

interface Ctx {
  readonly palette: Palette;
  /** The "since the talk" label, in capitals as the slides' CSS shows it. */
  readonly later: string;
  readonly scale: number;
  readonly slideId: string;
  readonly layout: ResolvedSlide['layout'];
}

const styles = (p: Palette) => ({
  body: { face: SANS, size: TYPE.body.size, line: TYPE.body.line, color: p.ink },
  sub: { face: SANS, size: TYPE.sub.size, line: TYPE.sub.line, color: p.inkSoft },
  lead: { face: SANS, size: TYPE.lead.size, line: TYPE.lead.line, color: p.ink },
  statement: { face: SERIF, size: TYPE.statement.size, line: TYPE.statement.line, color: p.ink },
  titleLead: { face: SANS, size: TYPE.titleLead.size, line: TYPE.lead.line, color: p.inkSoft },
  when: { face: SANS_BOLD, size: TYPE.body.size, line: 1.3, color: p.accent },
  what: { face: SANS, size: TYPE.body.size, line: 1.3, color: p.ink },
  h3: { face: SERIF_BOLD, size: TYPE.subheading.size, line: TYPE.subheading.line, color: p.ink },
  figureValue: { face: SERIF_BOLD, size: TYPE.figureValue.size, line: 1.35, color: p.ink },
  figureLabel: { face: SANS, size: TYPE.figureLabel.size, line: 1.35, color: p.inkSoft },
  documentTitle: { face: SERIF_BOLD, size: TYPE.documentTitle.size, line: TYPE.documentTitle.line, color: p.ink },
  documentMeta: { face: SANS, size: TYPE.documentMeta.size, line: TYPE.documentMeta.line, color: p.inkSoft },
  table: { face: SANS, size: TYPE.table.size, line: TYPE.table.line, color: p.ink },
  caption: { face: SANS, size: TYPE.caption.size, line: TYPE.caption.line, color: p.inkSoft },
  references: { face: SANS, size: TYPE.references.size, line: TYPE.references.line, color: p.ink },
  chartNotes: { face: SANS, size: TYPE.chartNotes.size, line: TYPE.chartNotes.line, color: p.inkSoft },
});

/** Bulleted points as paragraphs: the accent square, sub-points with a dash (blocks.css `ul.points`). */
function pointParagraphs(items: readonly Point[], ctx: Ctx): Paragraph[] {
  const s = styles(ctx.palette);
  const k = ctx.scale;
  const bullet = { kind: 'char', char: '■', color: ctx.palette.accent, size: 0.5 } as const;
  return items.flatMap((point): Paragraph[] => {
    const text = typeof point === 'string' ? point : point.text;
    const later = typeof point !== 'string' && point.later === true;
    const sub = typeof point === 'string' ? [] : (point.sub ?? []);
    const main = para([run(text, s.body, k), ...(later ? [laterRun(s.body, ctx)] : [])], s.body, k, {
      bullet,
      indent: pt(34 * k),
      after: pt((sub.length ? 8 : 16) * k),
    });
    const subs = sub.map((t, i) =>
      para([run(t, s.sub, k)], s.sub, k, {
        bullet: { kind: 'char', char: '–', color: ctx.palette.inkSoft, size: 1 },
        indent: pt(60 * k),
        after: pt((i === sub.length - 1 ? 16 : 6) * k),
      }),
    );
    return [main, ...subs];
  });
}

function textBlock(name: string, paragraphs: readonly Paragraph[], width: number, maxWidth = Number.POSITIVE_INFINITY): Measured {
  const w = Math.min(width, maxWidth);
  const height = heightPx(paragraphs, w);
  return {
    height,
    place: (x, y) => [{ kind: 'text', name, box: { x, y, w, h: height }, paragraphs, valign: 'top' }],
  };
}

function timeline(block: Extract<ResolvedBlock, { kind: 'timeline' }>, width: number, ctx: Ctx): Measured {
  const s = styles(ctx.palette);
  const k = ctx.scale;
  const textX = 37 * k;
  const whenW = 190 * k;
  const whatX = textX + whenW + 18 * k;
  const rowGap = 14 * k;
  const rows = block.items.map((item) => {
    const when = [para([run(item.when, s.when, k)], s.when, k)];
    const what = [para([run(item.what, s.what, k), ...(item.later ? [laterRun(s.what, ctx)] : [])], s.what, k)];
    return { when, what, height: Math.max(heightPx(when, whenW), heightPx(what, width - whatX)) };
  });
  const height = rows.reduce((sum, r) => sum + r.height + rowGap, 0);
  return {
    height,
    place: (x, y) => {
      const items: Item[] = [{ kind: 'rect', name: 'Timeline rule', box: { x, y, w: 3 * k, h: height }, fill: ctx.palette.rule }];
      let top = y;
      rows.forEach((row, i) => {
        const dot = 20 * k;
        items.push({
          kind: 'ellipse',
          name: `Timeline point ${i + 1}`,
          box: { x: x + 1.5 * k - dot / 2, y: top + 0.45 * TYPE.body.size * k, w: dot, h: dot },
          fill: ctx.palette.paper,
          line: { color: ctx.palette.accent, width: 3 * k },
        });
        items.push({
          kind: 'text',
          name: `Timeline date ${i + 1}`,
          box: { x: x + textX, y: top, w: whenW, h: row.height },
          paragraphs: row.when,
        });
        items.push({
          kind: 'text',
          name: `Timeline event ${i + 1}`,
          box: { x: x + whatX, y: top, w: width - whatX, h: row.height },
          paragraphs: row.what,
        });
        top += row.height + rowGap;
      });
      return items;
    },
  };
}

function figures(block: Extract<ResolvedBlock, { kind: 'figures' }>, width: number, ctx: Ctx): Measured {
  const s = styles(ctx.palette);
  const k = ctx.scale;
  const gap = 24 * k;
  // `repeat(auto-fit, minmax(260px, 1fr))`: as many columns as fit, at most one per figure.
  const cols = Math.max(1, Math.min(block.items.length, Math.floor((width + gap) / (260 * k + gap))));
  const cardW = (width - gap * (cols - 1)) / cols;
  const padX = 24 * k;
  const padY = 20 * k;
  const inner = cardW - padX - 5 * k;
  const cards = block.items.map((item) => {
    const label: Run[] = [run(item.label, s.figureLabel, k)];
    if (item.derived) label.push(run(' (derived)', { ...s.figureLabel, face: SANS_ITALIC }, k));
    if (item.later) label.push(laterRun(s.figureLabel, ctx));
    const paragraphs = [para([run(item.value, s.figureValue, k)], s.figureValue, k, { after: pt(6 * k) }), para(label, s.figureLabel, k)];
    return { paragraphs, height: heightPx(paragraphs, inner) + 2 * padY };
  });
  const rowHeights: number[] = [];
  cards.forEach((c, i) => {
    const r = Math.floor(i / cols);
    rowHeights[r] = Math.max(rowHeights[r] ?? 0, c.height);
  });
  const height = rowHeights.reduce((a, b) => a + b, 0) + gap * (rowHeights.length - 1);
  return {
    height,
    place: (x, y) =>
      cards.flatMap((card, i): Item[] => {
        const r = Math.floor(i / cols);
        const cx = x + (i % cols) * (cardW + gap);
        const cy = y + rowHeights.slice(0, r).reduce((a, b) => a + b + gap, 0);
        const h = rowHeights[r] ?? card.height;
        return [
          { kind: 'rect', name: `Figure ${i + 1} card`, box: { x: cx, y: cy, w: cardW, h }, fill: ctx.palette.paperDeep },
          { kind: 'rect', name: `Figure ${i + 1} bar`, box: { x: cx, y: cy, w: 5 * k, h }, fill: ctx.palette.accent },
          {
            kind: 'text',
            name: `Figure ${i + 1}`,
            box: { x: cx + 5 * k + padX, y: cy + padY, w: inner, h: h - 2 * padY },
            paragraphs: card.paragraphs,
          },
        ];
      }),
  };
}

function compare(block: Extract<ResolvedBlock, { kind: 'compare' }>, width: number, ctx: Ctx): Measured {
  const s = styles(ctx.palette);
  const k = ctx.scale;
  const gap = 36 * k;
  const colW = (width - gap) / 2;
  const padX = 26 * k;
  const inner = colW - 2 * padX;
  const columns = block.columns.map((column: CompareColumn) => {
    const paragraphs = [para([run(column.heading, s.h3, k)], s.h3, k, { after: pt(10 * k) }), ...pointParagraphs(column.items, ctx)];
    return { paragraphs, height: heightPx(paragraphs, inner) };
  });
  const padTop = 4 * k + 20 * k;
  const padBottom = 6 * k;
  const height = Math.max(...columns.map((c) => c.height)) + padTop + padBottom;
  return {
    height,
    place: (x, y) =>
      columns.flatMap((column, i): Item[] => {
        const cx = x + i * (colW + gap);
        return [
          { kind: 'rect', name: `Column ${i + 1} panel`, box: { x: cx, y, w: colW, h: height }, fill: ctx.palette.paperDeep },
          {
            kind: 'rect',
            name: `Column ${i + 1} rule`,
            box: { x: cx, y, w: colW, h: 4 * k },
            fill: i === 0 ? ctx.palette.accent : ctx.palette.inkSoft,
          },
          {
            kind: 'text',
            name: `Column ${i + 1}`,
            box: { x: cx + padX, y: y + padTop, w: inner, h: height - padTop - padBottom },
            paragraphs: column.paragraphs,
          },
        ];
      }),
  };
}

function documentQuote(block: Extract<ResolvedBlock, { kind: 'document' }>, width: number, ctx: Ctx): Measured {
  const s = styles(ctx.palette);
  const k = ctx.scale;
  const padX = 30 * k;
  const padY = 22 * k;
  const bar = 6 * k;
  const inner = width - bar - 2 * padX;
  const paragraphs = [
    para([run(`“${block.title}”`, s.documentTitle, k)], s.documentTitle, k, { after: pt(10 * k) }),
    para([run(block.meta, s.documentMeta, k)], s.documentMeta, k),
  ];
  const height = heightPx(paragraphs, inner) + 2 * padY;
  return {
    height,
    place: (x, y) => [
      { kind: 'rect', name: 'Document panel', box: { x, y, w: width, h: height }, fill: ctx.palette.accentSoft },
      { kind: 'rect', name: 'Document bar', box: { x, y, w: bar, h: height }, fill: ctx.palette.accent },
      { kind: 'text', name: 'Document', box: { x: x + bar + padX, y: y + padY, w: inner, h: height - 2 * padY }, paragraphs },
    ],
  };
}

/** Column widths: each column's widest cell, the widest columns narrowed (their text wraps) until the table fits. */
export function fitColumns(natural: readonly number[], width: number, min: number): number[] {
  const widths = [...natural];
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > width + 0.5) {
    const max = Math.max(...widths);
    const widest = widths.filter((w) => w >= max - 0.5).length;
    const next = Math.max(min, ...widths.filter((w) => w < max - 0.5));
    // Narrow the widest columns to the next width down, or just enough.
    const cut = Math.min(max - next, (total - width) / widest);
    if (cut <= 0) break;
    for (let i = 0; i < widths.length; i++) if ((widths[i] ?? 0) >= max - 0.5) widths[i] = (widths[i] ?? 0) - cut;
    total = widths.reduce((a, b) => a + b, 0);
  }
  return widths;
}

function table(block: Extract<ResolvedBlock, { kind: 'table' }>, width: number, ctx: Ctx): Measured {
  const s = styles(ctx.palette);
  const k = ctx.scale;
  const padding: [number, number, number, number] = [6 * k, 16 * k, 6 * k, 0];
  const caption = [para([run(block.caption, s.caption, k)], s.caption, k)];
  const captionH = heightPx(caption, width) + 6 * k;
  const bold = { ...s.table, face: SANS_BOLD };
  const cells: TableCellPlan[][] = [
    block.head.map((h) => ({ paragraph: para([run(h, bold, k)], bold, k), bottom: { color: ctx.palette.inkSoft, width: 2 * k } })),
    ...block.rows.map((row) =>
      row.map((c, i) => ({
        paragraph: para([run(c, i === 0 ? bold : s.table, k)], s.table, k),
        bottom: { color: ctx.palette.rule, width: 1 * k },
      })),
    ),
  ];
  const columnsCount = Math.max(...cells.map((r) => r.length));
  const natural = Array.from({ length: columnsCount }, (_, c) =>
    Math.max(...cells.map((r) => (r[c] ? naturalWidth(r[c].paragraph.runs) / 0.75 : 0))),
  ).map((w) => w + padding[1] + padding[3]);
  const columns = fitColumns(natural, width, 120 * k);
  const rowHeights = cells.map(
    (r) =>
      Math.max(
        ...r.map(
          (cell, c) => lineCount(cell.paragraph.runs, pt((columns[c] ?? 0) - padding[1] - padding[3])) * (cell.paragraph.lineHeight / 0.75),
        ),
      ) +
      padding[0] +
      padding[2],
  );
  const tableH = rowHeights.reduce((a, b) => a + b, 0);
  const tableW = columns.reduce((a, b) => a + b, 0);
  return {
    height: captionH + tableH,
    place: (x, y) => [
      { kind: 'text', name: 'Table caption', box: { x, y, w: width, h: captionH - 6 * k }, paragraphs: caption },
      { kind: 'table', name: 'Table', box: { x, y: y + captionH, w: tableW, h: tableH }, columns, rowHeights, padding, rows: cells },
    ],
  };
}

function chart(block: Extract<ResolvedBlock, { kind: 'chart' }>, width: number, ctx: Ctx): Measured {
  const s = styles(ctx.palette);
  const k = ctx.scale;
  const summary = block.chart;
  // As on the slide: one line under the chart; the footnotes are in the notes pane.
  const paragraphs = [para([run(summary.caption, s.chartNotes, k)], s.chartNotes, k)];
  const notesH = paragraphs.length ? heightPx(paragraphs, width) : 0;
  const gap = 8 * k;
  const plans = chartPlans(summary, ctx.palette);
  return {
    height: notesH + (notesH ? gap : 0),
    flexible: { min: 240 },
    place: (x, y, w, h) => {
      const chartH = h - notesH - (notesH ? gap : 0);
      const between = 24;
      const each = (w - between * (plans.length - 1)) / plans.length;
      const items: Item[] = plans.map((plan, i) => ({
        kind: 'chart',
        name: plan.name,
        box: { x: x + i * (each + between), y, w: each, h: chartH },
        chart: plan,
      }));
      if (paragraphs.length) items.push({ kind: 'text', name: 'Chart notes', box: { x, y: y + chartH + gap, w, h: notesH }, paragraphs });
      return items;
    },
  };
}

/** One bibliography entry as a paragraph: the same parts, in the same order, as the slides (src/render/blocks.ts). */
export function referenceRuns(s: Source, style: TextStyle, scale: number, palette: Palette): Run[] {
  const runs: Run[] = [run(`${s.short}. `, { ...style, face: SANS_BOLD }, scale), run(s.publisher, style, scale)];
  if (s.title) runs.push(run(', ', style, scale), run(s.title, { ...style, face: SANS_ITALIC }, scale));
  if (s.description) runs.push(run(s.title ? ` (${s.description})` : `: ${s.description}`, style, scale));
  if (s.date) runs.push(run(`, ${s.date}`, style, scale));
  runs.push(run('.', style, scale));
  if (s.url) runs.push(run(' ', style, scale), run(displayUrl(s.url), { ...style, color: palette.accent }, scale, { link: s.url }));
  if (s.note) runs.push(run(` ${s.note}`, { ...style, face: SANS_ITALIC, color: palette.inkSoft }, scale));
  return runs;
}

function references(block: Extract<ResolvedBlock, { kind: 'references' }>, width: number, ctx: Ctx): Measured {
  const s = styles(ctx.palette);
  const k = ctx.scale;
  const paragraphs = block.items.map((source) =>
    para(referenceRuns(source, s.references, k, ctx.palette), s.references, k, {
      bullet: { kind: 'number', start: block.start },
      indent: pt(40 * k),
      after: pt(10 * k),
    }),
  );
  return textBlock('References', paragraphs, width);
}

/**
 * One block at one scale. Every block kind is laid out here; a new kind added to the model fails
 * to compile until it has a case (an inline SVG block is one line: `svgPicture(...)` below).
 */
function measureBlock(block: ResolvedBlock, width: number, ctx: Ctx): Measured {
  const s = styles(ctx.palette);
  const k = ctx.scale;
  switch (block.kind) {
    case 'lead': {
      const style = ctx.layout === 'statement' ? s.statement : ctx.layout === 'title' ? s.titleLead : s.lead;
      const runs = [run(block.text, style, k), ...(block.later ? [laterRun(style, ctx)] : [])];
      const align = ctx.layout === 'closing' ? 'center' : 'left';
      return textBlock('Lead', [para(runs, style, k, { align })], width, ctx.layout === 'content' ? TYPE.lead.maxWidth : width);
    }
    case 'points':
      return textBlock('Points', pointParagraphs(block.items, ctx), width);
    case 'timeline':
      return timeline(block, width, ctx);
    case 'figures':
      return figures(block, width, ctx);
    case 'compare':
      return compare(block, width, ctx);
    case 'document':
      return documentQuote(block, width, ctx);
    case 'table':
      return table(block, width, ctx);
    case 'chart':
      return chart(block, width, ctx);
    case 'map':
      return svgPicture(standaloneSvg(block.map.svg), block.map.finding, width, svgAspect(block.map.svg));
    case 'references':
      return references(block, width, ctx);
  }
  // Exhaustiveness: a new block kind must be laid out above.
  const unreachable: never = block;
  return unreachable;
}

/** Width over height, from an SVG's viewBox. */
export function svgAspect(svg: string): number {
  // The root's viewBox as the maps renderer writes it (numbers only); a missing one falls back to the slide's shape.
  const box = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
  const [, , w, h] = box;
  return w && h ? w / h : 16 / 9;
}

/**
 * An inline SVG made to stand alone as a picture: the page's CSS variables it reads
 * (`var(--paper-deep,…)`) become their fallback values, the theme's colours (src/maps/svg/palette.ts),
 * which PowerPoint and LibreOffice draw; and it gets the SVG namespace a file needs.
 */
export function standaloneSvg(svg: string): string {
  // Regexes: the renderers write each colour as `var(--name, #hex)` with a plain fallback (src/maps/svg/palette.ts),
  // and the root tag first; no CSS or XML parser reads a custom property's fallback inside an attribute any better.
  const resolved = svg.replace(/var\(--[\w-]+,\s*([^()]+?)\)/g, '$1');
  return /^<svg[^>]*\bxmlns=/.test(resolved) ? resolved : resolved.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
}

/**
 * An inline SVG (a map, a diagram) placed as a picture: like a chart it takes the room the other
 * blocks leave, and sits in it at its own aspect ratio, centred.
 */
export function svgPicture(svg: string, alt: string, width: number, aspect: number): Measured {
  return {
    height: 0,
    flexible: { min: Math.min(240, width / aspect) },
    place: (x, y, w, h) => {
      const fitW = Math.min(w, h * aspect);
      const fitH = fitW / aspect;
      return [{ kind: 'svg', name: 'Picture', box: { x: x + (w - fitW) / 2, y, w: fitW, h: fitH }, svg, alt }];
    },
  };
}

/* ---------- Slides ---------- */

const MIN_SCALE = 0.6;
const FOOTER_TOP = 690;
const CONTENT_BOTTOM = 680;

/** The title: at the slides' size, or smaller until it takes at most `maxLines` lines. */
function titleParagraph(text: string, style: TextStyle, width: number, maxLines: number, align: Paragraph['align']): Paragraph {
  let size = style.size;
  const make = (px: number): Paragraph => para([run(text, { ...style, size: px }, 1)], { ...style, size: px }, 1, { align });
  while (size > style.size * 0.7 && lineCount(make(size).runs, pt(width)) > maxLines) size -= 1;
  return make(size);
}

/** The slide's source line as the slides show it: one line, then how many more are in the references. */
function sourceParagraph(sources: readonly Source[], palette: Palette, scale: number, locale: Locale): Paragraph {
  const style: TextStyle = { face: SANS, size: TYPE.sources.size, line: TYPE.sources.line, color: palette.inkSoft };
  const { label, shown, more } = sourceLine(sources, locale);
  return para(
    [
      run(`${label}${locale.messages.labelSeparator}`, { ...style, face: SANS_BOLD }, scale),
      run([...shown.map((s) => s.short), ...(more ? [more] : [])].join(locale.messages.listSeparator), style, scale),
    ],
    style,
    scale,
  );
}

/** Lays the blocks out in a column from `top` to `bottom`, at the largest scale at which they fit. */
function layoutBody(
  slide: ResolvedSlide,
  palette: Palette,
  area: { x: number; top: number; bottom: number; width: number },
  centre: boolean,
  later: string,
): { items: Item[]; scale: number; warnings: string[] } {
  const room = area.bottom - area.top;
  const measureAt = (scale: number): { measured: Measured[]; total: number } => {
    const ctx: Ctx = { palette, later, scale, slideId: slide.id, layout: slide.layout };
    const measured = slide.blocks.map((b) => measureBlock(b, area.width, ctx));
    const gaps = TYPE.blockGap * scale * Math.max(0, measured.length - 1);
    return { measured, total: measured.reduce((sum, m) => sum + m.height + (m.flexible?.min ?? 0), 0) + gaps };
  };
  let scale = 1;
  let { measured, total } = measureAt(scale);
  while (total > room && scale > MIN_SCALE) {
    scale = Math.round((scale - 0.025) * 1000) / 1000;
    ({ measured, total } = measureAt(scale));
  }
  const warnings =
    total > room ? [`slide "${slide.id}": the body needs ${Math.round(total)} px of ${Math.round(room)} px even at ${scale}×`] : [];
  const flexibles = measured.filter((m) => m.flexible).length;
  const spare = Math.max(0, room - total);
  const gap = TYPE.blockGap * scale;
  let y = centre && flexibles === 0 ? area.top + spare / 2 : area.top;
  const items = measured.flatMap((m) => {
    const h = m.height + (m.flexible ? m.flexible.min + spare / flexibles : 0);
    const placed = m.place(area.x, y, area.width, h);
    y += h + gap;
    return placed;
  });
  return { items, scale, warnings };
}

/** The deck's address and its QR code, bottom right of the title and closing slides (as kit.css places them). */
function deckLinkItems(link: DeckLink, palette: Palette): Item[] {
  const size = 200;
  const x = SLIDE_WIDTH - TYPE.padX - size;
  const y = CONTENT_BOTTOM - size;
  const label: TextStyle = { face: SANS_BOLD, size: 15, line: 1.3, color: palette.inkSoft };
  const address: TextStyle = { face: SANS_BOLD, size: 20, line: 1.3, color: palette.ink };
  const paragraphs = [
    para([run('SLIDES AND SOURCES', label, 1, { spacing: pt(15 * 0.08) })], label, 1, { align: 'right' }),
    para([run(link.display, address, 1, { link: link.url })], address, 1, { align: 'right' }),
  ];
  const textW = 360;
  const textH = heightPx(paragraphs, textW);
  return [
    { kind: 'svg', name: 'QR code', box: { x, y, w: size, h: size }, svg: standaloneSvg(link.qr.svg), alt: `QR code: ${link.url}` },
    { kind: 'text', name: 'Address', box: { x: x - 24 - textW, y: y + size - textH, w: textW, h: textH }, paragraphs },
  ];
}

/** `link`: the deck's address and QR code, when the export was given one (`DECK_URL`), on the title and closing slides. */
export function layoutSlide(slide: ResolvedSlide, palette: Palette, deck: SlideDeck): SlidePlan {
  const link = deck.link;
  const footer = `${slide.sectionNumber} · ${slide.sectionTitle}`.toLocaleUpperCase(deck.lang);
  const later = deck.messages.sinceTheTalk.toLocaleUpperCase(deck.lang);
  const heading = (size: number, line: number): TextStyle => ({ face: SERIF_BOLD, size, line, color: palette.ink });

  if (slide.layout === 'title' || slide.layout === 'closing') {
    const title = slide.layout === 'title';
    const padX = title ? TYPE.titleSlide.padX : TYPE.padX;
    const width = title ? Math.min(1060, SLIDE_WIDTH - 2 * padX) : SLIDE_WIDTH - 2 * padX;
    const style = title ? heading(TYPE.titleSlide.size, TYPE.titleSlide.line) : heading(TYPE.closingTitle.size, TYPE.closingTitle.line);
    const heads = [titleParagraph(slide.title, style, width, 3, title ? 'left' : 'center')];
    const headH = heightPx(heads, width);
    const top = title ? TYPE.titleSlide.padTop + 6 + 24 : TYPE.padTop;
    // The title stands clear above the QR code when there is one (the closing slide's short text fits beside it).
    const bottom = title && link ? CONTENT_BOTTOM - 216 : CONTENT_BOTTOM;
    // Head and body are centred together, as the slides' flex column does.
    const ctx: Ctx = { palette, later, scale: 1, slideId: slide.id, layout: slide.layout };
    const body = slide.blocks.map((b) => measureBlock(b, width, ctx));
    const bodyH = body.reduce((sum, m) => sum + m.height, 0) + TYPE.blockGap * Math.max(0, body.length - 1);
    const total = headH + TYPE.headGap + bodyH;
    let y = top + Math.max(0, (bottom - top - total) / 2);
    const items: Item[] = [];
    if (title) {
      items.push({ kind: 'rect', name: 'Accent rule', box: { x: padX, y: TYPE.titleSlide.padTop, w: 120, h: 6 }, fill: palette.accent });
    }
    items.push({ kind: 'text', name: 'Title', box: { x: padX, y, w: width, h: headH }, paragraphs: heads });
    y += headH + TYPE.headGap;
    for (const m of body) {
      items.push(...m.place(padX, y, width, m.height));
      y += m.height + TYPE.blockGap;
    }
    if (link) items.push(...deckLinkItems(link, palette));
    const warnings = total > bottom - top ? [`slide "${slide.id}" is ${Math.round(total - (bottom - top))} px too tall`] : [];
    return { id: slide.id, items, footer, scale: 1, warnings };
  }

  const width = SLIDE_WIDTH - 2 * TYPE.padX;
  const x = TYPE.padX;
  // As on the slides: a chart or a map gets the room, under a smaller title.
  const visual = slide.blocks.some((b) => b.kind === 'chart' || b.kind === 'map');
  const heads = [titleParagraph(slide.title, heading(visual ? TYPE.visualTitle.size : TYPE.title.size, TYPE.title.line), width, 2, 'left')];
  const headH = heightPx(heads, width);
  const items: Item[] = [{ kind: 'text', name: 'Title', box: { x, y: TYPE.padTop, w: width, h: headH }, paragraphs: heads }];

  // The source line sits at the foot of the slide, over a hairline; its size follows the body's.
  const sourceItems = (scale: number): { items: Item[]; top: number } => {
    if (slide.sources.length === 0) return { items: [], top: CONTENT_BOTTOM };
    const paragraphs = [sourceParagraph(slide.sources, palette, Math.max(scale, 0.85), deck)];
    const h = heightPx(paragraphs, width);
    const textTop = CONTENT_BOTTOM - h;
    const ruleTop = textTop - 10;
    return {
      items: [
        { kind: 'rect', name: 'Source rule', box: { x, y: ruleTop, w: width, h: 1 }, fill: palette.rule },
        { kind: 'text', name: 'Sources', box: { x, y: textTop, w: width, h }, paragraphs, valign: 'top' },
      ],
      top: ruleTop,
    };
  };
  let sources = sourceItems(1);
  const area = { x, top: TYPE.padTop + headH + TYPE.headGap, bottom: sources.top - TYPE.blockGap, width };
  let body = layoutBody(slide, palette, area, slide.layout === 'statement', later);
  if (body.scale < 1 && slide.sources.length > 0) {
    // A crowded slide: the source line shrinks with the body (never below 85%), and the body is laid out again.
    sources = sourceItems(body.scale);
    body = layoutBody(slide, palette, { ...area, bottom: sources.top - TYPE.blockGap }, slide.layout === 'statement', later);
  }
  items.push(...body.items, ...sources.items);
  return { id: slide.id, items, footer, scale: body.scale, warnings: body.warnings };
}

/** The footer band: the section on the left, the slide number on the right (px). */
export const FOOTER = { top: FOOTER_TOP, height: 22, numberWidth: 80 } as const;
