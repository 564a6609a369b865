/**
 * Rehearsal mode, as the slide view knows it: start and stop (the slide view's W, which asks first
 * when a talk may be live), `?rehearse` (start a timed run-through at once) and `?rehearsal-report`
 * (open the report). Everything else (recording, the
 * arithmetic, the report) loads on first use from session.ts, so the first slide does not wait for it.
 */
import type { RevealApi } from 'reveal.js';
import type { ReportLocale } from './english.ts';
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

export interface RehearsalOptions {
  /** Milliseconds; `Date.now` by default. */
  readonly now?: () => number;
  /** localStorage by default; null keeps runs for this page only. */
  readonly storage?: KeyValueStorage | null;
  /** What the address asks for at start (src/app/address.ts): a run at once, or the report. */
  readonly atStart?: 'rehearse' | 'report' | null;
  /** How the app opens a dialog (src/app/modal.ts): given, so that rehearsal imports nothing from the app. */
  readonly showModal: (dialog: HTMLDialogElement) => void;
  /** The page's language and words (src/app/words.ts), given for the same reason. */
  readonly locale: ReportLocale;
}

export interface Rehearsal {
  /** Starts a timed run from the first slide (nothing while one is running). */
  start(): Promise<void>;
  /**
   * Ends the running run (complete if it showed the last spoken slide, abandoned before) and opens
   * the report here unless `showReport` is false (the speaker window shows it instead).
   */
  stop(showReport?: boolean): Promise<void>;
  isRecording(): boolean;
  /** Opens the report dialog. */
  openReport(): Promise<void>;
  /** Applies the pacing the store asks for (another window may have changed it). */
  restorePacing(): void;
  /** The slide view is being left: a running run ends where it is. */
  uninstall(): void;
}

export function installRehearsal(deck: RevealApi, options: RehearsalOptions): Rehearsal {
  const now = options.now ?? (() => Date.now());
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  let session: RehearsalSession | null = null;
  let loading: Promise<RehearsalSession> | null = null;
  const load = (): Promise<RehearsalSession> =>
    (loading ??= import('./session.ts').then(
      ({ RehearsalSession }) =>
        (session = new RehearsalSession(deck, { storage, key: STORE_KEY, now, showModal: options.showModal, locale: options.locale })),
    ));
  const use = (action: (s: RehearsalSession) => void): Promise<void> =>
    load().then(action, (error: unknown) => console.error(`Rehearsal could not be loaded: ${String(error)}`));

  const rehearsal: Rehearsal = {
    start: () => use((s) => s.start()),
    stop: (showReport = true) => use((s) => s.finish(showReport)),
    isRecording: () => session?.isRecording() ?? false,
    openReport: () => use((s) => s.openReport()),
    restorePacing: () => void use((s) => s.restorePacing()),
    uninstall: () => session?.finish(false),
  };

  // Past runs exist: the speaker view may be set to pace by them (and a run a crash left open needs closing).
  if (storage?.getItem(STORE_KEY)) void use((s) => s.restorePacing());
  if (options.atStart === 'rehearse') void rehearsal.start();
  else if (options.atStart === 'report') void rehearsal.openReport();
  return rehearsal;
}
