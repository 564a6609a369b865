/**
 * Slide plans (layout.ts) to a pptxgenjs presentation. The one module, with svg.ts, that talks to
 * pptxgenjs; what pptxgenjs cannot write (or writes wrongly) is put right afterwards by
 * package.ts on the written file.
 */
import { fill } from '../../../src/model/messages.ts';
import PptxGenJS from 'pptxgenjs';
import type { ResolvedDeck } from '../../../src/model/resolved.ts';
import type { ChartPlan, ChartSeries } from './charts.ts';
import { FONT_NAMES, metrics } from './fonts.ts';
import { FOOTER, type Item, type SlidePlan } from './layout.ts';
import { langSpans } from './lang.ts';
import { notesText } from './notes.ts';
import { inch, pt, SLIDE_HEIGHT, SLIDE_WIDTH, TYPE, type Palette } from './style.ts';
import { placeSvg, type SvgFallbacks, type SvgRenderer } from './svg.ts';
import { WIDTH_SAFETY, type Paragraph } from './text.ts';

/** The proofing language of the text runs: the deck is written in British English. */
export const TEXT_LANG = 'en-GB';

/** The proofing language PowerPoint knows for an edition's BCP 47 tag (zh-Hans → zh-CN). */
export const pptxLang = (lang: string): string => (lang.startsWith('zh') ? 'zh-CN' : lang.startsWith('ru') ? 'ru-RU' : TEXT_LANG);

const MASTER = 'DECK';
/** The layout's title placeholder, and the name of the items that fill it (layout.ts). */
const TITLE_PLACEHOLDER = 'title';
export const TITLE_NAME = 'Title';

/** Chart data as this module gives it: `null` is "no figure" (pptxgenjs's types say number only, but it writes a gap). */
interface ChartData {
  readonly name: string;
  readonly labels?: readonly string[];
  readonly values: readonly (number | null)[];
}

/**
 * pptxgenjs's `addChart` takes its data as `any[]` and, for a combined chart, takes the options in
 * the data's place (its types do not say so: #1448). The one place where our typed data crosses over.
 */
function addChart(
  slide: PptxGenJS.Slide,
  chart: { type: PptxGenJS.CHART_NAME; data: readonly ChartData[] } | { types: readonly PptxGenJS.IChartMulti[] },
  options: PptxGenJS.IChartOpts,
): void {
  if ('types' in chart) slide.addChart([...chart.types], options as unknown as PptxGenJS.OptsChartData[]);
  else slide.addChart(chart.type, chart.data as unknown as PptxGenJS.OptsChartData[], options);
}

/** pptxgenjs's `write` answers a union of output types; asked for a Node buffer it gives one. */
export async function writeBuffer(pres: PptxGenJS): Promise<Buffer> {
  const out = await pres.write({ outputType: 'nodebuffer', compression: true });
  if (!Buffer.isBuffer(out)) throw new Error('pptxgenjs did not return a Node buffer');
  return out;
}

const position = (box: { x: number; y: number; w: number; h: number }) => ({
  x: inch(box.x),
  y: inch(box.y),
  w: inch(box.w),
  h: inch(box.h),
});

function textProps(paragraphs: readonly Paragraph[], lang: string): PptxGenJS.TextProps[] {
  // Each run split where its language changes (a Chinese title in an English reference).
  return runProps(paragraphs, lang).flatMap(({ text, options }) => {
    const spans = langSpans(text, lang);
    return spans.map((span, i) => ({
      text: span.text,
      options: {
        ...options,
        lang: span.lang,
        ...(i > 0 ? { bullet: undefined } : {}),
        ...(i < spans.length - 1 ? { breakLine: false } : {}),
      },
    }));
  });
}

function runProps(paragraphs: readonly Paragraph[], lang: string): { text: string; options: PptxGenJS.TextPropsOptions }[] {
  return paragraphs.flatMap((p, pi) =>
    p.runs.map((r, ri) => {
      const first = ri === 0;
      const last = ri === p.runs.length - 1;
      const options: PptxGenJS.TextPropsOptions = {
        fontFace: FONT_NAMES[r.face.family],
        fontSize: Math.round(r.size * 10) / 10,
        bold: r.face.bold,
        italic: r.face.italic,
        color: r.color,
        lang,
        ...(r.spacing ? { charSpacing: Math.round(r.spacing * 10) / 10 } : {}),
        ...(r.link ? { hyperlink: { url: r.link, tooltip: r.link } } : {}),
        // Paragraph properties are read from each paragraph's runs.
        lineSpacing: Math.round(p.lineHeight * 10) / 10,
        ...(p.after ? { paraSpaceAfter: Math.round(p.after * 10) / 10 } : {}),
        align: p.align ?? 'left',
        ...(p.bullet && first
          ? {
              bullet:
                p.bullet.kind === 'number'
                  ? { type: 'number' as const, numberStartAt: p.bullet.start, indent: Math.round(p.indent ?? 0) }
                  : {
                      characterCode: (p.bullet.char.codePointAt(0) ?? 0x2022).toString(16).toUpperCase().padStart(4, '0'),
                      indent: Math.round(p.indent ?? 0),
                    },
            }
          : {}),
        ...(!p.bullet && p.indent ? { indentLevel: 0 } : {}),
        breakLine: last && pi < paragraphs.length - 1,
      };
      return { text: r.text, options };
    }),
  );
}

