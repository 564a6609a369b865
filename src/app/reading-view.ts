/**
 * The reading view: the page's `<article>` (rendered at build time, src/render/article.ts) with the
 * platform doing the work. Native anchors put a slide under the deck bar (`scroll-margin-top`), the
 * browser's scroll anchoring keeps the place while fonts and charts arrive, and an
 * IntersectionObserver tells the view state which slide is being read, so the address always names
 * it. Charts are drawn through the same chart controller as on slides, as they come near, and all
 * of them before the page is printed. No reveal.js here.
 */
import { chartChunkLoaded, createCharts, loadChartChunk } from '../charts/controller.ts';
import { entryFor } from './keys.ts';
import { installMapViewer } from './map-viewer.ts';
import type { ViewHandle, ViewState } from './view-state.ts';

export interface ReadingViewOptions {
  readonly state: ViewState;
  /** Where the article goes. */
  readonly host: HTMLElement;
  readonly article: HTMLElement;
  /** Called with the charts' first drawing (the deck's ready signal waits for it on the first view). */
  readonly onCharts?: (drawn: Promise<void>) => void;
  readonly openContents: () => void;
  /** The `?` help. */
  readonly openHelp: () => void;
}

/** What the reader is at: the slides' sections and the article's head (the title slide). */
const PAGES = '.reading-head[id], .page[id]';

/** Whether a key press is for the page (not for a field, a dialog or a modified shortcut). */
export function isPageKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable], dialog')) return false;
  return true;
}

/** Calls `near` once, when the first chart comes within two screens of the reader. */
function watchApproach(article: HTMLElement, near: () => void): { disconnect(): void } {
  const figures = article.querySelectorAll('figure.chart');
  if (figures.length === 0 || !('IntersectionObserver' in window)) {
    near();
    return { disconnect: () => undefined };
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      near();
    },
    { rootMargin: '200% 0px' },
  );
  for (const figure of figures) observer.observe(figure);
  return observer;
}

/** Every face the page declares, fetched (a face that fails keeps its fallback, as the browser would). */
function loadFaces(): Promise<unknown> {
  const loads: Promise<unknown>[] = [];
  document.fonts.forEach((face) => loads.push(face.load().catch(() => undefined)));
  return Promise.all(loads);
}

