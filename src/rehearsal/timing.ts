/**
 * The arithmetic of rehearsal runs. Pure: runs in, numbers out.
 *
 * - Time belongs to the slide on screen: a slide shown twice (going back) adds both visits.
 * - Paused time (a blackout, the page hidden) counts for no slide; pauses may overlap.
 * - A slide never shown in a run has no time in it (absent, not zero).
 * - A run is complete when it ended after showing the deck's last slide; a run that ended before
 *   is abandoned: kept and reported, but left out of medians unless asked.
 */
import { reachedLast, type PauseCause, type RehearsalRun } from './run.ts';

export type RunStatus = 'complete' | 'abandoned' | 'running';

export interface RunSummary {
  readonly id: string;
  readonly startedAt: number;
  readonly status: RunStatus;
  /** Seconds on each slide that was shown (never-shown slides are absent). */
  readonly seconds: ReadonlyMap<string, number>;
  /** Seconds on all slides together (pauses left out). */
  readonly total: number;
  /** Seconds paused. */
  readonly paused: number;
  /** Whether a pause was still on at the end of what was counted. */
  readonly pausedNow: boolean;
}

/**
 * Sums a run's time per slide. A run still running is counted up to `now` when given, else up to
 * its last event.
 */
export function summariseRun(run: RehearsalRun, now?: number): RunSummary {
  const ms = new Map<string, number>();
  const pauses = new Set<PauseCause>();
  let current: string | null = null;
  let last: number | null = null;
  let pausedMs = 0;
  let ended: 'finish' | 'abandon' | null = null;
  const shown = new Set<string>();

  const advance = (to: number): void => {
    if (last !== null && to > last) {
      const span = to - last;
      if (pauses.size > 0) pausedMs += span;
      else if (current !== null) ms.set(current, (ms.get(current) ?? 0) + span);
    }
    last = last === null ? to : Math.max(last, to);
  };

  for (const event of run.events) {
    advance(event.at);
    if (event.kind === 'show') {
      current = event.slide;
      shown.add(event.slide);
    } else if (event.kind === 'pause') pauses.add(event.cause);
    else if (event.kind === 'resume') pauses.delete(event.cause);
    else {
      ended = event.kind;
      break;
    }
  }
  if (ended === null && now !== undefined) advance(now);

  // A slide shown for no time at all (skipped past within the same millisecond) was still shown: 0, not absent.
  const seconds = new Map([...shown].map((id) => [id, (ms.get(id) ?? 0) / 1000] as const));
  const status: RunStatus = ended === null ? 'running' : ended === 'finish' && reachedLast(run) ? 'complete' : 'abandoned';
  return {
    id: run.id,
    startedAt: run.startedAt,
    status,
    seconds,
    total: [...ms.values()].reduce((a, b) => a + b, 0) / 1000,
    paused: pausedMs / 1000,
    pausedNow: pauses.size > 0,
  };
}

/** The median, or null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** A slide as the report lists it: the current deck's order, titles and planned times. */
export interface PlannedSlide {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly planned: number;
}

export interface ReportRow extends PlannedSlide {
  /** Seconds in the latest run, or null when that run did not show the slide. */
  readonly latest: number | null;
  /** Median seconds over the counted runs that showed the slide, or null. */
  readonly median: number | null;
  readonly latestLong: boolean;
  readonly medianLong: boolean;
}

export interface RehearsalReport {
  readonly rows: readonly ReportRow[];
  /** Every ended run, newest first. */
  readonly runs: readonly RunSummary[];
  readonly latest: RunSummary | null;
  /** The runs the medians are taken over. */
  readonly counted: number;
  readonly complete: number;
  readonly abandoned: number;
  readonly includeAbandoned: boolean;
  readonly totals: {
    readonly planned: number;
    readonly latest: number | null;
    readonly median: number | null;
    readonly slot: number;
  };
  readonly longRatio: number;
}

export interface ReportOptions {
  /** Count abandoned runs in the medians too. */
  readonly includeAbandoned?: boolean;
  /** The talk's slot in seconds (the conference gave 15 minutes). */
  readonly slotSeconds?: number;
  /** A slide runs long above this multiple of its planned time. */
  readonly longRatio?: number;
}

export const TALK_SLOT_SECONDS = 15 * 60;
export const LONG_RATIO = 1.15;

/** Over `ratio` × planned; exactly at the limit is not long (the small margin absorbs floating-point error). */
export const isLong = (actual: number | null, planned: number, ratio = LONG_RATIO): boolean =>
  actual !== null && actual > planned * ratio + 1e-9;

/** Ended runs summarised, newest first. */
export function summariseRuns(runs: readonly RehearsalRun[]): RunSummary[] {
  return runs
    .map((run) => summariseRun(run))
    .filter((s) => s.status !== 'running')
    .sort((a, b) => b.startedAt - a.startedAt);
}

/** Per slide: planned, the latest run, and the median of the complete (or all ended) runs. */
export function buildReport(slides: readonly PlannedSlide[], runs: readonly RehearsalRun[], options: ReportOptions = {}): RehearsalReport {
  const includeAbandoned = options.includeAbandoned ?? false;
  const longRatio = options.longRatio ?? LONG_RATIO;
  const summaries = summariseRuns(runs);
  const latest = summaries[0] ?? null;
  const counted = summaries.filter((s) => s.status === 'complete' || includeAbandoned);
  const rows = slides.map((slide): ReportRow => {
    const latestSeconds = latest?.seconds.get(slide.id) ?? null;
    const med = median(counted.flatMap((s) => s.seconds.get(slide.id) ?? []));
    return {
      ...slide,
      latest: latestSeconds,
      median: med,
      latestLong: isLong(latestSeconds, slide.planned, longRatio),
      medianLong: isLong(med, slide.planned, longRatio),
    };
  });
  return {
    rows,
    runs: summaries,
    latest,
    counted: counted.length,
    complete: summaries.filter((s) => s.status === 'complete').length,
    abandoned: summaries.filter((s) => s.status === 'abandoned').length,
    includeAbandoned,
    totals: {
      planned: slides.reduce((sum, s) => sum + s.planned, 0),
      latest: latest?.total ?? null,
      median: median(counted.map((s) => s.total)),
      slot: options.slotSeconds ?? TALK_SLOT_SECONDS,
    },
    longRatio,
  };
}

/**
 * Whole seconds per slide for the speaker view's pacing: the median of the complete runs where a
 * slide was shown, its planned time where no complete run showed it. Null without a complete run.
 */
export function medianTimings(slides: readonly PlannedSlide[], runs: readonly RehearsalRun[]): Map<string, number> | null {
  const report = buildReport(slides, runs);
  if (report.complete === 0) return null;
  return new Map(report.rows.map((row) => [row.id, Math.max(0, Math.round(row.median ?? row.planned))] as const));
}

/** "1:05", "12:00", "-0:07": minutes and seconds, rounded to the second. */
export function formatClock(seconds: number): string {
  const whole = Math.round(Math.abs(seconds));
  const sign = seconds < 0 && whole > 0 ? '-' : '';
  return `${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
