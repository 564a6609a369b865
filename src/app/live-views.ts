/**
 * The two views as the live session sees them (src/app/live.ts): how each shows the speaker's
 * position and which moves count as the reader's own.
 */
import type { RevealApi } from 'reveal.js';
import type { LiveView, Position } from './live.ts';

const MOVES = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed'] as const;

/**
 * The slide view: reveal.js goes to the slide and build step (reveal.js's fragment index is the
 * step less one). Blackout is applied only where `applyBlackout` (the projector), never on a
 * follower's screen. Moves made by `show` itself are not reported.
 */
export function slidesLiveView(deck: RevealApi, applyBlackout: boolean): LiveView {
  let applying = false;
  const position = (): Position => {
    const current = deck.getCurrentSlide();
    // Without an argument reveal.js also reports the current fragment (with one, it may not).
    const { f } = deck.getIndices();
    return { slide: current.id, step: Number.isInteger(f) && f >= 0 ? f + 1 : 0, blackout: applyBlackout && deck.isPaused() };
  };
  return {
    position,
    show(target) {
      const slide = document.getElementById(target.slide);
      if (!slide) return;
      applying = true;
      try {
        const { h, v } = deck.getIndices(slide);
        deck.slide(h, v, target.step - 1);
        if (applyBlackout && deck.isPaused() !== target.blackout) deck.togglePause(target.blackout);
      } finally {
        applying = false;
      }
    },
    onMove(callback) {
      const handler = (): void => {
        if (!applying) callback(position());
      };
      for (const type of MOVES) deck.on(type, handler);
      return () => {
        for (const type of MOVES) deck.off(type, handler);
      };
    },
  };
}

/** Input that means the reader is browsing on their own (scrolling, paging, following a link). */
const READER_INPUT = ['wheel', 'touchmove', 'keydown', 'click'] as const;

/**
 * The reading view: scrolls to the speaker's slide and marks it. The reader's own scrolling or
 * paging pauses following (the session offers the way back).
 */
export function readingLiveView(article: HTMLElement, place: () => string | null): LiveView {
  const mark = (id: string): void => {
    for (const old of article.querySelectorAll('.live-current')) old.classList.remove('live-current');
    document.getElementById(id)?.classList.add('live-current');
  };
  return {
    position: () => ({ slide: place() ?? '', step: 0, blackout: false }),
    show(target) {
      const slide = document.getElementById(target.slide);
      if (!slide) return;
      mark(target.slide);
      slide.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' });
    },
    onMove(callback) {
      const handler = (event: Event): void => {
        // The live control itself is not browsing.
        if (event.target instanceof Element && event.target.closest('.live-pill')) return;
        callback({ slide: place() ?? '', step: -1, blackout: false });
      };
      for (const type of READER_INPUT) window.addEventListener(type, handler, { passive: true });
      return () => {
        for (const type of READER_INPUT) window.removeEventListener(type, handler);
      };
    },
  };
}
