/**
 * A rehearsal run as it is recorded and stored: the deck's slide ids at the time, and a list of
 * timestamped events. Pure: no DOM, no storage, no clock (every timestamp is given).
 *
 * Kept small, because the recorder that appends these events is part of the deck's first script;
 * the arithmetic over runs (timing.ts) and the report load on first use.
 */

/** Why the clock stopped: a blackout (B or .) or the page being hidden (another tab, a minimised window). */
export type PauseCause = 'blackout' | 'hidden';

export type RehearsalEvent =
  /** A slide came on screen (the first slide at the start, then every change, back or forward). */
  | { readonly kind: 'show'; readonly at: number; readonly slide: string }
  | { readonly kind: 'pause'; readonly at: number; readonly cause: PauseCause }
  | { readonly kind: 'resume'; readonly at: number; readonly cause: PauseCause }
  /** The run ended after the last slide was shown (the presenter pressed W, or closed the page there). */
  | { readonly kind: 'finish'; readonly at: number }
  /** The run ended before the last slide was shown. */
  | { readonly kind: 'abandon'; readonly at: number };

export interface RehearsalRun {
  /** Unique within the store (the start time and a random suffix). */
  readonly id: string;
  /** Wall-clock start (ms since the epoch), for the report's labels. */
  readonly startedAt: number;
  /** The talk's slide ids in order when the run was recorded (not the appendix); the last one completes a run. */
  readonly slides: readonly string[];
  readonly events: readonly RehearsalEvent[];
}

export const isEnded = (run: RehearsalRun): boolean => run.events.some((e) => e.kind === 'finish' || e.kind === 'abandon');

/**
 * Whether the run reached the end of the talk: it showed the last of its slides (the talk's last
 * spoken slide, "Thank you"), or a page after them (the appendix, which a run does not list).
 */
export function reachedLast(run: RehearsalRun): boolean {
  const last = run.slides[run.slides.length - 1];
  return last !== undefined && run.events.some((e) => e.kind === 'show' && (e.slide === last || !run.slides.includes(e.slide)));
}

/** The run with one more event; nothing is added after the run has ended. Pure. */
export function withEvent(run: RehearsalRun, event: RehearsalEvent): RehearsalRun {
  if (isEnded(run)) return run;
  const previous = run.events[run.events.length - 1];
  // A clock that steps back (the system time changed) must not make time negative.
  const at = previous && event.at < previous.at ? previous.at : event.at;
  return { ...run, events: [...run.events, { ...event, at }] };
}

/**
 * Ends a run: "finish" once the deck's last slide has been shown (whether the presenter pressed W
 * or closed the page there), "abandon" before that. An abandoned run is kept, flagged, and left
 * out of medians unless asked.
 */
export function endRun(run: RehearsalRun, at: number): RehearsalRun {
  return withEvent(run, reachedLast(run) ? { kind: 'finish', at } : { kind: 'abandon', at });
}

/** A run left open by a page that closed without saying so (a crash) ends at its last event. */
export function closeStale(run: RehearsalRun): RehearsalRun {
  if (isEnded(run)) return run;
  const last = run.events[run.events.length - 1];
  return endRun(run, last?.at ?? run.startedAt);
}