interface SlideContext {
  readonly pres: PptxGenJS;
  readonly slide: PptxGenJS.Slide;
  readonly palette: Palette;
  /** PNG fallbacks rendered before the slides are built, by picture name. */
  readonly pngs: ReadonlyMap<string, Buffer>;
  readonly fallbacks: SvgFallbacks;
  readonly slideId: string;
  /** The proofing language of the deck's text (pptxLang). */
  readonly lang: string;
  /** Legend rows of the slide's bar-and-line charts (the most any of them needs: side by side, they share one plot geometry). */
  readonly legendRows: number;
}

/** A picture's name in the presentation: the slide's id keeps it unique. */
const pictureName = (slideId: string, item: { name: string }): string => `${item.name} (${slideId})`;

function addItem(ctx: SlideContext, item: Item): void {
  const { pres, slide, palette } = ctx;
  switch (item.kind) {
    case 'text':
      slide.addText(textProps(item.paragraphs, ctx.lang), {
        ...position(item.box),
        // The slide's title goes in the layout's title placeholder: PowerPoint's outline, its
        // accessibility checker and screen readers find slide titles there and nowhere else.
        ...(item.name === TITLE_NAME ? { placeholder: TITLE_PLACEHOLDER } : {}),
        objectName: item.name,
        margin: 0,
        valign: item.valign ?? 'top',
        fit: 'shrink',
        wrap: true,
      });
      return;
    case 'rect':
      slide.addShape(pres.ShapeType.rect, {
        ...position(item.box),
        objectName: item.name,
        fill: { color: item.fill },
        line: { type: 'none' },
      });
      return;
    case 'ellipse':
      slide.addShape(pres.ShapeType.ellipse, {
        ...position(item.box),
        objectName: item.name,
        fill: { color: item.fill },
        line: { color: item.line.color, width: pt(item.line.width) },
      });
      return;
    case 'table': {
      const rows: PptxGenJS.TableRow[] = item.rows.map((row) =>
        row.map((cell): PptxGenJS.TableCell => {
          const none = { type: 'none' as const };
          const bottom = cell.bottom ? { type: 'solid' as const, pt: pt(cell.bottom.width), color: cell.bottom.color } : none;
          return {
            text: textProps([cell.paragraph], ctx.lang),
            options: {
              border: [none, none, bottom, none],
              valign: 'top',
              margin: item.padding.map((v) => inch(v)) as [number, number, number, number],
            },
          };
        }),
      );
      slide.addTable(rows, {
        ...position(item.box),
        objectName: item.name,
        colW: item.columns.map(inch),
        rowH: item.rowHeights.map(inch),
        autoPage: false,
      });
      return;
    }
    case 'chart':
      addChartPlan(slide, item.chart, item.box, palette, ctx.lang, ctx.legendRows);
      return;
    case 'svg': {
      const name = pictureName(ctx.slideId, item);
      const png = ctx.pngs.get(name);
      if (!png) throw new Error(`picture "${name}" has no PNG fallback`);
      placeSvg(slide, item.svg, { box: position(item.box), alt: item.alt, name }, png, ctx.fallbacks);
      return;
    }
  }
  const unreachable: never = item;
  return unreachable;
}

/** The inner plot area of a bar-and-line chart, as fractions of its frame: under a two-line title, over the year labels and the legend. */
const BAR_LINE_PLOT = { x: 0.15, y: 0.17, w: 0.82, h: 0.42 };

/** The legend's text size (pt), and what a reader draws around each entry: its key and the gap to the next (pt). */
const LEGEND_SIZE = 12;
const LEGEND_KEY = 30;
const LEGEND_ROW = LEGEND_SIZE * 1.6;
/** Room under the plot for the upright year labels (pt). */
const YEAR_LABELS = 36;

/**
 * How many rows a bar-and-line chart's legend takes in a frame `width` px wide: a reader puts as
 * many entries in a row as fit at the widest entry's width (LibreOffice), or flows them (PowerPoint,
 * which never needs more rows than that). Longer words (Russian) can take one entry a row.
 */
