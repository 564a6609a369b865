/**
 * Chart.js configurations, one pure function per chart, built from the same dataset modules as
 * the summaries (tables, CSV). No DOM: unit tests call these directly. Only types come from
 * Chart.js here; registration happens in the lazy chunk (mount.ts).
 */
import type { Chart, ChartConfiguration, ChartType, LegendItem, Plugin, Point, TooltipItem } from 'chart.js';
import type { ChartId } from './chart-ids.ts';
import type { ChartTheme } from './theme.ts';
import { withAlpha } from './theme.ts';
import { stepLabelsPlugin, timeMarksPlugin } from './plugins.ts';
import type { SourceId } from '../data/sources.ts';
import { getSource } from '../data/sources.ts';
import type { Reporter, TradeField, TradeSeries, TradeYear } from '../data/trade.ts';
import { growthSpan, imfSeries, isDerived, officialSeries, reporterName, tradeMilestones } from '../data/trade.ts';
import { officialShares, partnerIds, partnerLabels, partnerShares } from '../data/partner-shares.ts';
import type { PartnerId } from '../data/partner-shares.ts';
import { ladderCoding, partnershipLadder } from '../data/partnership-ladder.ts';

export interface BuildOptions {
  readonly theme: ChartTheme;
  /** Off in print and scroll views and for prefers-reduced-motion. */
  readonly animate: boolean;
  /** For charts with views (the trade chart's reporter). */
  readonly view?: string;
}

export type TradeChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;
export type XYChartConfig = ChartConfiguration<'line', Point[]>;
export type AnyChartConfig = TradeChartConfig | XYChartConfig;

/** What a tooltip says about one drawn value: unit, derived or not, and its source. */
interface ValueMeta {
  readonly unit: string;
  readonly source: SourceId | null;
  readonly derived: boolean;
  readonly note?: string;
}

const number = (n: number): string => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });
const yearText = (n: number | string): string => String(n);

export const TRADE_YEARS: readonly number[] = Array.from({ length: 2022 - 2000 + 1 }, (_, i) => 2000 + i);
/** Below this canvas width (px) adjacent year labels would touch. */
export const NARROW_CHART = 900;
/** Years named on the trade chart's axis: every fifth, the milestones, and the start of the growth span. */
const namedYears = new Set<number>([2000, 2005, 2010, 2015, 2020, growthSpan.from, ...tradeMilestones.map((m) => m.year)]);

/** The entry animation: short enough not to hold the speaker up. */
export const ENTRY_ANIMATION = { duration: 900, easing: 'easeOutQuart' } as const;

function common(theme: ChartTheme, animate: boolean) {
  const font = { family: theme.fontBody, size: theme.fontSize };
  return {
    font,
    base: {
      responsive: true,
      maintainAspectRatio: false,
      // A fixed box (.chart-box) holds every canvas, so resizing never reflows the slide.
      resizeDelay: 0,
      animation: animate ? ENTRY_ANIMATION : (false as const),
      layout: { padding: { top: 4, right: 8, bottom: 0, left: 0 } },
      interaction: { mode: 'nearest' as const, intersect: false, axis: 'x' as const },
    },
    legend: {
      position: 'top' as const,
      align: 'start' as const,
      labels: { color: theme.ink, font, boxWidth: 22, boxHeight: 14, padding: 16, usePointStyle: true, pointStyleWidth: 26 },
    },
    tooltip: {
      backgroundColor: theme.ink,
      titleColor: theme.paper,
      bodyColor: theme.paper,
      footerColor: theme.paper,
      titleFont: { ...font, weight: 600 as const },
      bodyFont: font,
      footerFont: { ...font, size: theme.fontSize - 2 > 16 ? theme.fontSize - 2 : 16, weight: 400 as const },
      padding: 12,
      boxPadding: 6,
    },
    axis: (title: string) => ({
      grid: { color: theme.grid },
      border: { color: theme.inkSoft },
      ticks: { color: theme.ink, font },
      title: { display: title !== '', text: title, color: theme.inkSoft, font },
    }),
  };
}

