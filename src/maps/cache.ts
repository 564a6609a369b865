/**
 * The deck's maps, kept between builds in `.cache/maps/`. Drawing them (projecting Natural Earth,
 * clipping, placing labels) is a second or more of CPU in every build, and of every export that
 * has to build, though the maps change only when their code or data does. The cache is keyed by
 * everything a map could be made from, counted generously so that it can never be stale: every
 * file under src/ and assets/ (the map engine and modules, their data, the model and renderer
 * they use), the lock file (the geodata and d3 versions), Node's version and the options. Any
 * edit there draws the maps again. The map engine's own tests call `buildMaps`, never this.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMaps } from './index.ts';
import type { MapId, MapOptions, MapSummary } from './types.ts';

/** Bump when what the cache holds changes shape. */
const CACHE_VERSION = 1;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** A hash of every source the maps could be made from (the files named above), whatever the options. */
function sourcesKey(root: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: CACHE_VERSION, node: process.version }));
  // slides/ and editions/: the maps' words in each language.
  const files = [
    ...filesUnder(join(root, 'src')),
    ...filesUnder(join(root, 'assets')),
    ...filesUnder(join(root, 'slides')),
    ...filesUnder(join(root, 'editions')),
    join(root, 'package-lock.json'),
  ].sort();
  for (const file of files) {
    hash.update(`\0${relative(root, file)}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex').slice(0, 24);
}

/**
 * The cache key: the sources' hash, then the options' (each edition draws with its own words), so
 * the editions of one build keep their maps side by side.
 */
export function mapsCacheKey(options: Partial<MapOptions> = {}, root = ROOT): string {
  return `${sourcesKey(root)}-${createHash('sha256').update(JSON.stringify(options)).digest('hex').slice(0, 16)}`;
}

/**
 * `buildMaps(options)`, from the cache when it holds the maps for today's inputs. A cache that
 * cannot be read or written is only slower.
 */
export function cachedMaps(options: Partial<MapOptions> = {}, dir: string = join(ROOT, '.cache', 'maps')): ReadonlyMap<MapId, MapSummary> {
  const key = mapsCacheKey(options);
  const file = join(dir, `${key}.json`);
  try {
    return new Map(JSON.parse(readFileSync(file, 'utf8')) as [MapId, MapSummary][]);
  } catch {
    // Not drawn for these inputs yet.
  }
  const maps = buildMaps(options);
  try {
    mkdirSync(dir, { recursive: true });
    // Only today's maps are kept (every edition's): the others were drawn from sources that have since changed.
    const today = `${key.split('-')[0] ?? key}-`;
    for (const old of readdirSync(dir)) if (old.endsWith('.json') && !old.startsWith(today)) rmSync(join(dir, old), { force: true });
    const temp = `${file}.${process.pid}.part`;
    writeFileSync(temp, JSON.stringify([...maps]));
    renameSync(temp, file);
  } catch {
    // A read-only checkout: the next build draws the maps again.
  }
  return maps;
}
