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
import { buildGeoMap } from '../geo/geo-map.ts';
import type { PlaceLayerItem } from '../geo/geo-map.ts';
import { distanceKm, pathKm } from '../geo/distance.ts';
import type { LonLat } from '../geo/gazetteer.ts';
import { renderMapSvg } from '../svg/svg.ts';
import type { MapModule, MapOptions, MapSummary } from '../types.ts';
import { SLIDE_FRAME } from '../types.ts';
import { kmText, listText, place, uniqueSources } from './shared.ts';
import type { CountryId } from '../../../assets/maps/types.ts';
import { formatNumber } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import { named, namedPlace } from '../words.ts';

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

const placeItems: readonly PlaceLayerItem[] = [
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
    // The last ones are for longer names (other editions): English finds room before them.
    positions: [
      's',
      'se',
      'sw',
      'n',
      'ne',
      'nw',
      'e',
      'w',
      [26, -18],
      [30, -24],
      [40, -14],
      [0, 28],
      [0, 36],
      [-40, 32],
      [40, 32],
      [50, -30],
      [-50, -28],
      [0, -34],
      [-70, 0],
      [70, 0],
      [0, 50],
      [-80, 40],
      [80, 40],
      [-60, -40],
    ],
  },
  { place: place('lodz'), marker: 'terminal', priority: 70, positions: ['s', 'sw', 'se', 'w'] },
  {
    place: place('duisburg'),
    marker: 'terminal',
    priority: 75,
    required: true,
    // The offsets after the compass points are for longer names (other editions).
    positions: ['w', 'sw', 'nw', 's', 'n', [0, 30], [0, -28], [-30, 28], [-30, -26], [20, 30], [20, -28]],
  },
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
    positions: ['sw', 'w', 's', 'nw', [-70, 26], [-90, 12], [-60, 38], [-100, 0], [0, 30]],
  },
];

function build(options: MapOptions): MapSummary {
  const { words, lang } = options;
  const w = words['land-bridge'];
  const country = (id: CountryId) => named(countries[id], words, id);
  const placeLayer = placeItems.map((item) => ({
    ...item,
    place: namedPlace(item.place, words),
    ...(item.place.id === 'mostyska' ? { labelText: w.mostyska } : {}),
  }));
  const namedRoutes = routes.map((r) => ({ ...r, name: words.routes[r.id]?.name ?? r.name }));
  const geo = buildGeoMap(
    {
      id: 'land-bridge',
      scale: '110m',
      projection: geoConicEqualArea().parallels([35, 55]).rotate([-58, 0]),
      focus: ['duisburg', 'hamburg', 'chongqing', 'zhengzhou', 'dostyk', 'kyiv'],
      inset: { top: 40, right: 120, bottom: 70, left: 100 },
      highlight: country('belarus'),
      countryLabels: [
        { country: country('china'), priority: 100, required: true, offsets: grid([-200, 200, 25], [-80, 80, 20]) },
        { country: country('kazakhstan'), priority: 100, required: true },
        { country: country('russia'), priority: 100, required: true },
        {
          country: country('belarus'),
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
        { country: country('poland'), priority: 35 },
        { country: country('germany'), priority: 30 },
        { country: country('ukraine'), priority: 89, required: true, small: true, offsets: grid([-80, 80, 8], [-30, 60, 6]) },
        { country: country('mongolia'), priority: 40 },
      ],
      places: placeLayer,
      routes: namedRoutes,
      legend: {
        corner: 'top-right',
        items: [
          { swatch: 'route-main', text: w.legend.main },
          { swatch: 'route-disrupted', text: w.legend.disrupted },
          { swatch: 'terminal', text: w.legend.terminal },
          { swatch: 'crossing', text: w.legend.crossing },
        ],
      },
      note: {
        corner: 'bottom-left',
        lines: [
          w.note.stylised,
          w.note.trains,
          fill(w.note.containers, {
            items: teuViaBelarus.map((t) => fill(w.note.item, { value: teuWords(w.teuShort, t.year), year: t.year })).join(' · '),
          }),
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
  const km = (a: PlaceId, b: PlaceId): string => kmText(distanceKm(at(a).lonLat, at(b).lonLat), words.common, lang);
  const mainText = kmText(mainKm, words.common, lang);
  const railKm = formatNumber(11179, 0, lang);

  const finding = fill(w.finding, { mainKm: mainText, railKm });

  const routeItems = routes.map((r) => {
    const rw = words.routes[r.id];
    const names = r.waypoints.map((id) => at(id).name).join(' → ');
    const status = r.status === 'main' ? w.alt.main : w.alt.disrupted;
    return fill(w.alt.route, {
      name: rw?.name ?? r.name,
      status: rw?.period ? fill(w.alt.withPeriod, { status, period: rw.period }) : status,
      places: names,
      km: kmText(pathKm(lonLats(r.waypoints)), words.common, lang),
      note: rw?.note ?? '',
    }).trim();
  });

  const crossings = placeLayer
    .filter((p) => p.marker === 'crossing')
    .map((p) => {
      const resolved = at(p.place.id);
      const note = words.placeNotes[p.place.id];
      return note ? fill(w.alt.crossing, { name: resolved.name, note }) : resolved.name;
    });

  const cite: SourceId[] = uniqueSources([
    'natural-earth',
    ...placeItems.flatMap((p) => p.place.cite),
    ...routes.flatMap((r) => r.cite),
    ...teuViaBelarus.map((t) => t.cite),
  ]);
  const drawing = { id: 'land-bridge' as const, title: w.title, desc: finding, frame: options.frame, body: geo.body, css: geo.css };
  return {
    id: 'land-bridge',
    title: w.title,
    finding,
    svg: renderMapSvg(drawing, { idPrefix: 'map-land-bridge' }),
    drawing,
    alt: [
      { heading: w.alt.routes, items: routeItems },
      {
        heading: w.alt.terminals,
        items: [
          fill(w.alt.terminalsLine, {
            china: listText(
              ['chongqing', 'chengdu', 'zhengzhou'].map((id) => at(id).name),
              lang,
            ),
            eu: listText(
              ['lodz', 'duisburg', 'hamburg'].map((id) => at(id).name),
              lang,
            ),
          }),
          ...crossings,
          w.alt.brest,
        ],
      },
      {
        heading: w.alt.distances,
        items: [
          fill(w.alt.distance, { a: at('dostyk').name, b: at('brest').name, km: km('dostyk', 'brest') }),
          fill(w.alt.distance, { a: at('brest').name, b: at('duisburg').name, km: km('brest', 'duisburg') }),
          fill(w.alt.main3, { a: at('chongqing').name, b: at('duisburg').name, km: mainText, railKm }),
        ],
      },
      {
        heading: w.alt.containers,
        items: teuViaBelarus.map((t) =>
          fill(w.alt.container, { year: t.year, value: teuWords(w.teu, t.year), source: options.sources.get(t.cite)?.short ?? t.cite }),
        ),
      },
    ],
    cite,
    footnotes: [...w.footnotes],
  };
}

/** A container figure in the edition's words, by year. */
function teuWords(words: Readonly<Record<string, string>>, year: number): string {
  const text = words[String(year)];
  if (text === undefined) throw new Error(`land-bridge: no words for the ${year} container figure`);
  return text;
}

export const landBridgeMap: MapModule = {
  id: 'land-bridge',
  title: TITLE,
  defaults: { frame: SLIDE_FRAME },
  build,
};
