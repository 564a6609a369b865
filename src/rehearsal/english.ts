/**
 * The rehearsal's words in English: the English catalogue's `rehearsal` group (slides/interface.ts
 * takes it from here), and what the pure renderers write when no page hands them its words (so the
 * browser's chunk never carries the whole English catalogue).
 */
import type { Messages, RehearsalWords } from '../model/messages.ts';

export const ENGLISH_REHEARSAL_WORDS: RehearsalWords = {
  askTitle: 'Start a timed rehearsal?',
  askDeck: 'A rehearsal starts from the first slide: the deck goes back to slide 1 and the clock starts.',
  askSpeaker: 'A rehearsal starts from the first slide: the presenting window goes back to slide 1 and the rehearsal clock starts.',
  askStart: 'Start from slide 1',
  askCancel: 'Keep presenting',
  recording: 'Rehearsing',
  endsHint: '{key} ends the run',
  paused: 'Paused',
  statusSlide: 'slide {label}/{n}',
  statusAppendix: 'slide {label}',
  statusOf: '{time} of {planned}',
  statusTotal: 'total {total}',
  reportTitle: 'Rehearsal report',
  includeAbandoned: 'Count abandoned runs in the medians',
  pacing: 'Pace the speaker view by the median of complete runs',
  pacingHint: '(from the next time it opens)',
  downloadCsv: 'Download CSV',
  print: 'Print',
  clear: 'Clear runs…',
  clearAsk: { one: 'Delete all {n} run from this browser?', other: 'Delete all {n} runs from this browser?' },
  clearYes: 'Delete them',
  clearNo: 'Keep them',
  empty: 'No rehearsal yet. Press {key} to start one from the first slide, and {key} again on the last slide to finish it.',
  complete: 'complete',
  abandoned: 'abandoned',
  running: 'running',
  notShown: 'not shown',
  long: 'long',
  slot: 'Slot',
  planned: 'Planned',
  latestRun: 'Latest run',
  noneYet: 'none yet',
  beforeLast: '{status} before the last slide',
  medianComplete: { one: 'Median of {n} complete run', other: 'Median of {n} complete runs' },
  medianEnded: { one: 'Median of {n} ended run', other: 'Median of {n} ended runs' },
  exactlySlot: 'exactly the slot',
  overSlot: '{delta} over the {slot} slot',
  underSlot: '{delta} under the {slot} slot',
  total: 'Total',
  runs: 'Runs',
  chartLabel: 'Planned and latest seconds per slide',
  chartLong: { one: '{n} slide ran long', other: '{n} slides ran long' },
  chartPlanned: 'Slide {n}: planned {s} s',
  chartLatest: 'Slide {n}: latest run {s} s',
  chartMedian: 'Slide {n}: median {s} s',
  legendPlanned: 'planned',
  legendLatest: 'latest run',
  legendLong: 'over {percent} of planned',
  legendMedian: 'median',
  caption: 'Time per slide (minutes:seconds); “long” is over {percent} of the planned time',
  columnNumber: '#',
  columnSlide: 'Slide',
  columnPlanned: 'Planned',
  columnLatest: 'Latest',
  columnDelta: '±',
  columnMedian: 'Median',
};

/** The report's language and words: the page's in the browser (src/rehearsal/index.ts), English by default. */
export interface ReportLocale {
  readonly lang: string;
  readonly words: Pick<Messages, 'rehearsal' | 'seconds' | 'listSeparator' | 'close'>;
}

/** English, as the English catalogue has it (tests/unit/messages.test.ts holds the two together). */
export const ENGLISH_REPORT: ReportLocale = {
  lang: 'en',
  words: { rehearsal: ENGLISH_REHEARSAL_WORDS, seconds: '{n} s', listSeparator: '; ', close: 'Close' },
};
