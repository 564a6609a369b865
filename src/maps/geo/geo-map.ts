/**
 * The shared drawing of a geographic map: land, a highlighted country, a shaded group, borders,
 * coasts, routes, places, labels and a legend, in frame px. The map modules say what to draw;
 * this draws it and returns the pieces their summaries need (projection, places, distances).
 */
import { geoContains, geoInterpolate } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { Geometry } from 'geojson';
import { neighbors } from 'topojson-client';
import type { Country, Place, Route } from '../../../assets/maps/types.ts';
import { MapValidationError, assertNoProblems } from '../errors.ts';
import type { Frame, MapId } from '../types.ts';
import { ID_TOKEN } from '../types.ts';
import { checkLayer, checkPlaces, checkRoutes } from '../validate.ts';
import { FONT_BODY, color } from '../svg/palette.ts';
import type { Box, LabelRequest, Obstacle, Position } from '../svg/labels.ts';
import { placeLabels, textWidth } from '../svg/labels.ts';
import { attrs, label, path, platesFor } from '../svg/svg.ts';
import type { AtlasScale, CountryFeature, CountriesTopology } from './atlas.ts';
import { borderMeshes, checkCountry, countryFeatures, landOutline, loadAtlas, mergeCountries } from './atlas.ts';
import type { LonLat, ResolvedPlace } from './gazetteer.ts';
import { resolvePlaces } from './gazetteer.ts';
import type { Point } from './project.ts';
import { pathData, projectShapes, ringArea, ringCentroid } from './project.ts';

export type MarkerKind = 'capital' | 'major' | 'park' | 'crossing' | 'terminal' | 'waypoint';

export interface PlaceLayerItem {
  readonly place: Place;
  readonly marker: MarkerKind;
  /** Label priority; omit to draw the marker without a label. */
  readonly priority?: number;
  /** Where the label may go, in order: a compass position or an offset from the marker, px. */
  readonly positions?: readonly (Position | readonly [number, number])[];
  /** The build fails if this label finds no room. */
  readonly required?: boolean;
  /** Label text when it is not the place's name (e.g. a crossing named by both its towns). */
  readonly labelText?: string;
}

export interface CountryLabel {
  readonly country: Country;
  readonly priority: number;
  readonly required?: boolean;
  /** Shifts from the visible outline's centroid to try, px. */
  readonly offsets?: readonly (readonly [number, number])[];
  /**
   * Where the country is too small in view for its name to sit wholly inside it: the name's centre
   * and its middle line (left, centre, right) must be inside. Otherwise all four corners must be.
   */
  readonly small?: boolean;
}

export type LegendSwatch = 'highlight' | 'group' | 'route-main' | 'route-disrupted' | MarkerKind;

export interface GeoMapSpec {
  readonly id: MapId;
  readonly scale: AtlasScale;
  /** An unfitted projection (type, rotation, parallels); it is fitted to `focus` inside the frame. */
  readonly projection: GeoProjection;
  /** Points that must be in view, fitted inside the frame less `inset`. */
  readonly focus: readonly LonLat[] | readonly string[];
  readonly inset: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly highlight: Country;
  readonly group?: { readonly countries: readonly Country[] };
  readonly countryLabels: readonly CountryLabel[];
  readonly places: readonly PlaceLayerItem[];
  readonly routes?: readonly Route[];
  readonly legend: {
    readonly corner: 'top-left' | 'bottom-left' | 'top-right' | 'bottom-right';
    readonly items: readonly { readonly swatch: LegendSwatch; readonly text: string }[];
  };
  /** Lines of small print drawn on the map (e.g. "Routes are stylised…"), at the bottom-left or bottom-right. */
  readonly note?: { readonly corner: 'bottom-left' | 'bottom-right'; readonly lines: readonly string[] };
  readonly simplify: { readonly tolerance: number; readonly minArea: number };
}

export interface GeoMapResult {
  readonly body: string;
  readonly css: string;
  readonly projection: GeoProjection;
  readonly places: ReadonlyMap<string, ResolvedPlace>;
  readonly features: ReadonlyMap<string, CountryFeature>;
  readonly topology: CountriesTopology;
  /** Countries sharing a land border with the highlighted one (Natural Earth), by atlas name. */
  readonly neighbours: readonly string[];
}

const FS = { place: 20, major: 22, country: 19, highlight: 24, legend: 18, note: 18 } as const;

