/**
 * Label placement with a simple collision check: each label, in priority order, takes the first
 * candidate position whose box stays inside the frame and clear of every label already placed and
 * of every obstacle (markers, legend). Pure: the same requests always give the same layout.
 */
import type { Frame } from '../types.ts';
import { ADVANCE } from './font-widths.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type Position = 'c' | 'e' | 'w' | 'n' | 's' | 'ne' | 'nw' | 'se' | 'sw';

export interface LabelStyle {
  readonly fontSize: number;
  /** 400 regular, 600 semibold. */
  readonly weight?: number;
  /** Extra space between letters, in em (country names are letter-spaced capitals). */
  readonly letterSpacing?: number;
}

export interface LabelRequest extends LabelStyle {
  readonly id: string;
  readonly text: string;
  /** The point the label names, in frame px. */
  readonly anchor: readonly [number, number];
  /** Higher first. */
  readonly priority: number;
  /** Distance from the anchor, px. */
  readonly gap?: number;
  /** Candidates in order of preference; an offset moves a centred label by [dx, dy] px. */
  readonly positions?: readonly (Position | readonly [number, number])[];
  /** An obstacle this label may touch (its own marker). */
  readonly ownObstacle?: string;
  /** Class names for the text element. */
  readonly className: string;
  /** Extra test a candidate box must pass (e.g. a country name must sit on its country). */
  readonly accept?: (box: Box) => boolean;
}

export interface PlacedLabel {
  readonly request: LabelRequest;
  /** Baseline origin and text-anchor for the SVG text element. */
  readonly x: number;
  readonly y: number;
  readonly textAnchor: 'start' | 'middle' | 'end';
  readonly box: Box;
}

export interface Obstacle {
  readonly id: string;
  readonly box: Box;
}

/**
 * Letters the measured table lacks: Han characters and CJK punctuation are a full em (Noto Sans
 * SC); Cyrillic a little wider than Source Sans 3's own (lowercase about 0.51 em, capitals 0.6 em);
 * anything else 0.62 em. All err wide.
 */
function fallbackAdvance(ch: string): number {
  if (/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(ch)) return 1000;
  if (/[\u0430-\u045f]/.test(ch)) return 540;
  if (/[\u0400-\u042f]/.test(ch)) return 620;
  return 620;
}

/**
 * Width of a text in px, from Source Sans 3's measured advance widths (kerning ignored, plus 3%),
 * so it errs wide: boxes that do not touch never overlap on screen. Italic uses the upright widths.
 */
export function textWidth(text: string, style: LabelStyle): number {
  const weight = (style.weight ?? 400) >= 700 ? '700' : (style.weight ?? 400) >= 600 ? '600' : '400';
  const table = ADVANCE[weight];
  let thousandths = 0;
  // Han characters and CJK punctuation are a full em wide (Noto Sans SC); other letters the table lacks (Cyrillic) err wide at 620.
  for (const ch of text) thousandths += table[ch] ?? fallbackAdvance(ch);
  const chars = Array.from(text).length;
  const em = thousandths / 1000 + (style.letterSpacing ?? 0) * Math.max(0, chars - 1);
  return em * style.fontSize * 1.03;
}

/** Box of a text line whose baseline starts at (x, y) with the given anchor. */
export function textBox(text: string, style: LabelStyle, x: number, y: number, anchor: 'start' | 'middle' | 'end'): Box {
  const w = textWidth(text, style);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  // Ascender to descender of Source Sans 3, with a hair of room.
  return { x: left, y: y - 0.76 * style.fontSize, w, h: 1.0 * style.fontSize };
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

export function boxInside(box: Box, frame: Frame, margin: number): boolean {
  return box.x >= margin && box.y >= margin && box.x + box.w <= frame.width - margin && box.y + box.h <= frame.height - margin;
}

const DEFAULT_POSITIONS: readonly Position[] = ['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's'];

/** Where a label goes for a candidate: baseline origin and text-anchor. */
function candidate(
  request: LabelRequest,
  position: Position | readonly [number, number],
): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  const [ax, ay] = request.anchor;
  const g = request.gap ?? 8;
  const fs = request.fontSize;
  // Baseline that centres the x-height band on the anchor.
  const mid = ay + 0.3 * fs;
  if (typeof position !== 'string') return { x: ax + position[0], y: mid + position[1], anchor: 'middle' };
  const diag = g * 0.7;
  switch (position) {
    case 'c':
      return { x: ax, y: mid, anchor: 'middle' };
    case 'e':
      return { x: ax + g, y: mid, anchor: 'start' };
    case 'w':
      return { x: ax - g, y: mid, anchor: 'end' };
    case 'n':
      return { x: ax, y: ay - g - 0.24 * fs, anchor: 'middle' };
    case 's':
      return { x: ax, y: ay + g + 0.76 * fs, anchor: 'middle' };
    case 'ne':
      return { x: ax + diag, y: ay - diag, anchor: 'start' };
    case 'nw':
      return { x: ax - diag, y: ay - diag, anchor: 'end' };
    case 'se':
      return { x: ax + diag, y: ay + diag + 0.6 * fs, anchor: 'start' };
    case 'sw':
      return { x: ax - diag, y: ay + diag + 0.6 * fs, anchor: 'end' };
  }
}

export interface PlacementResult {
  readonly placed: readonly PlacedLabel[];
  /** Ids of labels no candidate could hold. */
  readonly unplaced: readonly string[];
}

/** Places labels highest priority first; `pad` is the clear space kept between boxes, `margin` from the frame edge. */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: { readonly frame: Frame; readonly obstacles?: readonly Obstacle[]; readonly pad?: number; readonly margin?: number },
): PlacementResult {
  const pad = options.pad ?? 3;
  const margin = options.margin ?? 4;
  const obstacles = options.obstacles ?? [];
  const order = requests.map((r, i) => ({ r, i })).sort((a, b) => b.r.priority - a.r.priority || a.i - b.i);
  const placed: PlacedLabel[] = [];
  const unplaced: string[] = [];
  for (const { r } of order) {
    let done = false;
    for (const position of r.positions ?? DEFAULT_POSITIONS) {
      const c = candidate(r, position);
      const box = textBox(r.text, r, c.x, c.y, c.anchor);
      if (!boxInside(box, options.frame, margin)) continue;
      if (placed.some((p) => boxesOverlap(p.box, box, pad))) continue;
      if (obstacles.some((o) => o.id !== r.ownObstacle && boxesOverlap(o.box, box, pad))) continue;
      if (r.accept && !r.accept(box)) continue;
      placed.push({ request: r, x: c.x, y: c.y, textAnchor: c.anchor, box });
      done = true;
      break;
    }
    if (!done) unplaced.push(r.id);
  }
  return { placed, unplaced };
}
