/**
 * The rehearsal report as markup and as CSV. Pure: the report model (timing.ts) in, strings out.
 * The dialog (report.ts) puts this markup on screen; the same markup prints.
 */
import { toCsv, type CsvCell } from '../base/csv.ts';
import { esc } from '../base/html.ts';
import { timingChartSvg } from './chart.ts';
import { formatClock, type RehearsalReport, type RunStatus, type RunSummary } from './timing.ts';

export type DateFormat = (ms: number) => string;

/** "2025-03-14 09:05" (UTC): the default when no locale-aware format is given. */
export const isoMinute: DateFormat = (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

const STATUS: Record<RunStatus, string> = { complete: 'complete', abandoned: 'abandoned', running: 'running' };

/** "+0:12" / "-0:05" / "±0:00": actual against planned. */
export function formatDelta(actual: number, planned: number): string {
  const delta = Math.round(actual) - Math.round(planned);
  return delta === 0 ? '±0:00' : `${delta > 0 ? '+' : ''}${formatClock(delta)}`;
}

const time = (seconds: number | null, long = false): string => {
  if (seconds === null) return '<td class="rehearsal-none">–<span class="visually-hidden"> not shown</span></td>';
  const badge = long ? ' <span class="rehearsal-long-mark">long</span>' : '';
  return `<td data-seconds="${Math.round(seconds)}"${long ? ' class="rehearsal-long"' : ''}>${formatClock(seconds)}${badge}</td>`;
};

function runLabel(run: RunSummary, date: DateFormat): string {
  return `${esc(date(run.startedAt))}: ${formatClock(run.total)}${run.status === 'complete' ? '' : ` <span class="rehearsal-flag">${STATUS[run.status]}</span>`}`;
}

/** The totals line: the latest run and the median against the slot. */
function renderTotals(report: RehearsalReport, date: DateFormat): string {
  const { totals } = report;
  const against = (seconds: number): string => {
    const delta = Math.round(seconds) - totals.slot;
    if (delta === 0) return 'exactly the slot';
    return `${formatClock(Math.abs(delta))} ${delta > 0 ? 'over' : 'under'} the ${formatClock(totals.slot)} slot`;
  };
  const item = (name: string, key: string, value: string, note = ''): string =>
    `<div data-total="${key}"><dt>${name}</dt><dd><span class="rehearsal-total-value">${value}</span>${note ? ` <span class="rehearsal-total-note">${note}</span>` : ''}</dd></div>`;
  const latest = report.latest;
  const medianName = `Median of ${report.counted} ${report.includeAbandoned ? 'ended' : 'complete'} run${report.counted === 1 ? '' : 's'}`;
  return [
    '<dl class="rehearsal-totals">',
    item('Slot', 'slot', formatClock(totals.slot)),
    item('Planned', 'planned', formatClock(totals.planned), against(totals.planned)),
    latest && totals.latest !== null
      ? item(
          `Latest run <span class="rehearsal-date">${esc(date(latest.startedAt))}</span>`,
          'latest',
          formatClock(totals.latest),
          // A run that stopped early says nothing about the slot.
          latest.status === 'complete'
            ? against(totals.latest)
            : `<span class="rehearsal-flag">${STATUS[latest.status]}</span> before the last slide`,
        )
      : item('Latest run', 'latest', '–', 'none yet'),
    item(
      medianName,
      'median',
      totals.median === null ? '–' : formatClock(totals.median),
      totals.median === null ? '' : against(totals.median),
    ),
    '</dl>',
  ].join('');
}

/** The report's body: totals, chart, per-slide table, the runs. */
export function renderReport(report: RehearsalReport, date: DateFormat = isoMinute): string {
  const percent = Math.round(report.longRatio * 100);
  const longCount = report.rows.filter((r) => r.latestLong).length;
  const intro =
    report.runs.length === 0
      ? '<p class="rehearsal-empty">No rehearsal yet. Press <kbd>W</kbd> to start one from the first slide, and <kbd>W</kbd> again on the last slide to finish it.</p>'
      : '';
  const rows = report.rows
    .map(
      (row) =>
        `<tr data-slide="${esc(row.id)}"${row.latestLong || row.medianLong ? ' class="rehearsal-row-long"' : ''}>` +
        `<td>${row.number}</td><th scope="row">${esc(row.title)}</th>` +
        `${time(row.planned)}${time(row.latest, row.latestLong)}` +
        `<td class="rehearsal-delta">${row.latest === null ? '' : formatDelta(row.latest, row.planned)}</td>` +
        `${time(row.median, row.medianLong)}</tr>`,
    )
    .join('');
  const t = report.totals;
  const wholeRun = report.latest?.status === 'complete' && t.latest !== null;
  const foot = `<tr><td></td><th scope="row">Total</th>${time(t.planned)}${time(t.latest)}<td class="rehearsal-delta">${wholeRun ? formatDelta(t.latest, t.planned) : ''}</td>${time(t.median)}</tr>`;
  const chart = timingChartSvg(report.rows, {
    label: `Planned and latest seconds per slide${longCount ? `; ${longCount} slide${longCount === 1 ? '' : 's'} ran long` : ''}`,
  });
  const runs = report.runs.length
    ? `<h3 class="rehearsal-subhead">Runs</h3><ol class="rehearsal-runs" reversed>${report.runs.map((r) => `<li data-status="${r.status}">${runLabel(r, date)}</li>`).join('')}</ol>`
    : '';
  return [
    intro,
    renderTotals(report, date),
    `<figure class="rehearsal-figure">${chart}<figcaption><span class="rehearsal-key rehearsal-key-planned"></span> planned <span class="rehearsal-key rehearsal-key-actual"></span> latest run <span class="rehearsal-key rehearsal-key-long"></span> over ${percent}% of planned <span class="rehearsal-key rehearsal-key-median"></span> median</figcaption></figure>`,
    `<div class="rehearsal-table-wrap"><table class="rehearsal-table"><caption>Time per slide (minutes:seconds); “long” is over ${percent}% of the planned time</caption>`,
    '<thead><tr><th scope="col">#</th><th scope="col">Slide</th><th scope="col">Planned</th><th scope="col">Latest</th><th scope="col">±</th><th scope="col">Median</th></tr></thead>',
    `<tbody>${rows}</tbody><tfoot>${foot}</tfoot></table></div>`,
    runs,
  ].join('');
}

/** One row per slide: planned, latest, median, then every run's seconds (oldest first). */
export function reportCsv(report: RehearsalReport, date: DateFormat = isoMinute): string {
  const runs = [...report.runs].reverse();
  const secs = (value: number | null | undefined): CsvCell => (value === null || value === undefined ? null : Math.round(value * 10) / 10);
  const header = [
    'slide',
    'id',
    'title',
    'planned_s',
    'latest_s',
    'median_s',
    ...runs.map((r) => `run ${date(r.startedAt)} (${r.status})`),
  ];
  const rows = report.rows.map((row) => [
    row.number,
    row.id,
    row.title,
    row.planned,
    secs(row.latest),
    secs(row.median),
    ...runs.map((r) => secs(r.seconds.get(row.id))),
  ]);
  const total = [
    '',
    'total',
    'Total',
    report.totals.planned,
    secs(report.totals.latest),
    secs(report.totals.median),
    ...runs.map((r) => secs(r.total)),
  ];
  return toCsv(header, [...rows, total]);
}
