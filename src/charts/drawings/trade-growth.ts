/**
 * The trade chart's browser half: its Chart.js configuration, drawn from the plain series its data
 * module makes (`tradeChartSeries` in src/data/trade.ts) in the words the page gives (src/charts/words.ts); the
 * series come bundled as data, so no data module's text reaches the chunk. Stacked
 * exports and imports with turnover as a line, in Belarusian or Chinese statistics (never mixed),
 * the later official statements outlined and never joined to the IMF series. Its build half
 * (summary, checks, PowerPoint) is src/charts/modules/trade-growth.ts.
 */
import type { Chart, LegendItem, Plugin } from 'chart.js';
import { formatNumber } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import type { Reporter, TradeDrawnSeries, TradeField } from '../../data/trade.ts';
import type { CategoryChartConfig, ChartDrawing } from '../chart-module.ts';
import { common, tooltipLabel, yearText, type BuildOptions, type ValueMeta } from '../common.ts';
import { STRIP_ROWS, labelRowHeight, timeMarksPlugin } from '../plugins.ts';
import type { ChartTheme } from '../theme.ts';
import { withAlpha } from '../theme.ts';
import { chartSeries, chartWords, type BrowserWords } from '../words.ts';

type TradeBrowserWords = BrowserWords<'trade-growth'>;

/** Below this canvas width (px) adjacent year labels would touch. */
export const NARROW_CHART = 900;

export function buildTradeConfig(reporter: Reporter, options: BuildOptions): CategoryChartConfig {
  const { theme } = options;
  const c = common(theme, options.animate, options.compact);
  const page = options.page;
  const words = chartWords(page, 'trade-growth');
  const drawn = chartSeries(options, 'trade-growth');
  const years = drawn.years;
  const span = drawn.span;
  /** Years named on the axis: every fifth, the milestones, and the start of the growth span. */
  const namedYears = new Set<number>([2000, 2005, 2010, 2015, 2020, span.from, ...drawn.milestones]);
  const specs = drawn.reporters[reporter].map((s) => ({ ...s, label: fill(words.legend[s.legend], { span: s.span }) }));
  const labels = years.map(yearText);
  const metas: ValueMeta[][] = specs.map((s) =>
    years.map((_, i) => {
      const derived = s.derived[i] === true;
      return {
        unit: words.unit,
        source: s.sources[i] ?? null,
        derived,
        note: s.rounded[i] === true && !derived ? page.common.rounded : undefined,
      };
    }),
  );
  const colour: Record<TradeField, string> = { exports: theme.series[0], imports: theme.series[1], turnover: theme.ink };
  const datasets = specs.map((s) => {
    const data = [...s.values];
    const official = s.official;
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
  const growth = drawn.growth[reporter];
  const milestoneIndex = (year: number): number => years.indexOf(year);
  const plugins: Plugin<'bar' | 'line'>[] = [
    timeMarksPlugin({
      marks: drawn.milestones.map((year) => ({ at: milestoneIndex(year), label: words.milestones[String(year)] ?? String(year) })),
      band: {
        from: milestoneIndex(span.from),
        to: milestoneIndex(span.to),
        label: fill(words.band, {
          from: span.from,
          to: String(span.to).slice(2),
          factor: formatNumber(growth, 1, page.lang),
        }),
      },
      categoryAxis: true,
      theme,
      labels: options.compact ? 'above' : 'plot',
    }),
  ];
  const milestoneYears = new Set(drawn.milestones);
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
            color: (ctx) => (milestoneYears.has(years[ctx.index] ?? 0) ? theme.accent : theme.ink),
            font: (ctx) => ({
              family: theme.fontBody,
              size: theme.fontSize,
              weight: milestoneYears.has(years[ctx.index] ?? 0) ? 700 : 400,
            }),
            autoSkip: false,
            maxRotation: 0,
            callback(_value, index) {
              const year = years[index];
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
          max: drawn.scaleMax,
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
            const members = item.datasetIndex === undefined ? specs.flatMap((s, i) => (s.official ? [i] : [])) : [item.datasetIndex];
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
  specs: readonly (TradeDrawnSeries & { readonly label: string })[],
  theme: ChartTheme,
  compact: boolean,
  words: TradeBrowserWords,
): LegendItem[] {
  const items: LegendItem[] = [];
  specs.forEach((spec, i) => {
    if (spec.official) return;
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
  const official = specs.flatMap((s, i) => (s.official ? [i] : []));
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

export const tradeGrowthDrawing: ChartDrawing<'trade-growth'> = {
  id: 'trade-growth',
  config: (options) => buildTradeConfig(options.view === 'chn' ? 'chn' : 'blr', options),
};

export default tradeGrowthDrawing;
