/**
 * The deck's single reveal.js configuration. Every option that differs from
 * reveal.js's default is here, with the reason.
 */
import type { RevealConfig } from 'reveal.js';

import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../model/geometry.ts';

/**
 * Options reveal.js 6.0.2 reads at runtime but leaves out of `RevealConfig` (wrapped here, once).
 * - totalTime: seconds for the whole talk; the speaker view shows pacing only when it
 *   (or defaultTiming, typed as `null` only) is set. Per-slide data-timing still rules.
 */
export interface UntypedRevealOptions {
  totalTime?: number;
}
export type DeckRevealConfig = RevealConfig & UntypedRevealOptions;

export const revealConfig = {
  width: SLIDE_WIDTH,
  height: SLIDE_HEIGHT,
  // Room around the slide on screens that are not 16:9.
  margin: 0.04,
  minScale: 0.2,
  maxScale: 2.0,
  // Slide ids in the URL (`#/belt-and-road`), kept in browser history for back/forward.
  hash: true,
  history: true,
  respondToHashChanges: true,
  // "current/total": the audience and the reader always know where they are.
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  progress: true,
  controls: true,
  controlsTutorial: false,
  // One horizontal track: clickers send PageUp/PageDown or arrows, all move through every slide.
  navigationMode: 'linear',
  center: false,
  transition: 'fade',
  transitionSpeed: 'fast',
  backgroundTransition: 'none',
  // Speaker view pacing comes from each slide's data-timing (validation makes it required),
  // so reveal.js's defaultTiming is not needed (its 6.0.2 typings only accept null anyway).
  // Fragments (step-by-step points) are one page per slide in the PDF unless asked otherwise.
  pdfSeparateFragments: false,
  pdfMaxPagesPerSlide: 1,
  // reveal.js's own scroll view is never used: the reading view is the deck's own rendering
  // (src/render/article.ts), so reveal.js must not switch to it by itself on a narrow window.
  scrollActivationWidth: 0,
  // Keyboard help on "?": lists the presenter keys.
  help: true,
  overview: true,
  // No external requests: don't open links in an iframe overlay.
  previewLinks: false,
} as const satisfies RevealConfig;
