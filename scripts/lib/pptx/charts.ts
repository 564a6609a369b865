/**
 * The three charts as native PowerPoint charts, planned from the same dataset modules the
 * Chart.js configurations use (src/charts/modules/). Pure data: write.ts hands a plan to
 * pptxgenjs, and package.ts gives each series the look pptxgenjs cannot set per series
 * (outlined bars, a line without markers beside one with, hollow points, labels on points).
 *
 * - Trade: stacked exports and imports with turnover as a line, on a category axis of years;
 *   one chart per side's statistics (Belarusian, Chinese), side by side on the slide. The
 *   official 2021–22 statements are series of their own (outlined bars, hollow diamonds),
 *   so they are never joined to the IMF series.
 * - Partner shares: lines on a scatter chart, so that the uneven years keep their spacing.
 * - Partnership ladder: a stepped line on a scatter chart (a line chart cannot step): each
 *   step is two points, the new level drawn at the date of the document that set it.
 */
import type { ChartSummary } from '../../../src/model/chart.ts';
import { TRADE_YEARS, tradeDatasetSpecs, tradeScaleMax } from '../../../src/charts/modules/trade-growth.ts';
import { officialShares, partnerIds, partnerShares, type PartnerId } from '../../../src/data/partner-shares.ts';
import { ladderCoding, partnershipLadder } from '../../../src/data/partnership-ladder.ts';
import { type Reporter, type TradeSeries } from '../../../src/data/trade.ts';
import type { ChartId } from '../../../src/model/chart.ts';
import { fill } from '../../../src/model/messages.ts';
import type { BrowserWords } from '../../../src/charts/words.ts';
import { tint, type Palette } from './style.ts';

export type MarkerSymbol = 'none' | 'circle' | 'square' | 'diamond' | 'triangle';

/** How one series is drawn (applied to the chart part after pptxgenjs writes it). */
export interface SeriesStyle {
  /** Bar fill, or a line's colour. `rrggbb`. */
  readonly color: string;
  /** Bars: fill opacity (0–1); outlined bars are light fills with a border. */
  readonly fillAlpha?: number;
  /** Bars: a border of this width (pt) in `color`. */
  readonly outline?: number;
  /** Lines: width in pt, 0 for markers only. */
  readonly lineWidth?: number;
  readonly dash?: 'solid' | 'dash';
  readonly marker?: { readonly symbol: MarkerSymbol; readonly size: number; readonly fill: string; readonly line: string };
  /** Labels drawn beside points (index → text and side), for the ladder's documents. */
  readonly labels?: readonly {
    readonly index: number;
    readonly text: string;
    readonly position: 'l' | 'r' | 't' | 'b';
    /** Moved right from that position by this share of the chart's width. */
    readonly dx?: number;
  }[];
}

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  readonly style: SeriesStyle;
}

export interface ValueAxis {
  readonly title?: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Excel number format of the tick labels. */
  readonly format: string;
}

interface PlanBase {
  /** The chart object's name (PowerPoint's Selection Pane): unique per chart, used to find its part. */
  readonly name: string;
  readonly title?: string;
  /** The finding: the chart's alt text. */
  readonly alt: string;
  readonly legend: boolean;
}

export type ChartPlan =
  | (PlanBase & {
      readonly kind: 'bar-line';
      readonly categories: readonly string[];
      /** Stacked. */
      readonly bars: readonly ChartSeries[];
      readonly lines: readonly ChartSeries[];
      readonly valueAxis: ValueAxis;
      /** Show every n-th category label. */
      readonly labelEvery: number;
    })
  | (PlanBase & {
      readonly kind: 'scatter';
      readonly x: readonly number[];
      readonly series: readonly ChartSeries[];
      readonly xAxis: ValueAxis;
      readonly yAxis: ValueAxis;
    });

/** Every series of a plan with the numbers it holds, as the chart part's value caches must. */
export const planSeries = (plan: ChartPlan): readonly ChartSeries[] =>
  plan.kind === 'bar-line' ? [...plan.bars, ...plan.lines] : plan.series;

/** A chart's words in the summary's edition (the words its Chart.js half gets from the page). */
const wordsOf = <Id extends ChartId>(summary: ChartSummary & { readonly id: Id }): BrowserWords<Id> =>
  summary.browser.words as BrowserWords<Id>;

