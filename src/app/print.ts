/**
 * Print view (`?print-pdf`): what the PDF needs beyond reveal.js's own print layout.
 *
 * - Pages are exactly the slide size (1280×720): reveal.js adds `margin` around each
 *   page, which on paper is only a white frame.
 * - `&fragments` gives each build step its own page; `&handout` pairs every slide with
 *   its speaker notes on one page (the slide scaled down, the notes beside it).
 * - reveal.js lays the pages out asynchronously after `initialize()` resolves, so the
 *   "print layout" ready task holds the deck's ready signal until the pages exist.
 *   `<html data-print-layout>` says how far it got, for the exporter's timeout message.
 */
import type { RevealConfig } from 'reveal.js';
import { parseAddress } from './address.ts';
import { registerReadyTask } from './ready.ts';

export interface PrintRequest {
  /** One page per fragment step (reveal.js's `pdfSeparateFragments`). */
  readonly fragments: boolean;
  /** Each slide paired with its speaker notes. */
  readonly handout: boolean;
}

export function printRequestFromUrl(search: string): PrintRequest {
  const { fragments, handout } = parseAddress(search);
  return { fragments, handout };
}

/** reveal.js options for print view. Pure. */
export function printConfig(request: PrintRequest): RevealConfig {
  return {
    margin: 0,
    pdfSeparateFragments: request.fragments,
    pdfMaxPagesPerSlide: 1,
    // The handout lays out notes itself: reveal.js's inline notes cover the slide.
    showNotes: false,
  };
}

/**
 * Prepares print view before reveal.js initialises (so the `pdf-ready` event cannot be
 * missed) and returns the reveal.js options it needs.
 */
export function installPrintView(root: HTMLElement, search: string): RevealConfig {
  const request = printRequestFromUrl(search);
  const html = document.documentElement;
  html.dataset.printLayout = 'pending';
  html.classList.toggle('print-handout', request.handout);
  html.classList.toggle('print-fragments', request.fragments);
  const laidOut = new Promise<void>((resolve) => {
    root.addEventListener(
      'pdf-ready',
      () => {
        linkSlidesWithinPdf(root);
        numberPages(root);
        if (request.handout) layoutHandout(root);
        html.dataset.printLayout = 'done';
        resolve();
      },
      { once: true },
    );
  });
  registerReadyTask('print layout', laidOut);
  return printConfig(request);
}

/**
 * `#/slide-id` links point at the page in the browser; in the PDF they become jumps to
 * the slide's page (Chromium turns `#id` links into internal PDF links).
 */
function linkSlidesWithinPdf(root: HTMLElement): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]')) {
    const id = decodeURIComponent(link.getAttribute('href')?.slice(2) ?? '');
    if (id && document.getElementById(id)) link.setAttribute('href', `#${id}`);
  }
}

/**
 * Each page's number is its slide's as the audience sees it (1…25, then A1…A10 for the appendix):
 * reveal.js prints a running count (its print layout takes no slide-number function), so the
 * number it placed on each page is given the slide's label.
 */
function numberPages(root: HTMLElement): void {
  for (const page of root.querySelectorAll<HTMLElement>('.pdf-page')) {
    const label = page.querySelector<HTMLElement>('section.slide')?.dataset.slideLabel;
    const number = page.querySelector('.slide-number-pdf');
    if (label && number) number.textContent = label;
  }
}

/** Smallest notes text before the handout gives up shrinking and reports an overflow. */
const MIN_NOTES_PX = 15;

function layoutHandout(root: HTMLElement): void {
  for (const page of root.querySelectorAll<HTMLElement>('.pdf-page')) {
    const slide = page.querySelector<HTMLElement>(':scope > section');
    const notes = slide?.querySelector<HTMLElement>('aside.notes');
    if (!slide || !notes) continue;
    // Under the scaled slide: where it sits in the talk (the slide itself may not say).
    const meta = document.createElement('p');
    meta.className = 'handout-meta';
    const section = slide.querySelector('.eyebrow')?.textContent ?? '';
    meta.textContent = [`${slide.hasAttribute('data-appendix') ? 'Appendix' : 'Slide'} ${slide.dataset.slideLabel ?? ''}`, section]
      .filter((s) => s.trim() !== '')
      .join(' · ');
    const panel = document.createElement('div');
    panel.className = 'handout-notes';
    const label = document.createElement('p');
    label.className = 'handout-label';
    label.textContent = 'Speaker notes';
    panel.append(label, ...[...notes.children].map((child) => child.cloneNode(true)));
    // The readers' footnotes follow the script (the slide view never shows them).
    const footnotes = slide.querySelector('.slide-footnotes');
    if (footnotes) {
      const box = document.createElement('div');
      box.className = 'handout-footnotes';
      box.append(...[...footnotes.children].map((child) => child.cloneNode(true)));
      panel.append(box);
    }
    page.append(meta, panel);
    fitText(panel);
  }
}

/** Long notes shrink step by step rather than being cut off; what still overflows is flagged. */
function fitText(panel: HTMLElement): void {
  let size = Number.parseFloat(getComputedStyle(panel).fontSize);
  while (panel.scrollHeight > panel.clientHeight + 1 && size > MIN_NOTES_PX) {
    size -= 1;
    panel.style.fontSize = `${size}px`;
  }
  if (panel.scrollHeight > panel.clientHeight + 1) panel.dataset.overflow = 'true';
}