export function legendRows(plan: ChartPlan, width: number): number {
  if (plan.kind !== 'bar-line' || !plan.legend) return 0;
  const names = [...plan.bars, ...plan.lines].map((s) => s.name);
  const face = metrics({ family: 'sans', bold: false, italic: false });
  const widest = Math.max(...names.map((n) => face.width(n, LEGEND_SIZE) * WIDTH_SAFETY)) + LEGEND_KEY;
  const columns = Math.max(1, Math.floor((pt(width) * 0.9) / widest));
  return Math.ceil(names.length / columns);
}

/**
 * The plot area of a bar-and-line chart with `rows` legend rows below it: the default, made shorter
 * when the legend and the year labels would not fit under it.
 */
export function barLinePlot(box: { h: number }, rows: number): typeof BAR_LINE_PLOT {
  const below = (YEAR_LABELS + rows * LEGEND_ROW + 8) / pt(box.h);
  return { ...BAR_LINE_PLOT, h: Math.round(Math.min(BAR_LINE_PLOT.h, 1 - BAR_LINE_PLOT.y - below) * 1000) / 1000 };
}

const chartText = (palette: Palette) => ({
  fontFace: FONT_NAMES.sans,
  color: palette.ink,
});

function addChartPlan(
  slide: PptxGenJS.Slide,
  plan: ChartPlan,
  box: { x: number; y: number; w: number; h: number },
  palette: Palette,
  lang: string,
  legend: number,
): void {
  const text = chartText(palette);
  // The slides' chart text is 18 px (13.5 pt); ticks and legend a little smaller, to leave room for the plot.
  const size = pt(TYPE.chartNotes.size);
  const small = 12;
  const common: PptxGenJS.IChartOpts = {
    ...position(box),
    objectName: plan.name,
    altText: plan.alt,
    lang,
    showLegend: plan.legend,
    legendPos: 'b',
    legendFontFace: text.fontFace,
    legendFontSize: LEGEND_SIZE,
    legendColor: palette.ink,
    showTitle: plan.title !== undefined,
    ...(plan.title
      ? { title: plan.title, titleFontFace: text.fontFace, titleFontSize: size, titleColor: palette.ink, titleBold: true }
      : {}),
    displayBlanksAs: 'gap',
    chartArea: { roundedCorners: false },
    valGridLine: { color: palette.grid, size: 0.75, style: 'solid' },
    catGridLine: { style: 'none' },
    valAxisLabelFontFace: text.fontFace,
    valAxisLabelFontSize: small,
    valAxisLabelColor: palette.ink,
    catAxisLabelFontFace: text.fontFace,
    catAxisLabelFontSize: small,
    catAxisLabelColor: palette.ink,
    valAxisLineShow: false,
    catAxisLineColor: palette.inkSoft,
    catAxisLineShow: true,
    showValAxisTitle: true,
    valAxisTitleFontFace: text.fontFace,
    valAxisTitleFontSize: small,
    valAxisTitleColor: palette.inkSoft,
  };
  // Long colour lists: pptxgenjs picks a random marker colour past the end of the list.
  const colours = (series: readonly ChartSeries[], count: number): string[] =>
    Array.from({ length: count }, (_, i) => series[i % Math.max(series.length, 1)]?.style.color ?? palette.ink);
  if (plan.kind === 'bar-line') {
    const all = [...plan.bars, ...plan.lines];
    const data = (series: readonly ChartSeries[]): ChartData[] =>
      series.map((s) => ({ name: s.name, labels: plan.categories, values: s.values }));
    const types: PptxGenJS.IChartMulti[] = [
      {
        type: 'bar',
        data: data(plan.bars) as unknown as PptxGenJS.OptsChartData[],
        options: { barDir: 'col', barGrouping: 'stacked', barGapWidthPct: 40, chartColors: colours(plan.bars, all.length) },
      },
      {
        type: 'line',
        data: data(plan.lines) as unknown as PptxGenJS.OptsChartData[],
        options: { chartColors: colours(plan.lines, all.length), lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 5 },
      },
    ];
    addChart(
      slide,
      { types },
      {
        ...common,
        // One plot geometry for every bar-and-line chart (the trade charts stand side by side, their
        // legends of different lengths): the same gridline sits at the same height in both.
        layout: barLinePlot(box, legend),
        valAxisTitle: plan.valueAxis.title ?? '',
        valAxisMinVal: plan.valueAxis.min,
        valAxisMaxVal: plan.valueAxis.max,
        valAxisMajorUnit: plan.valueAxis.step,
        valAxisLabelFormatCode: plan.valueAxis.format,
        catAxisLabelFrequency: String(plan.labelEvery),
        catAxisMajorTickMark: 'none',
      },
    );
    return;
  }
  const data: ChartData[] = [{ name: 'X-Values', values: plan.x }, ...plan.series.map((s) => ({ name: s.name, values: s.values }))];
  addChart(
    slide,
    { type: 'scatter', data },
    {
      ...common,
      chartColors: colours(plan.series, plan.series.length + 1),
      lineSize: 2,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 6,
      valAxisTitle: plan.yAxis.title ?? '',
      valAxisMinVal: plan.yAxis.min,
      valAxisMaxVal: plan.yAxis.max,
      valAxisMajorUnit: plan.yAxis.step,
      valAxisLabelFormatCode: plan.yAxis.format,
      catAxisMinVal: plan.xAxis.min,
      catAxisMaxVal: plan.xAxis.max,
      catAxisMajorUnit: plan.xAxis.step,
      catLabelFormatCode: plan.xAxis.format,
    },
  );
}

