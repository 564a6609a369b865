/**
 * The deck's look in PowerPoint's units. Layout is done in CSS px of the 1280×720 logical slide,
 * as the theme (src/theme/tokens.ts) gives it; PowerPoint's 16:9 slide is 13.333 × 7.5 in, so
 * 1 px = 1/96 in = 0.75 pt. Colours and sizes are the theme's own values, so the page and the
 * PowerPoint file cannot drift apart.
 */
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../../src/model/geometry.ts';
import { theme, type Theme } from '../../../src/theme/tokens.ts';
import type { Palette } from '../../../src/charts/powerpoint.ts';

// The palette's shape and the tint belong to the charts' PowerPoint plans (src/charts/powerpoint.ts), which the build halves write.
export { tint, type Palette } from '../../../src/charts/powerpoint.ts';

export { SLIDE_HEIGHT, SLIDE_WIDTH };

export const pt = (px: number): number => px * 0.75;
export const inch = (px: number): number => px / 96;

/** `#rrggbb` → `RRGGBB`, PowerPoint's form. */
export function pptxColour(hex: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`theme colour ${hex} is not #rrggbb`);
  return hex.slice(1).toUpperCase();
}

/** The theme's colours in PowerPoint's form (`rrggbb`). */
export function themePalette(t: Theme = theme): Palette {
  const c = t.colour;
  return {
    ink: pptxColour(c.ink),
    inkSoft: pptxColour(c.inkSoft),
    paper: pptxColour(c.paper),
    paperDeep: pptxColour(c.paperDeep),
    rule: pptxColour(c.rule),
    accent: pptxColour(c.accent),
    accentSoft: pptxColour(c.accentSoft),
    grid: pptxColour(c.chartGrid),
    series: [pptxColour(c.chart1), pptxColour(c.chart2), pptxColour(c.chart3), pptxColour(c.chart4), pptxColour(c.chart5)],
  };
}

/** The theme's type sizes and spacing (px at the 1280×720 slide). */
export const TYPE = theme.type;
