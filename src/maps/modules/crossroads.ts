/**
 * Crossroads: Belarus between the EU (Poland, Lithuania, Latvia), Russia and Ukraine, with Minsk,
 * the Great Stone park and Brest marked. Natural Earth 1:50m outlines; GeoNames coordinates.
 */
import { geoConicEqualArea } from 'd3-geo';
import { countries, euMembersNearBelarus } from '../../../assets/maps/countries.ts';
import type { PlaceId } from '../../../assets/maps/places.ts';
import type { SourceId } from '../../data/sources.ts';
import { buildGeoMap } from '../geo/geo-map.ts';
import type { PlaceLayerItem } from '../geo/geo-map.ts';
import { distanceKm } from '../geo/distance.ts';
import { renderMapSvg } from '../svg/svg.ts';
import type { MapModule, MapOptions, MapSummary } from '../types.ts';
import { SLIDE_FRAME } from '../types.ts';
import { formatLonLat, kmText, listText, place, uniqueSources } from './shared.ts';
import type { CountryId } from '../../../assets/maps/types.ts';
import { fill } from '../../model/messages.ts';
import { named, namedPlace } from '../words.ts';

const TITLE = 'Belarus between the European Union, Russia and Ukraine';

const placeItems: readonly PlaceLayerItem[] = [
  { place: place('minsk'), marker: 'major', priority: 100, required: true, positions: ['w', 'nw', 'n', 'sw'] },
  { place: place('great-stone'), marker: 'park', priority: 95, required: true, positions: ['e', 'se', 'ne', 's'] },
  { place: place('brest'), marker: 'crossing', priority: 90, required: true, positions: ['e', 'ne', 'se', 'n', 's'] },
  { place: place('warsaw'), marker: 'capital', priority: 70 },
  { place: place('vilnius'), marker: 'capital', priority: 70 },
  { place: place('riga'), marker: 'capital', priority: 65 },
  { place: place('moscow'), marker: 'capital', priority: 65 },
  { place: place('kyiv'), marker: 'capital', priority: 65 },
];

/** Label offsets on a grid (x from, to, step; y from, to, step), nearest to the anchor first. */
function grid([x0, x1, dx]: readonly [number, number, number], [y0, y1, dy]: readonly [number, number, number]): [number, number][] {
  const out: [number, number][] = [];
  for (let x = x0; x <= x1; x += dx) for (let y = y0; y <= y1; y += dy) out.push([x, y]);
  return out.sort((a, b) => Math.hypot(a[0], a[1] * 2) - Math.hypot(b[0], b[1] * 2));
}

const distancePairs: readonly (readonly [PlaceId, PlaceId])[] = [
  ['minsk', 'brest'],
  ['brest', 'warsaw'],
  ['minsk', 'vilnius'],
  ['minsk', 'moscow'],
  ['minsk', 'kyiv'],
];

function build(options: MapOptions): MapSummary {
  const { words, lang } = options;
  const w = words.crossroads;
  const country = (id: CountryId) => named(countries[id], words, id);
  const placeLayer = placeItems.map((item) => ({ ...item, place: namedPlace(item.place, words) }));
  const eu = euMembersNearBelarus.members.map(country);
  const geo = buildGeoMap(
    {
      id: 'crossroads',
      scale: '50m',
      projection: geoConicEqualArea().parallels([50, 57]).rotate([-28, 0]),
      focus: ['warsaw', 'moscow', 'riga', 'kyiv'],
      inset: { top: 36, right: 60, bottom: 40, left: 60 },
      highlight: country('belarus'),
      group: { countries: eu },
      countryLabels: [
        { country: country('belarus'), priority: 100, required: true },
        { country: country('poland'), priority: 90, required: true },
        { country: country('lithuania'), priority: 88, required: true },
        { country: country('latvia'), priority: 88, required: true },
        { country: country('russia'), priority: 90, required: true },
        // Only a strip of Ukraine is in view: try a grid of spots so the name sits wholly inside it.
        { country: country('ukraine'), priority: 90, required: true, offsets: grid([-160, 160, 20], [-30, 40, 10]) },
        { country: country('estonia'), priority: 40 },
        { country: country('germany'), priority: 30 },
      ],
      places: placeLayer,
      legend: {
        corner: 'top-left',
        items: [
          { swatch: 'highlight', text: w.legend.highlight },
          { swatch: 'group', text: w.legend.group },
          { swatch: 'capital', text: w.legend.capital },
          { swatch: 'park', text: w.legend.park },
          { swatch: 'crossing', text: w.legend.crossing },
        ],
      },
      simplify: { tolerance: 0.8, minArea: 6 },
    },
    options.frame,
  );

  const at = (id: PlaceId) => {
    const p = geo.places.get(id);
    if (!p) throw new Error(`crossroads: place "${id}" was not resolved`);
    return p;
  };
  const km = (a: PlaceId, b: PlaceId): string => kmText(distanceKm(at(a).lonLat, at(b).lonLat), words.common, lang);
  // The atlas names a neighbour in English: the edition's name comes from the country it is.
  const byAtlas = new Map(Object.entries(countries).map(([id, c]) => [c.atlasName, words.countries[id] ?? c.name]));
  const nameOf = (atlasName: string): string => byAtlas.get(atlasName) ?? atlasName;
  const euNames = new Set(eu.map((c) => c.atlasName));
  const euNeighbours = geo.neighbours.filter((n) => euNames.has(n));
  const others = geo.neighbours.filter((n) => !euNames.has(n));

  const finding = fill(w.finding, {
    eu: listText(euNeighbours.map(nameOf), lang),
    others: listText(others.map(nameOf), lang),
    minskBrest: km('minsk', 'brest'),
    brestWarsaw: km('brest', 'warsaw'),
  });

  const placeLines = placeLayer.map((item) => {
    const p = at(item.place.id as PlaceId);
    const note = words.placeNotes[p.id];
    const coords = formatLonLat(p.lonLat, words.common, lang);
    return note ? fill(w.alt.placeNote, { name: p.name, coords, note }) : fill(w.alt.place, { name: p.name, coords });
  });

  const cite: SourceId[] = uniqueSources(['natural-earth', ...euMembersNearBelarus.cite, ...placeItems.flatMap((p) => p.place.cite)]);
  const drawing = { id: 'crossroads' as const, title: w.title, desc: finding, frame: options.frame, body: geo.body, css: geo.css };
  return {
    id: 'crossroads',
    title: w.title,
    finding,
    svg: renderMapSvg(drawing, { idPrefix: 'map-crossroads' }),
    drawing,
    alt: [
      {
        heading: w.alt.neighbours,
        items: [
          fill(w.alt.borders, { countries: listText(geo.neighbours.map(nameOf), lang) }),
          fill(w.alt.members, {
            eu: listText(euNeighbours.map(nameOf), lang),
            others: listText(
              eu.filter((c) => !euNeighbours.includes(c.atlasName)).map((c) => c.name),
              lang,
            ),
          }),
        ],
      },
      { heading: w.alt.places, items: placeLines },
      {
        heading: w.alt.distances,
        items: distancePairs.map(([a, b]) => fill(w.alt.distance, { a: at(a).name, b: at(b).name, km: km(a, b) })),
      },
    ],
    cite,
    footnotes: [...w.footnotes],
  };
}

export const crossroadsMap: MapModule = {
  id: 'crossroads',
  title: TITLE,
  defaults: { frame: SLIDE_FRAME },
  build,
};
