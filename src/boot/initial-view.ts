/**
 * The first view, decided before the page is painted: `initialView` is self-contained and the build
 * inlines its source into the page's head (`bootScript`). Its own module, apart from the browser
 * app (src/app/view-state.ts owns the view state after boot), so that the Node build takes the
 * boot script without importing browser code. Pure.
 */

export type View = 'slides' | 'reading' | 'print';

/** At or below this width (CSS px) the reading view is the default: phones read rather than present. */
export const NARROW_WIDTH = 600;

/**
 * The view the address asks for, or the default for the screen. Self-contained (no references
 * outside its body): the build inlines its source into the page's head.
 */
export function initialView(search: string, width: number): View {
  const params = new URLSearchParams(search);
  const asked = params.get('view');
  if (params.has('print-pdf') || asked === 'print') return 'print';
  // The speaker view's previews show slides, whatever their size.
  if (params.has('receiver')) return 'slides';
  if (asked === 'scroll' || asked === 'reader' || asked === 'reading') return 'reading';
  if (asked === 'slides') return 'slides';
  return width <= 600 ? 'reading' : 'slides';
}

/**
 * The inline script for the page's head: sets `html[data-view]` before the first paint and, when
 * the slides will be shown, starts fetching their script at once.
 */
export function bootScript(slidesPreload: readonly string[]): string {
  const preload = slidesPreload.length
    ? `if(v!=='reading')${JSON.stringify(slidesPreload)}.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)});`
    : '';
  return `(function(){var v=(${initialView.toString()})(location.search,innerWidth);document.documentElement.dataset.view=v;${preload}})();`;
}