/** Shapes of a marker, and the box labels must keep clear of. */
function marker(kind: MarkerKind, [x, y]: Point): { svg: string; box: Box } {
  const r = { capital: 5, major: 7, park: 8, crossing: 5.5, terminal: 6.5, waypoint: 4 }[kind];
  const box = { x: x - r - 1, y: y - r - 1, w: 2 * r + 2, h: 2 * r + 2 };
  switch (kind) {
    case 'major':
      return {
        svg: `<circle class="mk-major"${attrs({ cx: x, cy: y, r })}/><circle class="mk-dot"${attrs({ cx: x, cy: y, r: 2.6 })}/>`,
        box,
      };
    case 'park':
      return {
        svg: `<rect class="mk-park"${attrs({ x: x - 5.5, y: y - 5.5, width: 11, height: 11, transform: `rotate(45 ${Math.round(x)} ${Math.round(y)})` })}/>`,
        box,
      };
    case 'crossing':
      return { svg: `<rect class="mk-cross"${attrs({ x: x - 4.5, y: y - 4.5, width: 9, height: 9 })}/>`, box };
    default:
      return { svg: `<circle class="mk-${kind}"${attrs({ cx: x, cy: y, r })}/>`, box };
  }
}

function swatch(kind: LegendSwatch, x: number, y: number): string {
  switch (kind) {
    case 'highlight':
      return `<rect class="hi"${attrs({ x, y: y - 8, width: 24, height: 16, rx: 2 })}/>`;
    case 'group':
      return `<rect class="grp grp-edge"${attrs({ x, y: y - 8, width: 24, height: 16, rx: 2 })}/>`;
    case 'route-main':
      return `<path class="rt-main" d="M${x} ${y}h24"/>`;
    case 'route-disrupted':
      return `<path class="rt-dis" d="M${x} ${y}h24"/>`;
    default:
      return marker(kind, [x + 12, y]).svg;
  }
}

const projectPoint = (projection: GeoProjection, lonLat: LonLat): Point | undefined => {
  const p = projection([lonLat[0], lonLat[1]]);
  return p ? [p[0], p[1]] : undefined;
};

/** The centroid of the largest visible piece of a country, or undefined if none is in the frame. */
function visibleCentroid(feature: CountryFeature, projection: GeoProjection): Point | undefined {
  const rings = projectShapes(feature, projection).filter((s) => s.closed);
  let best: { area: number; points: readonly Point[] } | undefined;
  for (const ring of rings) {
    const area = Math.abs(ringArea(ring.points));
    if (!best || area > best.area) best = { area, points: ring.points };
  }
  return best && best.area > 400 ? ringCentroid(best.points) : undefined;
}