export interface BuildRequest {
  readonly deck: ResolvedDeck;
  readonly plans: readonly SlidePlan[];
  readonly palette: Palette;
  /** Renders SVG pictures' PNG fallbacks; only needed when a slide has one. */
  readonly svg?: SvgRenderer;
}

/** The presentation, ready to write, and the PNG fallbacks of its SVG pictures (for package.ts). */
export async function buildPresentation({
  deck,
  plans,
  palette,
  svg,
}: BuildRequest): Promise<{ pres: PptxGenJS; fallbacks: SvgFallbacks }> {
  // SVG pictures' fallbacks first, so the slides are then built in one pass, in stacking order.
  const pngs = new Map<string, Buffer>();
  for (const plan of plans) {
    for (const item of plan.items) {
      if (item.kind !== 'svg') continue;
      if (!svg) throw new Error(`slide "${plan.id}" has an SVG picture, but no SVG renderer was given`);
      pngs.set(pictureName(plan.id, item), await svg.png(item.svg, item.box.w, item.box.h));
    }
  }
  const fallbacks: SvgFallbacks = new Map();
  const pres = new PptxGenJS();
  pres.defineLayout({ name: 'DECK_16_9', width: inch(SLIDE_WIDTH), height: inch(SLIDE_HEIGHT) });
  pres.layout = 'DECK_16_9';
  pres.title = deck.title;
  pres.subject = fill(deck.messages.slidesSubject, { event: deck.event, description: deck.description });
  // The talk names no author, so the file names none (package.ts also empties "last modified by").
  pres.author = '';
  pres.company = '';
  pres.theme = { headFontFace: FONT_NAMES.serif, bodyFontFace: FONT_NAMES.sans };
  const numberBox = { x: SLIDE_WIDTH - TYPE.padX - FOOTER.numberWidth, y: FOOTER.top, w: FOOTER.numberWidth, h: FOOTER.height };
  pres.defineSlideMaster({
    title: MASTER,
    background: { color: palette.paper },
    // No position: each slide's title box keeps its own (measured) place and size. The slide
    // number is each slide's own text (its label, below), not the master's running count.
    objects: [{ placeholder: { options: { name: TITLE_PLACEHOLDER, type: 'title' }, text: '' } }],
  });
  plans.forEach((plan, i) => {
    const resolved = deck.slides[i];
    if (!resolved || resolved.id !== plan.id)
      throw new Error(`slide plan ${i + 1} is "${plan.id}", the deck's slide is "${resolved?.id ?? 'missing'}"`);
    const slide = pres.addSlide({ masterName: MASTER });
    const legendRowsOf = plan.items.map((i) => (i.kind === 'chart' ? legendRows(i.chart, i.box.w) : 0));
    const ctx: SlideContext = {
      pres,
      slide,
      palette,
      pngs,
      fallbacks,
      slideId: plan.id,
      lang: pptxLang(deck.lang),
      legendRows: Math.max(0, ...legendRowsOf),
    };
    for (const item of plan.items) addItem(ctx, item);
    slide.addText(
      [
        {
          text: plan.footer,
          options: {
            fontFace: FONT_NAMES.sans,
            fontSize: pt(TYPE.footer.size),
            bold: true,
            color: palette.accent,
            charSpacing: pt(TYPE.footer.size * TYPE.footer.spacing),
            lang: pptxLang(deck.lang),
          },
        },
      ],
      {
        ...position({ x: TYPE.padX, y: FOOTER.top, w: SLIDE_WIDTH - 2 * TYPE.padX - FOOTER.numberWidth, h: FOOTER.height }),
        objectName: 'Footer',
        margin: 0,
        valign: 'middle',
      },
    );
    // The number the audience sees on the slides ("12", or "A3" in the appendix after "Thank you"),
    // not PowerPoint's running count, which would number the references 26-35.
    slide.addText(resolved.label, {
      ...position(numberBox),
      objectName: 'Slide number',
      fontFace: FONT_NAMES.sans,
      fontSize: pt(16),
      color: palette.inkSoft,
      align: 'right',
      valign: 'middle',
      margin: 0,
      lang: pptxLang(deck.lang),
    });
    slide.addNotes(notesText(resolved, deck));
  });
  return { pres, fallbacks };
}
