/** Checks shared by the maps: every cited source exists, no layer is empty, routes name known places. */
import { sources } from '../data/sources.ts';
import type { Place, Route } from '../../assets/maps/types.ts';

/** Problems with a list of source ids: empty, or an id not in the registry. */
export function checkCites(what: string, cite: readonly string[]): string[] {
  if (cite.length === 0) return [`${what} has no source id`];
  return cite.filter((id) => !sources.has(id)).map((id) => `${what} cites "${id}", which is not in the source registry`);
}

export function checkLayer(name: string, items: readonly unknown[]): string[] {
  return items.length === 0 ? [`layer "${name}" is empty`] : [];
}

export function checkPlaces(places: readonly Place[]): string[] {
  return places.flatMap((p) => checkCites(`place "${p.id}"`, p.cite));
}

export function checkRoutes(routes: readonly Route[], placeIds: ReadonlySet<string>): string[] {
  return routes.flatMap((r) => [
    ...checkCites(`route "${r.id}"`, r.cite),
    ...(r.waypoints.length < 2 ? [`route "${r.id}" needs at least two places`] : []),
    ...r.waypoints.filter((w) => !placeIds.has(w)).map((w) => `route "${r.id}" names unknown place "${w}"`),
  ]);
}
