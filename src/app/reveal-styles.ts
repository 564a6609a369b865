/**
 * reveal.js's stylesheet, which only the slide view uses: more than half of the deck's CSS (about 11 KB of 20 KB
 * gzip), which the reading view no longer fetches. The slide view loads it when it starts (src/app/slides-view.ts)
 * and puts it before the deck's own stylesheet, where it stood when the two were one file: the theme's rules win
 * their ties with reveal.js's as they always did. src/main.ts imports this module first, so that the portable file,
 * which swaps it for reveal-styles-inline.ts (vite.config.ts), keeps reveal.js's rules first in its one stylesheet.
 */
import href from 'reveal.js/reveal.css?url';

let loading: Promise<void> | null = null;

/** The stylesheet in the page, once: resolves when it applies; a failed load may be tried again. */
export function loadRevealStyles(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () => {
        link.remove();
        loading = null;
        reject(new Error(`reveal.js's stylesheet (${href}) could not be loaded`));
      },
      { once: true },
    );
    // Before the first stylesheet of the page (a <link>, or a <style> in `npm run dev`).
    document.head.insertBefore(link, document.head.querySelector('link[rel="stylesheet"], style'));
  });
  return loading;
}