function tooltipLabel<T extends ChartType>(metaOf: (item: TooltipItem<T>) => ValueMeta | undefined) {
  return {
    label(item: TooltipItem<T>): string {
      const meta = metaOf(item);
      const raw = item.parsed as { y?: number | null };
      const value = typeof raw.y === 'number' ? raw.y : null;
      if (value === null) return '';
      const unit = meta?.unit ?? '';
      const name = (item.dataset as { label?: string }).label ?? '';
      return `${name}: ${number(value)}${unit === '%' ? '%' : ` ${unit}`}${meta?.derived ? ' (derived)' : ''}${meta?.note ? ` ${meta.note}` : ''}`;
    },
    footer(items: TooltipItem<T>[]): string {
      const ids = [...new Set(items.map((i) => metaOf(i)?.source).filter((s): s is SourceId => typeof s === 'string'))];
      return ids.length ? `Source: ${ids.map((id) => getSource(id).short).join('; ')}` : '';
    },
  };
}

/* ---------- Trade growth ---------- */

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
export function tradeDatasetSpecs(reporter: Reporter): TradeDatasetSpec[] {
  const imf = imfSeries(reporter);
  const official = officialSeries(reporter);
  const first = official.years[0]?.year;
  const last = official.years.at(-1)?.year;
  const span = `${first}–${String(last).slice(2)}`;
  const specs: TradeDatasetSpec[] = [
    { key: 'exports', type: 'bar', label: 'Exports to China', series: imf, field: 'exports' },
    { key: 'imports', type: 'bar', label: 'Imports from China', series: imf, field: 'imports' },
    { key: 'turnover', type: 'line', label: 'Turnover', series: imf, field: 'turnover' },
    { key: 'official-exports', type: 'bar', label: `${span} statements: exports`, series: official, field: 'exports' },
    { key: 'official-imports', type: 'bar', label: `${span} statements: imports`, series: official, field: 'imports' },
    { key: 'official-turnover', type: 'line', label: `${span} statements: turnover`, series: official, field: 'turnover' },
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

export function buildTradeConfig(reporter: Reporter, options: BuildOptions): TradeChartConfig {
  const { theme } = options;
  const c = common(theme, options.animate);
  const specs = tradeDatasetSpecs(reporter);
  const labels = TRADE_YEARS.map(yearText);
  const metas: ValueMeta[][] = specs.map((s) =>
    TRADE_YEARS.map((year) => {
      const p = valueOf(s.series, year, s.field);
      const derived = p ? isDerived(p, s.field) : false;
      return { unit: 'US$ m', source: p?.source ?? null, derived, note: p?.rounded && !derived ? '(rounded)' : undefined };
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
      pointRadius: official ? 9 : 3,
      pointHoverRadius: official ? 11 : 6,
      pointBorderWidth: official ? 3 : 1,
      tension: 0,
    };
  });
  const growth = growthFactorOf(reporter);
  const milestoneIndex = (year: number): number => TRADE_YEARS.indexOf(year);
  const plugins: Plugin<'bar' | 'line'>[] = [
    timeMarksPlugin({
      marks: tradeMilestones.map((m) => ({ at: milestoneIndex(m.year), label: m.label })),
      band: {
        from: milestoneIndex(growthSpan.from),
        to: milestoneIndex(growthSpan.to),
        label: `${growthSpan.from}–${String(growthSpan.to).slice(2)}: turnover ×${growth} (derived)`,
      },
      categoryAxis: true,
      theme,
    }),
  ];
  const milestoneYears = new Set(tradeMilestones.map((m) => m.year));
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      ...c.base,
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
          ...c.axis('US$ million'),
          stacked: true,
          min: 0,
          max: tradeScaleMax(),
          ticks: { color: theme.ink, font: c.font, stepSize: 2000, callback: (v) => number(Number(v)) },
        },
      },
      plugins: {
        legend: {
          ...c.legend,
          labels: { ...c.legend.labels, generateLabels: (chart) => tradeLegend(chart, specs, theme) },
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
            title: (items) => `${items[0]?.label ?? ''}, ${reporterName[reporter]} statistics`,
            ...tooltipLabel<'bar' | 'line'>((item) => metas[item.datasetIndex]?.[item.dataIndex]),
          },
        },
      },
    },
    plugins,
  };
}

