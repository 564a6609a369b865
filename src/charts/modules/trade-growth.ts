/**
 * The trade chart: Belarus–China goods trade, 2000–2022, stacked exports and imports with turnover
 * as a line, in Belarusian or Chinese statistics (never mixed), the later official statements
 * outlined and never joined to the IMF series. Its summary (finding, tables, CSV) and its Chart.js
 * configuration come from the same dataset module (src/data/trade.ts).
 */
import type { Chart, LegendItem, Plugin } from 'chart.js';
import type { Cell, ChartSummary, DataTable } from '../../model/chart.ts';
import { formatAmount, formatDate, formatList, formatNumber, formatPercent } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import type { SourceId } from '../../data/sources.ts';
import type { Reporter, TradeField, TradeSeries, TradeYear } from '../../data/trade.ts';
import { growthSpan, imfSeries, isDerived, officialSeries, tradeBelstatRevised, tradeMilestones, tradeSeries } from '../../data/trade.ts';
import type { CategoryChartConfig, ChartModule } from '../chart-module.ts';
import { common, tooltipLabel, unique, yearText, type BuildOptions, type ValueMeta } from '../common.ts';
import { toCsv } from '../../base/csv.ts';
import { STRIP_ROWS, labelRowHeight, timeMarksPlugin } from '../plugins.ts';
import type { ChartTheme } from '../theme.ts';
import { withAlpha } from '../theme.ts';
import { chartWords, type BrowserWords, type SummaryContext } from '../words.ts';

type TradeBrowserWords = BrowserWords<'trade-growth'>;

declare module '../../model/chart.ts' {
  interface ChartRegistry {
    'trade-growth': true;
  }
}

const reporters: readonly Reporter[] = ['blr', 'chn'];

/* ---------- Summary ---------- */

function pointAt(series: TradeSeries, year: number): TradeYear {
  const point = series.years.find((y) => y.year === year);
  if (!point) throw new Error(`dataset "${series.id}" has no year ${year}`);
  return point;
}

function turnoverOf(series: TradeSeries, year: number): number {
  const value = pointAt(series, year).turnover;
  if (value === null) throw new Error(`dataset "${series.id}", year ${year}: no turnover`);
  return value;
}

/** Turnover growth over the span the talk speaks of, per reporter: a derived value. */
export function growthFactor(reporter: Reporter): { from: number; to: number; factor: number } {
  const series = imfSeries(reporter);
  const from = turnoverOf(series, growthSpan.from);
  const to = turnoverOf(series, growthSpan.to);
  return { from, to, factor: Math.round((to / from) * 10) / 10 };
}

type Ctx = SummaryContext<'trade-growth'>;

const seriesLabel = (ctx: Ctx, series: TradeSeries): string => ctx.words.series[series.id] ?? series.label;

/** A table cell for a trade figure: derived figures say so, rounded ones carry "≈". */
function tradeCell(point: TradeYear, field: TradeField, ctx: Ctx): Cell {
  const value = point[field];
  if (value === null) return null;
  const n = formatNumber(value, 1, ctx.lang);
  if (isDerived(point, field)) return fill(ctx.words.cells.derived, { n });
  if (point.rounded) return fill(ctx.words.cells.rounded, { n });
  return value;
}

function imfTable(reporter: Reporter, ctx: Ctx): DataTable {
  const w = ctx.words;
  const series = imfSeries(reporter);
  const first = series.years[0]?.year ?? '';
  const last = series.years.at(-1)?.year ?? '';
  return {
    caption: fill(w.tables.imf, { statistics: w.browser.statistics[reporter], series: seriesLabel(ctx, series), first, last }),
    view: reporter,
    columns: [
      { label: w.columns.year },
      { label: w.columns.exports, unit: w.unit },
      { label: w.columns.imports, unit: w.unit },
      { label: w.columns.turnover, unit: w.unit },
    ],
    rows: series.years.map((p) => [p.year, p.exports, p.imports, p.turnover]),
  };
}

