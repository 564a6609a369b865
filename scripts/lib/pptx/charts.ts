/**
 * The charts as native PowerPoint charts. Each chart's build half plans its own from its data
 * module (`powerpoint` in src/charts/modules/<id>.ts, types in src/charts/powerpoint.ts): pure
 * data, which write.ts hands to pptxgenjs and package.ts finishes (the look pptxgenjs cannot set
 * per series).
 */
import type { ChartSummary } from '../../../src/model/chart.ts';
import { chartModule } from '../../../src/charts/registry.ts';
import type { ChartPlan, Palette } from '../../../src/charts/powerpoint.ts';

export type { ChartPlan, ChartSeries, MarkerSymbol, SeriesStyle, ValueAxis } from '../../../src/charts/powerpoint.ts';
export { planSeries } from '../../../src/charts/powerpoint.ts';

/** The chart objects a chart block becomes (two for the trade chart, one per side's statistics). */
export function chartPlans(summary: ChartSummary, palette: Palette): ChartPlan[] {
  const plans = chartModule(summary.id).powerpoint(summary, palette);
  if (plans.length === 0) throw new Error(`chart "${summary.id}": its PowerPoint writer planned no chart`);
  return [...plans];
}
