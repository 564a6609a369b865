/**
 * The one chart theme: the deck's theme (src/theme/tokens.ts), as the page's CSS variables say it
 * where the chart is drawn (the reading view sets a smaller `--chart-font-size`). Pure: the caller
 * passes a lookup (getComputedStyle in the browser, a map in tests).
 */
import { colour, font, type } from '../theme/tokens.ts';

export interface ChartTheme {
  /** --chart-1 … --chart-5: Okabe–Ito hues, distinguishable with the common colour-vision deficiencies. */
  readonly series: readonly [string, string, string, string, string];
  readonly ink: string;
  readonly inkSoft: string;
  readonly grid: string;
  readonly paper: string;
  readonly accent: string;
  readonly fontBody: string;
  readonly fontHeading: string;
  /** Tick, legend and label size in px: 18 at the 1280×720 slide (legible from the back of a room); the reading view sets its own. */
  readonly fontSize: number;
}

/** The theme's own values: used where a variable is missing (and in unit tests). */
export const defaultChartTheme: ChartTheme = {
  series: [colour.chart1, colour.chart2, colour.chart3, colour.chart4, colour.chart5],
  ink: colour.ink,
  inkSoft: colour.inkSoft,
  grid: colour.chartGrid,
  paper: colour.paper,
  accent: colour.accent,
  fontBody: font.body,
  fontHeading: font.heading,
  fontSize: type.chart.size,
};

export function readChartTheme(lookup: (name: string) => string): ChartTheme {
  const read = (name: string, fallback: string): string => {
    const value = lookup(name).trim();
    return value === '' ? fallback : value;
  };
  const d = defaultChartTheme;
  return {
    series: [
      read('--chart-1', d.series[0]),
      read('--chart-2', d.series[1]),
      read('--chart-3', d.series[2]),
      read('--chart-4', d.series[3]),
      read('--chart-5', d.series[4]),
    ],
    ink: read('--ink', d.ink),
    inkSoft: read('--ink-soft', d.inkSoft),
    grid: read('--chart-grid', d.grid),
    paper: read('--paper', d.paper),
    accent: read('--accent', d.accent),
    fontBody: read('--font-body', d.fontBody),
    fontHeading: read('--font-heading', d.fontHeading),
    fontSize: Number.parseFloat(read('--chart-font-size', String(d.fontSize))) || d.fontSize,
  };
}

/** `#rrggbb` with an alpha, for fills that must let the grid show through. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return hex;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
