/**
 * The contents dialog (rendered at build time: `<dialog id="toc-dialog">`), opened from the deck
 * bar or with C, in either view. Its links are the reading view's anchors; a followed link goes to
 * its slide in the view on screen, as a history entry that back/forward undo.
 */
import { followSlideLinks, showModal } from './modal.ts';
import type { ViewState } from './view-state.ts';

export interface Contents {
  open(): void;
}

export function createContents(state: ViewState): Contents | null {
  const dialog = document.getElementById('toc-dialog');
  if (!(dialog instanceof HTMLDialogElement)) return null;
  const nav = dialog.querySelector('nav');

  followSlideLinks(dialog, (id) => state.goTo(id));

  /** The current slide's entry is "the location"; its section's entry is highlighted with it. */
  const markCurrent = (): void => {
    const place = state.place;
    const links = [...(nav?.querySelectorAll<HTMLAnchorElement>('a[data-slide-id]') ?? [])];
    const current = links.find((l) => l.classList.contains('toc-slide') && l.dataset.slideId === place);
    for (const link of links) {
      if (link === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
      if (link.classList.contains('toc-section'))
        link.classList.toggle('toc-current', !!current && link.parentElement?.contains(current) === true);
    }
  };

  return {
    open() {
      if (dialog.open) return;
      markCurrent();
      showModal(dialog);
      nav?.querySelector<HTMLAnchorElement>('a[aria-current]')?.focus();
    },
  };
}
