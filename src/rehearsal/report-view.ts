/**
 * The rehearsal report as markup and as CSV. Pure: the report model (timing.ts) in, strings out.
 * The dialog (report.ts) puts this markup on screen; the same markup prints.
 */
import { toCsv, type CsvCell } from '../base/csv.ts';
import { fill, plural } from '../model/messages.ts';
import { ENGLISH_REPORT, type ReportLocale } from './english.ts';
import { esc } from '../base/html.ts';
import { timingChartSvg } from './chart.ts';
import { formatClock, type RehearsalReport, type RunStatus, type RunSummary } from './timing.ts';

export type DateFormat = (ms: number) => string;

/** "2025-03-14 09:05" (UTC): the default when no locale-aware format is given. */
export const isoMinute: DateFormat = (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** "14 Mar 2025, 09:05" in the page's language and the reader's time zone. */
export const localMinute =
  (lang: string): DateFormat =>
  (ms) =>
    new Date(ms).toLocaleString(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export { ENGLISH_REPORT, type ReportLocale } from './english.ts';

const statusWord = (status: RunStatus, locale: ReportLocale): string => locale.words.rehearsal[status];

/** "+0:12" / "-0:05" / "±0:00": actual against planned. */
export function formatDelta(actual: number, planned: number): string {
  const delta = Math.round(actual) - Math.round(planned);
  return delta === 0 ? '±0:00' : `${delta > 0 ? '+' : ''}${formatClock(delta)}`;
}

const cell =
  (locale: ReportLocale) =>
  (seconds: number | null, long = false): string => {
    const w = locale.words.rehearsal;
    if (seconds === null) return `<td class="rehearsal-none">–<span class="visually-hidden"> ${esc(w.notShown)}</span></td>`;
    const badge = long ? ` <span class="rehearsal-long-mark">${esc(w.long)}</span>` : '';
    return `<td data-seconds="${Math.round(seconds)}"${long ? ' class="rehearsal-long"' : ''}>${formatClock(seconds)}${badge}</td>`;
  };

const flag = (status: RunStatus, locale: ReportLocale): string => `<span class="rehearsal-flag">${esc(statusWord(status, locale))}</span>`;

function runLabel(run: RunSummary, date: DateFormat, locale: ReportLocale): string {
  return `${esc(date(run.startedAt))}: ${formatClock(run.total)}${run.status === 'complete' ? '' : ` ${flag(run.status, locale)}`}`;
}

/** The totals line: the latest run and the median against the slot. */
function renderTotals(report: RehearsalReport, date: DateFormat, locale: ReportLocale): string {
  const { totals } = report;
  const w = locale.words.rehearsal;
  const against = (seconds: number): string => {
    const delta = Math.round(seconds) - totals.slot;
    if (delta === 0) return esc(w.exactlySlot);
    return esc(fill(delta > 0 ? w.overSlot : w.underSlot, { delta: formatClock(Math.abs(delta)), slot: formatClock(totals.slot) }));
  };
  const item = (name: string, key: string, value: string, note = ''): string =>
    `<div data-total="${key}"><dt>${name}</dt><dd><span class="rehearsal-total-value">${value}</span>${note ? ` <span class="rehearsal-total-note">${note}</span>` : ''}</dd></div>`;
  const latest = report.latest;
  const medianName = esc(plural(locale.lang, report.includeAbandoned ? w.medianEnded : w.medianComplete, report.counted));
  return [
    '<dl class="rehearsal-totals">',
    item(esc(w.slot), 'slot', formatClock(totals.slot)),
    item(esc(w.planned), 'planned', formatClock(totals.planned), against(totals.planned)),
    latest && totals.latest !== null
      ? item(
          `${esc(w.latestRun)} <span class="rehearsal-date">${esc(date(latest.startedAt))}</span>`,
          'latest',
          formatClock(totals.latest),
          // A run that stopped early says nothing about the slot.
          latest.status === 'complete' ? against(totals.latest) : fill(esc(w.beforeLast), { status: flag(latest.status, locale) }),
        )
      : item(esc(w.latestRun), 'latest', '–', esc(w.noneYet)),
    item(
      medianName,
      'median',
      totals.median === null ? '–' : formatClock(totals.median),
      totals.median === null ? '' : against(totals.median),
    ),
    '</dl>',
  ].join('');
}

/** The report's body: totals, chart, per-slide table, the runs; in the locale's words (English by default). */
export function renderReport(report: RehearsalReport, date: DateFormat = isoMinute, locale: ReportLocale = ENGLISH_REPORT): string {
  const w = locale.words.rehearsal;
  const time = cell(locale);
  const numbers = new Intl.NumberFormat(locale.lang);
  const percent = new Intl.NumberFormat(locale.lang, { style: 'percent', maximumFractionDigits: 0 }).format(report.longRatio);
  const longCount = report.rows.filter((r) => r.latestLong).length;
  const intro = report.runs.length === 0 ? `<p class="rehearsal-empty">${fill(esc(w.empty), { key: '<kbd>W</kbd>' })}</p>` : '';
  const rows = report.rows
    .map(
      (row) =>
        `<tr data-slide="${esc(row.id)}"${row.latestLong || row.medianLong ? ' class="rehearsal-row-long"' : ''}>` +
        `<td>${numbers.format(row.number)}</td><th scope="row">${esc(row.title)}</th>` +
        `${time(row.planned)}${time(row.latest, row.latestLong)}` +
        `<td class="rehearsal-delta">${row.latest === null ? '' : formatDelta(row.latest, row.planned)}</td>` +
        `${time(row.median, row.medianLong)}</tr>`,
    )
    .join('');
  const t = report.totals;
  const wholeRun = report.latest?.status === 'complete' && t.latest !== null;
  const foot = `<tr><td></td><th scope="row">${esc(w.total)}</th>${time(t.planned)}${time(t.latest)}<td class="rehearsal-delta">${wholeRun ? formatDelta(t.latest, t.planned) : ''}</td>${time(t.median)}</tr>`;
  const chart = timingChartSvg(report.rows, {
    label: [w.chartLabel, ...(longCount ? [plural(locale.lang, w.chartLong, longCount)] : [])].join(locale.words.listSeparator),
    locale,
  });
  const runs = report.runs.length
    ? `<h3 class="rehearsal-subhead">${esc(w.runs)}</h3><ol class="rehearsal-runs" reversed>${report.runs.map((r) => `<li data-status="${r.status}">${runLabel(r, date, locale)}</li>`).join('')}</ol>`
    : '';
  const key = (name: string, text: string): string => `<span class="rehearsal-key rehearsal-key-${name}"></span> ${esc(text)}`;
  const legend = [
    key('planned', w.legendPlanned),
    key('actual', w.legendLatest),
    key('long', fill(w.legendLong, { percent })),
    key('median', w.legendMedian),
  ].join(' ');
  const columns = [w.columnNumber, w.columnSlide, w.columnPlanned, w.columnLatest, w.columnDelta, w.columnMedian];
  return [
    intro,
    renderTotals(report, date, locale),
    `<figure class="rehearsal-figure">${chart}<figcaption>${legend}</figcaption></figure>`,
    `<div class="rehearsal-table-wrap"><table class="rehearsal-table"><caption>${esc(fill(w.caption, { percent }))}</caption>`,
    `<thead><tr>${columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`,
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
