/**
 * Rehearsal mode, as the slide view knows it: the W key (a stopwatch), `?rehearse` (start a timed
 * run-through at once) and `?rehearsal-report` (open the report). Everything else (recording, the
 * arithmetic, the report) loads on first use from session.ts, so the first slide does not wait for it.
 */
import type { RevealApi } from 'reveal.js';
import { showModal } from '../app/modal.ts';
import type { RehearsalSession } from './session.ts';
import type { KeyValueStorage } from './store.ts';

/**
 * Where the runs are kept. The key names the format's version: a later format gets a key of its
 * own and never misreads this one. (Defined here, not in store.ts, so that this first-script
 * module shares no code with the lazily loaded ones.)
 */
export const STORE_KEY = 'china-belarus-deck:rehearsals:v1';

/** localStorage, or null when the browser refuses it (privacy settings, a sandboxed frame). */
function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** W, for a stopwatch: a key neither reveal.js nor the deck uses (H is reveal.js's vim-style "previous slide"). */
export const REHEARSE_KEY = { keyCode: 87, key: 'W', description: 'Rehearsal: time a run-through / finish it' } as const;

export interface RehearsalOptions {
  /** Milliseconds; `Date.now` by default. */
  readonly now?: () => number;
  /** localStorage by default; null keeps runs for this page only. */
  readonly storage?: KeyValueStorage | null;
  /** The page's query string. */
  readonly search?: string;
}

export interface Rehearsal {
  /** Starts a timed run from the first slide (nothing while one is running). */
  start(): Promise<void>;
  /** Ends the running run (complete if it showed the last slide, abandoned before) and opens the report. */
  stop(): Promise<void>;
  /** What W does: start, or stop. */
  toggle(): Promise<void>;
  isRecording(): boolean;
  /** Opens the report dialog. */
  openReport(): Promise<void>;
}

export function installRehearsal(deck: RevealApi, options: RehearsalOptions = {}): Rehearsal {
  const now = options.now ?? (() => Date.now());
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  let session: RehearsalSession | null = null;
  let loading: Promise<RehearsalSession> | null = null;
  const load = (): Promise<RehearsalSession> =>
    (loading ??= import('./session.ts').then(
      ({ RehearsalSession }) => (session = new RehearsalSession(deck, { storage, key: STORE_KEY, now, showModal })),
    ));
  const use = (action: (s: RehearsalSession) => void): Promise<void> =>
    load().then(action, (error: unknown) => console.error(`Rehearsal could not be loaded: ${String(error)}`));

  const rehearsal: Rehearsal = {
    start: () => use((s) => s.start()),
    stop: () => use((s) => s.finish(true)),
    toggle: () => use((s) => (s.isRecording() ? s.finish(true) : s.start())),
    isRecording: () => session?.isRecording() ?? false,
    openReport: () => use((s) => s.openReport()),
  };
  deck.addKeyBinding(REHEARSE_KEY, () => void rehearsal.toggle());

  // Past runs exist: the speaker view may be set to pace by them (and a run a crash left open needs closing).
  if (storage?.getItem(STORE_KEY)) void use((s) => s.restorePacing());
  const params = new URLSearchParams(options.search ?? window.location.search);
  if (params.has('rehearse')) void rehearsal.start();
  else if (params.has('rehearsal-report')) void rehearsal.openReport();
  return rehearsal;
}
