/**
 * The partnership ladder: the formal level of China–Belarus relations, document by document, on
 * the deck's own ordinal coding of China's partnership labels (said on the slide). Summary and
 * Chart.js configuration from the same dataset module (src/data/partnership-ladder.ts).
 */
import type { Point } from 'chart.js';
import type { ChartSummary } from '../../model/chart.ts';
import type { SourceId } from '../../data/sources.ts';
import { getSource } from '../../data/sources.ts';
import { ladderCoding, ladderCodingSources, partnershipLadder } from '../../data/partnership-ladder.ts';
import type { ChartModule, XYChartConfig } from '../chart-module.ts';
import { common, unique, yearText, type BuildOptions } from '../common.ts';
import { toCsv } from '../csv.ts';
import { stepLabelsPlugin } from '../plugins.ts';

declare module '../../model/chart.ts' {
  interface ChartRegistry {
    'partnership-ladder': true;
  }
}

function summary(): ChartSummary {
  const steps = partnershipLadder;
  const first = steps[0];
  const last = steps.at(-1);
  if (!first || !last) throw new Error('partnership-ladder: no steps');
  const csp = steps.find((s) => s.level === 5);
  if (!csp) throw new Error('partnership-ladder: no comprehensive strategic partnership step');
  const top = ladderCoding.at(-1);
  return {
    id: 'partnership-ladder',
    title: 'The formal level of China–Belarus relations, 1992–2022',
    finding:
      `On the deck’s own ordinal coding of China’s partnership labels, the formal level of China–Belarus relations rose step by step ` +
      `from ${first.wording} (${first.year}) to a ${csp.wording} (${csp.year}) and the ${last.wording} (${last.year}).`,
    tables: [
      {
        caption: 'Documents and the deck’s ordinal coding of their level (the coding is the deck’s own reading of the sources)',
        columns: [
          { label: 'Date' },
          { label: 'Document' },
          { label: 'Level wording' },
          { label: 'Code (deck’s reading)' },
          { label: 'Source' },
        ],
        rows: steps.map((s) => [s.date, s.document, s.wording, s.level, s.sources.map((id) => getSource(id).short).join('; ')]),
      },
      {
        caption: 'The deck’s ordinal coding',
        columns: [{ label: 'Code' }, { label: 'Level' }],
        rows: ladderCoding.map((c) => [c.level, c.name]),
      },
    ],
    cite: unique<SourceId>([...steps.flatMap((s) => s.sources), ...ladderCodingSources]),
    caption: 'Levels: the deck’s own ordinal coding of China’s partnership labels, not an official scale. Hollow points kept the level.',
    footnotes: [
      `Levels: the deck’s own ordinal reading of China’s ranked partnership labels, not a measure given by any source (1 = ${ladderCoding[1]?.name} … ${top?.level} = ${top?.name}; no Belarus–China document codes as 4, a plain strategic partnership, though officials used that phrase before 2013). Hollow points: documents that kept the level.`,
      'Since the talk, perhaps: the typology that puts “all-weather” partnerships above the others (Xiang Haoyu, CSIS Interpret) names Belarus among them, so it was written on or after 15 Sep 2022.',
    ],
    csvName: 'china-belarus-partnership-ladder.csv',
    csv: toCsv(
      ['date', 'year', 'level_code', 'document', 'wording', 'source_ids'],
      steps.map((s) => [s.date, s.year, s.level, s.document, s.wording, s.sources.join(' ')]),
    ),
  };
}

const LADDER_END = 2024;

export function buildLadderConfig(options: BuildOptions): XYChartConfig {
  const { theme } = options;
  const c = common(theme, options.animate, options.compact);
  const steps = partnershipLadder;
  const raises = steps.map((s, i) => i === 0 || s.level > (steps[i - 1]?.level ?? 0));
  const last = steps.at(-1);
  const data: Point[] = [...steps.map((s) => ({ x: s.at, y: s.level })), { x: LADDER_END, y: last?.level ?? 0 }];
  const names = new Map(ladderCoding.map((l) => [l.level, l.name]));
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: 'Formal level (deck’s ordinal coding)',
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
          ...c.axis('Level (deck’s coding)'),
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
              const s = steps[items[0]?.dataIndex ?? -1];
              return s ? `${s.date}: ${s.document}` : '';
            },
            label: (item) => {
              const s = steps[item.dataIndex];
              return s ? [`“${s.wording}”`, `Level ${s.level} on the deck’s coding: ${names.get(s.level) ?? ''}`] : '';
            },
            footer: (items) => {
              const s = steps[items[0]?.dataIndex ?? -1];
              return s ? `Source: ${s.sources.map((id) => getSource(id).short).join('; ')}` : '';
            },
          },
        },
      },
    },
    plugins: [
      stepLabelsPlugin<'line'>(
        steps.map((s, i) => ({ at: s.at, level: s.level, text: `${s.year} ${s.label}`, raises: raises[i] ?? false })),
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
