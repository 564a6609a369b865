/**
 * Where rehearsal runs are kept: the browser's localStorage under a versioned key, read back
 * through validation (a run that does not parse is dropped, the others kept). Nothing leaves the
 * machine. The storage is injectable (tests, or a browser that refuses storage: then the runs
 * live only as long as the page).
 */
import { parseRun, type RehearsalRun } from './run.ts';

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

/** Stored text → runs and settings; anything unreadable is left out. Pure. */
export function parseStored(text: string | null): StoredRehearsals {
  if (text === null) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return EMPTY;
  }
  if (typeof value !== 'object' || value === null || Reflect.get(value, 'version') !== VERSION) return EMPTY;
  const runs: unknown = Reflect.get(value, 'runs');
  const pacing: unknown = Reflect.get(value, 'pacing');
  const parsed = Array.isArray(runs) ? runs.map(parseRun).filter((r): r is RehearsalRun => r !== null) : [];
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
