/**
 * The one address parser: every flag the deck reads from its address, typed, in one place.
 * (The head's boot script, src/boot/boot.ts, applies the view rule, `initialView` in src/boot/initial-view.ts,
 * before any module runs; it reads `view`, `print-pdf` and `receiver` the same way.)
 *
 *   ?view=scroll|reading|reader|slides|print   the view (see view-state.ts)
 *   ?print-pdf [&fragments] [&handout]          reveal.js's print view, one page per build step, the handout
 *   ?speaker                                   this window is the speaker view
 *   ?receiver                                  a preview inside the speaker view
 *   ?notes                                     open the speaker view at start (pop-ups allowed)
 *   ?rehearse / ?rehearsal-report              start a timed rehearsal / open its report
 *   ?cite                                      open the citation dialog
 */
export interface DeckFlags {
  readonly view: string | null;
  readonly printPdf: boolean;
  readonly fragments: boolean;
  readonly handout: boolean;
  readonly speaker: boolean;
  readonly receiver: boolean;
  readonly notes: boolean;
  readonly rehearse: boolean;
  readonly rehearsalReport: boolean;
  readonly cite: boolean;
}

/** The flags an address carries. Pure. */
export function parseAddress(search: string): DeckFlags {
  const params = new URLSearchParams(search);
  return {
    view: params.get('view'),
    printPdf: params.has('print-pdf'),
    fragments: params.has('fragments'),
    handout: params.has('handout'),
    speaker: params.has('speaker'),
    receiver: params.has('receiver'),
    notes: params.has('notes'),
    rehearse: params.has('rehearse'),
    rehearsalReport: params.has('rehearsal-report'),
    cite: params.has('cite'),
  };
}
