/**
 * The first view: decided before the page is painted by the head's boot script (src/boot/boot.ts,
 * bundled and inlined by the build), and again by src/app/view-state.ts where no boot script ran.
 * Its own module, apart from the browser app, so that both share one rule. Pure.
 */

export type View = 'slides' | 'reading' | 'print';

/** At or below this width (CSS px) the reading view is the default: phones read rather than present. */
export const NARROW_WIDTH = 600;

/** The view the address asks for, or the default for the screen. */
export function initialView(search: string, width: number): View {
  const params = new URLSearchParams(search);
  const asked = params.get('view');
  if (params.has('print-pdf') || asked === 'print') return 'print';
  // The speaker view's previews show slides, whatever their size.
  if (params.has('receiver')) return 'slides';
  if (asked === 'scroll' || asked === 'reader' || asked === 'reading') return 'reading';
  if (asked === 'slides') return 'slides';
  return width <= NARROW_WIDTH ? 'reading' : 'slides';
}

/**
 * Whether the slide view shows the talk's title card (the article's head, set as a card) while its
 * script loads: only at the talk's start (no slide in the address), never in the speaker window or its previews. Pure.
 */
export function showsTitleCard(view: View, search: string, hash: string): boolean {
  const params = new URLSearchParams(search);
  return view === 'slides' && !params.has('receiver') && !params.has('speaker') && (hash === '' || hash === '#' || hash === '#/');
}
