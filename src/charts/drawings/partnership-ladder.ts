/**
 * The partnership ladder's browser half: a stepped line through every document on the deck's own
 * coding, its documents labelled, from the plain series its data module makes
 * (`ladderChartSeries` in src/data/partnership-ladder.ts) in the words the page gives; the series
 * come bundled as data (no data module's text). Build half: src/charts/modules/partnership-ladder.ts.
 */
import type { Point } from 'chart.js';
import { formatDate, formatNumber } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import type { ChartDrawing, XYChartConfig } from '../chart-module.ts';
import { common, yearText, type BuildOptions } from '../common.ts';
import { stepLabelsPlugin } from '../plugins.ts';
import { chartSeries, chartWords } from '../words.ts';

export function buildLadderConfig(options: BuildOptions): XYChartConfig {
  const { theme } = options;
  const c = common(theme, options.animate, options.compact);
  const page = options.page;
  const { steps, end: ladderEnd } = chartSeries(options, 'partnership-ladder');
  const words = chartWords(page, 'partnership-ladder');
  const raises = steps.map((s, i) => i === 0 || s.level > (steps[i - 1]?.level ?? 0));
  const last = steps.at(-1);
  const data: Point[] = [...steps.map((s) => ({ x: s.at, y: s.level })), { x: ladderEnd, y: last?.level ?? 0 }];
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
          max: ladderEnd,
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
        steps.map((s, i) => {
          const label = words.steps[i]?.label ?? '';
          return {
            at: s.at,
            level: s.level,
            text: fill(words.stepLabel, { year: s.year, label }),
            // The year as the label writes it ("2001", "2001:", "2001年"), then the document.
            lines: [fill(words.stepLabel, { year: s.year, label: '' }).trim(), label] as const,
            raises: raises[i] ?? false,
          };
        }),
        theme,
      ),
    ],
  };
}

export const partnershipLadderDrawing: ChartDrawing<'partnership-ladder'> = {
  id: 'partnership-ladder',
  config: buildLadderConfig,
};

export default partnershipLadderDrawing;
