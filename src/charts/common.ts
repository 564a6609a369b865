/**
 * What the chart modules share: the build options, the entry animation, the theme-driven defaults
 * (fonts, legend, tooltip, axes) and the tooltip text that names a value's unit, derivation and
 * source. Pure: only types come from Chart.js, so the modules' configurations are unit-testable.
 */
import type { ChartType, TooltipItem } from 'chart.js';
import type { SourceId } from '../data/sources.ts';
import { formatNumber, formatPercent } from '../base/format.ts';
import { fill } from '../model/messages.ts';
import type { ChartTheme } from './theme.ts';
import type { ChartPageWords } from './words.ts';
import type { ChartSeriesMap } from './chart-module.ts';

export interface BuildOptions {
  readonly theme: ChartTheme;
  /** Off in print and reading views and for prefers-reduced-motion. */
  readonly animate: boolean;
  /** For charts with views (the trade chart's reporter). */
  readonly view?: string;
  /**
   * The phone layout (a canvas narrower than COMPACT_WIDTH): the legend under the plot with small
   * markers, labels that would crowd the plot moved off it. Decided when the chart is drawn.
   */
  readonly compact?: boolean;
  /** The page's words for the charts, in the edition's language (src/charts/words.ts). */
  readonly page: ChartPageWords;
  /** Every chart's plain series (the lazy chunk has them as data: `virtual:chart-series`). */
  readonly series: ChartSeriesMap;
}

/** Below this canvas width (CSS px) a chart takes its phone layout: the full one cannot be read. */
export const COMPACT_WIDTH = 560;

/** What a tooltip says about one drawn value: unit, derived or not, and its source. */
export interface ValueMeta {
  readonly unit: string;
  readonly source: SourceId | null;
  readonly derived: boolean;
  readonly note?: string;
}

/** The entry animation: short enough not to hold the speaker up. */
export const ENTRY_ANIMATION = { duration: 900, easing: 'easeOutQuart' } as const;

export const yearText = (n: number | string): string => String(n);
export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function common(theme: ChartTheme, animate: boolean, compact = false) {
  const font = { family: theme.fontBody, size: theme.fontSize };
  // Legend markers a little smaller than the text on a phone; on a slide, sized for the back of the room.
  const marker = Math.round(theme.fontSize * 0.65);
  return {
    font,
    base: {
      responsive: true,
      maintainAspectRatio: false,
      // A fixed box (.chart-box) holds every canvas, so resizing never reflows the slide.
      resizeDelay: 0,
      animation: animate ? ENTRY_ANIMATION : (false as const),
      layout: { padding: { top: 4, right: 8, bottom: 0, left: 0 } },
      interaction: { mode: 'nearest' as const, intersect: false, axis: 'x' as const },
    },
    legend: compact
      ? {
          // Under the plot, where its rows wrap without pushing the plot's labels off the top.
          position: 'bottom' as const,
          align: 'start' as const,
          labels: {
            color: theme.ink,
            font,
            boxWidth: marker,
            boxHeight: marker,
            padding: 10,
            usePointStyle: true,
            pointStyleWidth: marker,
          },
        }
      : {
          position: 'top' as const,
          align: 'start' as const,
          labels: { color: theme.ink, font, boxWidth: 22, boxHeight: 14, padding: 16, usePointStyle: true, pointStyleWidth: 26 },
        },
    tooltip: {
      backgroundColor: theme.ink,
      titleColor: theme.paper,
      bodyColor: theme.paper,
      footerColor: theme.paper,
      titleFont: { ...font, weight: 600 as const },
      bodyFont: font,
      footerFont: { ...font, size: theme.fontSize - 2 > 16 ? theme.fontSize - 2 : 16, weight: 400 as const },
      padding: 12,
      boxPadding: 6,
    },
    axis: (title: string) => ({
      grid: { color: theme.grid },
      border: { color: theme.inkSoft },
      ticks: { color: theme.ink, font },
      title: { display: title !== '', text: title, color: theme.inkSoft, font },
    }),
  };
}

export function tooltipLabel<T extends ChartType>(page: ChartPageWords, metaOf: (item: TooltipItem<T>) => ValueMeta | undefined) {
  const w = page.common;
  return {
    label(item: TooltipItem<T>): string {
      const meta = metaOf(item);
      const raw = item.parsed as { y?: number | null };
      const value = typeof raw.y === 'number' ? raw.y : null;
      if (value === null) return '';
      const unit = meta?.unit ?? '';
      const name = (item.dataset as { label?: string }).label ?? '';
      const written =
        unit === '%' ? formatPercent(value, 1, page.lang) : fill(w.valueUnit, { value: formatNumber(value, 1, page.lang), unit });
      return [fill(w.tooltipValue, { name, value: written }), meta?.derived ? w.derived : '', meta?.note ?? '']
        .filter((t) => t !== '')
        .join(' ');
    },
    footer(items: TooltipItem<T>[]): string {
      const ids = [...new Set(items.map((i) => metaOf(i)?.source).filter((s): s is SourceId => typeof s === 'string'))];
      return ids.length ? fill(w.source, { sources: ids.map((id) => page.sources[id] ?? id).join('; ') }) : '';
    },
  };
}
