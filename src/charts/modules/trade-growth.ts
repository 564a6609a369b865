/**
 * The trade chart's build half: Belarus–China goods trade, 2000–2022, in Belarusian or Chinese
 * statistics (never mixed), the later official statements kept apart from the IMF series. Its id,
 * its data's checks, its summary (finding, tables, CSV, sources) and its PowerPoint charts, all
 * from its data module (src/data/trade.ts); the browser half (the Chart.js configuration) is
 * src/charts/drawings/trade-growth.ts.
 */
import type { Cell, ChartSummary, DataTable } from '../../model/chart.ts';
import { formatAmount, formatDate, formatList, formatNumber, formatPercent } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import type { SourceId } from '../../data/sources.ts';
import type { Reporter, TradeField, TradeSeries, TradeYear } from '../../data/trade.ts';
import {
  checkTradeData,
  growthFactor,
  growthSpan,
  imfSeries,
  isDerived,
  officialSeries,
  tradeBelstatRevised,
  tradeMilestones,
  tradeSeries,
} from '../../data/trade.ts';
import { tradeChartSeries, type TradeChartSeries } from '../../data/trade.ts';
import type { ChartDefinition } from '../chart-module.ts';
import { unique } from '../common.ts';
import { toCsv } from '../../base/csv.ts';
import { hollow, type ChartPlan, type ChartSeries, type Palette, type SeriesStyle } from '../powerpoint.ts';
import type { BrowserWords, SummaryContext } from '../words.ts';

type TradeBrowserWords = BrowserWords<'trade-growth'>;

declare module '../../model/chart.ts' {
  interface ChartRegistry {
    'trade-growth': TradeChartSeries;
  }
}

const reporters: readonly Reporter[] = ['blr', 'chn'];

/* ---------- Summary ---------- */

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

/* ---------- PowerPoint ---------- */

function tradePlan(reporter: Reporter, summary: ChartSummary, p: Palette): ChartPlan {
  const words = summary.browser.words as TradeBrowserWords;
  // The same plain series the browser half draws.
  const drawn = tradeChartSeries();
  const specs = drawn.reporters[reporter];
  const colour = { exports: p.series[0], imports: p.series[1], turnover: p.ink } as const;
  const series = specs.map((s): ChartSeries & { type: 'bar' | 'line' } => {
    const official = s.official;
    const style: SeriesStyle =
      s.type === 'bar'
        ? { color: colour[s.field], ...(official ? { fillAlpha: 0.16, outline: 2 } : {}) }
        : official
          ? { color: p.ink, lineWidth: 0, marker: { symbol: 'diamond', size: 11, fill: hollow(p.ink, p), line: p.ink } }
          : { color: p.ink, lineWidth: 2.25, marker: { symbol: 'circle', size: 4, fill: p.ink, line: p.ink } };
    return {
      type: s.type,
      name: fill(words.legend[s.legend], { span: s.span }),
      values: s.values,
      style,
    };
  });
  return {
    kind: 'bar-line',
    name: `Chart ${summary.id} ${reporter}`,
    title: fill(words.plotTitle, { statistics: words.statistics[reporter], series: words.imfSeries[reporter] }),
    alt: summary.finding,
    legend: true,
    categories: drawn.years.map(String),
    bars: series.filter((s) => s.type === 'bar'),
    lines: series.filter((s) => s.type === 'line'),
    valueAxis: { title: words.axis, min: 0, max: drawn.scaleMax, step: 2000, format: '#,##0' },
    labelEvery: 5,
  };
}

export const tradeGrowth: ChartDefinition<'trade-growth'> = {
  id: 'trade-growth',
  checks: checkTradeData,
  summary,
  series: tradeChartSeries,
  // Two charts side by side, one per side's statistics: PowerPoint has no view switch.
  powerpoint: (summary, palette) => reporters.map((r) => tradePlan(r, summary, palette)),
};
