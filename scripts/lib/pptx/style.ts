/**
 * The deck's look in PowerPoint's units. Layout is done in CSS px of the 1280×720 logical slide,
 * as tokens.css writes it; PowerPoint's 16:9 slide is 13.333 × 7.5 in, so 1 px = 1/96 in = 0.75 pt.
 * Colours are read from tokens.css itself, so the two cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../../src/model/geometry.ts';

export { SLIDE_HEIGHT, SLIDE_WIDTH };

export const pt = (px: number): number => px * 0.75;
export const inch = (px: number): number => px / 96;

export interface Palette {
  readonly ink: string;
  readonly inkSoft: string;
  readonly paper: string;
  readonly paperDeep: string;
  readonly rule: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly grid: string;
  /** --chart-1 … --chart-5. */
  readonly series: readonly [string, string, string, string, string];
}

const THEME_CSS = new URL('../../../src/theme/tokens.css', import.meta.url);

/** `rrggbb` (PowerPoint's form) of each colour variable in the CSS's `:root`. */
export function readPalette(css: string = readFileSync(THEME_CSS, 'utf8')): Palette {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const colour = (name: string): string => {
    const m = new RegExp(`--${name}:\\s*#([0-9a-f]{6})\\s*;`, 'i').exec(root);
    if (!m?.[1]) throw new Error(`tokens.css has no colour --${name} in :root`);
    return m[1].toUpperCase();
  };
  return {
    ink: colour('ink'),
    inkSoft: colour('ink-soft'),
    paper: colour('paper'),
    paperDeep: colour('paper-deep'),
    rule: colour('rule'),
    accent: colour('accent'),
    accentSoft: colour('accent-soft'),
    grid: colour('chart-grid'),
    series: [colour('chart-1'), colour('chart-2'), colour('chart-3'), colour('chart-4'), colour('chart-5')],
  };
}

/** `hex` mixed with `base` (both `rrggbb`): `amount` 0 is `hex`, 1 is `base`. */
export function tint(hex: string, base: string, amount: number): string {
  const parse = (h: string): number[] => [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
  const a = parse(hex);
  const b = parse(base);
  return a
    .map((v, i) => Math.round(v + ((b[i] ?? v) - v) * amount))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** Sizes and spacing from tokens.css (px at the 1280×720 slide). */
export const TYPE = {
  padX: 72,
  padTop: 44,
  /** Below the title, as `.slide-inner`'s gap. */
  headGap: 20,
  /** Between blocks, as `.slide-body`'s gap. */
  blockGap: 22,
  title: { size: 46, line: 1.15 },
  /** The title over a chart or a map (slides.css). */
  visualTitle: { size: 38, line: 1.15 },
  titleSlide: { size: 54, line: 1.18, padX: 96, padTop: 72 },
  closingTitle: { size: 60, line: 1.15 },
  body: { size: 28, line: 1.35 },
  sub: { size: 26, line: 1.35 },
  lead: { size: 32, line: 1.35, maxWidth: 1040 },
  statement: { size: 40, line: 1.3 },
  sources: { size: 18, line: 1.3 },
  footer: { size: 15, spacing: 0.08 },
  h3: { size: 28, line: 1.15 },
  figureValue: { size: 48, line: 1.1 },
  figureLabel: { size: 24, line: 1.3 },
  documentTitle: { size: 32, line: 1.3 },
  documentMeta: { size: 24, line: 1.4 },
  table: { size: 24, line: 1.3 },
  caption: { size: 20, line: 1.3 },
  references: { size: 20, line: 1.3 },
  chartNotes: { size: 18, line: 1.3 },
} as const;
