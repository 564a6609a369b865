/**
 * Charts as the content model sees them: an id a slide can name, and the summary the page needs
 * without drawing (finding, tables, sources, footnotes, CSV). No Chart.js and nothing from
 * src/charts here: each chart module registers its id by augmenting `ChartRegistry`, the way
 * Chart.js's own controllers add themselves to its `ChartTypeRegistry`, so adding a chart touches
 * its module and its data module only.
 */
import type { SourceId } from '../data/sources.ts';

/**
 * Chart ids, one key per chart module (`declare module '…/model/chart.ts' { interface ChartRegistry { 'my-chart': true } }`).
 * Empty here on purpose.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging, as Chart.js's registries are
export interface ChartRegistry {}

export type ChartId = Extract<keyof ChartRegistry, string>;

/** A cell of a chart's data table: null is "no figure in the source". */
export type Cell = string | number | null;

export interface DataTable {
  readonly caption: string;
  /** The chart view this table belongs to (listed first when that view is shown). */
  readonly view?: string;
  readonly columns: readonly { readonly label: string; readonly unit?: string }[];
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * What the page needs about a chart without drawing it: the finding (the canvas's aria-label), the
 * data tables, the sources, the footnotes. Built from the same dataset modules the Chart.js
 * configuration is built from.
 */
export interface ChartSummary {
  readonly id: ChartId;
  readonly title: string;
  /** One sentence stating what the chart shows; becomes the canvas's aria-label and the figure's caption. */
  readonly finding: string;
  /** One or more tables (e.g. one per statistics reporter). */
  readonly tables: readonly DataTable[];
  readonly cite: readonly SourceId[];
  /**
   * One line under the chart on the slide (at most 140 characters): what a viewer must know to
   * read it right. The footnotes say the rest, to readers.
   */
  readonly caption: string;
  /** Caveats for readers (the article, the handout): derived values, vintages, the deck's own coding. */
  readonly footnotes: readonly string[];
  /** File name of the CSV download, e.g. `trade-growth.csv`. */
  readonly csvName: string;
  /** CSV text of the chart's data (same numbers as the tables). */
  readonly csv: string;
  /** A choice between views of the same chart (e.g. Belarusian or Chinese statistics), rendered as buttons. */
  readonly views?: ChartViews;
  /**
   * What the chart's browser half (the Chart.js configuration) needs from the page, in the
   * edition's language: its words (legend, axes, tooltips, marks), the words the charts share and
   * the short names of the sources its tooltips cite. The page writes them as JSON (src/charts/words.ts).
   */
  readonly browser: {
    readonly words: Readonly<Record<string, unknown>>;
    readonly common: Readonly<Record<string, unknown>>;
    readonly sources: Readonly<Record<string, string>>;
  };
}

export interface ChartViews {
  /** Accessible name of the button group. */
  readonly label: string;
  /** One sentence on how the views differ, shown with the buttons. */
  readonly note: string;
  /** The first option is the one drawn at first. */
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

/**
 * The words a page gives the chart chunk (written by the renderer as one JSON block, read by
 * src/charts/words.ts): the edition's language, the charts' shared browser words, each chart's
 * browser words and the short names of the sources the tooltips cite.
 */
export interface ChartPageData {
  readonly lang: string;
  readonly common: Readonly<Record<string, unknown>>;
  readonly charts: Readonly<Record<string, unknown>>;
  readonly sources: Readonly<Record<string, string>>;
}

/** The id of the page's block of chart words. */
export const CHART_WORDS_ID = 'chart-words';

/** The words the page gives the chart chunk: the charts it shows, in its language (none without charts). */
export function chartPageData(charts: readonly ChartSummary[], lang: string): ChartPageData | undefined {
  const first = charts[0];
  if (!first) return undefined;
  return {
    lang,
    common: first.browser.common,
    charts: Object.fromEntries(charts.map((c) => [c.id, c.browser.words])),
    sources: Object.assign({}, ...charts.map((c) => c.browser.sources)) as Record<string, string>,
  };
}

/** The block as the page writes it (`<` escaped, so no text can close the script element). */
export const chartWordsScript = (data: ChartPageData): string =>
  `<script type="application/json" id="${CHART_WORDS_ID}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