/** Whether the sources behind a figure were published after the talk: all, some or none of them. */
function publishedWhen(ids: readonly SourceId[], ctx: Ctx): string {
  const later = ids.filter((id) => ctx.source(id).afterTalk).length;
  const p = ctx.words.published;
  return later === 0 ? p.before : later === ids.length ? p.since : p.partly;
}

function officialTable(ctx: Ctx): DataTable {
  const w = ctx.words;
  return {
    caption: w.tables.official,
    columns: [
      { label: w.columns.year },
      { label: w.columns.statistics },
      { label: w.columns.exports, unit: w.unit },
      { label: w.columns.imports, unit: w.unit },
      { label: w.columns.turnover, unit: w.unit },
      { label: w.columns.source },
      { label: w.columns.published },
    ],
    rows: reporters.flatMap((r) =>
      officialSeries(r).years.map((p): Cell[] => [
        p.year,
        w.reporter[r],
        tradeCell(p, 'exports', ctx),
        tradeCell(p, 'imports', ctx),
        tradeCell(p, 'turnover', ctx),
        unique([p.source, ...(p.derived ?? []).map((d) => d.from)])
          .map((id) => ctx.source(id).short)
          .join('; '),
        publishedWhen([p.source, ...(p.derived ?? []).map((d) => d.from)], ctx),
      ]),
    ),
  };
}

function tradeCsv(ctx: Ctx): string {
  const c = ctx.words.csv;
  return toCsv(
    [c.series, c.statistics, c.year, c.exports, c.imports, c.turnover, c.derived, c.rounded, c.source],
    tradeSeries.flatMap((s) =>
      s.years.map((p) => [
        s.id,
        ctx.words.reporter[s.reporter],
        p.year,
        p.exports,
        p.imports,
        p.turnover,
        (p.derived ?? []).map((d) => d.field).join(' '),
        p.rounded ? c.yes : '',
        p.source,
      ]),
    ),
  );
}

/** What the milestones drawn on the chart's time axis mark: the short labels on the chart, in full with their dates and sources. */
function milestoneTable(ctx: Ctx): DataTable {
  const w = ctx.words;
  return {
    caption: w.tables.milestones,
    columns: [{ label: w.columns.year }, { label: w.columns.event }, { label: w.columns.source }],
    rows: tradeMilestones.map((m) => {
      const what = w.events[String(m.year)];
      if (what === undefined) throw new Error(`trade-growth: no words for the ${m.year} milestone`);
      return [m.year, fill(what, { date: formatDate(m.date, ctx.lang) }), ctx.source(m.source).short];
    }),
  };
}

/** How much higher Belstat's later figures are than the IMF download, at most, in per cent (a derived value). */
export function revisionPercent(): number {
  const imf = imfSeries('blr');
  const gaps = tradeBelstatRevised.years.flatMap((p) => {
    const base = imf.years.find((y) => y.year === p.year)?.turnover;
    return base && p.turnover ? [(p.turnover / base - 1) * 100] : [];
  });
  return Math.round(Math.max(...gaps));
}

/** Where the browser half finds the sources its tooltips cite (their short names in the edition's language). */
function tooltipSources(ctx: Ctx): Record<string, string> {
  const ids = unique(tradeSeries.flatMap((s) => s.years.map((p) => p.source)));
  return Object.fromEntries(ids.map((id) => [id, ctx.source(id).short]));
}

