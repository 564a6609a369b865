/**
 * What registering a chart requires. Adding a chart touches its data module (src/data/), its two
 * halves (the build half src/charts/modules/<id>.ts and the browser half
 * src/charts/drawings/<id>.ts), one line in src/charts/registry.ts, and the slide that shows it
 * (plus the chart's words: English in slides/charts.ts, and each edition's, which the edition
 * check demands). This test lists every part and names the chart that lacks one; the type checker
 * catches most of them first, this catches what types cannot (a check that looks at nothing, a
 * PowerPoint writer that plans nothing, series that are not plain data, a browser half that is missing,
 * misnamed or draws nothing).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import deck from '../../slides/index.ts';
import englishCharts from '../../slides/charts.ts';
import { EDITIONS } from '../../editions/index.ts';
import type { ChartDefinition, ChartDrawing } from '../../src/charts/chart-module.ts';
import { chartDrawings } from '../../src/charts/drawings.ts';
import { chartModules } from '../../src/charts/registry.ts';
import { buildChartSummaries } from '../../src/charts/summaries.ts';
import { defaultChartTheme } from '../../src/charts/theme.ts';
import { pageWords } from '../../src/charts/words.ts';
import { themePalette } from '../../scripts/lib/pptx/style.ts';
import { chartPageData, type ChartSummary } from '../../src/model/chart.ts';
import { sources } from '../../src/data/sources.ts';

const folder = (path: string): string[] =>
  readdirSync(fileURLToPath(new URL(path, import.meta.url)))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -'.ts'.length));

/** Everything registration is checked against, gathered once from the real deck (the tests below also pass in broken ones). */
interface Registration {
  /** The registry's entries: key → build half (src/charts/registry.ts). */
  readonly registered: Readonly<Record<string, ChartDefinition | undefined>>;
  /** Build-half files in src/charts/modules/ (names without `.ts`). */
  readonly moduleFiles: readonly string[];
  /** Browser halves as the chart chunk finds them (src/charts/drawings.ts), and the files in src/charts/drawings/. */
  readonly drawings: ReadonlyMap<string, ChartDrawing>;
  readonly drawingFiles: readonly string[];
  /** Chart words: the English (slides/charts.ts) and each edition's, by language. */
  readonly words: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Chart ids the slides show. */
  readonly shown: ReadonlySet<string>;
  /** The known source ids. */
  readonly known: ReadonlySet<string>;
}

/**
 * What registering a chart requires, one line each: a problem names the chart and the file to fix.
 * Empty when every registered chart has every part, and no part belongs to no chart.
 */
