/**
 * What surrounds the two renderings: the contents (every section linked to its first slide, its
 * slides' titles beneath: read in order, the titles are the talk's argument), the deck bar and
 * the contents dialog. All in the page as built, so nothing shifts when the scripts arrive. Pure.
 */
import { dialogMarkup } from '../theme/dialog.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { siteRoot } from '../model/edition.ts';
import { fill } from '../model/messages.ts';
import { esc } from '../base/html.ts';

/** Where build:site puts its extra tools (the PDF) in the deck bar. */
export const BAR_EXTRA_MARKER = '<!-- deck:bar-extra -->';

/** Links are anchors (`#id`), which the reading view follows natively; in the slide view the app turns them into slide changes. */
export function renderContents(deck: ResolvedDeck): string {
  const link = (id: string, text: string, className: string): string =>
    `<a class="${className}" href="#${esc(id)}" data-slide-id="${esc(id)}">${esc(text)}</a>`;
  const items = deck.sections
    .map((section) => {
      const first = section.slides[0];
      if (!first) return '';
      const slides = section.slides
        .filter((s) => !s.continuation)
        // The number the audience sees, to type and Enter in the slide view (a space keeps the words apart for tools).
        .map(
          (s) =>
            `<li><a class="toc-slide" href="#${esc(s.id)}" data-slide-id="${esc(s.id)}"><span class="toc-number">${esc(s.label)}</span> ${esc(s.title)}</a></li>`,
        )
        .join('');
      return `<li>${link(first.id, section.title, 'toc-section')}<ol class="toc-slides">${slides}</ol></li>`;
    })
    .join('');
  return `<ol class="toc-list">${items}</ol>`;
}

/**
 * The deck bar: contents, the view switch and search. The switch names the view it leads to; both
 * names are in the page and the view on screen shows one (its accessible name is its visible text).
 */
export function renderBar(deck: ResolvedDeck): string {
  const m = deck.messages;
  return [
    `<header class="deck-bar" aria-label="${esc(m.barLabel)}">`,
    `<p class="deck-bar-title">${esc(deck.shortTitle)}</p>`,
    `<div class="deck-bar-tools">`,
    `<button type="button" class="deck-tool" data-tool="contents" aria-haspopup="dialog" aria-controls="toc-dialog" title="${esc(m.contentsHint)}">${esc(m.contents)}</button>`,
    `<button type="button" class="deck-tool" data-tool="view" title="${esc(m.viewHint)}">` +
      `<span class="for-slides">${esc(m.readingView)}</span><span class="for-reading">${esc(m.slidesView)}</span></button>`,
    `<button type="button" class="deck-tool" data-tool="search" aria-haspopup="dialog" title="${esc(m.searchHint)}">${esc(m.search)}</button>`,
    `<button type="button" class="deck-tool" data-tool="cite" aria-haspopup="dialog" aria-controls="cite-dialog" title="${esc(m.citeHint)}">${esc(m.cite)}</button>`,
    renderLanguages(deck),
    BAR_EXTRA_MARKER,
    `</div>`,
    `</header>`,
  ].join('');
}

/** From this edition's page to the site's root (where the English edition is): `./`, `../`. */
export const upToSite = (deck: Pick<ResolvedDeck, 'edition'>): string => siteRoot(deck.edition.dir);

/**
 * The language switch: a link to each other edition, at the same slide (the app keeps the link's
 * `#slide-id` in step with the slide or the place in the reading view). Ids are the same in every
 * edition, so the hash carries over. Plain links: they work without JavaScript.
 */
export function renderLanguages(deck: ResolvedDeck, className = 'deck-languages', landmark = true): string {
  const others = deck.editions.filter((e) => e.id !== deck.edition.id);
  if (others.length === 0) return '';
  const up = upToSite(deck);
  const links = others
    .map(
      (e) =>
        `<a class="deck-tool deck-language" href="${esc(`${up}${e.dir}`)}" hreflang="${esc(e.lang)}" data-edition="${esc(e.id)}" title="${esc(fill(deck.messages.languageLink, { language: e.name }))}"><span lang="${esc(e.lang)}">${esc(e.name)}</span></a>`,
    )
    .join('');
  // The bar's switch is the landmark; the reading head's copy (shown on phones, where the bar has no room) is a paragraph.
  return landmark
    ? `<nav class="${esc(className)}" aria-label="${esc(deck.messages.languages)}">${links}</nav>`
    : `<p class="${esc(className)}">${links}</p>`;
}

/**
 * The other editions, offered once to a reader whose browser prefers their language (src/app/
 * edition-offer.ts shows at most one; none without scripts). Each in its own language.
 */
export function renderOffers(deck: ResolvedDeck): string {
  const up = upToSite(deck);
  return deck.editions
    .filter((e) => e.id !== deck.edition.id)
    .map(
      (e) =>
        `<aside class="edition-offer" lang="${esc(e.lang)}" data-edition="${esc(e.id)}" aria-label="${esc(e.name)}" hidden>` +
        `<p>${esc(e.offer.offer)} <a class="deck-language" href="${esc(`${up}${e.dir}`)}" hreflang="${esc(e.lang)}">${esc(e.offer.offerRead)}</a></p>` +
        `<button type="button" class="deck-tool" data-dismiss>${esc(e.offer.offerDismiss)}</button></aside>`,
    )
    .join('');
}

/** The page's `<link rel="alternate" hreflang>` to each edition, and `x-default` for the English one (the build writes them). */
export function alternateLinks(deck: ResolvedDeck): { readonly hreflang: string; readonly href: string }[] {
  // Search engines take only fully-qualified alternates (a relative one is an error to them and to
  // Lighthouse): without the site's address (DECK_URL) the page names none; the language switch still links.
  if (deck.editions.length < 2 || !deck.link) return [];
  const site = new URL(upToSite(deck), deck.link.url).href;
  const href = (dir: string): string => new URL(dir, site).href;
  return [
    ...deck.editions.map((e) => ({ hreflang: e.lang, href: href(e.dir) })),
    { hreflang: 'x-default', href: href(deck.editions[0]?.dir ?? '') },
  ];
}

/** The contents as a modal dialog, opened from the bar or with C. */
export function renderTocDialog(deck: ResolvedDeck): string {
  return dialogMarkup({
    id: 'toc-dialog',
    titleId: 'toc-title',
    className: 'toc-dialog',
    title: deck.messages.contents,
    close: deck.messages.close,
    // The dialog is titled "Contents"; its list is named apart from the reading view's own contents.
    body: `<nav id="toc" aria-label="${esc(deck.messages.contentsNav)}">${renderContents(deck)}</nav>`,
  });
}