function summary(ctx: Ctx): ChartSummary {
  const w = ctx.words;
  const amount = (usdM: number): string => formatAmount(usdM, ctx.common.amount, ctx.lang);
  const num = (n: number): string => formatNumber(n, 1, ctx.lang);
  const blr = growthFactor('blr');
  const chn = growthFactor('chn');
  const latest = (r: Reporter) => officialSeries(r).years.at(-1);
  const blr22 = latest('blr');
  const chn22 = latest('chn');
  if (!blr22?.turnover || !chn22?.turnover) throw new Error('trade: the official series have no latest turnover');
  const derivedList = reporters.flatMap((r) => {
    const fields = officialSeries(r).years.flatMap((p) => (p.derived ?? []).map((d) => ({ year: p.year, field: d.field })));
    return fields.length
      ? [
          fill(w.derivedItem, {
            years: formatList(unique(fields.map((f) => String(f.year))), ctx.lang),
            reporter: w.reporter[r],
            fields: formatList(
              fields.map((f) => w.fields[f.field]),
              ctx.lang,
            ),
          }),
        ]
      : [];
  });
  const cite: SourceId[] = unique([
    ...tradeSeries.flatMap((s) => s.years.flatMap((p) => [p.source, ...(p.derived ?? []).map((d) => d.from)])),
    'belta-30-years',
    ...tradeMilestones.map((m) => m.source),
  ]);
  const percent = formatPercent(revisionPercent(), 0, ctx.lang);
  return {
    id: 'trade-growth',
    title: w.title,
    finding: fill(w.finding, {
      blrFactor: num(blr.factor),
      chnFactor: num(chn.factor),
      from: growthSpan.from,
      to: growthSpan.to,
      blrFrom: amount(blr.from),
      blrTo: amount(blr.to),
      chnFrom: amount(chn.from),
      chnTo: amount(chn.to),
      year: blr22.year,
      blrLatest: amount(blr22.turnover),
      chnLatest: amount(chn22.turnover),
    }),
    tables: [
      imfTable('blr', ctx),
      imfTable('chn', ctx),
      officialTable(ctx),
      {
        caption: fill(w.tables.revised, { series: seriesLabel(ctx, tradeBelstatRevised), percent }),
        columns: [{ label: w.columns.year }, { label: w.columns.turnover, unit: w.unit }, { label: w.columns.source }],
        rows: tradeBelstatRevised.years.map((p) => [p.year, p.turnover, ctx.source(p.source).short]),
      },
      milestoneTable(ctx),
    ],
    cite,
    caption: w.caption,
    footnotes: [fill(w.footnote, { percent, derived: derivedList.join('; ') })],
    csvName: 'belarus-china-trade.csv',
    csv: tradeCsv(ctx),
    views: {
      label: w.views.label,
      note: w.views.note,
      options: reporters.map((r) => ({ value: r, label: w.browser.statistics[r] })),
    },
    browser: { words: w.browser, common: ctx.common.browser, sources: tooltipSources(ctx) },
  };
}

/* ---------- Chart.js configuration ---------- */

export const TRADE_YEARS: readonly number[] = Array.from({ length: 2022 - 2000 + 1 }, (_, i) => 2000 + i);
/** Below this canvas width (px) adjacent year labels would touch. */
export const NARROW_CHART = 900;
/** Years named on the trade chart's axis: every fifth, the milestones, and the start of the growth span. */
const namedYears = new Set<number>([2000, 2005, 2010, 2015, 2020, growthSpan.from, ...tradeMilestones.map((m) => m.year)]);

const valueOf = (series: TradeSeries, year: number, field: TradeField): TradeYear | undefined =>
  series.years.find((p) => p.year === year && p[field] !== null);

interface TradeDatasetSpec {
  readonly key: string;
  readonly type: 'bar' | 'line';
  readonly label: string;
  readonly series: TradeSeries;
  readonly field: TradeField;
}

/** The datasets drawn for one reporter; series with no figure at all are left out (no empty legend entries). */
export function tradeDatasetSpecs(reporter: Reporter, words: TradeBrowserWords): TradeDatasetSpec[] {
  const imf = imfSeries(reporter);
  const official = officialSeries(reporter);
  const first = official.years[0]?.year;
  const last = official.years.at(-1)?.year;
  const span = `${first}–${String(last).slice(2)}`;
  const l = words.legend;
  const specs: TradeDatasetSpec[] = [
    { key: 'exports', type: 'bar', label: l.exports, series: imf, field: 'exports' },
    { key: 'imports', type: 'bar', label: l.imports, series: imf, field: 'imports' },
    { key: 'turnover', type: 'line', label: l.turnover, series: imf, field: 'turnover' },
    { key: 'official-exports', type: 'bar', label: fill(l.officialExports, { span }), series: official, field: 'exports' },
    { key: 'official-imports', type: 'bar', label: fill(l.officialImports, { span }), series: official, field: 'imports' },
    { key: 'official-turnover', type: 'line', label: fill(l.officialTurnover, { span }), series: official, field: 'turnover' },
  ];
  return specs.filter((s) => s.series.years.some((p) => p[s.field] !== null));
}

