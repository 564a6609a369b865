/**
 * Entry point: the view state, the deck bar, the contents, and one view on screen at a time.
 * The reading view (the article already in the page) needs nothing more; the slide view (reveal.js)
 * is a separate chunk and the slides a file beside the page, fetched here when the slides are
 * wanted: at the talk's start once the title card is painted, otherwise at once (the head's boot
 * script has then started on the chunk already). Chart.js, search and the speaker view load on
 * first use too.
 */
// First: the portable file bundles reveal.js's stylesheet here, before the theme's (src/app/reveal-styles.ts).
import { loadRevealStyles } from './app/reveal-styles.ts';
import './theme/fonts.css';
import './theme/fonts-cjk.css';
import 'virtual:theme.css';
import './theme/base.css';
import './theme/blocks.css';
import './theme/charts.css';
import './theme/slides.css';
import './theme/reading.css';
import './theme/chrome.css';
import './theme/print.css';
import './theme/kit.css';
import './theme/speaker.css';
import './theme/live.css';
import { parseAddress } from './app/address.ts';
import { createContents } from './app/contents.ts';
import { entryFor, helpTable } from './app/keys.ts';
import { modal, openKeysHelp } from './app/modal.ts';
import { appWords } from './app/words.ts';
import { installBar } from './app/deck-bar.ts';
import { installEditionOffer } from './app/edition-offer.ts';
import { registerReadyTask, signalReadyWhenSettled } from './app/ready.ts';
import { enterReading } from './app/reading-view.ts';
import { createViewState, type ViewHandle } from './app/view-state.ts';
import { liveRole } from './app/live-role.ts';
import type { LiveSession } from './app/live.ts';
import { openCiteDialog } from './app/cite-dialog.ts';
import { slidesTemplate } from './app/slides-template.ts';

const host = document.getElementById('main');
const article = document.getElementById('reading');
const template = document.getElementById('deck-slides');
if (!host || !article || !(template instanceof HTMLTemplateElement))
  throw new Error('index.html lacks the deck (#main, #reading, #deck-slides)');

/** Slides are the article's pages (and the head, the title slide); old ids and later reference pages are anchors in them. */
const PLACES = '.reading-head[id], .page[id], .page-anchor[id]';
const resolve = (id: string): string | null => {
  const found = [...article.querySelectorAll<HTMLElement>(PLACES)].find((el) => el.id === id);
  if (!found) return null;
  return found.hasAttribute('data-alias') ? (found.closest<HTMLElement>('.page')?.id ?? null) : id;
};

const flags = parseAddress(window.location.search);
// A preview inside the speaker view shows the slide alone: no deck bar, no dialogs.
if (flags.receiver) document.documentElement.dataset.receiver = '';
// Started, not awaited at the top level: a module with top-level await stops the bundler's chunk optimizations, and the
// modules this entry shares with the views it imports became chunks of their own, eight more requests before the page ran.
void start(host, article, template);

/** This window's part: the speaker view, or the deck. */
async function start(host: HTMLElement, article: HTMLElement, template: HTMLTemplateElement): Promise<void> {
  if (flags.speaker) {
    // This window is the speaker view: it shows the slides in previews and the script, and drives the presenting window.
    article.remove();
    const [{ startSpeakerWindow }, slides] = await Promise.all([import('./app/speaker-window.ts'), slidesTemplate(template)]);
    startSpeakerWindow({ template: slides });
  } else {
    await startDeck(host, article, template);
  }
}

/** The deck as readers and the room see it: the view state, the bar, the contents, one view at a time. */
async function startDeck(host: HTMLElement, article: HTMLElement, template: HTMLTemplateElement): Promise<void> {
  const state = createViewState({ resolve });
  const contents = createContents(state);
  const openContents = (): void => contents?.open();
  const openSearch = (): void => {
    import('./app/search.ts').then(
      ({ openSearch: open }) => open(state, article, modal),
      (error: unknown) => console.error(`Search could not be loaded: ${String(error)}`),
    );
  };
  const openCite = (): void => void openCiteDialog();
  installBar(state, { openContents, openSearch, openCite });
  // Not on the projector or in a preview: only a reader is offered another edition.
  if (!flags.receiver && state.view !== 'print') installEditionOffer();
  // `?cite` opens the citation: a link that says "cite this talk".
  if (flags.cite) openCite();
  // Search works in both views; the other keys belong to the view on screen (the one key map, app/keys.ts).
  document.addEventListener('keydown', (event) => {
    if (entryFor(event, state.view === 'reading' ? 'reading' : 'slides')?.action === 'search') {
      event.preventDefault();
      openSearch();
    }
  });

  // Following the speaker (`?follow`) or presenting live (`?present=…`): loaded only when asked for.
  const role = liveRole(window.location, window.history, window.sessionStorage);
  const liveModule = role ? await import('./app/live.ts') : null;
  const live: LiveSession | null = role && liveModule ? liveModule.startLive(role, new URL('./', window.location.href)) : null;

  let active: ViewHandle | null = null;
  let first = true;
  /** Views are entered one after another: a quick second switch waits for the first to finish. */
  let switching: Promise<void> = Promise.resolve();

  state.subscribe(({ view }) => {
    const initial = first;
    first = false;
    switching = switching.then(async () => {
      active?.leave();
      active = null;
      live?.detach();
      if (view === 'reading') {
        active = enterReading({
          state,
          host,
          article,
          openContents,
          openHelp: () => openKeysHelp(helpTable('reading', appWords().keys)),
          onCharts: initial ? (drawn) => registerReadyTask('charts', drawn) : undefined,
        });
        if (live && liveModule) live.attach(liveModule.readingLiveView(article, () => state.place));
      } else {
        // The title card (the article's head, src/boot/boot.ts) is painted before anything of the slides is fetched.
        if (document.documentElement.dataset.titleCard !== undefined) await nextPaint();
        // Its script, its slides and reveal.js's stylesheet, all at once.
        const loaded = await Promise.all([import('./app/slides-view.ts'), slidesTemplate(template), loadRevealStyles()]).catch(
          (error: unknown) => {
            // Never an empty stage: the talk stays on screen as the article, and says why.
            console.error(`The slide view could not be loaded: ${String(error)}`);
            delete document.documentElement.dataset.titleCard;
            state.setView('reading');
            return null;
          },
        );
        if (!loaded) return;
        const [{ enterSlides }, slides] = loaded;
        // The view may have changed again while the chunk was on its way.
        if (state.view !== view) return;
        // The slides take the article's (or the title card's) place, reusing its ids: enterSlides removes it as it puts them in.
        active = await enterSlides({ state, flags, host, template: slides, article, openContents, live });
        delete document.documentElement.dataset.titleCard;
      }
    });
  });

  await switching;
  void signalReadyWhenSettled();
}

/** Resolves once the browser has painted what is on screen now (or soon, in a tab that paints nothing). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    // A hidden tab runs no animation frames.
    setTimeout(resolve, 100);
  });
}
