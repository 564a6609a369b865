/**
 * The rehearsal report's markup, chart and CSV: pure functions over the report model.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/base/csv.ts';
import { tickStep, timingChartSvg } from '../../src/rehearsal/chart.ts';
import { formatDelta, renderReport, reportCsv } from '../../src/rehearsal/report-view.ts';
import type { RehearsalRun } from '../../src/rehearsal/run.ts';
import { buildReport, type PlannedSlide } from '../../src/rehearsal/timing.ts';

const PLANNED: PlannedSlide[] = [
  { id: 'title', number: 1, title: 'A <title> & more', planned: 20 },
  { id: 'middle', number: 2, title: 'Middle, with a comma', planned: 40 },
  { id: 'end', number: 3, title: 'End', planned: 10 },
];
const T0 = Date.UTC(2025, 2, 14, 9, 5);
const complete: RehearsalRun = {
  id: 'complete',
  startedAt: T0,
  slides: ['title', 'middle', 'end'],
  events: [
    { kind: 'show', at: T0, slide: 'title' },
    { kind: 'show', at: T0 + 30_000, slide: 'middle' },
    { kind: 'show', at: T0 + 65_000, slide: 'end' },
    { kind: 'finish', at: T0 + 75_000 },
  ],
};
const abandoned: RehearsalRun = {
  id: 'abandoned',
  startedAt: T0 + 3_600_000,
  slides: ['title', 'middle', 'end'],
  events: [
    { kind: 'show', at: T0 + 3_600_000, slide: 'title' },
    { kind: 'abandon', at: T0 + 3_612_000 },
  ],
};

describe('timingChartSvg', () => {
  const report = buildReport(PLANNED, [complete]);
  const svg = timingChartSvg(report.rows, { label: 'Chart & label' });

  it('draws a planned bar per slide, an actual bar where the slide was shown, long ones marked, and the median', () => {
    expect(svg.match(/class="rehearsal-chart-planned"/g)).toHaveLength(3);
    expect(svg.match(/class="rehearsal-chart-actual( rehearsal-chart-long)?"/g)).toHaveLength(3);
    // The title slide ran 30 s of 20 planned.
    expect(svg.match(/rehearsal-chart-long/g)).toHaveLength(1);
    expect(svg.match(/class="rehearsal-chart-median"/g)).toHaveLength(3);
    expect(svg).toContain('<title>Slide 1: latest run 30 s</title>');
    expect(svg).toContain('role="img" aria-label="Chart &amp; label"');
  });

  it('puts bars on the axis, no higher than the plot, with whole ticks', () => {
    const heights = [...svg.matchAll(/<rect [^>]*y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)].map((m) => Number(m[1]) + Number(m[2]));
    expect(new Set(heights.map((h) => Math.round(h)))).toEqual(new Set([194]));
    expect(tickStep(40)).toBe(10);
    expect(tickStep(900)).toBe(300);
  });

  it('draws only planned bars when there is no run', () => {
    const empty = timingChartSvg(buildReport(PLANNED, []).rows);
    expect(empty).not.toContain('rehearsal-chart-actual');
    expect(empty).not.toContain('rehearsal-chart-median');
  });
});

describe('renderReport', () => {
  it('lists each slide with planned, latest, difference and median, highlights the long ones, and escapes titles', () => {
    const html = renderReport(buildReport(PLANNED, [complete, abandoned]));
    expect(html).toContain('<th scope="row">A &lt;title&gt; &amp; more</th>');
    const row = /<tr data-slide="middle"[^>]*>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    // Latest is the abandoned run (it never reached "middle"); the median is the complete run's 35 s.
    expect(row).toContain('<td data-seconds="40">0:40</td>');
    expect(row).toContain('rehearsal-none');
    expect(row).toContain('<td data-seconds="35">0:35</td>');
    expect(html).toMatch(
      /<tr data-slide="title" class="rehearsal-row-long">.*<td data-seconds="30" class="rehearsal-long">0:30 <span class="rehearsal-long-mark">long<\/span><\/td><\/tr>/,
    );
    expect(html).toContain('<span class="rehearsal-flag">abandoned</span>');
    // A run that stopped early is not compared with the slot or the plan.
    expect(html).toContain(
      '0:12</span> <span class="rehearsal-total-note"><span class="rehearsal-flag">abandoned</span> before the last slide</span>',
    );
    expect(html).toContain('<td data-seconds="12">0:12</td><td class="rehearsal-delta"></td>');
    expect(html).toContain('Median of 1 complete run');
    expect(html).toContain('<div data-total="slot"><dt>Slot</dt><dd><span class="rehearsal-total-value">15:00</span>');
    expect(html).toContain('1:15</span> <span class="rehearsal-total-note">13:45 under the 15:00 slot</span>');
    const done = renderReport(buildReport(PLANNED, [complete]));
    expect(done).toContain('<td data-seconds="75">1:15</td><td class="rehearsal-delta">+0:05</td>');
  });

  it('says how to start when there is no run yet', () => {
    const html = renderReport(buildReport(PLANNED, []));
    expect(html).toContain('No rehearsal yet');
    expect(html).not.toContain('<h3 class="rehearsal-subhead">Runs</h3>');
  });

  it('formatDelta signs the difference', () => {
    expect(formatDelta(30, 20)).toBe('+0:10');
    expect(formatDelta(15, 20)).toBe('-0:05');
    expect(formatDelta(20.2, 20)).toBe('±0:00');
  });
});

describe('reportCsv', () => {
  it('has a row per slide and a total, with every run as a column (oldest first), quoted where needed', () => {
    const rows = parseCsv(reportCsv(buildReport(PLANNED, [abandoned, complete])));
    expect(rows[0]).toEqual([
      'slide',
      'id',
      'title',
      'planned_s',
      'latest_s',
      'median_s',
      'run 2025-03-14 09:05 (complete)',
      'run 2025-03-14 10:05 (abandoned)',
    ]);
    expect(rows[1]).toEqual(['1', 'title', 'A <title> & more', '20', '12', '30', '30', '12']);
    expect(rows[2]).toEqual(['2', 'middle', 'Middle, with a comma', '40', '', '35', '35', '']);
    expect(rows[4]).toEqual(['', 'total', 'Total', '70', '12', '75', '75', '12']);
    expect(rows).toHaveLength(5);
  });
});
