/**
 * Projected geometry as compact SVG path data: d3-geo projects and clips to the frame, then each
 * line is simplified (Douglas–Peucker, in pixels) and its points rounded, so a map stays a few KB.
 */
import { geoPath } from 'd3-geo';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';

export type Point = readonly [number, number];

/** A projected line or ring; `closed` rings are polygon outlines. */
export interface Shape {
  readonly points: readonly Point[];
  readonly closed: boolean;
}

/** Collects what d3's geoPath draws (moveTo/lineTo/closePath) as point lists. */
class ShapeRecorder {
  readonly shapes: { points: Point[]; closed: boolean }[] = [];
  private current: { points: Point[]; closed: boolean } | undefined;
  moveTo(x: number, y: number): void {
    this.current = { points: [[x, y]], closed: false };
    this.shapes.push(this.current);
  }
  lineTo(x: number, y: number): void {
    this.current?.points.push([x, y]);
  }
  closePath(): void {
    if (this.current) this.current.closed = true;
  }
  arc(): void {
    // Points are drawn as SVG circles by the maps, never through geoPath.
  }
  beginPath(): void {}
}

/** The shapes of a geographic object under a projection (clipped if the projection has a clip extent). */
export function projectShapes(object: GeoPermissibleObjects, projection: GeoProjection): Shape[] {
  const recorder = new ShapeRecorder();
  geoPath(projection, recorder).pointRadius(0)(object);
  return recorder.shapes;
}

function perpendicularDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

/** Douglas–Peucker: the fewest points that keep the line within `tolerance` px of the original. Pure. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    const a = points[first];
    const b = points[last];
    if (!a || !b) continue;
    let index = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const p = points[i];
      if (!p) continue;
      const d = perpendicularDistance(p, a, b);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Signed area of a ring (shoelace), in px². */
export function ringArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i];
    const b = points[(i + 1) % points.length];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/** Area-weighted centroid of a ring. */
export function ringCentroid(points: readonly Point[]): Point {
  let cx = 0;
  let cy = 0;
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i];
    const b = points[(i + 1) % points.length];
    if (!a || !b) continue;
    const cross = a[0] * b[1] - b[0] * a[1];
    twice += cross;
    cx += (a[0] + b[0]) * cross;
    cy += (a[1] + b[1]) * cross;
  }
  if (twice === 0) return points[0] ?? [0, 0];
  return [cx / (3 * twice), cy / (3 * twice)];
}

export interface PathOptions {
  /** Douglas–Peucker tolerance in px. */
  readonly tolerance: number;
  /** Closed rings smaller than this (px²) after simplification are dropped: islands too small to see. */
  readonly minArea: number;
}

const round = (n: number): number => Math.round(n);

/**
 * SVG path data for shapes: first point absolute, then relative integer steps (short and
 * well-compressed); rounding is applied to absolute positions, so steps never drift.
 */
export function pathData(shapes: readonly Shape[], options: PathOptions): string {
  const parts: string[] = [];
  for (const shape of shapes) {
    const simplified = simplifyLine(shape.points, options.tolerance);
    const rounded: Point[] = [];
    for (const p of simplified) {
      const q: Point = [round(p[0]), round(p[1])];
      const prev = rounded.at(-1);
      if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) rounded.push(q);
    }
    if (shape.closed) {
      const first = rounded[0];
      const last = rounded.at(-1);
      if (first && last && rounded.length > 1 && first[0] === last[0] && first[1] === last[1]) rounded.pop();
      if (rounded.length < 3 || Math.abs(ringArea(rounded)) < options.minArea) continue;
    } else if (rounded.length < 2) {
      continue;
    }
    const [start, ...rest] = rounded;
    if (!start) continue;
    let prev = start;
    const steps = rest.map((p) => {
      const step = `${p[0] - prev[0]} ${p[1] - prev[1]}`;
      prev = p;
      return step;
    });
    parts.push(`M${start[0]} ${start[1]}l${steps.join(' ')}${shape.closed ? 'z' : ''}`);
  }
  // Negative steps need no separator: "l3 -2" can be "l3-2".
  return parts.join('').replace(/ -/g, '-');
}

/** Mean Earth radius (IUGG), km: turns d3.geoDistance's radians into kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;