function registrationProblems(r: Registration): string[] {
  const problems: string[] = [];
  const ids = Object.keys(r.registered);
  // The summaries are built as the deck loader builds them (every chart's data checked first).
  let summaries: ReadonlyMap<string, ChartSummary> | undefined;
  try {
    summaries = buildChartSummaries();
  } catch (error) {
    problems.push(`the chart summaries cannot be built: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const id of ids) {
    const chart = r.registered[id];
    const say = (what: string): void => {
      problems.push(`chart "${id}": ${what}`);
    };
    // 1. A build half, registered under the id it carries (one line in src/charts/registry.ts).
    if (!chart) {
      say('registered with no build half (src/charts/registry.ts)');
      continue;
    }
    if (chart.id !== id) say(`registered as "${id}" but its build half carries the id "${chart.id}" (src/charts/registry.ts)`);
    if (!r.moduleFiles.includes(id)) say(`its build half is not src/charts/modules/${id}.ts`);
    // 2. Its data module's checks, which look at the data: with no known source, every sourced figure is a problem.
    if (typeof chart.checks !== 'function') say(`registered without dataset checks (checks in src/charts/modules/${id}.ts)`);
    else {
      const blind = chart.checks(new Set());
      if (blind.length === 0)
        say(
          `its dataset checks find nothing even with no source known: they do not check its data (checks in src/charts/modules/${id}.ts)`,
        );
      const found = chart.checks(r.known);
      if (found.length > 0) say(`its data has problems: ${found.join('; ')}`);
    }
    // 3. A summary: the finding, the tables, the CSV and the sources the page shows without drawing.
    const summary = summaries?.get(chart.id);
    if (typeof chart.summary !== 'function') say(`registered without a summary (summary in src/charts/modules/${id}.ts)`);
    else if (summaries && !summary) say('has no summary among the deck’s chart summaries');
    else if (summary && (summary.finding === '' || summary.tables.length === 0 || summary.cite.length === 0 || summary.csv === ''))
      say('its summary lacks a finding, a table, a CSV or its sources');
    // 4. A PowerPoint writer that plans at least one native chart holding numbers.
    if (typeof chart.powerpoint !== 'function') say(`registered without a PowerPoint writer (powerpoint in src/charts/modules/${id}.ts)`);
    else if (summary) {
      const plans = chart.powerpoint(summary, themePalette());
      const values = plans.flatMap((p) => (p.kind === 'bar-line' ? [...p.bars, ...p.lines] : p.series)).flatMap((s) => s.values);
      if (plans.length === 0 || !values.some((v) => typeof v === 'number'))
        say(`its PowerPoint writer plans no chart with data (powerpoint in src/charts/modules/${id}.ts)`);
    }
    // 5. Plain series for the browser half (bundled into the chunk as JSON), and a browser half carrying the same id that draws them.
    if (typeof chart.series !== 'function')
      say(`registered without the plain series its browser half draws (series in src/charts/modules/${id}.ts)`);
    else {
      // JSON.stringify gives undefined for a function or undefined (its type says string).
      const text = JSON.stringify(chart.series()) as string | undefined;
      if (text === undefined || JSON.stringify(JSON.parse(text)) !== text)
        say(`its series are not plain data (numbers, strings, arrays, objects) (series in src/charts/modules/${id}.ts)`);
    }
    const drawing = r.drawings.get(id);
    if (!drawing) say(`registered without a browser half (src/charts/drawings/${id}.ts, default export)`);
    else if (summary) {
      if (drawing.id !== id) say(`its browser half carries the id "${drawing.id}"`);
      const page = pageWords(chartPageData([summary], 'en') ?? { lang: 'en', common: {}, charts: {}, sources: {} });
      const config = drawing.config({ theme: defaultChartTheme, animate: false, page, series: { [id]: chart.series() } });
      if (!config.data.datasets.some((d) => d.data.length > 0)) say(`its browser half draws no data (src/charts/drawings/${id}.ts)`);
    }
    // 6. Its words in English and in every edition.
    for (const [lang, words] of r.words)
      if (!Object.hasOwn(words, id)) say(`has no words in ${lang === 'en' ? 'slides/charts.ts' : `editions/${lang}/charts.ts`}`);
    // 7. A slide that shows it.
    if (!r.shown.has(id)) say('no slide shows it (a { kind: "chart", chart: … } block in slides/)');
  }
  // And no part without a registration: a forgotten registry line leaves these behind.
  for (const file of r.moduleFiles)
    if (!ids.includes(file)) problems.push(`src/charts/modules/${file}.ts is not registered (one line in src/charts/registry.ts)`);
  for (const file of r.drawingFiles)
    if (!ids.includes(file)) problems.push(`src/charts/drawings/${file}.ts belongs to no registered chart`);
  return problems;
}

const real: Registration = {
  registered: chartModules,
  moduleFiles: folder('../../src/charts/modules/'),
  drawings: chartDrawings,
  drawingFiles: folder('../../src/charts/drawings/'),
  words: new Map<string, Readonly<Record<string, unknown>>>([
    ['en', englishCharts],
    ...EDITIONS.flatMap((e) => (e.charts ? [[e.id, e.charts] as const] : [])),
  ]),
  shown: new Set(
    deck.sections.flatMap((s) => s.slides.flatMap((slide) => slide.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])))),
  ),
  known: new Set(sources.keys()),
};

describe('registering a chart', () => {
  it('every registered chart has its data checks, summary, PowerPoint writer, browser half, words and slide; every part is registered', () => {
    expect(Object.keys(real.registered).length, 'charts registered').toBeGreaterThan(0);
    expect([...real.words.keys()].sort(), 'English and every edition’s chart words').toEqual(
      [...new Set(['en', ...EDITIONS.map((e) => e.id)])].sort(),
    );
    expect(registrationProblems(real)).toEqual([]);
  });

  // The same list over broken registrations: each missing part is named, with the chart.
  const [id, chart] = Object.entries(real.registered)[0] ?? ['', undefined];
  const broken = (change: Partial<Registration>): string[] => registrationProblems({ ...real, ...change });
  const withChart = (part: Partial<ChartDefinition>): Registration['registered'] => ({
    ...real.registered,
    [id]: { ...(chart as ChartDefinition), ...part },
  });

  it('names a chart registered without dataset checks, or with checks that look at nothing', () => {
    expect(broken({ registered: withChart({ checks: undefined }) })).toContain(
      `chart "${id}": registered without dataset checks (checks in src/charts/modules/${id}.ts)`,
    );
    expect(broken({ registered: withChart({ checks: () => [] }) }).join('\n')).toMatch(
      new RegExp(`chart "${id}": its dataset checks find nothing even with no source known`),
    );
  });

  it('names a chart registered without a PowerPoint writer, or one that plans nothing', () => {
    expect(broken({ registered: withChart({ powerpoint: undefined }) })).toContain(
      `chart "${id}": registered without a PowerPoint writer (powerpoint in src/charts/modules/${id}.ts)`,
    );
    expect(broken({ registered: withChart({ powerpoint: () => [] }) })).toContain(
      `chart "${id}": its PowerPoint writer plans no chart with data (powerpoint in src/charts/modules/${id}.ts)`,
    );
  });

  it('names a chart registered without a browser half, and a browser half or build half no registry line names', () => {
    const drawings = new Map(real.drawings);
    drawings.delete(id);
    expect(broken({ drawings })).toContain(
      `chart "${id}": registered without a browser half (src/charts/drawings/${id}.ts, default export)`,
    );
    expect(broken({ drawingFiles: [...real.drawingFiles, 'forgotten'] })).toContain(
      'src/charts/drawings/forgotten.ts belongs to no registered chart',
    );
    expect(broken({ moduleFiles: [...real.moduleFiles, 'forgotten'] })).toContain(
      'src/charts/modules/forgotten.ts is not registered (one line in src/charts/registry.ts)',
    );
  });

  it('names a chart registered under another id, without words in an edition, or on no slide', () => {
    expect(broken({ registered: { ...real.registered, 'other-id': chart } })).toContain(
      `chart "other-id": registered as "other-id" but its build half carries the id "${id}" (src/charts/registry.ts)`,
    );
    const words = new Map(real.words);
    words.set('ru', Object.fromEntries(Object.entries(words.get('ru') ?? {}).filter(([k]) => k !== id)));
    expect(broken({ words })).toContain(`chart "${id}": has no words in editions/ru/charts.ts`);
    expect(broken({ shown: new Set([...real.shown].filter((s) => s !== id)) })).toContain(
      `chart "${id}": no slide shows it (a { kind: "chart", chart: … } block in slides/)`,
    );
  });
});