function tradePlan(reporter: Reporter, summary: ChartSummary, p: Palette): ChartPlan {
  const words = wordsOf({ ...summary, id: 'trade-growth' as const });
  const specs = tradeDatasetSpecs(reporter, words);
  const valueOf = (series: TradeSeries, year: number, field: 'exports' | 'imports' | 'turnover'): number | null =>
    series.years.find((y) => y.year === year)?.[field] ?? null;
  const colour = { exports: p.series[0], imports: p.series[1], turnover: p.ink } as const;
  const series = specs.map((s): ChartSeries & { type: 'bar' | 'line' } => {
    const official = s.series.kind === 'official';
    const style: SeriesStyle =
      s.type === 'bar'
        ? { color: colour[s.field], ...(official ? { fillAlpha: 0.16, outline: 2 } : {}) }
        : official
          ? { color: p.ink, lineWidth: 0, marker: { symbol: 'diamond', size: 11, fill: hollow(p.ink, p), line: p.ink } }
          : { color: p.ink, lineWidth: 2.25, marker: { symbol: 'circle', size: 4, fill: p.ink, line: p.ink } };
    return { type: s.type, name: s.label, values: TRADE_YEARS.map((year) => valueOf(s.series, year, s.field)), style };
  });
  return {
    kind: 'bar-line',
    name: `Chart ${summary.id} ${reporter}`,
    title: fill(words.plotTitle, { statistics: words.statistics[reporter], series: words.imfSeries[reporter] }),
    alt: summary.finding,
    legend: true,
    categories: TRADE_YEARS.map(String),
    bars: series.filter((s) => s.type === 'bar'),
    lines: series.filter((s) => s.type === 'line'),
    valueAxis: { title: words.axis, min: 0, max: tradeScaleMax(), step: 2000, format: '#,##0' },
    labelEvery: 5,
  };
}

const partnerStyle: Record<PartnerId, { colour: (p: Palette) => string; symbol: MarkerSymbol; dash: 'solid' | 'dash' }> = {
  russia: { colour: (p) => p.series[3], symbol: 'circle', dash: 'solid' },
  eu27: { colour: (p) => p.series[0], symbol: 'square', dash: 'solid' },
  ukraine: { colour: (p) => p.series[4], symbol: 'triangle', dash: 'dash' },
  china: { colour: (p) => p.series[1], symbol: 'diamond', dash: 'solid' },
};

function partnerPlan(summary: ChartSummary, p: Palette): ChartPlan {
  const ds = partnerShares;
  const words = wordsOf({ ...summary, id: 'partner-shares' as const });
  const x = [...new Set([...ds.years, ...officialShares.map((s) => s.year)])].sort((a, b) => a - b);
  const lines = partnerIds.map((id): ChartSeries => {
    const style = partnerStyle[id];
    return {
      name: words.partners[id],
      values: x.map((year) => {
        const i = ds.years.indexOf(year);
        return i < 0 ? null : (ds.shares[id][i] ?? null);
      }),
      style: {
        color: style.colour(p),
        lineWidth: id === 'russia' || id === 'china' ? 3 : 2.25,
        dash: style.dash,
        marker: { symbol: style.symbol, size: 7, fill: style.colour(p), line: style.colour(p) },
      },
    };
  });
  const official = partnerIds.flatMap((id): ChartSeries[] => {
    const points = officialShares.filter((s) => s.partner === id);
    if (points.length === 0) return [];
    const style = partnerStyle[id];
    return [
      {
        name: fill(words.officialSeries, { partner: words.partners[id], years: points.map((s) => s.year).join(', ') }),
        values: x.map((year) => points.find((s) => s.year === year)?.share ?? null),
        style: {
          color: style.colour(p),
          lineWidth: 0,
          marker: { symbol: style.symbol, size: 11, fill: hollow(style.colour(p), p), line: style.colour(p) },
        },
      },
    ];
  });
  return {
    kind: 'scatter',
    name: `Chart ${summary.id}`,
    alt: summary.finding,
    legend: true,
    x,
    series: [...lines, ...official],
    xAxis: { min: 1995, max: 2025, step: 5, format: '0' },
    yAxis: { title: words.axis, min: 0, max: 70, step: 10, format: '0"%"' },
  };
}

