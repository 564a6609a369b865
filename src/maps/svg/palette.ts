/**
 * The deck's colours for the maps: each the page's CSS custom property, with the theme's value
 * (src/theme/tokens.ts) as its fallback, so a map follows the theme on a slide and still draws
 * correctly anywhere else (the PowerPoint export draws the fallbacks).
 */
import { colour, font, type, type ColourName } from '../../theme/tokens.ts';
import { kebab } from '../../theme/theme-css.ts';

/** `var(--ink,<the theme's ink>)` for `ink`. */
const cssColour = (name: ColourName): string => `var(--${kebab(name)},${colour[name]})`;

export const color = {
  ink: cssColour('ink'),
  inkSoft: cssColour('inkSoft'),
  paper: cssColour('paper'),
  paperDeep: cssColour('paperDeep'),
  rule: cssColour('rule'),
  accent: cssColour('accent'),
  accentSoft: cssColour('accentSoft'),
  grid: cssColour('chartGrid'),
  c1: cssColour('chart1'),
  c2: cssColour('chart2'),
  c3: cssColour('chart3'),
  c5: cssColour('chart5'),
} as const;

/** Noto Sans SC draws the Chinese edition's Han characters (its page declares the face; elsewhere the name is skipped). */
export const FONT_BODY = `var(--font-body,${font.body.replace(/,\s+/g, ',')})`;

/** Smallest text on a map, px at the 1280×720 slide (the deck's rule for chart text too). */
export const MIN_FONT_SIZE = type.chart.size;
