/**
 * The one place where the authored deck meets the registries and is validated.
 * Used by the build (to render each edition's page) and by the unit tests; never shipped to the browser.
 */
import english from '../slides/index.ts';
import { EDITIONS, editionById, editionRefs } from '../editions/index.ts';
import { buildChartSummaries } from './charts/summaries.ts';
import { cachedMaps } from './maps/cache.ts';
import { sources } from './data/sources.ts';
import type { AuthoredDeck } from './model/authored.ts';
import { applyEdition, applySourcesWords, type EditionRef } from './model/edition.ts';
import type { ResolvedDeck } from './model/resolved.ts';
import { validateDeck } from './model/validate.ts';
import { deckLink } from './qr/deck-link.ts';

export interface LoadOptions {
  /** The deck's public address (the build passes `DECK_URL`): adds `link` with its QR code. */
  readonly url?: string | undefined;
  /** Which edition (`en`, `ru`, `zh`; default English). */
  readonly edition?: string | undefined;
  /** The edition alone, at the root of its build, linking no other (the portable file of one language). */
  readonly alone?: boolean | undefined;
}

/** Every edition of the talk, in the order of the language switch. */
export const editions: readonly EditionRef[] = editionRefs;

/** The public address of an edition: the English address with the edition's folder. */
export const editionUrl = (url: string | undefined, edition: Pick<EditionRef, 'dir'>): string | undefined =>
  url === undefined || url === '' ? undefined : new URL(edition.dir, url.endsWith('/') ? url : `${url}/`).href;

/**
 * The resolved deck of one edition: the English slide modules, with the edition's words laid over
 * them, validated against the same registries and the edition's own speaking band.
 */
export function loadDeck(options: LoadOptions = {}): ResolvedDeck {
  const edition = editionById(options.edition ?? 'en');
  const authored: AuthoredDeck = edition.words ? applyEdition(english, edition.words) : english;
  const registry = edition.sources ? applySourcesWords(sources, edition.sources, edition.lang) : sources;
  const found = editionRefs.find((e) => e.id === edition.id);
  if (!found) throw new Error(`No edition "${edition.id}"`);
  const ref = options.alone ? { ...found, dir: '' } : found;
  // The maps are drawn again only when something they could be drawn from changed (src/maps/cache.ts).
  const deck = validateDeck(authored, {
    sources: registry,
    charts: buildChartSummaries({ words: edition.charts, lang: edition.lang, sources: registry }),
    maps: cachedMaps({ words: edition.maps, lang: edition.lang, sources: registry }),
    edition: ref,
    editions: options.alone ? [ref] : editionRefs,
  });
  const link = deckLink(ref.dir === '' ? options.url : editionUrl(options.url, ref));
  return link ? { ...deck, link } : deck;
}

export { EDITIONS };
