/**
 * The one place where the authored deck meets the registries and is validated.
 * Used by the build (to render index.html) and by the unit tests; never shipped to the browser.
 */
import authored from '../slides/index.ts';
import { buildChartSummaries } from './charts/registry.ts';
import { buildMaps } from './maps/index.ts';
import { sources } from './data/sources.ts';
import type { ResolvedDeck } from './model/resolved.ts';
import { validateDeck } from './model/validate.ts';

export function loadDeck(): ResolvedDeck {
  return validateDeck(authored, { sources, charts: buildChartSummaries(), maps: buildMaps() });
}
