/**
 * Chart summaries (finding, tables, sources, CSV) keyed by chart id.
 * Filled from the dataset modules by the charts work (issue 3).
 */
import type { ChartId, ChartSummary } from './chart-ids.ts';

export const chartSummaries: ReadonlyMap<ChartId, ChartSummary> = new Map();
