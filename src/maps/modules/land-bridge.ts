/**
 * Land bridge: the China–Europe rail lines through Kazakhstan, Russia and Belarus (Brest) into the
 * EU, with their terminals, and the route through Ukraine drawn as disrupted (the speaker's argument).
 * Natural Earth 1:110m outlines (a continent-wide view); GeoNames coordinates.
 */
import { geoConicEqualArea } from 'd3-geo';
import { countries } from '../../../assets/maps/countries.ts';
import type { PlaceId } from '../../../assets/maps/places.ts';
import { routes } from '../../../assets/maps/routes.ts';
import type { SourceId } from '../../data/sources.ts';
import { getSource } from '../../data/sources.ts';
import { buildGeoMap } from '../geo/geo-map.ts';
import type { PlaceLayerItem } from '../geo/geo-map.ts';
import { distanceKm, formatKm, pathKm } from '../geo/distance.ts';
import type { LonLat } from '../geo/gazetteer.ts';
import { renderMapSvg } from '../svg/svg.ts';
import type { MapModule, MapOptions, MapSummary } from '../types.ts';
import { SLIDE_FRAME } from '../types.ts';
import { listText, place, uniqueSources } from './shared.ts';

const TITLE = 'The China–Europe rail land bridge through Belarus';

/** Containers moved China–Europe–China through Belarus, as the Belarusian Railway reported them (research.md D.1). */
export const teuViaBelarus = [
  { year: 2017, value: '257,000', cite: 'inform-kz-2018' },
  { year: 2020, value: 'over 550,000', cite: 'rw-by-2020' },
  { year: 2021, value: 'about 930,000', cite: 'intermodal-2021' },
] as const satisfies readonly { year: number; value: string; cite: SourceId }[];

/** Label offsets on a grid (x from, to, step; y from, to, step), nearest to the anchor first. */
function grid([x0, x1, dx]: readonly [number, number, number], [y0, y1, dy]: readonly [number, number, number]): [number, number][] {
  const out: [number, number][] = [];
  for (let x = x0; x <= x1; x += dx) for (let y = y0; y <= y1; y += dy) out.push([x, y]);
  return out.sort((a, b) => Math.hypot(a[0], a[1] * 2) - Math.hypot(b[0], b[1] * 2));
}

const placeLayer: readonly PlaceLayerItem[] = [
  { place: place('chongqing'), marker: 'terminal', priority: 80, required: true, positions: ['e', 'se', 's', 'sw'] },
  {
    place: place('chengdu'),
    marker: 'terminal',
    priority: 78,
    required: true,
    positions: ['sw', [-40, 26], [-30, 30], 's', 'w', 'nw', 'n'],
  },
  { place: place('zhengzhou'), marker: 'terminal', priority: 78, required: true, positions: ['e', 'ne', 'se', 'n'] },
  { place: place('xian'), marker: 'waypoint', priority: 50, positions: ['n', 'ne', 'e', 'nw'] },
  { place: place('lanzhou'), marker: 'waypoint', priority: 60, positions: ['s', 'sw', 'se', 'nw', 'n', 'ne', [0, 26], [-10, -24]] },
  {
    place: place('urumqi'),
    marker: 'waypoint',
    priority: 62,
    positions: ['n', 'ne', 'nw', 's', 'se', 'sw', [0, -26], [0, 26], [10, -30], [20, 30], [0, -36]],
  },
  {
    place: place('dostyk'),
    marker: 'crossing',
    priority: 90,
    required: true,
    positions: ['s', 'sw', 'se', 'w', 'n', 'nw', 'ne', 'e', [0, 30], [-20, 34]],
  },
  {
    place: place('brest'),
    marker: 'crossing',
    priority: 95,
    required: true,
    positions: ['s', 'se', 'sw', 'n', 'ne', 'nw', 'e', 'w', [26, -18], [30, -24], [40, -14], [0, 28]],
  },
  { place: place('lodz'), marker: 'terminal', priority: 70, positions: ['s', 'sw', 'se', 'w'] },
  { place: place('duisburg'), marker: 'terminal', priority: 75, required: true, positions: ['w', 'sw', 'nw', 's', 'n'] },
  { place: place('hamburg'), marker: 'terminal', priority: 75, required: true, positions: ['n', 'nw', 'ne', 'w'] },
  {
    place: place('kyiv'),
    marker: 'capital',
    priority: 92,
    required: true,
    positions: ['s', 'se', 'sw', 'e', [0, 28], [16, 26], [-16, 26], [30, 20]],
  },
  {
    place: place('mostyska'),
    marker: 'crossing',
    priority: 85,
    required: true,
    labelText: 'Mostyska–Medyka',
    positions: ['sw', 'w', 's', 'nw', [-70, 26], [-90, 12], [-60, 38], [-100, 0], [0, 30]],
  },
];

