/**
 * The maps' words as the modules see them, typed from the English words (slides/maps.ts) so an
 * edition's words have the same shape; `assertMapWords` checks them at build time, naming the map
 * and the language. Build-time only, as is the whole map engine.
 */
import english from '../../slides/maps.ts';
import { assertWords, type Words } from '../model/words.ts';
import type { Country, Place } from '../../assets/maps/types.ts';
import { mapIds } from './types.ts';

export type MapsWords = Words<typeof english>;

export { english as englishMapWords };

/** Throws, naming the map (or the shared names) and the language, where an edition's map words differ from the English. */
export function assertMapWords(words: unknown, lang: string): asserts words is MapsWords {
  const given = (typeof words === 'object' && words !== null ? words : {}) as Record<string, unknown>;
  const shared = ['common', 'countries', 'places', 'placeNotes', 'routes', 'unionNames'] as const;
  for (const key of shared) assertWords(english[key], given[key], `the maps’ ${key}`, lang);
  for (const id of mapIds) assertWords(english[id], given[id], `map "${id}"`, lang);
  const known = new Set<string>([...shared, ...mapIds]);
  const extra = Object.keys(given).filter((k) => !known.has(k));
  if (extra.length > 0)
    throw new Error(`map words, edition "${lang}": no map or shared group is called ${extra.map((k) => `"${k}"`).join(', ')}`);
}

/** A country with its name in the edition's words. */
export const named = (country: Country, words: MapsWords, id: string): Country => ({
  ...country,
  name: words.countries[id] ?? country.name,
});

/** A place with its name in the edition's words. */
export const namedPlace = (place: Place, words: MapsWords): Place => ({ ...place, name: words.places[place.id] ?? place.name });
