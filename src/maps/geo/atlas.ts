/**
 * Natural Earth country outlines from world-atlas, read from node_modules when a map is built
 * (never at import time, never in the browser). Countries are looked up by ISO numeric id and
 * their atlas name is checked, so a wrong id or a renamed country fails the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, merge, mesh } from 'topojson-client';
import type { Country } from '../../../assets/maps/types.ts';

export type AtlasScale = '50m' | '110m';

interface CountryProperties {
  readonly name: string;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;
export type CountryFeature = Feature<Geometry, CountryProperties>;

const cache = new Map<AtlasScale, CountriesTopology>();

/** The world-atlas topology at a scale; read once per process (the file does not change during a build). */
export function loadAtlas(scale: AtlasScale): CountriesTopology {
  const cached = cache.get(scale);
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve(`world-atlas/countries-${scale}.json`);
  const topology = JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
  cache.set(scale, topology);
  return topology;
}

/** Every country as a GeoJSON feature, keyed by ISO numeric id (features without an id are skipped). */
export function countryFeatures(topology: CountriesTopology): ReadonlyMap<string, CountryFeature> {
  const collection: FeatureCollection<Geometry, CountryProperties> = feature(topology, topology.objects.countries);
  const byId = new Map<string, CountryFeature>();
  for (const f of collection.features) if (f.id !== undefined) byId.set(String(f.id), f);
  return byId;
}

/** Problems with a country reference: unknown ISO id, or a name that is not the atlas's. */
export function checkCountry(features: ReadonlyMap<string, CountryFeature>, country: Country): string[] {
  const found = features.get(country.iso);
  if (!found) return [`country "${country.name}" (ISO ${country.iso}) is not in the atlas`];
  if (found.properties.name !== country.atlasName) {
    return [`country ISO ${country.iso} is "${found.properties.name}" in the atlas, not "${country.atlasName}"`];
  }
  return [];
}

/** The union of some countries as one outline (shared borders dissolved). */
export function mergeCountries(topology: CountriesTopology, isoIds: readonly string[]): MultiPolygon {
  const wanted = new Set(isoIds);
  const geometries = topology.objects.countries.geometries.filter((g) => g.id !== undefined && wanted.has(String(g.id)));
  return merge(topology, geometries as Parameters<typeof merge>[1]);
}

/** Land borders between countries (each shared arc once), and coastlines (arcs used by one country only). */
export function borderMeshes(topology: CountriesTopology): { borders: MultiLineString; coasts: MultiLineString } {
  const countries = topology.objects.countries;
  return {
    borders: mesh(topology, countries, (a, b) => a !== b),
    coasts: mesh(topology, countries, (a, b) => a === b),
  };
}

/** All land as one outline. */
export function landOutline(topology: CountriesTopology): MultiPolygon {
  return merge(topology, topology.objects.countries.geometries as Parameters<typeof merge>[1]);
}
