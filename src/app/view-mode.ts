/**
 * Which view the deck is in. reveal.js 6.0.2 types `isPrintingPDF()` but does not
 * implement it, so print view is read from the URL, as reveal.js itself does.
 */
export type ViewMode = 'slides' | 'print' | 'scroll';

export function viewFromUrl(search: string): ViewMode {
  const params = new URLSearchParams(search);
  if (params.has('print-pdf') || params.get('view') === 'print') return 'print';
  if (params.get('view') === 'scroll') return 'scroll';
  return 'slides';
}
