/**
 * The chart registry: every chart module, keyed by its id. The lazy chart chunk builds
 * configurations from it; the deck loader builds the summaries through src/charts/summaries.ts
 * (kept apart so the chunk carries neither the source registry nor any summary words).
 */
import type { ChartId } from '../model/chart.ts';
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