function build(options: MapOptions): MapSummary {
  const geo = buildGeoMap(
    {
      id: 'land-bridge',
      scale: '110m',
      projection: geoConicEqualArea().parallels([35, 55]).rotate([-58, 0]),
      focus: ['duisburg', 'hamburg', 'chongqing', 'zhengzhou', 'dostyk', 'kyiv'],
      inset: { top: 40, right: 120, bottom: 70, left: 100 },
      highlight: countries.belarus,
      countryLabels: [
        { country: countries.china, priority: 100, required: true, offsets: grid([-200, 200, 25], [-80, 80, 20]) },
        { country: countries.kazakhstan, priority: 100, required: true },
        { country: countries.russia, priority: 100, required: true },
        {
          country: countries.belarus,
          priority: 99,
          required: true,
          // Up and to the right of the country, leaving the space above Brest for its label.
          offsets: [
            [50, -46],
            [60, -40],
            [40, -70],
            [0, -70],
          ],
        },
        { country: countries.poland, priority: 35 },
        { country: countries.germany, priority: 30 },
        { country: countries.ukraine, priority: 89, required: true, small: true, offsets: grid([-80, 80, 8], [-30, 60, 6]) },
        { country: countries.mongolia, priority: 40 },
      ],
      places: placeLayer,
      routes,
      legend: {
        corner: 'top-right',
        items: [
          { swatch: 'route-main', text: 'Rail lines via Belarus' },
          { swatch: 'route-disrupted', text: 'Via Ukraine: harder after 2014 and 2022' },
          { swatch: 'terminal', text: 'Terminal' },
          { swatch: 'crossing', text: 'Border crossing' },
        ],
      },
      note: {
        corner: 'bottom-left',
        lines: [
          'Routes are stylised lines through named places, not track alignments.',
          'Through Ukraine: about 10 China–EU transit trains in all by June 2020 · via Belarus: almost 25 trains a day in 2021',
          `Containers via Belarus (TEU): ${teuViaBelarus.map((t) => `${t.value.replace(/^about /, '~').replace(/^over (.*)$/, '$1+')} in ${t.year}`).join(' · ')} · 2022: no figure`,
        ],
      },
      simplify: { tolerance: 0.7, minArea: 10 },
    },
    options.frame,
  );

  const at = (id: string) => {
    const p = geo.places.get(id);
    if (!p) throw new Error(`land-bridge: place "${id}" was not resolved`);
    return p;
  };
  const lonLats = (ids: readonly string[]): LonLat[] => ids.map((id) => at(id).lonLat);
  const main = routes.find((r) => r.id === 'chongqing-duisburg');
  if (!main) throw new Error('land-bridge: no Chongqing–Duisburg route');
  const mainKm = pathKm(lonLats(main.waypoints));
  const km = (a: PlaceId, b: PlaceId): number => distanceKm(at(a).lonLat, at(b).lonLat);

  const finding =
    `The China–Europe rail lines drawn here cross Kazakhstan, Russia and Belarus and enter the EU at Brest; ` +
    `Chongqing to Duisburg is ${formatKm(mainKm)} in straight legs through the named places (derived; 11,179 km by rail, per China Daily), ` +
    `and the route through Ukraine, which I argue grew harder after 2014 and again from February 2022, carried only a handful of transit trains (about ten by June 2020).`;

  const routeItems = routes.map((r) => {
    const names = r.waypoints.map((id) => at(id).name).join(' → ');
    const status = r.status === 'main' ? 'main line' : 'disrupted';
    return `${r.name} (${status}${r.period ? `, ${r.period}` : ''}): ${names}; ${formatKm(pathKm(lonLats(r.waypoints)))} in straight legs (derived). ${r.note ?? ''}`.trim();
  });

  const crossings = placeLayer
    .filter((p) => p.marker === 'crossing')
    .map((p) => {
      const resolved = at(p.place.id);
      return `${resolved.name}${resolved.note ? `: ${resolved.note}` : ''}`;
    });

  const cite: SourceId[] = uniqueSources([
    'natural-earth',
    ...placeLayer.flatMap((p) => p.place.cite),
    ...routes.flatMap((r) => r.cite),
    ...teuViaBelarus.map((t) => t.cite),
  ]);
  const drawing = { id: 'land-bridge' as const, title: TITLE, desc: finding, frame: options.frame, body: geo.body, css: geo.css };
  return {
    id: 'land-bridge',
    title: TITLE,
    finding,
    svg: renderMapSvg(drawing, { idPrefix: 'map-land-bridge' }),
    drawing,
    alt: [
      { heading: 'Routes', items: routeItems },
      {
        heading: 'Terminals and crossings',
        items: [
          `Terminals in China: ${listText(['chongqing', 'chengdu', 'zhengzhou'].map((id) => at(id).name))}; in the EU: ${listText(['lodz', 'duisburg', 'hamburg'].map((id) => at(id).name))}.`,
          ...crossings,
          'Brest–Terespol is the checkpoint through which the vast majority of China–EU container trains via Belarus pass (Intermodal News, 2021); Kazakhstan also has a second crossing to China, Altynkol–Khorgos, not drawn.',
        ],
      },
      {
        heading: 'Distances (straight-line, derived)',
        items: [
          `Dostyk–Brest: ${formatKm(km('dostyk', 'brest'))}`,
          `Brest–Duisburg: ${formatKm(km('brest', 'duisburg'))}`,
          `Chongqing–Duisburg in straight legs through the named places: ${formatKm(mainKm)}; by rail, 11,179 km (China Daily, 2013)`,
        ],
      },
      {
        heading: 'Containers via Belarus (TEU, China–Europe–China)',
        items: teuViaBelarus.map((t) => `${t.year}: ${t.value} (${getSource(t.cite).short})`),
      },
    ],
    cite,
    footnotes: [
      'Routes are stylised lines through named places, not track alignments; each leg is a great-circle line.',
      'Straight-line distances are computed by the deck from GeoNames coordinates (derived); rail lengths are as the sources give them.',
      'The route through Ukraine is drawn as disrupted on my argument; trains did still run to and through Ukraine in 2020, but by June 2020 only about ten China–EU transit trains had crossed it (UCIBC).',
      'Container figures are those the Belarusian Railway reported; no figure for 2022 was found.',
      'Since the talk: the Dostyk–Alashankou crossing is named from a 2025 report of Kazakhstan’s railway; the crossing was in use long before.',
    ],
  };
}

export const landBridgeMap: MapModule = {
  id: 'land-bridge',
  title: TITLE,
  defaults: { frame: SLIDE_FRAME },
  build,
};
