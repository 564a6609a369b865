/** Helpers the map modules share: place lookup by id, coordinates as text, unique source lists. */
import type { Place } from '../../../assets/maps/types.ts';
import { places } from '../../../assets/maps/places.ts';
import type { PlaceId } from '../../../assets/maps/places.ts';
import type { SourceId } from '../../data/sources.ts';
import type { LonLat } from '../geo/gazetteer.ts';

export function place(id: PlaceId): Place {
  const found = places.find((p) => p.id === id);
  if (!found) throw new Error(`unknown place "${id}"`);
  return found;
}

/** "53.90° N, 27.57° E". */
export function formatLonLat([lon, lat]: LonLat): string {
  return `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`;
}

export const uniqueSources = (ids: readonly SourceId[]): SourceId[] => [...new Set(ids)];

/** "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
