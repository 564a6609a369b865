/**
 * The head's boot script, an entry of its own: src/build/boot-script.ts bundles it into one small
 * inline script before the page's modules. It sets `html[data-view]` before the first paint and,
 * when the slides will be shown, starts fetching their script at once.
 */
import { initialView } from './initial-view.ts';

/** The slide view's scripts to preload (filled in by the build). */
declare const __SLIDES_PRELOAD__: readonly string[];

const view = initialView(location.search, innerWidth);
document.documentElement.dataset.view = view;
if (view !== 'reading')
  for (const href of __SLIDES_PRELOAD__) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.appendChild(link);
  }
