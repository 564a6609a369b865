/**
 * Every chart's summary in one edition's words, after each registered chart's data checks have
 * run: a bad dataset or an edition's words that differ from the English fail the build here,
 * naming the chart (and the dataset and year, or the language). Build-time only (the deck loader,
 * the tests and the exporters).
 */
import english from '../../slides/charts.ts';
import type { ChartId, ChartSummary } from '../model/chart.ts';
import type { Source, SourceId } from '../data/sources.ts';
import { sources as englishSources } from '../data/sources.ts';
import { DatasetValidationError, type KnownSources } from '../data/validate-dataset.ts';
import { assertWords } from '../model/words.ts';
import { chartIds, chartModule } from './registry.ts';
import type { ChartsWords } from './words.ts';

export interface ChartSummaryOptions {
  /** The edition's chart words (default: the English). */
  readonly words?: ChartsWords;
  /** The edition's language tag, for `Intl` (default `en`). */
  readonly lang?: string;
  /** The source registry in the edition's words (default: the English). */
  readonly sources?: ReadonlyMap<string, Source>;
}

/** Throws, naming the chart and the language, where an edition's chart words differ from the English. */
export function assertChartWords(words: unknown, lang: string): asserts words is ChartsWords {
  const given = (typeof words === 'object' && words !== null ? words : {}) as Record<string, unknown>;
  assertWords(english.common, given.common, 'the charts’ shared words', lang);
  for (const id of chartIds) assertWords(english[id], given[id], `chart "${id}"`, lang);
  const extra = Object.keys(given).filter((k) => k !== 'common' && !(chartIds as string[]).includes(k));
  if (extra.length > 0) throw new Error(`chart words, edition "${lang}": no chart is called ${extra.map((k) => `"${k}"`).join(', ')}`);
}

/** Every problem every registered chart's data checks find, each prefixed with its chart (empty when all is well). */
export function chartDataProblems(known: KnownSources): string[] {
  return chartIds.flatMap((id) =>
    chartModule(id)
      .checks(known)
      .map((problem) => `chart "${id}": ${problem}`),
  );
}

/** Throws when any chart's data has a problem: the build calls this (through the summaries), so a bad dataset fails `vite build`. */
export function assertChartDataValid(known: KnownSources): void {
  const problems = chartDataProblems(known);
  if (problems.length > 0) throw new DatasetValidationError(problems);
}

export function buildChartSummaries(options: ChartSummaryOptions = {}): ReadonlyMap<ChartId, ChartSummary> {
  const registry = options.sources ?? englishSources;
  assertChartDataValid(registry);
  const lang = options.lang ?? 'en';
  const words: ChartsWords = options.words ?? english;
  if (options.words) assertChartWords(options.words, lang);
  const source = (id: SourceId): Source => {
    const found = registry.get(id);
    if (!found) throw new Error(`chart: source "${id}" is not in the registry`);
    return found;
  };
  // One module per id: its context is typed by the same id (TypeScript cannot follow that through a union).
  const summaryOf = (id: ChartId): ChartSummary => chartModule(id).summary({ words: words[id], common: words.common, lang, source });
  return new Map(chartIds.map((id) => [id, summaryOf(id)]));
}
