/**
 * Chart references as content sees them. This module has no Chart.js in it:
 * slide modules and the renderer import it, the lazy chart chunk does not need to.
 */
import type { SourceId } from '../data/sources.ts';

export const chartIds = ['trade-growth', 'partner-shares', 'partnership-ladder'] as const;
export type ChartId = (typeof chartIds)[number];

export function isChartId(value: string): value is ChartId {
  return (chartIds as readonly string[]).includes(value);
}

/** A cell of a chart's data table: null is "no figure in the source". */
export type Cell = string | number | null;

export interface DataTable {
  readonly caption: string;
  /** The chart view this table belongs to (listed first when that view is shown). */
  readonly view?: string;
  readonly columns: readonly { readonly label: string; readonly unit?: string }[];
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * What the page needs about a chart without drawing it: the finding (the canvas's
 * aria-label), the data table, the sources, the footnotes. Built from the same
 * dataset modules the Chart.js configuration is built from.
 */
export interface ChartSummary {
  readonly id: ChartId;
  readonly title: string;
  /** One sentence stating what the chart shows; becomes the canvas's aria-label. */
  readonly finding: string;
  /** One or more tables (e.g. one per statistics reporter). */
  readonly tables: readonly DataTable[];
  readonly cite: readonly SourceId[];
  /** Caveats shown under the chart: derived values, vintages, the deck's own coding. */
  readonly footnotes: readonly string[];
  /** File name of the CSV download, e.g. `trade-growth.csv`. */
  readonly csvName: string;
  /** CSV text of the chart's data (same numbers as the tables). */
  readonly csv: string;
  /** A choice between views of the same chart (e.g. Belarusian or Chinese statistics), rendered as buttons. */
  readonly views?: ChartViews;
}

export interface ChartViews {
  /** Accessible name of the button group. */
  readonly label: string;
  /** One sentence on how the views differ, shown with the buttons. */
  readonly note: string;
  /** The first option is the one drawn at first. */
  readonly options: readonly { readonly value: string; readonly label: string }[];
}