/** Legend of the trade chart: the IMF series one by one, then one entry for all official statements. */
export const OFFICIAL_LEGEND = 'Official statements 2021–22 (outlined; mostly published since the talk)';

function tradeLegend(chart: Chart, specs: readonly TradeDatasetSpec[], theme: ChartTheme): LegendItem[] {
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
      text: OFFICIAL_LEGEND,
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

function growthFactorOf(reporter: Reporter): number {
  const s = imfSeries(reporter);
  const from = s.years.find((p) => p.year === growthSpan.from)?.turnover;
  const to = s.years.find((p) => p.year === growthSpan.to)?.turnover;
  return from && to ? Math.round((to / from) * 10) / 10 : Number.NaN;
}

/* ---------- Partner shares ---------- */

const partnerStyle: Record<
  PartnerId,
  { colour: (t: ChartTheme) => string; point: 'circle' | 'rect' | 'triangle' | 'rectRot'; dash: number[] }
> = {
  russia: { colour: (t) => t.series[3], point: 'circle', dash: [] },
  eu27: { colour: (t) => t.series[0], point: 'rect', dash: [] },
  ukraine: { colour: (t) => t.series[4], point: 'triangle', dash: [8, 5] },
  china: { colour: (t) => t.series[1], point: 'rectRot', dash: [] },
};

export function buildPartnerSharesConfig(options: BuildOptions): XYChartConfig {
  const { theme } = options;
  const c = common(theme, options.animate);
  const ds = partnerShares;
  const metas: ValueMeta[][] = [];
  const datasets: XYChartConfig['data']['datasets'] = partnerIds.map((p) => {
    const style = partnerStyle[p];
    metas.push(ds.years.map((_, i) => ({ unit: '%', source: ds.sources[i] ?? null, derived: true })));
    return {
      label: partnerLabels[p],
      data: ds.years.map((year, i) => ({ x: year, y: ds.shares[p][i] ?? Number.NaN })),
      borderColor: style.colour(theme),
      backgroundColor: style.colour(theme),
      borderWidth: p === 'russia' || p === 'china' ? 4 : 3,
      borderDash: style.dash,
      pointStyle: style.point,
      pointRadius: 6,
      pointHoverRadius: 8,
      tension: 0,
    };
  });
  for (const p of partnerIds) {
    const points = officialShares.filter((s) => s.partner === p);
    if (points.length === 0) continue;
    metas.push(points.map((s) => ({ unit: '%', source: s.source, derived: false, note: '(official figure)' })));
    datasets.push({
      label: `${partnerLabels[p]}, ${points.map((s) => s.year).join(', ')} (official)`,
      data: points.map((s) => ({ x: s.year, y: s.share })),
      showLine: false,
      borderColor: partnerStyle[p].colour(theme),
      backgroundColor: theme.paper,
      borderWidth: 3,
      pointStyle: partnerStyle[p].point,
      pointRadius: 9,
      pointHoverRadius: 11,
    });
  }
  const first = ds.years[0] ?? 1995;
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...c.base,
      scales: {
        x: {
          ...c.axis(''),
          type: 'linear',
          min: first - 1,
          max: 2022,
          grid: { display: false },
          afterBuildTicks: (axis) => {
            axis.ticks = [1995, 2000, 2005, 2010, 2015, 2020].filter((v) => v >= first - 1).map((value) => ({ value }));
          },
          ticks: { color: theme.ink, font: c.font, callback: (v) => yearText(v) },
        },
        y: {
          ...c.axis('% of Belarus’s goods trade'),
          min: 0,
          max: 70,
          ticks: { color: theme.ink, font: c.font, stepSize: 10, callback: (v) => `${v}%` },
        },
      },
      plugins: {
        legend: { ...c.legend },
        tooltip: {
          ...c.tooltip,
          callbacks: {
            title: (items) => yearText(items[0]?.parsed.x ?? ''),
            ...tooltipLabel<'line'>((item) => metas[item.datasetIndex]?.[item.dataIndex]),
          },
        },
      },
    },
  };
}

