/**
 * Where rehearsal runs are kept: the browser's localStorage under a versioned key, read back
 * through validation (a run that does not parse is dropped, the others kept). Nothing leaves the
 * machine. The storage is injectable (tests, or a browser that refuses storage: then the runs
 * live only as long as the page).
 */
import * as v from 'valibot';
import type { RehearsalEvent, RehearsalRun } from './run.ts';

/** The format's version, written into the stored value (the key names it too: see index.ts). */
const VERSION = 1;
/** Oldest runs go first beyond this many. */
export const MAX_RUNS = 50;

/** What the speaker view's pacing follows: the planned times, or the median of complete runs. */
export type PacingSource = 'planned' | 'median';

export interface StoredRehearsals {
  readonly runs: readonly RehearsalRun[];
  readonly pacing: PacingSource;
}

/** The parts of the Web Storage API used here. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const EMPTY: StoredRehearsals = { runs: [], pacing: 'planned' };

// ---------- What storage gives back (another version, a hand edit, a broken write), checked by schema ----------

const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
const Name = v.pipe(v.string(), v.minLength(1));
const Cause = v.picklist(['blackout', 'hidden']);
const Event = v.variant('kind', [
  v.object({ kind: v.literal('show'), at: Time, slide: Name }),
  v.object({ kind: v.picklist(['pause', 'resume']), at: Time, cause: Cause }),
  v.object({ kind: v.picklist(['finish', 'abandon']), at: Time }),
]);
const Run = v.pipe(
  v.object({ id: Name, startedAt: Time, slides: v.pipe(v.array(Name), v.minLength(1)), events: v.array(Event) }),
  v.check((run) => run.events.every((e, i) => i === 0 || e.at >= (run.events[i - 1]?.at ?? 0)), 'events out of time order'),
);
// Compile-time: the schema and the recorder's types describe the same events (tsc fails otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
type Assert<T extends true> = T;
export type StoredEventsMatchTheRecorder = Assert<Same<v.InferOutput<typeof Event>, RehearsalEvent>>;

/** A stored run, or null when any part of it is not what the recorder writes (events in time order, slides named). Pure. */
export function parseRun(value: unknown): RehearsalRun | null {
  const result = v.safeParse(Run, value);
  return result.success ? result.output : null;
}

/** Stored text → runs and settings; anything unreadable is left out. Pure. */
export function parseStored(text: string | null): StoredRehearsals {
  if (text === null) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return EMPTY;
  }
  // The envelope first; then each run on its own, so that one bad run does not lose the others.
  const stored = v.safeParse(
    v.object({ version: v.literal(VERSION), runs: v.optional(v.array(v.unknown())), pacing: v.optional(v.unknown()) }),
    value,
  );
  if (!stored.success) return EMPTY;
  const { runs = [], pacing } = stored.output;
  const parsed = runs.map(parseRun).filter((r): r is RehearsalRun => r !== null);
  const unique = parsed.filter((run, i) => parsed.findIndex((r) => r.id === run.id) === i);
  return { runs: unique.slice(-MAX_RUNS), pacing: pacing === 'median' ? 'median' : 'planned' };
}

export function serialiseStored(stored: StoredRehearsals): string {
  return JSON.stringify({ version: VERSION, runs: stored.runs.slice(-MAX_RUNS), pacing: stored.pacing });
}

export class RehearsalStore {
  /** What was last read or written: the store still works for this page when storage fails. */
  private memory: StoredRehearsals = EMPTY;

  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly key: string,
  ) {}

  read(): StoredRehearsals {
    if (this.storage) {
      try {
        this.memory = parseStored(this.storage.getItem(this.key));
      } catch {
        // Unreadable storage: keep what this page knows.
      }
    }
    return this.memory;
  }

  private write(next: StoredRehearsals): StoredRehearsals {
    this.memory = next;
    try {
      this.storage?.setItem(this.key, serialiseStored(next));
    } catch (error) {
      console.warn(`Rehearsal runs could not be saved (they last until the page closes): ${String(error)}`);
    }
    return next;
  }

  /** Adds the run, or replaces the stored run with the same id (a run is saved after every event). */
  saveRun(run: RehearsalRun): StoredRehearsals {
    const current = this.read();
    const others = current.runs.filter((r) => r.id !== run.id);
    const at = current.runs.findIndex((r) => r.id === run.id);
    const runs = at < 0 ? [...others, run] : [...others.slice(0, at), run, ...others.slice(at)];
    return this.write({ ...current, runs });
  }

  /** Rewrites every stored run through `update` (e.g. closing runs a closed page left open). */
  updateRuns(update: (run: RehearsalRun) => RehearsalRun): StoredRehearsals {
    const current = this.read();
    return this.write({ ...current, runs: current.runs.map(update) });
  }

  setPacing(pacing: PacingSource): StoredRehearsals {
    return this.write({ ...this.read(), pacing });
  }

  /** Deletes every run; the pacing goes back to the planned times (there is no median left). */
  clear(): StoredRehearsals {
    return this.write({ runs: [], pacing: 'planned' });
  }
}
