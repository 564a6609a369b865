/**
 * A small chart of planned vs actual seconds per slide, as inline SVG. Pure: rows in, markup out
 * (no Chart.js: the report must not pull the chart bundle in). Colours come from the deck's theme
 * through classes (kit.css), so the chart prints as it shows.
 */
import { fill, type Messages } from '../model/messages.ts';
import { ENGLISH_REPORT } from './english.ts';
import { esc } from '../base/html.ts';
import type { ReportRow } from './timing.ts';

export interface ChartOptions {
  readonly width?: number;
  readonly height?: number;
  /** Accessible name of the chart. */
  readonly label?: string;
  /** The bars' titles and the ticks in the page's language (English by default). */
  readonly locale?: { readonly lang: string; readonly words: Pick<Messages, 'rehearsal' | 'seconds'> };
}

const MARGIN = { top: 12, right: 8, bottom: 26, left: 44 } as const;

/** A tick step (seconds) giving about four to six lines up to `max`. */
export function tickStep(max: number): number {
  for (const step of [5, 10, 15, 30, 60, 120, 300, 600]) if (max / step <= 6) return step;
  return 1200;
}

const round = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * One band per slide: the planned time as a wide pale bar, the latest run's time as a narrow bar
 * in front (accent when it ran long), the median of the counted runs as a short line.
 */
export function timingChartSvg(rows: readonly ReportRow[], options: ChartOptions = {}): string {
  const width = options.width ?? 760;
  const height = options.height ?? 220;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const highest = Math.max(1, ...rows.flatMap((r) => [r.planned, r.latest ?? 0, r.median ?? 0]));
  const step = tickStep(highest);
  const top = Math.ceil(highest / step) * step;
  const y = (seconds: number): number => MARGIN.top + plotH - (seconds / top) * plotH;
  const band = rows.length > 0 ? plotW / rows.length : plotW;
  const parts: string[] = [];
  const { lang, words } = options.locale ?? ENGLISH_REPORT;
  const numbers = new Intl.NumberFormat(lang);
  const barTitle = (message: string, row: ReportRow, seconds: number): string =>
    fill(message, { n: numbers.format(row.number), s: numbers.format(Math.round(seconds)) });

  for (let tick = 0; tick <= top; tick += step) {
    const ty = round(y(tick));
    parts.push(
      `<line class="rehearsal-chart-grid" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${ty}" y2="${ty}"/>`,
      `<text class="rehearsal-chart-tick" x="${MARGIN.left - 6}" y="${ty}" text-anchor="end" dominant-baseline="middle">${esc(fill(words.seconds, { n: numbers.format(tick) }))}</text>`,
    );
  }
  rows.forEach((row, i) => {
    const x0 = MARGIN.left + i * band;
    const bar = (seconds: number, inset: number, cls: string, title: string): string => {
      const top = y(seconds);
      return `<rect class="${cls}" x="${round(x0 + inset)}" y="${round(top)}" width="${round(Math.max(1, band - 2 * inset))}" height="${round(MARGIN.top + plotH - top)}"><title>${esc(title)}</title></rect>`;
    };
    parts.push(bar(row.planned, band * 0.1, 'rehearsal-chart-planned', barTitle(words.rehearsal.chartPlanned, row, row.planned)));
    if (row.latest !== null)
      parts.push(
        bar(
          row.latest,
          band * 0.3,
          row.latestLong ? 'rehearsal-chart-actual rehearsal-chart-long' : 'rehearsal-chart-actual',
          barTitle(words.rehearsal.chartLatest, row, row.latest),
        ),
      );
    if (row.median !== null) {
      const my = round(y(row.median));
      parts.push(
        `<line class="rehearsal-chart-median" x1="${round(x0 + band * 0.05)}" x2="${round(x0 + band * 0.95)}" y1="${my}" y2="${my}"><title>${esc(barTitle(words.rehearsal.chartMedian, row, row.median))}</title></line>`,
      );
    }
    if (row.number === 1 || row.number % 5 === 0)
      parts.push(
        `<text class="rehearsal-chart-tick" x="${round(x0 + band / 2)}" y="${height - 8}" text-anchor="middle">${numbers.format(row.number)}</text>`,
      );
  });
  parts.push(
    `<line class="rehearsal-chart-axis" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${round(y(0))}" y2="${round(y(0))}"/>`,
  );
  const label = options.label ?? 'Planned and actual seconds per slide';
  return `<svg class="rehearsal-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
