/**
 * What surrounds the two renderings: the contents (every section linked to its first slide, its
 * slides' titles beneath: read in order, the titles are the talk's argument), the deck bar and
 * the contents dialog. All in the page as built, so nothing shifts when the scripts arrive. Pure.
 */
import { dialogMarkup } from '../theme/dialog.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { esc } from './html.ts';

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
  return [
    `<header class="deck-bar" aria-label="Deck tools">`,
    `<p class="deck-bar-title">${esc(deck.shortTitle)}</p>`,
    `<div class="deck-bar-tools">`,
    `<button type="button" class="deck-tool" data-tool="contents" aria-haspopup="dialog" aria-controls="toc-dialog" title="Contents (C)">Contents</button>`,
    `<button type="button" class="deck-tool" data-tool="view" title="Switch between slides and reading (R)">` +
      `<span class="for-slides">Reading view</span><span class="for-reading">Slides</span></button>`,
    `<button type="button" class="deck-tool" data-tool="search" aria-haspopup="dialog" title="Search the talk (Ctrl+Shift+F)">Search</button>`,
    `<button type="button" class="deck-tool" data-tool="cite" aria-haspopup="dialog" aria-controls="cite-dialog" title="Cite this talk">Cite</button>`,
    BAR_EXTRA_MARKER,
    `</div>`,
    `</header>`,
  ].join('');
}

/** The contents as a modal dialog, opened from the bar or with C. */
export function renderTocDialog(deck: ResolvedDeck): string {
  return dialogMarkup({
    id: 'toc-dialog',
    titleId: 'toc-title',
    className: 'toc-dialog',
    title: 'Contents',
    // The dialog is titled "Contents"; its list is named apart from the reading view's own contents.
    body: `<nav id="toc" aria-label="Sections and slides">${renderContents(deck)}</nav>`,
  });
}
