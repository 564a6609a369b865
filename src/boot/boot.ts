/**
 * The head's boot script, an entry of its own: src/build/boot-script.ts bundles it into one small
 * inline script before the page's modules. It sets `html[data-view]` before the first paint, shows
 * the slide view's title card, and, when the slides will be shown at once (a deep link, print, a
 * preview), starts fetching their script; at the talk's start src/main.ts fetches it once the title
 * card is painted, so the card is all the first paint waits for.
 */
import { initialView, showsTitleCard } from './initial-view.ts';

/** The slide view's scripts to preload (filled in by the build). */
declare const __SLIDES_PRELOAD__: readonly string[];

const view = initialView(location.search, innerWidth);
document.documentElement.dataset.view = view;
// The talk's title at once, not an empty stage, while the slides' script arrives (src/main.ts ends it).
const titleCard = showsTitleCard(view, location.search, location.hash);
if (titleCard) document.documentElement.dataset.titleCard = '';
// With the title card on screen first, src/main.ts fetches the slides once it is painted; without it they are wanted at once.
if (view !== 'reading' && !titleCard)
  for (const href of __SLIDES_PRELOAD__) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    // After what paints the first screen (the page's stylesheet and fonts): nothing else competes by then.
    link.fetchPriority = 'low';
    document.head.appendChild(link);
  }