export function buildGeoMap(spec: GeoMapSpec, frame: Frame): GeoMapResult {
  const { width: w, height: h } = frame;
  const problems: string[] = [];

  // Data checks first: every problem is reported at once, naming the map.
  const placeList = spec.places.map((p) => p.place);
  const routeList = spec.routes ?? [];
  const routePlaceIds = new Set(routeList.flatMap((r) => r.waypoints));
  const allPlaces = [...placeList];
  problems.push(...checkLayer('places', placeList), ...checkPlaces(allPlaces));
  if (spec.routes) problems.push(...checkLayer('routes', routeList), ...checkRoutes(routeList, new Set(placeList.map((p) => p.id))));
  const topology = loadAtlas(spec.scale);
  const features = countryFeatures(topology);
  const countries = [spec.highlight, ...(spec.group?.countries ?? []), ...spec.countryLabels.map((c) => c.country)];
  for (const c of countries) problems.push(...checkCountry(features, c));
  if (spec.group) problems.push(...checkLayer('group', spec.group.countries));
  const { resolved, problems: placeProblems } = resolvePlaces(placeList);
  problems.push(...placeProblems);
  assertNoProblems(spec.id, problems);

  // Projection: fitted to the focus, then clipped to the frame (a hair outside, so edge strokes are hidden).
  const focus: LonLat[] = spec.focus.map((f) => {
    if (typeof f !== 'string') return f;
    const p = resolved.get(f);
    if (!p) throw new MapValidationError(spec.id, [`focus names unknown place "${f}"`]);
    return p.lonLat;
  });
  const { top, right, bottom, left } = spec.inset;
  const projection = spec.projection
    .fitExtent(
      [
        [left, top],
        [w - right, h - bottom],
      ],
      { type: 'MultiPoint', coordinates: focus.map((p) => [p[0], p[1]]) },
    )
    .clipExtent([
      [-2, -2],
      [w + 2, h + 2],
    ]);

  const geo = (object: Geometry | CountryFeature): string => pathData(projectShapes(object, projection), spec.simplify);
  const highlight = features.get(spec.highlight.iso);
  if (!highlight) throw new MapValidationError(spec.id, [`country ${spec.highlight.name} is not in the atlas`]);
  const meshes = borderMeshes(topology);

  const layers: string[] = [
    `<rect class="sea" width="${w}" height="${h}"/>`,
    path(geo(landOutline(topology)), 'land'),
    spec.group
      ? path(
          geo(
            mergeCountries(
              topology,
              spec.group.countries.map((c) => c.iso),
            ),
          ),
          'grp',
        )
      : '',
    path(geo(highlight), 'hi'),
    path(geo(meshes.borders), 'bd'),
    path(geo(meshes.coasts), 'cst'),
    path(geo(highlight), 'hi-edge'),
  ];

  // Routes: each leg once (legs shared by several routes are not drawn twice), disrupted under main.
  const legs = new Map<string, { status: Route['status']; coords: [LonLat, LonLat] }>();
  for (const route of [...routeList].sort((a, b) => (a.status === b.status ? 0 : a.status === 'disrupted' ? -1 : 1))) {
    for (let i = 1; i < route.waypoints.length; i++) {
      const a = resolved.get(route.waypoints[i - 1] ?? '');
      const b = resolved.get(route.waypoints[i] ?? '');
      if (!a || !b) continue;
      const key = [a.id, b.id].sort().join('|');
      legs.set(key, { status: route.status, coords: [a.lonLat, b.lonLat] });
    }
  }
  for (const status of ['disrupted', 'main'] as const) {
    const lines = [...legs.values()].filter((l) => l.status === status).map((l) => l.coords.map((c) => [c[0], c[1]]));
    if (lines.length > 0)
      layers.push(
        path(
          pathData(projectShapes({ type: 'MultiLineString', coordinates: lines }, projection), { tolerance: 0.4, minArea: 0 }),
          status === 'main' ? 'rt-main' : 'rt-dis',
        ),
      );
  }

  // Markers, then the legend, then labels placed around both; route lines are obstacles too, so no
  // label sits on a line (a label may still touch the line at its own marker, which the gap keeps clear).
  const obstacles: Obstacle[] = routeObstacles(
    [...legs.values()].map((l) => l.coords),
    projection,
  );
  const markerSvg: string[] = [];
  const labelRequests: LabelRequest[] = [];
  for (const item of spec.places) {
    const place = resolved.get(item.place.id);
    const at = place ? projectPoint(projection, place.lonLat) : undefined;
    if (!place || !at || at[0] < 0 || at[0] > w || at[1] < 0 || at[1] > h) {
      // A place on a route or a required label must be in view; others are simply left off a small frame.
      if (item.required || routePlaceIds.has(item.place.id))
        throw new MapValidationError(spec.id, [`place "${item.place.id}" falls outside the frame`]);
      continue;
    }
    const m = marker(item.marker, at);
    markerSvg.push(m.svg);
    obstacles.push({ id: item.place.id, box: m.box });
    if (item.priority !== undefined) {
      const major = item.marker === 'major';
      labelRequests.push({
        id: item.place.id,
        text: item.labelText ?? item.place.name,
        anchor: at,
        priority: item.priority,
        fontSize: major ? FS.major : FS.place,
        weight: major ? 600 : 400,
        gap: major ? 11 : 9,
        ownObstacle: item.place.id,
        className: major ? 'pl pl-major halo' : 'pl halo',
        ...(item.positions ? { positions: item.positions } : {}),
      });
    }
  }

  const legend = legendBlock(spec.legend, frame);
  obstacles.push({ id: 'legend', box: legend.box });
  const note = spec.note ? noteBlock(spec.note, frame) : undefined;
  if (note) obstacles.push({ id: 'note', box: note.box });

  for (const cl of spec.countryLabels) {
    const f = features.get(cl.country.iso);
    const at = f ? visibleCentroid(f, projection) : undefined;
    if (!at) {
      if (cl.required) throw new MapValidationError(spec.id, [`country label "${cl.country.name}" has no visible outline to sit on`]);
      continue;
    }
    const isHi = cl.country.iso === spec.highlight.iso;
    const offsets = cl.offsets ?? [
      [0, 0],
      [0, 34],
      [0, -34],
      [40, 0],
      [-40, 0],
      [0, 64],
      [0, -64],
    ];
    labelRequests.push({
      id: `country-${cl.country.iso}`,
      text: cl.country.name.toUpperCase(),
      anchor: at,
      priority: cl.priority,
      fontSize: isHi ? FS.highlight : FS.country,
      weight: 600,
      letterSpacing: 0.12,
      positions: offsets,
      className: isHi ? 'cl cl-hi halo' : 'cl halo',
      // The highlighted country's name may sit beside it (it can be small); others must sit wholly
      // on their country: the centre and all four corners inside it, so no name straddles a border.
      ...(isHi || !f
        ? {}
        : {
            accept: (box: Box) =>
              (cl.small
                ? [
                    [box.x + box.w / 2, box.y + box.h / 2],
                    [box.x + 4, box.y + box.h / 2],
                    [box.x + box.w - 4, box.y + box.h / 2],
                  ]
                : [
                    [box.x + box.w / 2, box.y + box.h / 2],
                    [box.x, box.y],
                    [box.x + box.w, box.y],
                    [box.x, box.y + box.h],
                    [box.x + box.w, box.y + box.h],
                  ]
              ).every(([x = 0, y = 0]) => {
                const at = projection.invert?.([x, y]);
                return at ? geoContains(f, at) : false;
              }),
          }),
    });
  }

  const placement = placeLabels(labelRequests, { frame, obstacles, pad: 4, margin: 6 });
  const missing = placement.unplaced.filter((id) => {
    const r = labelRequests.find((q) => q.id === id);
    const place = spec.places.find((p) => p.place.id === id);
    const country = spec.countryLabels.find((c) => `country-${c.country.iso}` === id);
    return r && (place?.required === true || country?.required === true);
  });
  assertNoProblems(
    spec.id,
    missing.map((id) => `label "${id}" finds no room without overlapping another`),
  );

  layers.push(`<g class="mk">${markerSvg.join('')}</g>`, `<g>${placement.placed.map(label).join('')}</g>`, legend.svg, note?.svg ?? '');

  const neighbourIndex = neighbors(topology.objects.countries.geometries);
  const hiIndex = topology.objects.countries.geometries.findIndex((g) => String(g.id) === spec.highlight.iso);
  const nameAt = (i: number): string => {
    const props = topology.objects.countries.geometries[i]?.properties;
    return props && 'name' in props ? props.name : '';
  };
  const neighbours = (neighbourIndex[hiIndex] ?? []).map(nameAt).filter((n) => n !== '');

  return { body: layers.join(''), css: geoCss(), projection, places: resolved, features, topology, neighbours: neighbours.sort() };
}

