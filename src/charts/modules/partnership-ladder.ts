/**
 * The partnership ladder's build half: the formal level of China–Belarus relations, document by
 * document, on the deck's own ordinal coding of China's partnership labels (said on the slide).
 * Its id, its data's checks, its summary and its PowerPoint chart, from its data module
 * (src/data/partnership-ladder.ts); the browser half is src/charts/drawings/partnership-ladder.ts.
 */
import type { ChartSummary } from '../../model/chart.ts';
import type { SourceId } from '../../data/sources.ts';
import { formatDate } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import { checkLadderData, ladderCoding, ladderCodingSources, ladderEnd, partnershipLadder } from '../../data/partnership-ladder.ts';
import { ladderChartSeries, type LadderChartSeries } from '../../data/partnership-ladder.ts';
import type { ChartDefinition } from '../chart-module.ts';
import { unique } from '../common.ts';
import { toCsv } from '../../base/csv.ts';
import { hollow, type ChartPlan, type ChartSeries, type Palette } from '../powerpoint.ts';
import type { BrowserWords, SummaryContext } from '../words.ts';

declare module '../../model/chart.ts' {
  interface ChartRegistry {
    'partnership-ladder': LadderChartSeries;
  }
}

type Ctx = SummaryContext<'partnership-ladder'>;

function summary(ctx: Ctx): ChartSummary {
  const w = ctx.words;
  const steps = partnershipLadder;
  const stepWords = (i: number) => {
    const sw = w.steps[i];
    if (!sw) throw new Error(`partnership-ladder: no words for step ${i + 1}`);
    return sw;
  };
  const first = steps[0];
  const last = steps.at(-1);
  if (!first || !last) throw new Error('partnership-ladder: no steps');
  const cspAt = steps.findIndex((s) => s.level === 5);
  const csp = steps[cspAt];
  if (!csp) throw new Error('partnership-ladder: no comprehensive strategic partnership step');
  const top = ladderCoding.at(-1);
  const code = (level: number): string => w.coding[String(level)] ?? String(level);
  const date = (iso: string): string => formatDate(iso, ctx.lang);
  return {
    id: 'partnership-ladder',
    title: w.title,
    finding: fill(w.finding, {
      firstWording: stepWords(0).wording,
      firstYear: first.year,
      cspWording: stepWords(cspAt).wording,
      cspYear: csp.year,
      lastWording: stepWords(steps.length - 1).wording,
      lastYear: last.year,
    }),
    tables: [
      {
        caption: w.tables.documents,
        columns: [
          { label: w.columns.date },
          { label: w.columns.document },
          { label: w.columns.wording },
          { label: w.columns.code },
          { label: w.columns.source },
        ],
        rows: steps.map((s, i) => [
          date(s.date),
          stepWords(i).document,
          stepWords(i).wording,
          s.level,
          s.sources.map((id) => ctx.source(id).short).join('; '),
        ]),
      },
      {
        caption: w.tables.coding,
        columns: [{ label: w.columns.codeShort }, { label: w.columns.level }],
        rows: ladderCoding.map((c) => [c.level, code(c.level)]),
      },
    ],
    cite: unique<SourceId>([...steps.flatMap((s) => s.sources), ...ladderCodingSources]),
    caption: w.caption,
    footnotes: [
      fill(w.footnotes.coding, {
        one: fill(w.codeIs, { code: 1, name: code(1) }),
        topLevel: top?.level ?? '',
        top: code(top?.level ?? 0),
      }),
      fill(w.footnotes.typology, { date: formatDate(last.date, ctx.lang, 'long') }),
    ],
    csvName: 'china-belarus-partnership-ladder.csv',
    csv: toCsv(
      [w.csv.date, w.csv.year, w.csv.code, w.csv.document, w.csv.wording, w.csv.sources],
      steps.map((s, i) => [s.date, s.year, s.level, stepWords(i).document, stepWords(i).wording, s.sources.join(' ')]),
    ),
    browser: {
      words: w.browser,
      common: ctx.common.browser,
      sources: Object.fromEntries(unique(steps.flatMap((s) => s.sources)).map((id) => [id, ctx.source(id).short])),
    },
  };
}

