/**
 * The other editions, offered once: a reader whose browser prefers Russian or Chinese to the
 * language of the page is shown, in that language, that the talk exists in it (an `aside` the
 * page holds for each other edition). Never a redirect: the reader follows the link or says no,
 * and is not asked again on this device.
 */
import { primaryLanguage } from '../base/lang.ts';

const ASKED = 'deck-edition-offer';

/** The edition to offer: the first the reader prefers to the page's own language, if any. Pure. */
export function editionToOffer(
  preferred: readonly string[],
  page: string,
  offered: readonly { readonly id: string; readonly lang: string }[],
): string | null {
  for (const tag of preferred) {
    if (primaryLanguage(tag) === primaryLanguage(page)) return null;
    const edition = offered.find((e) => primaryLanguage(e.lang) === primaryLanguage(tag));
    if (edition) return edition.id;
  }
  return null;
}

function remembered(): boolean {
  try {
    return localStorage.getItem(ASKED) !== null;
  } catch {
    // Storage refused (private mode, a file:// page): offering once per visit is the best there is.
    return false;
  }
}

function remember(answer: string): void {
  try {
    localStorage.setItem(ASKED, answer);
  } catch {
    /* see remembered() */
  }
}

export function installEditionOffer(): void {
  const offers = [...document.querySelectorAll<HTMLElement>('aside.edition-offer[data-edition]')];
  const id = editionToOffer(
    navigator.languages,
    document.documentElement.lang,
    offers.map((o) => ({ id: o.dataset.edition ?? '', lang: o.lang })),
  );
  const offer = offers.find((o) => o.dataset.edition === id);
  // Storage is read only when there is something to offer: its first read can hold up a page's start by milliseconds.
  if (!offer || !id || remembered()) return;
  offer.hidden = false;
  // Presenting: the first key press, slide change or fullscreen puts it away for this visit (not for good).
  const away = (): void => {
    offer.hidden = true;
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' && !offer.contains(event.target instanceof Node ? event.target : null)) away();
  });
  window.addEventListener('hashchange', away, { once: true });
  document.addEventListener('fullscreenchange', away, { once: true });
  offer.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('a')) remember(id);
    else if (target?.closest('[data-dismiss]')) {
      remember('no');
      offer.hidden = true;
    }
  });
}