export function enterReading(options: ReadingViewOptions): ViewHandle {
  const { state, article } = options;
  if (!article.isConnected) options.host.append(article);
  const pages = [...article.querySelectorAll<HTMLElement>(PAGES)];

  // The place: an anchor the browser has not scrolled to (an old `#/id` link, or the switch from
  // slides) is scrolled to here, before the observer starts, so it cannot record the top first.
  const align = (target: HTMLElement): void => {
    const top = target.getBoundingClientRect().top - Number.parseFloat(getComputedStyle(target).scrollMarginTop || '0');
    if (Math.abs(top) > 2) target.scrollIntoView({ block: 'start' });
  };
  const target = state.place ? document.getElementById(state.place) : null;
  if (target && article.contains(target)) align(target);
  else if (!state.place) window.scrollTo(0, 0);
  // A link within the page (search, contents, a footnote's slide link): the browser scrolls to it
  // while the pages above it still have their estimated heights (reading.css lays pages out only
  // near the screen); once they are laid out, the target is put back under the bar.
  const onHash = (): void => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const named = id ? document.getElementById(id) : null;
    if (named && article.contains(named)) requestAnimationFrame(() => requestAnimationFrame(() => align(named)));
  };
  window.addEventListener('hashchange', onHash);

  // The slide being read: the last one whose box reaches into the top third of the screen.
  const visible = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      const current = pages.filter((p) => visible.has(p)).at(-1);
      if (!current) return;
      // A link to a point inside that slide (a later references page, an old id) keeps its address.
      const named = state.place ? document.getElementById(state.place) : null;
      if (named && current.contains(named)) return;
      state.setPlace(current.id);
    },
    { rootMargin: '0px 0px -66% 0px' },
  );
  for (const page of pages) observer.observe(page);

  const closeMapViewer = installMapViewer(article);
  const charts = createCharts(article, 'reading');
  // Drawn whether or not anyone waits for it: `onCharts?.(charts.drawNear())` would skip the call
  // (and the drawing) on every entry after the first, when there is no one to tell.
  const drawn = charts.drawNear();
  if (options.onCharts) options.onCharts(drawn);
  else void drawn.catch((error: unknown) => console.error(`Charts could not be drawn: ${String(error)}`));
  // Chart.js (about 76 KB gzip) is fetched when the reader comes within two screens of a chart, so
  // the chart is drawn the moment it is half a screen away; a phone at the top of the talk fetches none.
  const prefetch = (): void => void loadChartChunk().catch(() => undefined);
  const approaching = watchApproach(article, prefetch);
  // A wide screen (a desk, where people print) also fetches it once the page is idle, so that the
  // browser's own Print menu finds it there: Chart.js draws still charts synchronously in beforeprint.
  const idle =
    !options.state.narrowDefault && 'requestIdleCallback' in window ? window.requestIdleCallback(prefetch, { timeout: 5000 }) : undefined;
  // The pages far down are laid out only near the screen (reading.css), so the faces only they use
  // (italics, another script, the rest of a Chinese font) would arrive as the reader scrolls to them
  // or prints: the reader's first scroll, or an idle desk, fetches every face the page declares.
  const faces = (): void => void loadFaces();
  window.addEventListener('scroll', faces, { once: true, passive: true });
  const idleFaces =
    !options.state.narrowDefault && 'requestIdleCallback' in window ? window.requestIdleCallback(faces, { timeout: 5000 }) : undefined;
  const unprinted = new Set<HTMLDetailsElement>();
  const beforePrint = (): void => {
    const ready = chartChunkLoaded();
    void charts.drawAll().catch((error: unknown) => console.error(String(error)));
    if (ready) return;
    // The chart code has not arrived (a phone far from any chart): the charts print their data
    // table instead of an empty box, and the code is on its way for the next print.
    for (const figure of article.querySelectorAll<HTMLElement>('figure.chart:not([data-chart-state="drawn"])')) {
      const details = figure.querySelector<HTMLDetailsElement>('details.chart-data-details');
      if (details && !details.open) {
        details.open = true;
        unprinted.add(details);
      }
      figure.classList.add('chart--print-table');
    }
  };
  const afterPrint = (): void => {
    for (const details of unprinted) details.open = false;
    unprinted.clear();
    for (const figure of article.querySelectorAll('.chart--print-table')) figure.classList.remove('chart--print-table');
  };
  // Ctrl/Cmd+P: the page fetches the chart code and draws every chart before the print dialog opens.
  const onPrintKey = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'p' || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void Promise.all([charts.drawAll(), loadFaces()])
      .catch((error: unknown) => console.error(String(error)))
      .finally(() => window.print());
  };
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  document.addEventListener('keydown', onPrintKey);

  const step = (direction: 1 | -1): void => {
    const at = pages.findIndex((p) => p.id === state.place);
    const next = pages[Math.min(Math.max(at + direction, 0), pages.length - 1)];
    if (!next) return;
    next.scrollIntoView({ block: 'start' });
    state.setPlace(next.id);
    // As for a link: the pages it passes are laid out only now, and may push it from under the bar.
    requestAnimationFrame(() => requestAnimationFrame(() => align(next)));
  };
  // Clickers send PageDown/PageUp: a slide at a time, as in the slide view. Arrows and Space scroll as on any page.
  // The keys are the one key map's (src/app/keys.ts) for this view.
  const onKey = (event: KeyboardEvent): void => {
    if (!isPageKey(event)) return;
    const entry = entryFor(event, 'reading');
    if (!entry) return;
    if (entry.action === 'next') {
      event.preventDefault();
      step(event.key === 'PageUp' ? -1 : 1);
    } else if (entry.action === 'reading') {
      state.setView('slides');
    } else if (entry.action === 'contents') {
      options.openContents();
    } else if (entry.action === 'help') {
      event.preventDefault();
      options.openHelp();
    }
  };
  document.addEventListener('keydown', onKey);

  // "Slide 12" opens that slide in the slide view (without JavaScript it is a plain link that does the same).
  const onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.slide-link[data-slide-id]') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    state.setPlace(link.dataset.slideId ?? null);
    state.setView('slides');
  };
  article.addEventListener('click', onClick);

  return {
    leave() {
      observer.disconnect();
      approaching.disconnect();
      closeMapViewer();
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (idleFaces !== undefined) window.cancelIdleCallback(idleFaces);
      window.removeEventListener('scroll', faces);
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('keydown', onPrintKey);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      article.removeEventListener('click', onClick);
      charts.destroy();
      // One rendering in the page at a time: the slides reuse the slides' ids.
      article.remove();
    },
  };
}
