/**
 * Rich text as the PowerPoint writer places it, and its measurement: greedy line breaking at
 * spaces with the deck's font metrics, exact line spacing (so a paragraph's height is its line
 * count times its line height, in PowerPoint and LibreOffice alike). Pure.
 */
import { metrics, type FontFace } from './fonts.ts';

export interface Run {
  readonly text: string;
  readonly face: FontFace;
  /** Font size in points. */
  readonly size: number;
  /** `rrggbb`. */
  readonly color: string;
  /** Extra space after every character, in points (the slides' letter-spacing). */
  readonly spacing?: number;
  readonly link?: string;
}

export type Bullet =
  | { readonly kind: 'char'; readonly char: string; readonly color: string; readonly size: number }
  | { readonly kind: 'number'; readonly start: number };

export interface Paragraph {
  readonly runs: readonly Run[];
  /** Exact line spacing in points. */
  readonly lineHeight: number;
  /** Space after the paragraph, in points. */
  readonly after?: number;
  /** Left margin of every line (points); with a bullet, the bullet hangs in it. */
  readonly indent?: number;
  readonly bullet?: Bullet;
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * Measured widths are multiplied by this before they are compared with the room: renderers
 * round glyph positions and may hint differently, and a line that only just fits in one may
 * wrap in another. Three per cent keeps the measured layout on the safe side.
 */
export const WIDTH_SAFETY = 1.03;

const runWidth = (run: Run, text: string): number => metrics(run.face).width(text, run.size) + (run.spacing ?? 0) * Array.from(text).length;

/**
 * Room LibreOffice adds between an ideograph and a Latin letter or digit beside it (Impress's
 * "spacing between Asian and non-Asian text", on for every paragraph it opens), in em. PowerPoint
 * adds none; a line measured with it is at most a little longer than PowerPoint draws it.
 */
export const AUTOSPACE_EM = 0.25;

type Side = 'ideograph' | 'alnum' | 'other';

const sideOf = (char: string): Side => {
  const code = char.codePointAt(0) ?? 0;
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code >= 0x20000)
    return 'ideograph';
  return /[\p{L}\p{N}]/u.test(char) ? 'alnum' : 'other';
};

interface Piece {
  readonly width: number;
  readonly space: boolean;
  /** Characters of a word too long for a line: each may start a new line. */
  readonly chars?: readonly number[];
}

/** Words and spaces of a paragraph, each measured in its run's face. */
function pieces(runs: readonly Run[]): Piece[] {
  const out: Piece[] = [];
  let word: { width: number; chars: number[] } | null = null;
  let side: Side = 'other';
  const flush = (): void => {
    if (word) out.push({ width: word.width, space: false, chars: word.chars });
    word = null;
    side = 'other';
  };
  for (const run of runs) {
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        flush();
        out.push({ width: runWidth(run, part), space: true });
      } else {
        word ??= { width: 0, chars: [] };
        for (const char of part) {
          const next = sideOf(char);
          const gap =
            (side === 'ideograph' && next === 'alnum') || (side === 'alnum' && next === 'ideograph') ? AUTOSPACE_EM * run.size : 0;
          side = next;
          const w = runWidth(run, char) + gap;
          word.width += w;
          word.chars.push(w);
        }
      }
    }
  }
  flush();
  return out;
}

/** The widths of the lines a paragraph breaks into at `width` points. */
export function lineWidths(runs: readonly Run[], width: number): number[] {
  const room = width / WIDTH_SAFETY;
  const lines: number[] = [];
  let line = 0;
  let pendingSpace = 0;
  let started = false;
  for (const piece of pieces(runs)) {
    if (piece.space) {
      if (started) pendingSpace += piece.width;
      continue;
    }
    if (started && line + pendingSpace + piece.width <= room) {
      line += pendingSpace + piece.width;
    } else if (piece.width <= room) {
      if (started) lines.push(line);
      line = piece.width;
      started = true;
    } else {
      // A word longer than the line: broken between characters, as PowerPoint does.
      if (started) lines.push(line);
      line = 0;
      for (const w of piece.chars ?? [piece.width]) {
        if (line > 0 && line + w > room) {
          lines.push(line);
          line = 0;
        }
        line += w;
      }
      started = true;
    }
    pendingSpace = 0;
  }
  lines.push(line);
  return lines;
}

export const lineCount = (runs: readonly Run[], width: number): number => lineWidths(runs, width).length;

/** The width of the longest line when nothing wraps. */
export const naturalWidth = (runs: readonly Run[]): number => Math.max(...lineWidths(runs, Number.POSITIVE_INFINITY)) * WIDTH_SAFETY;

/** Room for text in a paragraph of a box `width` points wide. */
export const textWidth = (p: Paragraph, width: number): number => width - (p.indent ?? 0);

export function paragraphHeight(p: Paragraph, width: number): number {
  return lineCount(p.runs, textWidth(p, width)) * p.lineHeight + (p.after ?? 0);
}

/** Height in points of paragraphs set in a box `width` points wide (no insets). */
export function textHeight(paragraphs: readonly Paragraph[], width: number): number {
  // The last paragraph's space after is below the text: it takes no room in the box.
  return paragraphs.reduce((sum, p) => sum + paragraphHeight(p, width), 0) - (paragraphs.at(-1)?.after ?? 0);
}
