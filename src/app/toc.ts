/**
 * Table of contents: the `<nav id="toc">` that the build fills with one link per section
 * (to its first slide) becomes a modal dialog, opened from the deck bar or with "C".
 * Links stay plain `#/slide-id` anchors, so a jump is a history entry that back/forward undo.
 */
import type { RevealApi } from 'reveal.js';

export interface Toc {
  readonly dialog: HTMLDialogElement;
  open(): void;
  close(): void;
}

export interface TocOptions {
  /** Called after a link was followed, with the target slide's id. */
  onNavigate(slideId: string): void;
}

// "C" for contents ("T" toggles a chart's data table). reveal.js only uses C to close an open overlay.
export const TOC_KEY = { keyCode: 67, key: 'C', description: 'Contents (sections)' } as const;

/** Builds the dialog around the page's TOC; null when the page has none (e.g. a stripped-down embed). */
export function createToc(deck: RevealApi, options: TocOptions): Toc | null {
  const nav = document.querySelector<HTMLElement>('nav#toc');
  if (!nav) return null;

  const dialog = document.createElement('dialog');
  dialog.className = 'toc-dialog';
  dialog.id = 'toc-dialog';
  const title = nav.querySelector<HTMLElement>('.toc-title');
  if (title) {
    title.id = 'toc-title';
    dialog.setAttribute('aria-labelledby', title.id);
  } else {
    dialog.setAttribute('aria-label', 'Contents');
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'deck-tool toc-close';
  close.textContent = 'Close';
  nav.parentNode?.insertBefore(dialog, nav);
  dialog.append(close, nav);
  nav.hidden = false;

  // Keys pressed in the dialog are the dialog's: Esc closes it (natively) instead of opening reveal.js's overview.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  nav.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-slide-id]') : null;
    const id = link?.dataset.slideId;
    if (!link || !id) return;
    const alreadyThere = window.location.hash === `#/${id}`;
    dialog.close();
    // The browser follows the link (hashchange → reveal.js). A link to the hash already in
    // the URL changes nothing, so the reader is taken there directly.
    if (alreadyThere) {
      event.preventDefault();
      const slide = document.getElementById(id);
      if (slide) {
        const { h, v } = deck.getIndices(slide);
        deck.slide(h, v);
      }
    }
    options.onNavigate(id);
  });

  /** The current slide's entry is "the location"; its section's entry is highlighted with it. */
  const markCurrent = (): void => {
    const current = deck.getCurrentSlide();
    for (const link of nav.querySelectorAll<HTMLAnchorElement>('a.toc-slide')) {
      if (link.dataset.slideId === current.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    for (const link of nav.querySelectorAll<HTMLAnchorElement>('a.toc-section')) {
      const first = link.dataset.slideId ? document.getElementById(link.dataset.slideId) : null;
      link.classList.toggle('toc-current', first?.dataset.section === current.dataset.section);
    }
  };

  const open = (): void => {
    if (dialog.open) return;
    markCurrent();
    dialog.showModal();
    nav.querySelector<HTMLAnchorElement>('a[aria-current]')?.focus();
  };

  deck.addKeyBinding(TOC_KEY, open);
  return { dialog, open, close: () => dialog.close() };
}
