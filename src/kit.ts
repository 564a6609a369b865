/**
 * The presenter's kit, one entry for the deck: rehearsal timing (H, `?rehearse`, the report) and
 * "Cite this talk" (`?cite`). The QR code needs nothing here: the build draws it into the slides.
 *
 * For the deck bar: `openRehearsalReport()` and `openCiteDialog()` work once `installKit(deck)` has
 * run (main.ts calls it after `deck.initialize()`); `toggleRehearsal()` is what H does.
 */
import type { RevealApi } from 'reveal.js';
import { openCiteDialog } from './cite/dialog.ts';
import { installRehearsal, type Rehearsal, type RehearsalOptions } from './rehearsal/index.ts';

export { openCiteDialog };
export type { Rehearsal };

let rehearsal: Rehearsal | null = null;

/**
 * Installs the kit on an initialised deck. Not in the speaker view's preview frames (`?receiver`)
 * nor in print view, which have nothing to time.
 */
export function installKit(deck: RevealApi, options: RehearsalOptions = {}): Rehearsal | null {
  const search = options.search ?? window.location.search;
  if (/receiver|print-pdf/i.test(search) || new URLSearchParams(search).get('view') === 'print') return null;
  rehearsal = installRehearsal(deck, { ...options, search });
  // `?cite` opens the Cite dialog: a link that says "cite this talk".
  if (new URLSearchParams(search).has('cite')) openCiteDialog();
  return rehearsal;
}

/** Opens the rehearsal report (its code loads on first use). */
export function openRehearsalReport(): Promise<void> {
  return rehearsal ? rehearsal.openReport() : Promise.resolve();
}

/** Starts a timed run-through from the first slide, or ends the one running (and opens the report). */
export function toggleRehearsal(): Promise<void> {
  return rehearsal ? rehearsal.toggle() : Promise.resolve();
}
