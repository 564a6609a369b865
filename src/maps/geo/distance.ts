/** Straight-line (great-circle) distances between places: derived by the deck, never from a source. */
import { geoDistance } from 'd3-geo';
import { EARTH_RADIUS_KM } from './project.ts';
import type { LonLat } from './gazetteer.ts';

/** Great-circle distance in km. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM;
}

/** Sum of the great-circle legs along a path of points, in km. */
export function pathKm(points: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) total += distanceKm(a, b);
  }
  return total;
}

/** "about 330 km": rounded to 10 km (to 100 km above 2,000 km), with thousands separated. */
export function formatKm(km: number): string {
  const step = km >= 2000 ? 100 : 10;
  return `about ${(Math.round(km / step) * step).toLocaleString('en-GB')} km`;
}
