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

/**
 * reveal.js 6.0.2 types a slide-number function as returning strings, but shows "a / b" only
 * when b is a number at runtime (otherwise just a): the deck's function returns its own labels
 * ("21 / 25", or "A3" alone for the appendix), typed here as reveal.js really reads them.
 */
export type SlideNumberFormat = (slide: HTMLElement | undefined) => readonly [string] | readonly [string, string, number];

export type DeckRevealConfig = Omit<RevealConfig, 'slideNumber'> &
  UntypedRevealOptions & { slideNumber?: RevealConfig['slideNumber'] | SlideNumberFormat };

/** The one place where the deck's configuration meets reveal.js's typings (see SlideNumberFormat). */
export const toRevealConfig = (config: DeckRevealConfig): RevealConfig => config as RevealConfig;

/**
 * The audience's slide numbers: the talk's slides against their count ("12 / 25"), the appendix by
 * its own labels ("A3"). A printed page carries its label alone, as a page number.
 */
export function slideNumbers(slides: ParentNode, print = false): SlideNumberFormat {
  const spoken = slides.querySelectorAll(':scope > section.slide:not([data-appendix])').length;
  return (slide) => {
    const label = slide?.dataset.slideLabel ?? '';
    return print || slide?.hasAttribute('data-appendix') ? [label] : [label, '/', spoken];
  };
}

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
  // Slides kept laid out around the current one (reveal.js: 3, and 2 on phones). One each way is
  // what the fade to the next or previous slide needs; more makes reveal.js lay out the following
  // slides (a map, a timeline) before it shows the first: about 130 more layout objects at start-up.
  viewDistance: 1,
  mobileViewDistance: 1,
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
  // The "?" help is the deck's own, from the one key map (src/app/keys.ts): reveal.js's lists only some keys.
  help: false,
  overview: true,
  // No external requests: don't open links in an iframe overlay.
  previewLinks: false,
} as const satisfies RevealConfig;

/**
 * The build step on show: reveal.js types `getIndices().f` as a number, but leaves it undefined on
 * a slide without fragments. -1: none shown.
 */
export function fragmentIndex(deck: { getIndices(): { f: number } }): number {
  const { f } = deck.getIndices();
  return Number.isInteger(f) ? f : -1;
}

/** The layout a slide size is: the talk's 16:9, or the squarer projector's 4:3. Pure. */
export const layoutOf = (size: Pick<SlideSize, 'width'>): '16:9' | '4:3' => (size.width === revealConfig.width ? '16:9' : '4:3');

/** The slide's logical size and margin for a screen. */
export interface SlideSize {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

/**
 * The slide's layout size for the screen it is projected on. At 16:9 and 16:10 it is 1280×720.
 * On a squarer screen (a 4:3 projector at 1024×768) a 1280-wide slide would be scaled to about 72 %
 * and its 18 px labels would fall to 13 px; there the slide is laid out narrower and taller
 * (1152×864, 4:3) with a thinner margin, so it is scaled to about 87 %: labels stay over 15 px and
 * body text over 20 px. Pure.
 */
export function slideSizeFor(screenWidth: number, screenHeight: number): SlideSize {
  const aspect = screenHeight > 0 ? screenWidth / screenHeight : 16 / 9;
  if (aspect >= 1.55) return { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, margin: revealConfig.margin };
  return { width: 1152, height: 864, margin: 0.02 };
}
