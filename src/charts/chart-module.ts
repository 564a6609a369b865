/**
 * A chart module: one chart's id, its summary (finding, tables, CSV, sources) and its Chart.js
 * configuration, together. The registry (registry.ts) collects them, as Chart.js registers its
 * controllers; a module adds its id to the content model's `ChartRegistry` by declaration merging.
 */
import type { ChartConfiguration, Point } from 'chart.js';
import type { ChartId, ChartSummary } from '../model/chart.ts';
import type { BuildOptions } from './common.ts';
import type { SummaryContext } from './words.ts';

/** The configuration shapes the deck's charts use: bars with lines over year labels, and lines over numeric x. */
export type CategoryChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;
export type XYChartConfig = ChartConfiguration<'line', Point[]>;
export type AnyChartConfig = CategoryChartConfig | XYChartConfig;

export interface ChartModule<Id extends ChartId = ChartId> {
  readonly id: Id;
  /** Builds the summary from the module's data in an edition's words (called by the deck loader, never at import). */
  summary(context: SummaryContext<Id>): ChartSummary;
  /** The Chart.js configuration for a theme, an animation setting and a view. Pure. */
  config(options: BuildOptions): AnyChartConfig;
}
