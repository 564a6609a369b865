/**
 * The partnership ladder: the formal level of China–Belarus relations, document by document, on
 * the deck's own ordinal coding of China's partnership labels (said on the slide). Summary and
 * Chart.js configuration from the same dataset module (src/data/partnership-ladder.ts).
 */
import type { Point } from 'chart.js';
import type { ChartSummary } from '../../model/chart.ts';
import type { SourceId } from '../../data/sources.ts';
import { formatDate, formatNumber } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import { ladderCoding, ladderCodingSources, partnershipLadder } from '../../data/partnership-ladder.ts';
import type { ChartModule, XYChartConfig } from '../chart-module.ts';
import { common, unique, yearText, type BuildOptions } from '../common.ts';
import { toCsv } from '../../base/csv.ts';
import { stepLabelsPlugin } from '../plugins.ts';
import { chartWords, type SummaryContext } from '../words.ts';

declare module '../../model/chart.ts' {
  interface ChartRegistry {
    'partnership-ladder': true;
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

const LADDER_END = 2024;

export function buildLadderConfig(options: BuildOptions): XYChartConfig {
  const { theme } = options;
  const c = common(theme, options.animate, options.compact);
  const steps = partnershipLadder;
  const page = options.page;
  const words = chartWords(page, 'partnership-ladder');
  const raises = steps.map((s, i) => i === 0 || s.level > (steps[i - 1]?.level ?? 0));
  const last = steps.at(-1);
  const data: Point[] = [...steps.map((s) => ({ x: s.at, y: s.level })), { x: LADDER_END, y: last?.level ?? 0 }];
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: words.series,
          data,
          stepped: 'before',
          borderColor: theme.series[3],
          backgroundColor: theme.series[3],
          borderWidth: options.compact ? 3 : 4,
          pointStyle: 'circle',
          // Filled where the level rose; hollow where a document kept it; none at the axis end.
          // Smaller on a phone, where the labels need the room.
          pointRadius: data.map((_, i) => (i < steps.length ? (options.compact ? 5 : 8) : 0)),
          pointHoverRadius: data.map((_, i) => (i < steps.length ? (options.compact ? 7 : 10) : 0)),
          pointBackgroundColor: data.map((_, i) => (raises[i] ? theme.series[3] : theme.paper)),
          pointBorderWidth: 3,
        },
      ],
    },
    options: {
      ...c.base,
      interaction: { mode: 'nearest', intersect: true },
      layout: { padding: { top: 8, right: 16, bottom: 0, left: 0 } },
      scales: {
        x: {
          ...c.axis(''),
          type: 'linear',
          min: 1991,
          max: LADDER_END,
          grid: { display: false },
          afterBuildTicks: (axis) => {
            axis.ticks = [1992, 2000, 2005, 2010, 2015, 2022].map((value) => ({ value }));
          },
          ticks: { color: theme.ink, font: c.font, callback: (v) => yearText(v) },
        },
        y: {
          ...c.axis(words.axis),
          min: 0,
          // Room above the top step for its label.
          max: 6.8,
          afterBuildTicks: (axis) => {
            axis.ticks = [0, 1, 2, 3, 4, 5, 6].map((value) => ({ value }));
          },
          ticks: { color: theme.ink, font: c.font, callback: (v) => String(v) },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          ...c.tooltip,
          filter: (item) => item.dataIndex < steps.length,
          callbacks: {
            title: (items) => {
              const i = items[0]?.dataIndex ?? -1;
              const s = steps[i];
              return s ? fill(words.tooltipTitle, { date: formatDate(s.date, page.lang), document: words.steps[i]?.document ?? '' }) : '';
            },
            label: (item) => {
              const s = steps[item.dataIndex];
              return s
                ? [
                    fill(words.tooltipWording, { wording: words.steps[item.dataIndex]?.wording ?? '' }),
                    fill(words.tooltipLevel, {
                      level: formatNumber(s.level, 1, page.lang),
                      name: words.coding[String(s.level)] ?? '',
                    }),
                  ]
                : '';
            },
            footer: (items) => {
              const s = steps[items[0]?.dataIndex ?? -1];
              return s ? fill(page.common.source, { sources: s.sources.map((id) => page.sources[id] ?? id).join('; ') }) : '';
            },
          },
        },
      },
    },
    plugins: [
      stepLabelsPlugin<'line'>(
        steps.map((s, i) => ({
          at: s.at,
          level: s.level,
          text: fill(words.stepLabel, { year: s.year, label: words.steps[i]?.label ?? '' }),
          raises: raises[i] ?? false,
        })),
        theme,
      ),
    ],
  };
}

export const partnershipLadderChart: ChartModule<'partnership-ladder'> = {
  id: 'partnership-ladder',
  summary,
  config: buildLadderConfig,
};
