/**
 * The slide view (and the print view, and the speaker view's previews): reveal.js over the slides,
 * built afresh from the page's `<template id="deck-slides">` each time the view is entered, and
 * destroyed (reveal.js's public `destroy()`) when it is left. Loaded on demand: a phone reading the
 * article never fetches it.
 *
 * Owns, for as long as it is on screen: the reveal.js instance, its charts, the link to the speaker
 * window, the print layout, and the presenter's keys (the one key map, src/app/keys.ts). It
 * reports the place to the view state.
 */
import Reveal from 'reveal.js';
import { createCharts, type Charts } from '../charts/controller.ts';
import { installRehearsal } from '../rehearsal/index.ts';
import { otherView, stepIndexFor, viewForState } from './build-steps.ts';
import { fillFromArticle } from './fill.ts';
import { bindDeckKeys, helpTable, type DeckAction } from './keys.ts';
import { confirmDialog, openKeysHelp, showModal } from './modal.ts';
import { appWords, pageLocale } from './words.ts';
import { installPrintView } from './print.ts';
import { registerReadyTask } from './ready.ts';
import {
  fragmentIndex,
  layoutOf,
  revealConfig,
  slideNumbers,
  slideSizeFor,
  toRevealConfig,
  type DeckRevealConfig,
} from './reveal-config.ts';
import { envelope, type Command, type DeckState } from './speaker-protocol.ts';
import { installSpeakerLink, type SpeakerLink } from './speaker-view.ts';
import type { DeckFlags } from './address.ts';
import type { ViewHandle, ViewState } from './view-state.ts';
import type { LiveSession } from './live.ts';
import { TALK_SLOT_SECONDS } from '../rehearsal/timing.ts';
import { slidesLiveView } from './live-views.ts';

export interface SlidesViewOptions {
  readonly state: ViewState;
  readonly flags: DeckFlags;
  /** Where the `.reveal` element goes. */
  readonly host: HTMLElement;
  readonly template: HTMLTemplateElement;
  /** The article, on screen or not: the slides copy their data tables and references from it, then take its place. */
  readonly article: HTMLElement;
  /** Opens the contents (C). */
  readonly openContents: () => void;
  /** Following the speaker or presenting live, when the address asks for it. */
  readonly live?: LiveSession | null;
}

/** The deck's build-step indices on a slide, distinct and in order (reveal.js numbers its fragments). */
function stepIndices(slide: Element): number[] {
  const indices = [...slide.querySelectorAll<HTMLElement>('.fragment')].map((f) => Number(f.dataset.fragmentIndex));
  return [...new Set(indices.filter((i) => Number.isInteger(i)))].sort((a, b) => a - b);
}

/** The slide's title as its heading reads (the title slide's is its h1). */
const slideTitle = (slide: HTMLElement): string =>
  slide.querySelector('.slide-head :is(h1, h2)')?.textContent.trim() ?? slide.dataset.title ?? '';

/** A polite live region of our own: it says what it is given, nothing more. */
function createAnnouncer(): { element: HTMLElement; say: (text: string) => void } {
  const element = document.createElement('div');
  element.className = 'deck-announcer visually-hidden';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  element.setAttribute('aria-atomic', 'true');
  return {
    element,
    say(text) {
      // The same title twice (back, then forward) is announced again.
      element.textContent = element.textContent === text ? `${text}\u00a0` : text;
    },
  };
}