function legendBlock(legend: GeoMapSpec['legend'], frame: Frame): { svg: string; box: Box } {
  const lineH = 28;
  const padX = 14;
  const padY = 10;
  const textX = 34;
  const wText = Math.max(...legend.items.map((i) => textWidth(i.text, { fontSize: FS.legend })));
  const bw = padX * 2 + textX + wText;
  const bh = padY * 2 + lineH * legend.items.length - 6;
  const x = legend.corner.endsWith('left') ? 10 : frame.width - 10 - bw;
  const y = legend.corner.startsWith('top') ? 10 : frame.height - 10 - bh;
  const rows = legend.items
    .map((item, i) => {
      const cy = y + padY + 11 + i * lineH;
      return (
        swatch(item.swatch, x + padX, cy) + `<text class="lg"${attrs({ x: x + padX + textX, y: cy + 6 })}>${escText(item.text)}</text>`
      );
    })
    .join('');
  return { svg: `<g><rect class="lg-box"${attrs({ x, y, width: bw, height: bh, rx: 4 })}/>${rows}</g>`, box: { x, y, w: bw, h: bh } };
}

function noteBlock(note: NonNullable<GeoMapSpec['note']>, frame: Frame): { svg: string; box: Box } {
  const lineH = 22;
  const wText = Math.max(...note.lines.map((l) => textWidth(l, { fontSize: FS.note })));
  const x = note.corner === 'bottom-left' ? 12 : frame.width - 12 - wText;
  const y0 = frame.height - 12 - lineH * (note.lines.length - 1);
  const lines = note.lines.map((l, i) => `<text class="note"${attrs({ x, y: y0 + i * lineH })}>${escText(l)}</text>`).join('');
  const box = { x: x - 4, y: y0 - 16, w: wText + 8, h: lineH * note.lines.length + 2 };
  // On a plate, as the labels are (a stroked halo would print every word twice: src/maps/svg/svg.ts).
  return { svg: `<g>${platesFor(box)}${lines}</g>`, box };
}

