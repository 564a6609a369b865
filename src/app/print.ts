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
import { appWords } from './words.ts';
import { fill } from '../model/messages.ts';

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
        exposeToReaders(root);
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
  printEveryView(root);
  return printConfig(request);
}

/**
 * Chromium tags the PDF from the accessibility tree. reveal.js's print layout leaves every slide
 * but the first `hidden`/`aria-hidden` (it shows one slide at a time on screen), so the tags would
 * cover one page. On paper every page is shown: every slide is exposed, the deck is a document (not
 * an `application`), and what is only decoration (slide numbers, backgrounds) is hidden from
 * readers, which Chromium writes as artifacts.
 */
export function exposeToReaders(root: HTMLElement): void {
  root.removeAttribute('role');
  for (const slide of root.querySelectorAll<HTMLElement>('.pdf-page section')) {
    slide.removeAttribute('hidden');
    slide.removeAttribute('aria-hidden');
    slide.removeAttribute('inert');
  }
  // The drawing (a canvas or an SVG with its alternative text) is the figure; the `<figure>` around
  // it, with its caption, is a group, so the PDF has no second, unnamed Figure around each one.
  for (const figure of root.querySelectorAll<HTMLElement>('figure')) {
    if (figure.querySelector('[role="img"]')) figure.setAttribute('role', 'group');
  }
  // Chromium writes a figure's name as its alternative text, not its description: a map's name
  // is only its title, so on paper it is named by its title and finding together.
  for (const map of root.querySelectorAll<SVGSVGElement>('svg[role="img"]')) {
    const title = map.querySelector(':scope > title')?.textContent.trim() ?? '';
    const desc = map.querySelector(':scope > desc')?.textContent.trim() ?? '';
    if (!title || !desc) continue;
    // aria-labelledby would win over aria-label.
    map.removeAttribute('aria-labelledby');
    map.removeAttribute('aria-describedby');
    map.setAttribute('aria-label', `${title}. ${desc}`);
  }
  for (const decoration of root.querySelectorAll<HTMLElement>('.slide-number-pdf, .slide-background, .progress, .controls')) {
    decoration.setAttribute('aria-hidden', 'true');
  }
}

/**
 * A chart with views (the trade chart in Belarusian or Chinese statistics) has an on-screen switch
 * that does nothing on paper: in print its figure holds one chart per view, side by side, each
 * labelled, so the page shows both statistics. Runs before the charts controller looks for canvases.
 */
export function printEveryView(root: HTMLElement): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure.chart')) {
    const buttons = [...figure.querySelectorAll<HTMLButtonElement>('.chart-views .chart-view')];
    const box = figure.querySelector<HTMLElement>('.chart-box');
    const canvas = box?.querySelector('canvas');
    if (buttons.length < 2 || !box || !canvas) continue;
    const finding = canvas.getAttribute('aria-label') ?? '';
    const panels = buttons.map((button) => {
      const panel = document.createElement('figure');
      // Each panel is a chart figure of its own (the controller draws every `figure.chart`), in one view.
      panel.className = 'chart chart-print-view';
      panel.dataset.chart = figure.dataset.chart ?? '';
      panel.dataset.view = button.value;
      const view = document.createElement('button');
      view.type = 'button';
      view.className = 'chart-view';
      view.value = button.value;
      view.setAttribute('aria-pressed', 'true');
      view.hidden = true;
      const label = document.createElement('figcaption');
      label.className = 'chart-print-view-label';
      label.textContent = button.textContent;
      const panelBox = document.createElement('div');
      panelBox.className = 'chart-box';
      const drawing = document.createElement('canvas');
      drawing.setAttribute('role', 'img');
      drawing.setAttribute('aria-label', `${button.textContent}: ${finding}`);
      panelBox.append(drawing);
      panel.append(label, view, panelBox);
      return panel;
    });
    const row = document.createElement('div');
    row.className = 'chart-print-views';
    row.append(...panels);
    box.replaceWith(row);
    // The outer figure keeps its caption and becomes a group of the two figures; without its
    // `data-chart` the controller draws the panels only.
    figure.classList.add('chart--print-views');
    figure.dataset.printViews = figure.dataset.chart ?? '';
    delete figure.dataset.chart;
    figure.setAttribute('role', 'group');
    figure.querySelector('.chart-views')?.remove();
  }
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
  const words = appWords();
  for (const page of root.querySelectorAll<HTMLElement>('.pdf-page')) {
    const slide = page.querySelector<HTMLElement>(':scope > section');
    const notes = slide?.querySelector<HTMLElement>('aside.notes');
    if (!slide || !notes) continue;
    // Under the scaled slide: where it sits in the talk (the slide itself may not say).
    const meta = document.createElement('p');
    meta.className = 'handout-meta';
    const section = slide.querySelector('.eyebrow')?.textContent ?? '';
    const label = { label: slide.dataset.slideLabel ?? '' };
    meta.textContent = [fill(slide.hasAttribute('data-appendix') ? words.appendixNumber : words.slideNumber, label), section]
      .filter((s) => s.trim() !== '')
      .join(' · ');
    const panel = document.createElement('div');
    panel.className = 'handout-notes';
    // A heading under the slide's title: a reader moving by heading finds each slide's notes.
    const heading = document.createElement(slide.querySelector('h1') ? 'h2' : 'h3');
    heading.className = 'handout-label';
    heading.textContent = words.handoutNotes;
    panel.append(heading, ...[...notes.children].map((child) => child.cloneNode(true)));
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