export async function enterSlides(options: SlidesViewOptions): Promise<ViewHandle> {
  const { state, flags } = options;
  const print = state.view === 'print';
  // A preview in the speaker window: it shows what it is told, and takes no keys of its own.
  const receiver = flags.receiver;
  const wrapper = document.createElement('div');
  wrapper.className = 'reveal';
  const slides = document.createElement('div');
  slides.className = 'slides';
  slides.append(options.template.content.cloneNode(true));
  fillFromArticle(slides, options.article);
  wrapper.append(slides);
  // reveal.js reads each slide's whole text into its polite live region (the maps' CSS and a chart's
  // data table included). It adopts an `.aria-status` element the wrapper already has, so it gets
  // one hidden from assistive technology; the announcer below says the slide's title instead.
  const revealStatus = document.createElement('div');
  revealStatus.className = 'aria-status visually-hidden';
  revealStatus.setAttribute('aria-hidden', 'true');
  const announcer = createAnnouncer();
  wrapper.append(revealStatus, announcer.element);
  // Copying the article's parts and reveal.js's start (which lays the deck out) are long steps: the
  // browser gets a turn (input, paint) between them. Until then the article (or the title card) stays.
  await nextTask();
  // One rendering in the page at a time: the slides reuse the article's ids.
  options.article.remove();
  options.host.append(wrapper);

  const sections = [...slides.querySelectorAll<HTMLElement>(':scope > section.slide')];
  // The talk's length is the sum of the slides' planned times (validated at build time to fill the slot).
  const totalTime = sections.reduce((sum, s) => sum + Number(s.dataset.timing), 0);
  const config: DeckRevealConfig = {
    ...revealConfig,
    totalTime,
    slideNumber: slideNumbers(slides, print),
    // A squarer projector gets a squarer layout (the print view keeps the 16:9 page: its config follows).
    ...(print ? {} : slideSizeFor(window.innerWidth, window.innerHeight)),
    // Print view (?print-pdf): page size, fragments, handout, and the "print layout" ready task.
    ...(print ? installPrintView(wrapper, window.location.search) : {}),
    ...(receiver
      ? { keyboard: false, controls: false, progress: false, slideNumber: false, history: false, transition: 'none' as const }
      : {}),
  };
  // reveal.js asks this before acting on a key; the deck's keys (bindDeckKeys) take over once bound.
  // Set here, not with `configure()` later, which would lay out and sync the whole deck again.
  let keyCondition: (event: KeyboardEvent) => boolean = () => false;
  const deck = new Reveal(wrapper, toRevealConfig({ ...config, keyboardCondition: (event) => keyCondition(event) }));
  const charts: Charts = createCharts(wrapper, print ? 'print' : 'slides');
  if (print) {
    // reveal.js lays the pages out after initialize(); the charts are drawn once the pages exist.
    const laidOut = new Promise<void>((resolve) => wrapper.addEventListener('pdf-ready', () => resolve(), { once: true }));
    registerReadyTask(
      'charts',
      laidOut.then(() => charts.drawAll()),
    );
  }

  // The chart switch follows the deck's build steps (src/app/build-steps.ts), in every window.
  const syncViews = (): void => {
    for (const figure of deck.getCurrentSlide().querySelectorAll<HTMLElement>('figure.chart')) {
      const view = viewForState(figure);
      if (view !== undefined) charts.selectView(figure, view);
    }
  };
  // What the deck shows, for the speaker window and for tests: "slide-id:step".
  const mark = (): void => {
    document.documentElement.dataset.deckState = `${deck.getCurrentSlide().id}:${String(fragmentIndex(deck))}`;
  };
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'ready'] as const)
    deck.on(type, () => {
      syncViews();
      mark();
    });

  await deck.initialize();
  syncViews();
  mark();
  // reveal.js marks its wrapper `role="application"`, which puts screen readers in focus mode for
  // the whole deck: no moving by heading or line. Without it the slide reads as a page; the
  // slides are already hidden from everyone but the present one (reveal.js's hidden, aria-hidden, inert).
  wrapper.removeAttribute('role');
  // Its arrows sit in an `<aside>`, a landmark: name it, so a landmark list says what it is.
  wrapper.querySelector('aside.controls')?.setAttribute('aria-label', appWords().slideControls);

  const follow = (): void => {
    const current = deck.getCurrentSlide();
    const here = deck.getIndices(current).h;
    charts.follow((slide) => Math.abs(deck.getIndices(slide).h - here), deck.getScale());
    if (current.id && !receiver) state.setPlace(current.id);
  };
  deck.on('slidechanged', follow);

  if (print) return { leave: () => leaveDeck() };
  // A laptop plugged into a 4:3 projector changes the window's shape: the layout follows (and so
  // does a preview in the speaker window, whose frame takes the room's shape).
  let layoutChanged = (): void => undefined;
  let size = slideSizeFor(window.innerWidth, window.innerHeight);
  const markLayout = (): void => {
    wrapper.dataset.layout = layoutOf(size);
  };
  markLayout();
  const onResize = (): void => {
    const next = slideSizeFor(window.innerWidth, window.innerHeight);
    if (next.width === size.width) return;
    size = next;
    markLayout();
    deck.configure({ ...next });
    layoutChanged();
  };
  window.addEventListener('resize', onResize);

  follow();
  if (receiver) {
    // The speaker window drives this frame through reveal.js's postMessage API once it hears this.
    if (window.parent !== window) window.parent.postMessage(envelope({ kind: 'receiver-ready' }), '*');
    return {
      leave: () => {
        window.removeEventListener('resize', onResize);
        leaveDeck();
      },
    };
  }

  // A screen reader hears the slide's title on each change, and a build step's own words.
  deck.on('slidechanged', () => announcer.say(slideTitle(deck.getCurrentSlide())));
  deck.on('fragmentshown', (event) => {
    const fragment = (event as Event & { fragment?: unknown }).fragment;
    if (fragment instanceof HTMLElement) announcer.say(fragment.textContent.replace(/\s+/g, ' ').trim());
  });

  const rehearsal = installRehearsal(deck, {
    atStart: flags.rehearse ? 'rehearse' : flags.rehearsalReport ? 'report' : null,
    showModal,
    locale: pageLocale(),
  });
  const last = sections.length - 1;

  /** The chart switch as the build steps it is: to the step that shows the other (or the clicked) view. */
  const showView = (figure: HTMLElement, value: string): void => {
    const index = stepIndexFor(figure, value, fragmentIndex(deck));
    const { h } = deck.getIndices();
    if (index !== null) deck.slide(h, 0, index);
  };
  const switchView = (): void => {
    const figure = deck.getCurrentSlide().querySelector<HTMLElement>('figure.chart');
    const value = figure ? otherView(figure) : undefined;
    if (figure && value !== undefined) showView(figure, value);
  };
  // A click on the switch in the room is a build step too, so the speaker's preview never differs.
  const onViewClick = (event: MouseEvent): void => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.chart-view') : null;
    const figure = button?.closest<HTMLElement>('figure.chart');
    if (!button || !figure || !figure.querySelector('.chart-view-step')) return;
    event.stopPropagation();
    showView(figure, button.value);
  };
  wrapper.addEventListener('click', onViewClick, true);

  /** W: a timed run-through. Away from the first slide, or with the speaker view open, it asks first. */
  const rehearse = (): void => {
    if (rehearsal.isRecording()) {
      const elsewhere = speaker.isOpen();
      void rehearsal.stop(!elsewhere).then(() => {
        if (elsewhere) speaker.send({ kind: 'report' });
      });
      return;
    }
    if (deck.getIndices().h === 0 && !speaker.isOpen()) {
      void rehearsal.start();
      return;
    }
    // Never moves the projected slide before the presenter says so; asked where the presenter looks.
    if (speaker.isOpen()) speaker.send({ kind: 'ask-rehearse' });
    else
      void confirmDialog({
        title: appWords().rehearsal.askTitle,
        text: appWords().rehearsal.askDeck,
        confirm: appWords().rehearsal.askStart,
        cancel: appWords().rehearsal.askCancel,
      }).then((yes) => {
        if (yes) void rehearsal.start();
      });
  };

  const run = (action: DeckAction | Command): void => {
    // In a blackout, the clicker's next or previous brings the slide back (and moves nothing).
    if ((action === 'next' || action === 'prev') && deck.isPaused()) {
      deck.togglePause(false);
      return;
    }
    switch (action) {
      case 'next':
        deck.next();
        break;
      case 'prev':
        deck.prev();
        break;
      case 'first':
        deck.slide(0);
        break;
      case 'last':
        deck.slide(last);
        break;
      case 'blackout':
        deck.togglePause();
        break;
      case 'switch-view':
        switchView();
        break;
      case 'rehearse':
        rehearse();
        break;
      case 'reading':
        state.setView('reading');
        break;
      case 'contents':
        options.openContents();
        break;
      case 'table':
        charts.toggleTable(deck.getCurrentSlide());
        break;
      case 'speaker':
        speaker.open();
        break;
      case 'help':
        openKeysHelp(helpTable('slides', appWords().keys));
        break;
      default:
        // reveal.js's own keys (overview, fullscreen, G) and the speaker window's (its clock, its notes).
        break;
    }
  };

  const deckState = (): DeckState => {
    const slide = deck.getCurrentSlide();
    const { h } = deck.getIndices();
    const indexf = fragmentIndex(deck);
    const indices = stepIndices(slide);
    const ahead = indices.find((i) => i > indexf);
    return {
      id: slide.id,
      label: slide.dataset.slideLabel ?? String(h + 1),
      indexh: h,
      indexf,
      step: indices.filter((i) => i <= indexf).length,
      steps: indices.length,
      upcoming: ahead !== undefined ? { indexh: h, indexf: ahead } : h < last ? { indexh: h + 1, indexf: -1 } : null,
      paused: deck.isPaused(),
      timing: Number(slide.dataset.timing) || 0,
      spoken: sections.filter((s) => !s.hasAttribute('data-appendix')).length,
      // The conference's slot, not the plan (which leaves slack for clicks and pointing).
      slot: TALK_SLOT_SECONDS,
      rehearsing: rehearsal.isRecording(),
      layout: layoutOf(size),
    };
  };
  const speaker: SpeakerLink = installSpeakerLink(deck, { run, state: deckState, onRehearseConfirmed: () => void rehearsal.start() });
  // The speaker's previews take the room's new shape.
  layoutChanged = () => speaker.update();
  const keys = bindDeckKeys(deck, {
    run,
    goTo: appWords().keys.goTo,
    goToLabel: (label) => {
      const index = sections.findIndex((s) => s.dataset.slideLabel?.toLowerCase() === label.toLowerCase());
      if (index >= 0) deck.slide(index);
      return index >= 0;
    },
  });
  keyCondition = keys.condition;
  if (flags.notes) speaker.open();
  // Live: the projector applies blackout; a follower's screen never goes black.
  options.live?.attach(slidesLiveView(deck, options.live.role === 'present'));
  // Pacing chosen in the speaker window's report reaches this page through storage.
  const onStorage = (): void => {
    rehearsal.restorePacing();
    speaker.update();
  };
  window.addEventListener('storage', onStorage);

  function leaveDeck(): void {
    charts.destroy();
    deck.destroy();
    wrapper.remove();
  }

  return {
    leave() {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('resize', onResize);
      wrapper.removeEventListener('click', onViewClick, true);
      keys.unbind();
      speaker.close();
      rehearsal.uninstall();
      leaveDeck();
    },
  };
}

/** A turn for the browser between long steps (a task of its own for what follows). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
