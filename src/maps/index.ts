/**
 * The map and diagram engine's public API. Build-time only (Node): it reads Natural Earth and
 * GeoNames from node_modules and returns inline SVG strings with their text alternatives, so no
 * geodata and no d3 code reaches the browser. Import it from the build (the Vite plugin), never
 * from src/app or src/main.ts.
 *
 *   import { buildMaps, renderMapSvg } from './maps/index.ts';
 *   const maps = buildMaps();                       // Map<'crossroads' | 'land-bridge' | 'unions', MapSummary>
 *   const m = maps.get('crossroads');
 *   slideHtml += m.svg;                             // ids prefixed "map-crossroads"
 *   readingHtml += renderMapSvg(m.drawing, { idPrefix: 'reading-crossroads' });
 */
import { MapRegistry } from './registry.ts';
import { crossroadsMap } from './modules/crossroads.ts';
import { landBridgeMap } from './modules/land-bridge.ts';
import { unionsMap } from './modules/unions.ts';
import type { MapId, MapOptions, MapSummary } from './types.ts';

export type { AltSection, Frame, MapDrawing, MapId, MapModule, MapOptions, MapSummary } from './types.ts';
export { SLIDE_FRAME, isMapId, mapIds } from './types.ts';
export { MapValidationError } from './errors.ts';
export { MapRegistry } from './registry.ts';
export { renderMapSvg } from './svg/svg.ts';

/** A registry holding the deck's maps. A new registry each call: no state shared between builds. */
export function createMapRegistry(): MapRegistry {
  return new MapRegistry().register(crossroadsMap, landBridgeMap, unionsMap);
}

export function buildMap(id: MapId, options: Partial<MapOptions> = {}): MapSummary {
  return createMapRegistry().build(id, options);
}

export function buildMaps(options: Partial<MapOptions> = {}): ReadonlyMap<MapId, MapSummary> {
  return createMapRegistry().buildAll(options);
}
