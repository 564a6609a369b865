/**
 * The visible text of authored content, for checks that read it (a figure without a source,
 * the section coverage test). Pure.
 */
import type { Block, Point } from './authored.ts';

/** A point's text and its sub-points. */
export const pointText = (point: Point): readonly string[] => (typeof point === 'string' ? [point] : [point.text, ...(point.sub ?? [])]);

/** The text a block shows on the slide (charts bring their own, sourced, text). */
export function blockText(block: Block): readonly string[] {
  switch (block.kind) {
    case 'lead':
      return [block.text];
    case 'points':
      return block.items.flatMap(pointText);
    case 'compare':
      return block.columns.flatMap((c) => [c.heading, ...c.items.flatMap(pointText)]);
    case 'timeline':
      return block.items.flatMap((i) => [i.when, i.what]);
    case 'figures':
      return block.items.flatMap((i) => [i.value, i.label]);
    case 'document':
      return [block.title, block.meta];
    case 'table':
      return [block.caption, ...block.head, ...block.rows.flat()];
    case 'chart':
    case 'map':
    case 'references':
      return [];
  }
}

/** Speaking pace, in words a minute: a talk is written for `target`; validation stops the build above `limit`. */
export const SPEAKING_RATE = { target: 150, limit: 170 } as const;

/** Words as a speaker says them: whitespace-separated tokens with a letter or digit ("5.79", "EAEU–China" count once). */
export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words a minute for a script of `words` spoken in `seconds`. */
export const wordsPerMinute = (words: number, seconds: number): number => (seconds > 0 ? (words * 60) / seconds : Infinity);
