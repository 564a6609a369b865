/**
 * The chart registry: every chart's build half (src/charts/modules/<id>.ts), one line each, keyed
 * by the id the module carries (as Chart.js registers its controllers). The deck loader runs each
 * chart's data checks and builds its summary through src/charts/summaries.ts, and the PowerPoint
 * export asks it for the chart's native form. Build-time only: the browser half of each chart
 * (src/charts/drawings/<id>.ts) is found by the lazy chart chunk (src/charts/drawings.ts), so the
 * chunk carries neither the source registry nor any summary words.
 */
import type { ChartId } from '../model/chart.ts';
import type { ChartDefinition, ChartSeriesMap } from './chart-module.ts';
import { partnerSharesChart } from './modules/partner-shares.ts';
import { partnershipLadderChart } from './modules/partnership-ladder.ts';
import { tradeGrowth } from './modules/trade-growth.ts';

export const chartModules: { readonly [Id in ChartId]: ChartDefinition<Id> } = {
  'trade-growth': tradeGrowth,
  'partner-shares': partnerSharesChart,
  'partnership-ladder': partnershipLadderChart,
};

export const chartIds = Object.keys(chartModules) as ChartId[];

export function isChartId(value: string): value is ChartId {
  return Object.hasOwn(chartModules, value);
}

/** A chart's build half, typed as the union's common shape (TypeScript cannot follow the id through the union). */
export const chartModule = (id: ChartId): ChartDefinition => chartModules[id];

/** Every chart's plain series, by id: what the build bundles into the lazy chunk (src/build/chart-series-plugin.ts). */
export const allChartSeries = (): ChartSeriesMap => Object.fromEntries(chartIds.map((id) => [id, chartModule(id).series()]));
