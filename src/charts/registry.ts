/**
 * The chart registry: every chart module, keyed by its id. The deck loader builds the summaries
 * from it (validating the datasets first); the lazy chart chunk builds configurations from it.
 */
import type { ChartId, ChartSummary } from '../model/chart.ts';
import { sources } from '../data/sources.ts';
import { assertDeckDatasetsValid } from '../data/validate-dataset.ts';
import type { ChartModule } from './chart-module.ts';
import { partnerSharesChart } from './modules/partner-shares.ts';
import { partnershipLadderChart } from './modules/partnership-ladder.ts';
import { tradeGrowth } from './modules/trade-growth.ts';

export const chartModules: { readonly [Id in ChartId]: ChartModule<Id> } = {
  'trade-growth': tradeGrowth,
  'partner-shares': partnerSharesChart,
  'partnership-ladder': partnershipLadderChart,
};

export const chartIds = Object.keys(chartModules) as ChartId[];

export function isChartId(value: string): value is ChartId {
  return Object.hasOwn(chartModules, value);
}

/** Every chart's summary, after the datasets are validated: a bad dataset fails the build here. */
export function buildChartSummaries(): ReadonlyMap<ChartId, ChartSummary> {
  assertDeckDatasetsValid(sources);
  return new Map(chartIds.map((id) => [id, chartModules[id].summary()]));
}
