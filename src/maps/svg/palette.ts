/**
 * The deck's colours as CSS custom properties with theme.css's values as fallbacks, so a map
 * follows the theme on a slide and still draws correctly anywhere else.
 */
export const color = {
  ink: 'var(--ink,#1c2230)',
  inkSoft: 'var(--ink-soft,#414a5c)',
  paper: 'var(--paper,#fbfaf6)',
  paperDeep: 'var(--paper-deep,#f1eee6)',
  rule: 'var(--rule,#d8d3c6)',
  accent: 'var(--accent,#9e1f2c)',
  accentSoft: 'var(--accent-soft,#f4e4e3)',
  grid: 'var(--chart-grid,#e3dfd4)',
  c1: 'var(--chart-1,#0b6aa6)',
  c2: 'var(--chart-2,#c0560b)',
  c3: 'var(--chart-3,#1a7f5f)',
  c5: 'var(--chart-5,#6b4a9e)',
} as const;

/** Noto Sans SC draws the Chinese edition's Han characters (its page declares the face; elsewhere the name is skipped). */
export const FONT_BODY = "var(--font-body,'Source Sans 3','Noto Sans SC',Arial,sans-serif)";

/** Smallest text on a map, px at the 1280×720 slide (the deck's rule for chart text too). */
export const MIN_FONT_SIZE = 18;
