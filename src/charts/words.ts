/**
 * The charts' words as the modules see them: typed from the English words (slides/charts.ts), so
 * an edition's words have the same shape. The summary half of a module gets its chart's words at
 * build time; the browser half (the Chart.js configuration, in the lazy chunk shared by every
 * edition) gets them from the page: the build writes each chart's browser words, the edition's
 * language and the short names of the sources the tooltips cite into one
 * `<script type="application/json" id="chart-words">` block, read by `readChartPageWords`.
 * Only types come from slides/charts.ts, so no English word reaches the chunk.
 */
import type englishCharts from '../../slides/charts.ts';
import { CHART_WORDS_ID, type ChartId, type ChartPageData, type ChartRegistry } from '../model/chart.ts';
import type { ChartSeriesMap } from './chart-module.ts';
import type { Source, SourceId } from '../data/sources.ts';
import type { Words } from '../model/words.ts';

/** Every chart's words, and the words they share, in one edition. */
export type ChartsWords = Words<typeof englishCharts>;
export type CommonChartWords = ChartsWords['common'];
export type ChartWords<Id extends ChartId> = Id extends keyof ChartsWords ? ChartsWords[Id] : never;
export type BrowserWords<Id extends ChartId> = ChartWords<Id> extends { readonly browser: infer B } ? B : never;

/** What a module's summary needs: its words, the shared words, the language and the edition's sources. */
export interface SummaryContext<Id extends ChartId> {
  readonly words: ChartWords<Id>;
  readonly common: CommonChartWords;
  readonly lang: string;
  readonly source: (id: SourceId) => Source;
}

/** The words a page gives the chart chunk. */
export interface ChartPageWords {
  readonly lang: string;
  readonly common: CommonChartWords['browser'];
  readonly charts: { readonly [Id in ChartId]?: BrowserWords<Id> };
  /** Short names of the sources the tooltips cite, in the edition's language. */
  readonly sources: Readonly<Record<string, string>>;
}

/** One chart's browser words from the page's block; throws, naming the chart, when the page has none. */
export function chartWords<Id extends ChartId>(page: ChartPageWords, id: Id): BrowserWords<Id> {
  const words = page.charts[id];
  if (words === undefined) throw new Error(`the page has no words for chart "${id}"`);
  return words;
}

/** One chart's plain series (its `ChartRegistry` entry's type); throws, naming the chart, when there are none. */
export function chartSeries<Id extends ChartId>(options: { readonly series: ChartSeriesMap }, id: Id): ChartRegistry[Id] {
  const series = options.series[id];
  if (series === undefined) throw new Error(`no series for chart "${id}"`);
  return series;
}

/**
 * The page's chart words (the one reader of the block). The build checked the words against the
 * English before writing them, so this checks only that the block is there and has its parts.
 */
export function readChartPageWords(doc: Document): ChartPageWords {
  const text = doc.getElementById(CHART_WORDS_ID)?.textContent;
  if (!text) throw new Error(`the page has no chart words (#${CHART_WORDS_ID})`);
  const data: unknown = JSON.parse(text);
  // The build wrote the block from checked words (ChartPageData, src/model/chart.ts): its typed view here.
  const ok =
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { lang?: unknown }).lang === 'string' &&
    ['common', 'charts', 'sources'].every((k) => typeof (data as Record<string, unknown>)[k] === 'object');
  if (!ok) throw new Error(`the page's chart words (#${CHART_WORDS_ID}) are not in the expected shape`);
  return pageWords(data as ChartPageData);
}

/** The typed view of the page's chart data: the build wrote it from words checked against the English. */
export const pageWords = (data: ChartPageData): ChartPageWords => data as ChartPageWords;
