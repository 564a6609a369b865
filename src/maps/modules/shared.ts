/** Helpers the map modules share: place lookup by id, coordinates as text, unique source lists. */
import type { Place } from '../../../assets/maps/types.ts';
import { places } from '../../../assets/maps/places.ts';
import type { PlaceId } from '../../../assets/maps/places.ts';
import type { SourceId } from '../../data/sources.ts';
import type { LonLat } from '../geo/gazetteer.ts';
import { formatList, formatNumber } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import type { MapsWords } from '../words.ts';

export function place(id: PlaceId): Place {
  const found = places.find((p) => p.id === id);
  if (!found) throw new Error(`unknown place "${id}"`);
  return found;
}

/** "53.90° N, 27.57° E" in the edition's words and number format. */
export function formatLonLat([lon, lat]: LonLat, words: MapsWords['common'], lang: string): string {
  const deg = (n: number): string =>
    new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(n));
  return fill(words.coords, {
    lat: deg(lat),
    ns: lat >= 0 ? words.north : words.south,
    lon: deg(lon),
    ew: lon >= 0 ? words.east : words.west,
  });
}

/** "about 330 km": rounded to 10 km (to 100 km above 2,000 km), in the edition's words and number format. */
export function kmText(km: number, words: MapsWords['common'], lang: string): string {
  const step = km >= 2000 ? 100 : 10;
  return fill(words.km, { n: formatNumber(Math.round(km / step) * step, 0, lang) });
}

export const uniqueSources = (ids: readonly SourceId[]): SourceId[] => [...new Set(ids)];

/** "A, B and C" by the edition's language. */
export const listText = (items: readonly string[], lang: string): string => formatList(items, lang);
