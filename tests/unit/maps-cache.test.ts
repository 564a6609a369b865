import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedMaps, mapsCacheKey } from '../../src/maps/cache.ts';
import { buildMaps } from '../../src/maps/index.ts';

const dir = await mkdtemp(join(tmpdir(), 'maps-cache-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the maps cache', () => {
  it('gives the maps the engine draws, drawn or read back', async () => {
    const drawn = [...buildMaps()];
    expect([...cachedMaps({}, dir)]).toEqual(drawn);
    expect(await readdir(dir)).toEqual([`${mapsCacheKey()}.json`]);
    // Read back from the file: the same summaries, SVG and drawing included.
    expect([...cachedMaps({}, dir)]).toEqual(drawn);
  });

  it("keeps every edition's maps side by side: drawing one does not evict another", async () => {
    const russian = { lang: 'ru' };
    cachedMaps(russian, dir);
    expect((await readdir(dir)).sort()).toEqual([`${mapsCacheKey()}.json`, `${mapsCacheKey(russian)}.json`].sort());
    expect(mapsCacheKey(russian).split('-')[0]).toBe(mapsCacheKey().split('-')[0]);
  });

  it('forgets the maps drawn from older sources', async () => {
    const { writeFile } = await import('node:fs/promises');
    const stale = join(dir, `${'0'.repeat(24)}-${'0'.repeat(16)}.json`);
    await writeFile(stale, '[]');
    cachedMaps({ lang: 'zh' }, dir);
    expect(await readdir(dir)).not.toContain(stale.slice(dir.length + 1));
    expect(await readdir(dir)).toContain(`${mapsCacheKey({ lang: 'zh' })}.json`);
  });

  it('is keyed by every source file, the lock file and the options', async () => {
    const root = await mkdtemp(join(tmpdir(), 'maps-key-'));
    try {
      const { mkdir, writeFile } = await import('node:fs/promises');
      await mkdir(join(root, 'src', 'maps'), { recursive: true });
      await mkdir(join(root, 'assets', 'maps'), { recursive: true });
      await writeFile(join(root, 'src', 'maps', 'a.ts'), 'one');
      await writeFile(join(root, 'assets', 'maps', 'places.ts'), 'minsk');
      await writeFile(join(root, 'package-lock.json'), '{}');
      const before = mapsCacheKey({}, root);
      expect(mapsCacheKey({}, root)).toBe(before);
      await writeFile(join(root, 'assets', 'maps', 'places.ts'), 'minsk, brest');
      const afterData = mapsCacheKey({}, root);
      expect(afterData).not.toBe(before);
      await writeFile(join(root, 'src', 'render', 'x.ts'), 'x').catch(async () => {
        await mkdir(join(root, 'src', 'render'));
        await writeFile(join(root, 'src', 'render', 'x.ts'), 'x');
      });
      expect(mapsCacheKey({}, root)).not.toBe(afterData);
      expect(mapsCacheKey({ frame: { width: 500, height: 300 } }, root)).not.toBe(mapsCacheKey({}, root));
      await writeFile(join(root, 'package-lock.json'), '{"v":2}');
      expect(mapsCacheKey({}, root)).not.toBe(afterData);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
