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
import { distanceKm, formatKm } from '../geo/distance.ts';
import { renderMapSvg } from '../svg/svg.ts';
import type { MapModule, MapOptions, MapSummary } from '../types.ts';
import { SLIDE_FRAME } from '../types.ts';
import { formatLonLat, listText, place, uniqueSources } from './shared.ts';

const TITLE = 'Belarus between the European Union, Russia and Ukraine';

const placeLayer: readonly PlaceLayerItem[] = [
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
  const eu = euMembersNearBelarus.members.map((id) => countries[id]);
  const geo = buildGeoMap(
    {
      id: 'crossroads',
      scale: '50m',
      projection: geoConicEqualArea().parallels([50, 57]).rotate([-28, 0]),
      focus: ['warsaw', 'moscow', 'riga', 'kyiv'],
      inset: { top: 36, right: 60, bottom: 40, left: 60 },
      highlight: countries.belarus,
      group: { countries: eu },
      countryLabels: [
        { country: countries.belarus, priority: 100, required: true },
        { country: countries.poland, priority: 90, required: true },
        { country: countries.lithuania, priority: 88, required: true },
        { country: countries.latvia, priority: 88, required: true },
        { country: countries.russia, priority: 90, required: true },
        // Only a strip of Ukraine is in view: try a grid of spots so the name sits wholly inside it.
        { country: countries.ukraine, priority: 90, required: true, offsets: grid([-160, 160, 20], [-30, 40, 10]) },
        { country: countries.estonia, priority: 40 },
        { country: countries.germany, priority: 30 },
      ],
      places: placeLayer,
      legend: {
        corner: 'top-left',
        items: [
          { swatch: 'highlight', text: 'Belarus' },
          { swatch: 'group', text: 'EU member states' },
          { swatch: 'capital', text: 'Capital city' },
          { swatch: 'park', text: 'Great Stone industrial park' },
          { swatch: 'crossing', text: 'Rail crossing to the EU' },
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
  const km = (a: PlaceId, b: PlaceId): number => distanceKm(at(a).lonLat, at(b).lonLat);
  const euNames = new Set(eu.map((c) => c.atlasName));
  const euNeighbours = geo.neighbours.filter((n) => euNames.has(n));
  const others = geo.neighbours.filter((n) => !euNames.has(n));

  const finding =
    `Belarus borders ${listText(euNeighbours)}, members of the European Union, to the west and north, and ${listText(others)} to the east and south; ` +
    `Minsk is ${formatKm(km('minsk', 'brest'))} in a straight line from Brest on the Polish border, and Warsaw ${formatKm(km('brest', 'warsaw'))} beyond it.`;

  const placeItems = placeLayer.map((item) => {
    const p = at(item.place.id as PlaceId);
    return `${p.name}: ${formatLonLat(p.lonLat)}${p.note ? `. ${p.note}` : ''}`;
  });

  const cite: SourceId[] = uniqueSources(['natural-earth', ...euMembersNearBelarus.cite, ...placeLayer.flatMap((p) => p.place.cite)]);
  const drawing = { id: 'crossroads' as const, title: TITLE, desc: finding, frame: options.frame, body: geo.body, css: geo.css };
  return {
    id: 'crossroads',
    title: TITLE,
    finding,
    svg: renderMapSvg(drawing, { idPrefix: 'map-crossroads' }),
    drawing,
    alt: [
      {
        heading: 'Neighbours',
        items: [
          `Belarus shares land borders with ${listText(geo.neighbours)} (Natural Earth outlines).`,
          `Of these, ${listText(euNeighbours)} are EU member states; every other EU member in view is shaded too (${listText(eu.map((c) => c.name).filter((n) => !euNeighbours.includes(n)))}).`,
        ],
      },
      { heading: 'Places marked', items: placeItems },
      {
        heading: 'Distances (straight-line, derived)',
        items: distancePairs.map(([a, b]) => `${at(a).name}–${at(b).name}: ${formatKm(km(a, b))}`),
      },
    ],
    cite,
    footnotes: [
      'Distances are straight-line (great-circle) distances computed by the deck from GeoNames coordinates: derived, not road or rail distances.',
      'Great Stone is marked at Smalyavichy, the town of the district it lies in; the park is about 15 km from the town.',
      'Borders: Natural Earth 1:50m, simplified for the slide.',
    ],
  };
}

export const crossroadsMap: MapModule = {
  id: 'crossroads',
  title: TITLE,
  defaults: { frame: SLIDE_FRAME },
  build,
};