/* ---------- PowerPoint ---------- */

/** The ladder's corner points: each document's level starts at its date; the level before runs up to it. */
export function ladderPoints(): { x: number[]; level: number[]; document: (number | null)[] } {
  const x: number[] = [];
  const level: number[] = [];
  const document: (number | null)[] = [];
  partnershipLadder.forEach((step, i) => {
    const before = partnershipLadder[i - 1];
    if (before && before.level !== step.level) {
      x.push(step.at);
      level.push(before.level);
      document.push(null);
    }
    x.push(step.at);
    level.push(step.level);
    document.push(i);
  });
  const last = partnershipLadder.at(-1);
  x.push(ladderEnd);
  level.push(last?.level ?? 0);
  document.push(null);
  return { x, level, document };
}

function ladderPlan(summary: ChartSummary, p: Palette): ChartPlan {
  const { x, level, document } = ladderPoints();
  const words = summary.browser.words as BrowserWords<'partnership-ladder'>;
  const raises = (i: number): boolean => i === 0 || (partnershipLadder[i]?.level ?? 0) > (partnershipLadder[i - 1]?.level ?? 0);
  const points = (keep: (i: number) => boolean): ChartSeries['values'] =>
    document.map((d, j) => (d !== null && keep(d) ? (level[j] ?? null) : null));
  const labels = (keep: (i: number) => boolean, position: (i: number) => 'l' | 'r' | 't' | 'b', dx = 0) =>
    document.flatMap((d, j) => {
      const step = d === null ? undefined : partnershipLadder[d];
      return step && d !== null && keep(d)
        ? [{ index: j, text: fill(words.stepLabel, { year: step.year, label: words.steps[d]?.label ?? '' }), position: position(d), dx }]
        : [];
    });
  // A raising document's label goes left of its point, where the lower level's line has already turned
  // up; the first sits below its point (the axis is to its left), and a small step's label above it.
  const raisePosition = (i: number): 'l' | 't' | 'b' => {
    const step = partnershipLadder[i];
    const before = partnershipLadder[i - 1];
    if (!step || !before) return 'b';
    return step.level - before.level < 1 ? 't' : 'l';
  };
  const top = ladderCoding.at(-1)?.level ?? 6;
  return {
    kind: 'scatter',
    name: `Chart ${summary.id}`,
    alt: summary.finding,
    legend: true,
    x,
    series: [
      {
        name: words.series,
        values: level,
        style: { color: p.series[3], lineWidth: 3, marker: { symbol: 'none', size: 2, fill: p.series[3], line: p.series[3] } },
      },
      {
        name: words.raising,
        values: points(raises),
        style: {
          color: p.series[3],
          lineWidth: 0,
          marker: { symbol: 'circle', size: 10, fill: p.series[3], line: p.series[3] },
          labels: labels(raises, raisePosition),
        },
      },
      {
        name: words.keeping,
        values: points((i) => !raises(i)),
        style: {
          color: p.series[3],
          lineWidth: 0,
          marker: { symbol: 'circle', size: 9, fill: hollow(p.series[3], p), line: p.series[3] },
          // Below and to the right, as on the slides: clear of the step that rose to this level.
          labels: labels(
            (i) => !raises(i),
            () => 'b',
            0.07,
          ),
        },
      },
    ],
    xAxis: { min: 1990, max: 2025, step: 5, format: '0' },
    yAxis: { title: words.axis, min: 0, max: Math.ceil(top + 1), step: 1, format: '0' },
  };
}

export const partnershipLadderChart: ChartDefinition<'partnership-ladder'> = {
  id: 'partnership-ladder',
  checks: checkLadderData,
  summary,
  series: ladderChartSeries,
  powerpoint: (summary, palette) => [ladderPlan(summary, palette)],
};
