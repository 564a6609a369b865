/**
 * The one place where the authored deck meets the registries and is validated.
 * Used by the build (to render index.html) and by the unit tests; never shipped to the browser.
 */
import authored from '../slides/index.ts';
import { buildChartSummaries } from './charts/registry.ts';
import { cachedMaps } from './maps/cache.ts';
import { sources } from './data/sources.ts';
import type { ResolvedDeck } from './model/resolved.ts';
import { validateDeck } from './model/validate.ts';
import { deckLink } from './qr/deck-link.ts';

export interface LoadOptions {
  /** The deck's public address (the build passes `DECK_URL`): adds `link` with its QR code. */
  readonly url?: string | undefined;
}

export function loadDeck(options: LoadOptions = {}): ResolvedDeck {
  // The maps are drawn again only when something they could be drawn from changed (src/maps/cache.ts).
  const deck = validateDeck(authored, { sources, charts: buildChartSummaries(), maps: cachedMaps() });
  const link = deckLink(options.url);
  return link ? { ...deck, link } : deck;
}
