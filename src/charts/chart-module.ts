/**
 * A chart is two self-describing modules, each carrying its id, as Chart.js's controllers carry
 * theirs:
 *
 * - its build half, `src/charts/modules/<id>.ts` (a `ChartDefinition`): the id, which it adds to the
 *   content model's `ChartRegistry` by declaration merging; its data module's checks; the summary
 *   the page needs without drawing (finding, tables, CSV, sources, footnotes); and the native
 *   PowerPoint chart(s) it becomes. Node only: the build, the tests and the exporters. Listed, one
 *   line, in src/charts/registry.ts.
 * - its browser half, `src/charts/drawings/<id>.ts` (a `ChartDrawing`, its default export): the
 *   Chart.js configuration over the plain series its build half's `series` makes, in the words the page gives. The
 *   lazy chart chunk finds it by file (src/charts/drawings.ts), so it needs no registry line, and
 *   it carries no bibliography and no summary prose.
 *
 * tests/unit/chart-registry.test.ts lists what registration requires and names the chart that
 * lacks a part.
 */
import type { ChartConfiguration, Point } from 'chart.js';
import type { ChartId, ChartRegistry, ChartSummary } from '../model/chart.ts';
import type { KnownSources } from '../data/validate-dataset.ts';
import type { BuildOptions } from './common.ts';
import type { ChartPlan, Palette } from './powerpoint.ts';
import type { SummaryContext } from './words.ts';

/** The configuration shapes the deck's charts use: bars with lines over year labels, and lines over numeric x. */
export type CategoryChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;
export type XYChartConfig = ChartConfiguration<'line', Point[]>;
export type AnyChartConfig = CategoryChartConfig | XYChartConfig;

/** A chart's build half. */
export interface ChartDefinition<Id extends ChartId = ChartId> {
  readonly id: Id;
  /**
   * Its data module's own checks: every problem in the data the chart draws (years in order, a
   * known source for every figure, values that can be drawn), each naming the dataset and the
   * year; empty when all is well. Run by the deck loader before any summary is built.
   */
  readonly checks: (known: KnownSources) => readonly string[];
  /**
   * The plain series its browser half draws (numbers, years, source ids, flags: no words), made
   * by its data module and typed by its `ChartRegistry` entry. The build bundles every chart's
   * into the lazy chunk as data (`virtual:chart-series`, src/build/chart-series-plugin.ts), so the
   * chunk imports no data module and holds none of their text.
   */
  series(): ChartRegistry[Id];
  /** Builds the summary from the data module in an edition's words (called by the deck loader, never at import). */
  summary(context: SummaryContext<Id>): ChartSummary;
  /**
   * The native PowerPoint chart(s) the chart becomes, from its data module, in the words of the
   * summary's edition and the theme's palette. Pure data (scripts/lib/pptx writes it).
   */
  powerpoint(summary: ChartSummary, palette: Palette): readonly ChartPlan[];
}

/** Every chart's plain series, by id, as the browser halves get them (`BuildOptions.series`). */
export type ChartSeriesMap = { readonly [Id in ChartId]?: ChartRegistry[Id] };

/** A chart's browser half (the default export of `src/charts/drawings/<id>.ts`). */
export interface ChartDrawing<Id extends ChartId = ChartId> {
  readonly id: Id;
  /** The Chart.js configuration for a theme, an animation setting, a view, the page's words and its plain series. Pure. */
  config(options: BuildOptions): AnyChartConfig;
}