/** The highest stacked bar or turnover over both reporters, so switching reporters keeps the scale. */
export function tradeScaleMax(): number {
  const tops = (['blr', 'chn'] as const).flatMap((r) =>
    [imfSeries(r), officialSeries(r)].flatMap((s) => s.years.map((p) => Math.max(p.turnover ?? 0, (p.exports ?? 0) + (p.imports ?? 0)))),
  );
  return Math.ceil((Math.max(...tops) * 1.3) / 1000) * 1000;
}

export function buildTradeConfig(reporter: Reporter, options: BuildOptions): CategoryChartConfig {
  const { theme } = options;
  const c = common(theme, options.animate, options.compact);
  const page = options.page;
  const words = chartWords(page, 'trade-growth');
  const specs = tradeDatasetSpecs(reporter, words);
  const labels = TRADE_YEARS.map(yearText);
  const metas: ValueMeta[][] = specs.map((s) =>
    TRADE_YEARS.map((year) => {
      const p = valueOf(s.series, year, s.field);
      const derived = p ? isDerived(p, s.field) : false;
      return { unit: words.unit, source: p?.source ?? null, derived, note: p?.rounded && !derived ? page.common.rounded : undefined };
    }),
  );
  const colour: Record<TradeField, string> = { exports: theme.series[0], imports: theme.series[1], turnover: theme.ink };
  const datasets = specs.map((s) => {
    const data = TRADE_YEARS.map((year) => valueOf(s.series, year, s.field)?.[s.field] ?? null);
    const official = s.series.kind === 'official';
    if (s.type === 'bar') {
      return {
        type: 'bar' as const,
        label: s.label,
        data,
        stack: 'trade',
        order: 2,
        pointStyle: 'rect' as const,
        backgroundColor: official ? withAlpha(colour[s.field], 0.16) : colour[s.field],
        borderColor: colour[s.field],
        borderWidth: official ? 3 : 0,
        borderSkipped: false as const,
        barPercentage: 0.86,
        categoryPercentage: 0.9,
      };
    }
    return {
      type: 'line' as const,
      label: s.label,
      data,
      // Each line is its own stack: turnover is drawn as it is, not on top of the bars.
      stack: s.key,
      order: 0,
      spanGaps: false,
      showLine: !official,
      borderColor: theme.ink,
      backgroundColor: official ? theme.paper : theme.ink,
      borderWidth: official ? 3 : 3,
      pointStyle: official ? ('rectRot' as const) : ('circle' as const),
      pointRadius: official ? (options.compact ? 6 : 9) : 3,
      pointHoverRadius: official ? (options.compact ? 8 : 11) : 6,
      pointBorderWidth: official ? 3 : 1,
      tension: 0,
    };
  });
  const growth = growthFactor(reporter).factor;
  const milestoneIndex = (year: number): number => TRADE_YEARS.indexOf(year);
  const plugins: Plugin<'bar' | 'line'>[] = [
    timeMarksPlugin({
      marks: tradeMilestones.map((m) => ({ at: milestoneIndex(m.year), label: words.milestones[String(m.year)] ?? String(m.year) })),
      band: {
        from: milestoneIndex(growthSpan.from),
        to: milestoneIndex(growthSpan.to),
        label: fill(words.band, {
          from: growthSpan.from,
          to: String(growthSpan.to).slice(2),
          factor: formatNumber(growth, 1, page.lang),
        }),
      },
      categoryAxis: true,
      theme,
      labels: options.compact ? 'above' : 'plot',
    }),
  ];
  const milestoneYears = new Set(tradeMilestones.map((m) => m.year));
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      ...c.base,
      // The phone layout keeps a strip above the plot for the milestones' labels.
      ...(options.compact
        ? { layout: { padding: { ...c.base.layout.padding, top: STRIP_ROWS * labelRowHeight(theme.fontSize) + 4 } } }
        : {}),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          ...c.axis(''),
          stacked: true,
          grid: { display: false },
          ticks: {
            color: (ctx) => (milestoneYears.has(TRADE_YEARS[ctx.index] ?? 0) ? theme.accent : theme.ink),
            font: (ctx) => ({
              family: theme.fontBody,
              size: theme.fontSize,
              weight: milestoneYears.has(TRADE_YEARS[ctx.index] ?? 0) ? 700 : 400,
            }),
            autoSkip: false,
            maxRotation: 0,
            callback(_value, index) {
              const year = TRADE_YEARS[index];
              if (year === undefined) return '';
              // Narrow charts (phones, the reading view) have room for every fifth year only.
              return (this.chart.width < NARROW_CHART ? year % 5 === 0 : namedYears.has(year)) ? String(year) : '';
            },
          },
        },
        y: {
          ...c.axis(words.axis),
          stacked: true,
          min: 0,
          max: tradeScaleMax(),
          ticks: { color: theme.ink, font: c.font, stepSize: 2000, callback: (v) => formatNumber(Number(v), 1, page.lang) },
        },
      },
      plugins: {
        legend: {
          ...c.legend,
          labels: {
            ...c.legend.labels,
            generateLabels: (chart) => tradeLegend(chart, specs, theme, options.compact === true, words),
          },
          // The official statements are one legend entry that shows or hides all of them.
          onClick: (_event, item, legend) => {
            const chart = legend.chart;
            const members =
              item.datasetIndex === undefined ? specs.flatMap((s, i) => (s.series.kind === 'official' ? [i] : [])) : [item.datasetIndex];
            const show = members.every((i) => !chart.isDatasetVisible(i));
            for (const i of members) chart.setDatasetVisibility(i, show);
            chart.update();
          },
        },
        tooltip: {
          ...c.tooltip,
          callbacks: {
            title: (items) => fill(words.tooltipTitle, { year: items[0]?.label ?? '', statistics: words.statistics[reporter] }),
            ...tooltipLabel<'bar' | 'line'>(page, (item) => metas[item.datasetIndex]?.[item.dataIndex]),
          },
        },
      },
    },
    plugins,
  };
}

