/**
 * The deck bar (rendered at build time in the page): Contents, the view switch and Search, wired
 * here. While presenting, the bar steps aside: in the slide view it fades after a few seconds
 * without the pointer moving, and at once on entering fullscreen; pointer movement or keyboard
 * focus brings it back. The print view never shows it (CSS).
 */
import { urlFor, type ViewState } from './view-state.ts';

/** How long the pointer may rest before the bar leaves the projector (ms). */
export const BAR_IDLE_MS = 3000;

export interface BarActions {
  readonly openContents: () => void;
  readonly openSearch: () => void;
  readonly openCite: () => void;
}

export function installBar(state: ViewState, actions: BarActions): void {
  const bar = document.querySelector<HTMLElement>('.deck-bar');
  if (!bar) return;

  // The language switch leads to the same slide, in the same view, in the other edition: slide
  // ids are the same in every edition. The link is a plain link (it works without scripts); here it
  // gains the place just before it is followed, however it is followed.
  const follow = (event: Event): void => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.deck-language') : null;
    if (!link) return;
    const edition = new URL(link.getAttribute('href') ?? './', window.location.href);
    edition.search = window.location.search;
    link.href = urlFor(edition.href, state.view, state.place, state.narrowDefault);
  };
  for (const type of ['click', 'auxclick', 'contextmenu', 'focusin', 'pointerover'] as const) document.addEventListener(type, follow);

  bar.addEventListener('click', (event) => {
    const tool = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-tool]')?.dataset.tool : undefined;
    if (tool === 'contents') actions.openContents();
    else if (tool === 'search') actions.openSearch();
    else if (tool === 'cite') actions.openCite();
    else if (tool === 'view') state.setView(state.view === 'reading' ? 'slides' : 'reading');
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const away = (): void => {
    if (state.view === 'slides' && !bar.contains(document.activeElement)) bar.dataset.away = 'true';
  };
  const back = (): void => {
    delete bar.dataset.away;
    clearTimeout(timer);
    if (state.view === 'slides') timer = setTimeout(away, BAR_IDLE_MS);
  };
  window.addEventListener('pointermove', back, { passive: true });
  bar.addEventListener('focusin', back);
  document.addEventListener('fullscreenchange', () => {
    if (document.fullscreenElement) {
      clearTimeout(timer);
      away();
    } else back();
  });
  state.subscribe(({ view }) => {
    if (view === 'slides') back();
    else {
      clearTimeout(timer);
      delete bar.dataset.away;
    }
  });
}
