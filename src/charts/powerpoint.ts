/**
 * A chart as a native PowerPoint chart, planned by the chart's build half (each module's
 * `powerpoint`) from its data module: pure data, no pptxgenjs. The exporter (scripts/lib/pptx/)
 * hands a plan to pptxgenjs (write.ts) and gives each series the look pptxgenjs cannot set per
 * series (package.ts): outlined bars, a line without markers beside one with, hollow points,
 * labels on points. Colours come as the theme's palette in PowerPoint's form (`rrggbb`).
 */

export interface Palette {
  readonly ink: string;
  readonly inkSoft: string;
  readonly paper: string;
  readonly paperDeep: string;
  readonly rule: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly grid: string;
  /** The theme's chart1 … chart5. */
  readonly series: readonly [string, string, string, string, string];
}

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

/** `hex` mixed with `base` (both `rrggbb`): `amount` 0 is `hex`, 1 is `base`. */
export function tint(hex: string, base: string, amount: number): string {
  const parse = (h: string): number[] => [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
  const a = parse(hex);
  const b = parse(base);
  return a
    .map((v, i) => Math.round(v + ((b[i] ?? v) - v) * amount))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/**
 * A "hollow" point (an official figure, a document that kept the level): a light fill inside the
 * series colour. Not the paper colour: LibreOffice draws no marker border, and would draw nothing.
 */
export const hollow = (colour: string, p: Palette): string => tint(colour, p.paper, 0.6);
