/**
 * The map engine's public types. Maps are drawn at build time in Node into inline SVG strings;
 * nothing here (and nothing geographic) is meant for the browser bundle.
 */
import type { MapAltSection, MapSummary as ModelMapSummary } from '../model/map.ts';
import type { MapsWords } from './words.ts';
import type { Source } from '../data/sources.ts';

export const mapIds = ['crossroads', 'land-bridge', 'unions'] as const;
export type MapId = (typeof mapIds)[number];

// The content model learns the map ids from here (as it learns chart ids from the chart modules).
declare module '../model/map.ts' {
  interface MapRegistry {
    crossroads: true;
    'land-bridge': true;
    unions: true;
  }
}

export function isMapId(value: string): value is MapId {
  return (mapIds as readonly string[]).includes(value);
}

/** The drawing's box in viewBox units: 1 unit is 1 CSS px when the SVG fills a box of this size. */
export interface Frame {
  readonly width: number;
  readonly height: number;
}

/** The slide body's box at the 1280×720 slide: what the maps are designed (and their type sized) for. */
export const SLIDE_FRAME: Frame = { width: 1180, height: 470 };

/** A built map before ids are given: `renderMapSvg` turns it into an `<svg>` with a chosen id prefix. */
export interface MapDrawing {
  readonly id: MapId;
  readonly title: string;
  /** The finding: becomes the SVG's `<desc>`. */
  readonly desc: string;
  readonly frame: Frame;
  /** SVG markup inside the root; internal ids and the style scope use `ID_TOKEN`. */
  readonly body: string;
  /** The drawing's own style rules, scoped to the root's id with `ID_TOKEN`. */
  readonly css: string;
}

/** One heading of the text alternative and its lines (places, routes, distances, memberships). */
export type AltSection = MapAltSection;

/** What the page needs about a map (the model's summary), with the drawing it was rendered from. */
export interface MapSummary extends ModelMapSummary {
  readonly id: MapId;
  /** Render again with `renderMapSvg` for another id prefix than the summary's `map-<id>`. */
  readonly drawing: MapDrawing;
}

export interface MapOptions {
  /** The box to draw for; text sizes are in viewBox units, so keep the default for a full-width slide map. */
  readonly frame: Frame;
  /** The edition's words (default: the English, slides/maps.ts) and its language tag for `Intl`. */
  readonly words: MapsWords;
  readonly lang: string;
  /** The source registry in the edition's words (default: the English). */
  readonly sources: ReadonlyMap<string, Source>;
}

/** A self-describing map: its id, its defaults and a build function (no work until `build` is called). */
export interface MapModule {
  readonly id: MapId;
  readonly title: string;
  readonly defaults: Pick<MapOptions, 'frame'>;
  build(options: MapOptions): MapSummary;
}

/** Placeholder for the id prefix in `MapDrawing.body` and `.css`. */
export const ID_TOKEN = '@@id@@';