/* ---------- Partnership ladder ---------- */

/** The x where the ladder's last level is drawn to: the right edge of the axis. */
const LADDER_END = 2024;

export function buildLadderConfig(options: BuildOptions): XYChartConfig {
  const { theme } = options;
  const c = common(theme, options.animate);
  const steps = partnershipLadder;
  const raises = steps.map((s, i) => i === 0 || s.level > (steps[i - 1]?.level ?? 0));
  const last = steps.at(-1);
  const data: Point[] = [...steps.map((s) => ({ x: s.at, y: s.level })), { x: LADDER_END, y: last?.level ?? 0 }];
  const names = new Map(ladderCoding.map((l) => [l.level, l.name]));
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: 'Formal level (deck’s ordinal coding)',
          data,
          stepped: 'before',
          borderColor: theme.series[3],
          backgroundColor: theme.series[3],
          borderWidth: 4,
          pointStyle: 'circle',
          // Filled where the level rose; hollow where a document kept it; none at the axis end.
          pointRadius: data.map((_, i) => (i < steps.length ? 8 : 0)),
          pointHoverRadius: data.map((_, i) => (i < steps.length ? 10 : 0)),
          pointBackgroundColor: data.map((_, i) => (raises[i] ? theme.series[3] : theme.paper)),
          pointBorderWidth: 3,
        },
      ],
    },
    options: {
      ...c.base,
      interaction: { mode: 'nearest', intersect: true },
      layout: { padding: { top: 8, right: 16, bottom: 0, left: 0 } },
      scales: {
        x: {
          ...c.axis(''),
          type: 'linear',
          min: 1991,
          max: LADDER_END,
          grid: { display: false },
          afterBuildTicks: (axis) => {
            axis.ticks = [1992, 2000, 2005, 2010, 2015, 2022].map((value) => ({ value }));
          },
          ticks: { color: theme.ink, font: c.font, callback: (v) => yearText(v) },
        },
        y: {
          ...c.axis('Level (deck’s coding)'),
          min: 0,
          // Room above the top step for its label.
          max: 6.8,
          afterBuildTicks: (axis) => {
            axis.ticks = [0, 1, 2, 3, 4, 5, 6].map((value) => ({ value }));
          },
          ticks: { color: theme.ink, font: c.font, callback: (v) => String(v) },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          ...c.tooltip,
          filter: (item) => item.dataIndex < steps.length,
          callbacks: {
            title: (items) => {
              const s = steps[items[0]?.dataIndex ?? -1];
              return s ? `${s.date}: ${s.document}` : '';
            },
            label: (item) => {
              const s = steps[item.dataIndex];
              return s ? [`“${s.wording}”`, `Level ${s.level} on the deck’s coding: ${names.get(s.level) ?? ''}`] : '';
            },
            footer: (items) => {
              const s = steps[items[0]?.dataIndex ?? -1];
              return s ? `Source: ${s.sources.map((id) => getSource(id).short).join('; ')}` : '';
            },
          },
        },
      },
    },
    plugins: [
      stepLabelsPlugin<'line'>(
        steps.map((s, i) => ({ at: s.at, level: s.level, text: `${s.year} ${s.label}`, raises: raises[i] ?? false })),
        theme,
      ),
    ],
  };
}

export function buildChartConfig(id: ChartId, options: BuildOptions): AnyChartConfig {
  switch (id) {
    case 'trade-growth':
      return buildTradeConfig(options.view === 'chn' ? 'chn' : 'blr', options);
    case 'partner-shares':
      return buildPartnerSharesConfig(options);
    case 'partnership-ladder':
      return buildLadderConfig(options);
  }
}