const escText = (s: string): string => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

const S = `#${ID_TOKEN}`;

function geoCss(): string {
  return [
    `${S}{display:block;font-family:${FONT_BODY}}`,
    `${S} .sea{fill:${color.c1};fill-opacity:.06}`,
    `${S} .land{fill:${color.paperDeep}}`,
    `${S} .grp{fill:${color.c1};fill-opacity:.16}`,
    `${S} .grp-edge{stroke:${color.c1};stroke-width:1.5}`,
    `${S} .hi{fill:${color.accentSoft}}`,
    `${S} .hi-edge{fill:none;stroke:${color.accent};stroke-width:2.5;stroke-linejoin:round}`,
    `${S} .bd{fill:none;stroke:${color.inkSoft};stroke-opacity:.5;stroke-width:1;stroke-linejoin:round}`,
    `${S} .cst{fill:none;stroke:${color.inkSoft};stroke-opacity:.6;stroke-width:.9;stroke-linejoin:round}`,
    `${S} .rt-main{fill:none;stroke:${color.accent};stroke-width:4;stroke-linecap:round;stroke-linejoin:round}`,
    `${S} .rt-dis{fill:none;stroke:${color.inkSoft};stroke-opacity:.75;stroke-width:3;stroke-dasharray:7 6;stroke-linecap:butt}`,
    `${S} .mk-capital,${S} .mk-major{fill:${color.paper};stroke:${color.ink};stroke-width:2}`,
    `${S} .mk-dot,${S} .mk-waypoint{fill:${color.ink}}`,
    `${S} .mk-terminal{fill:${color.paper};stroke:${color.accent};stroke-width:3}`,
    `${S} .mk-cross{fill:${color.ink};stroke:${color.paper};stroke-width:1.5}`,
    `${S} .mk-park{fill:${color.accent};stroke:${color.paper};stroke-width:1.5}`,
    `${S} text{fill:${color.ink};font-size:${FS.place}px}`,
    `${S} .plate{fill:${color.paper};fill-opacity:.78}`,
    `${S} .pl-major{font-size:${FS.major}px;font-weight:600}`,
    `${S} .cl{fill:${color.inkSoft};font-size:${FS.country}px;font-weight:600;letter-spacing:.12em}`,
    `${S} .cl-hi{fill:${color.accent};font-size:${FS.highlight}px}`,
    `${S} .lg-box{fill:${color.paper};fill-opacity:.92;stroke:${color.rule}}`,
    `${S} .lg{fill:${color.ink};font-size:${FS.legend}px}`,
    `${S} .note{fill:${color.inkSoft};font-size:${FS.note}px;font-style:italic}`,
  ].join('');
}

/**
 * Small boxes along each projected route leg (a great circle), every pixel or so: obstacles for
 * labels. The stretch within `CLEAR` px of a leg's ends is left out: there the line meets its place's
 * marker, which is an obstacle of its own, and the label set beside that marker may touch it.
 */
function routeObstacles(legs: readonly (readonly [LonLat, LonLat])[], projection: GeoProjection): Obstacle[] {
  const out: Obstacle[] = [];
  const half = 2.5;
  const CLEAR = 12;
  legs.forEach(([a, b], leg) => {
    const along = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
    const ends = [projection([a[0], a[1]]), projection([b[0], b[1]])];
    const [p0, p1] = ends;
    // About one box every 2 px of the drawn line (the boxes are 5 px wide, so they overlap).
    const steps = p0 && p1 ? Math.max(8, Math.ceil(Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) / 2)) : 400;
    for (let i = 0; i <= steps; i++) {
      const p = projection(along(i / steps));
      if (!p || ends.some((e) => e && Math.hypot(p[0] - e[0], p[1] - e[1]) < CLEAR)) continue;
      out.push({ id: `route-${leg}-${i}`, box: { x: p[0] - half, y: p[1] - half, w: half * 2, h: half * 2 } });
    }
  });
  return out;
}