/**
 * Legend of the trade chart: the IMF series one by one, then one entry for all official statements
 * (its short form on a phone, where the long one is cut off; the notes under the chart say when they were published).
 */
function tradeLegend(
  chart: Chart,
  specs: readonly TradeDatasetSpec[],
  theme: ChartTheme,
  compact: boolean,
  words: TradeBrowserWords,
): LegendItem[] {
  const items: LegendItem[] = [];
  specs.forEach((spec, i) => {
    if (spec.series.kind === 'official') return;
    const line = spec.type === 'line';
    const colour = spec.field === 'exports' ? theme.series[0] : spec.field === 'imports' ? theme.series[1] : theme.ink;
    items.push({
      text: spec.label,
      datasetIndex: i,
      hidden: !chart.isDatasetVisible(i),
      fillStyle: colour,
      strokeStyle: colour,
      lineWidth: line ? 3 : 0,
      pointStyle: line ? 'line' : 'rect',
      fontColor: theme.ink,
    });
  });
  const official = specs.flatMap((s, i) => (s.series.kind === 'official' ? [i] : []));
  if (official.length > 0) {
    items.push({
      text: compact ? words.legend.officialShort : words.legend.official,
      hidden: official.every((i) => !chart.isDatasetVisible(i)),
      fillStyle: withAlpha(theme.ink, 0.08),
      strokeStyle: theme.ink,
      lineWidth: 2.5,
      pointStyle: 'rect',
      fontColor: theme.ink,
    });
  }
  return items;
}

export const tradeGrowth: ChartModule<'trade-growth'> = {
  id: 'trade-growth',
  summary,
  config: (options) => buildTradeConfig(options.view === 'chn' ? 'chn' : 'blr', options),
};