/**
 * A "hollow" point (an official figure, a document that kept the level): a light fill inside the
 * series colour. Not the paper colour: LibreOffice draws no marker border, and would draw nothing.
 */
const hollow = (colour: string, p: Palette): string => tint(colour, p.paper, 0.6);

/** The x where the ladder's last level is drawn to, as on the slides. */
const LADDER_END = 2024;

/** The ladder's corner points: each document's level starts at its date; the level before runs up to it. */
export function ladderPoints(): { x: number[]; level: number[]; document: (number | null)[] } {
  const x: number[] = [];
  const level: number[] = [];
  const document: (number | null)[] = [];
  partnershipLadder.forEach((step, i) => {
    const before = partnershipLadder[i - 1];
    if (before && before.level !== step.level) {
      x.push(step.at);
      level.push(before.level);
      document.push(null);
    }
    x.push(step.at);
    level.push(step.level);
    document.push(i);
  });
  const last = partnershipLadder.at(-1);
  x.push(LADDER_END);
  level.push(last?.level ?? 0);
  document.push(null);
  return { x, level, document };
}

function ladderPlan(summary: ChartSummary, p: Palette): ChartPlan {
  const { x, level, document } = ladderPoints();
  const words = wordsOf({ ...summary, id: 'partnership-ladder' as const });
  const raises = (i: number): boolean => i === 0 || (partnershipLadder[i]?.level ?? 0) > (partnershipLadder[i - 1]?.level ?? 0);
  const points = (keep: (i: number) => boolean): ChartSeries['values'] =>
    document.map((d, j) => (d !== null && keep(d) ? (level[j] ?? null) : null));
  const labels = (keep: (i: number) => boolean, position: (i: number) => 'l' | 'r' | 't' | 'b', dx = 0) =>
    document.flatMap((d, j) => {
      const step = d === null ? undefined : partnershipLadder[d];
      return step && d !== null && keep(d)
        ? [{ index: j, text: fill(words.stepLabel, { year: step.year, label: words.steps[d]?.label ?? '' }), position: position(d), dx }]
        : [];
    });
  // A raising document's label goes left of its point, where the lower level's line has already turned
  // up; the first sits below its point (the axis is to its left), and a small step's label above it.
  const raisePosition = (i: number): 'l' | 't' | 'b' => {
    const step = partnershipLadder[i];
    const before = partnershipLadder[i - 1];
    if (!step || !before) return 'b';
    return step.level - before.level < 1 ? 't' : 'l';
  };
  const top = ladderCoding.at(-1)?.level ?? 6;
  return {
    kind: 'scatter',
    name: `Chart ${summary.id}`,
    alt: summary.finding,
    legend: true,
    x,
    series: [
      {
        name: words.series,
        values: level,
        style: { color: p.series[3], lineWidth: 3, marker: { symbol: 'none', size: 2, fill: p.series[3], line: p.series[3] } },
      },
      {
        name: words.raising,
        values: points(raises),
        style: {
          color: p.series[3],
          lineWidth: 0,
          marker: { symbol: 'circle', size: 10, fill: p.series[3], line: p.series[3] },
          labels: labels(raises, raisePosition),
        },
      },
      {
        name: words.keeping,
        values: points((i) => !raises(i)),
        style: {
          color: p.series[3],
          lineWidth: 0,
          marker: { symbol: 'circle', size: 9, fill: hollow(p.series[3], p), line: p.series[3] },
          // Below and to the right, as on the slides: clear of the step that rose to this level.
          labels: labels(
            (i) => !raises(i),
            () => 'b',
            0.07,
          ),
        },
      },
    ],
    xAxis: { min: 1990, max: 2025, step: 5, format: '0' },
    yAxis: { title: words.axis, min: 0, max: Math.ceil(top + 1), step: 1, format: '0' },
  };
}

/** The chart objects a chart block becomes: two for the trade chart (one per side's statistics), else one. */
export function chartPlans(summary: ChartSummary, palette: Palette): ChartPlan[] {
  switch (summary.id) {
    case 'trade-growth':
      return (['blr', 'chn'] as const).map((r) => tradePlan(r, summary, palette));
    case 'partner-shares':
      return [partnerPlan(summary, palette)];
    case 'partnership-ladder':
      return [ladderPlan(summary, palette)];
  }
}
