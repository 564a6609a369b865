/**
 * The slide view (and the print view): reveal.js over the slides, built afresh from the page's
 * `<template id="deck-slides">` each time the view is entered, and destroyed (reveal.js's public
 * `destroy()`) when it is left. Loaded on demand: a phone reading the article never fetches it.
 *
 * Owns, for as long as it is on screen: the reveal.js instance, its charts, the speaker view,
 * the print layout, and the slide keys (R, C, T). It reports the place to the view state.
 */
import Reveal from 'reveal.js';
import { createCharts, type Charts } from '../charts/controller.ts';
import { fillFromArticle } from './fill.ts';
import { installPrintView } from './print.ts';
import { registerReadyTask } from './ready.ts';
import { revealConfig, type DeckRevealConfig } from './reveal-config.ts';
import { installSpeakerView } from './speaker-view.ts';
import { installRehearsal } from '../rehearsal/index.ts';
import type { ViewHandle, ViewState } from './view-state.ts';
import type { LiveSession } from './live.ts';
import { slidesLiveView } from './live-views.ts';

export interface SlidesViewOptions {
  readonly state: ViewState;
  /** Where the `.reveal` element goes. */
  readonly host: HTMLElement;
  readonly template: HTMLTemplateElement;
  /** The article, on screen or not: the slides copy their data tables and references from it. */
  readonly article: HTMLElement;
  /** Opens the contents (C). */
  readonly openContents: () => void;
  /** Following the speaker or presenting live, when the address asks for it. */
  readonly live?: LiveSession | null;
}

const READ_KEY = { keyCode: 82, key: 'R', description: 'Reading view (the talk as a page)' } as const;
// "C" for contents ("T" toggles a chart's data table). reveal.js only uses C to close an open overlay.
const CONTENTS_KEY = { keyCode: 67, key: 'C', description: 'Contents (sections and slides)' } as const;
const TABLE_KEY = { keyCode: 84, key: 'T', description: 'Show or hide the chart’s data table' } as const;

export async function enterSlides(options: SlidesViewOptions): Promise<ViewHandle> {
  const { state } = options;
  const print = state.view === 'print';
  const wrapper = document.createElement('div');
  wrapper.className = 'reveal';
  const slides = document.createElement('div');
  slides.className = 'slides';
  slides.append(options.template.content.cloneNode(true));
  fillFromArticle(slides, options.article);
  wrapper.append(slides);
  options.host.append(wrapper);

  // The talk's length is the sum of the slides' planned times (validated at build time).
  const totalTime = [...slides.querySelectorAll<HTMLElement>(':scope > section[data-timing]')].reduce(
    (sum, s) => sum + Number(s.dataset.timing),
    0,
  );
  const config: DeckRevealConfig = {
    ...revealConfig,
    totalTime,
    // Print view (?print-pdf): page size, fragments, handout, and the "print layout" ready task.
    ...(print ? installPrintView(wrapper, window.location.search) : {}),
  };
  const deck = new Reveal(wrapper, config);
  const charts: Charts = createCharts(wrapper, print ? 'print' : 'slides');
  if (print) {
    // reveal.js lays the pages out after initialize(); the charts are drawn once the pages exist.
    const laidOut = new Promise<void>((resolve) => wrapper.addEventListener('pdf-ready', () => resolve(), { once: true }));
    registerReadyTask(
      'charts',
      laidOut.then(() => charts.drawAll()),
    );
  }
  await deck.initialize();

  const follow = (): void => {
    const current = deck.getCurrentSlide();
    const here = deck.getIndices(current).h;
    charts.follow((slide) => Math.abs(deck.getIndices(slide).h - here), deck.getScale());
    if (current.id) state.setPlace(current.id);
  };
  let closeSpeakerView = (): void => undefined;
  if (!print) {
    closeSpeakerView = installSpeakerView(deck);
    deck.addKeyBinding(READ_KEY, () => state.setView('reading'));
    deck.addKeyBinding(CONTENTS_KEY, options.openContents);
    deck.addKeyBinding(TABLE_KEY, () => charts.toggleTable(deck.getCurrentSlide()));
    deck.on('slidechanged', follow);
    follow();
    // Rehearsal timing (W, ?rehearse) belongs to the slides: it times them.
    installRehearsal(deck);
    // Live: the projector applies blackout; a follower's screen never goes black.
    options.live?.attach(slidesLiveView(deck, options.live.role === 'present'));
  }

  return {
    leave() {
      closeSpeakerView();
      charts.destroy();
      deck.destroy();
      wrapper.remove();
    },
  };
}
