/**
 * The page: the rendered deck put into the page template (index.html). The reading view's article
 * is the page's content; the slides wait in a `<template>` until the slide view builds reveal.js
 * from them (a page shows one rendering at a time, so ids never clash). On the site the template
 * is empty and names the file beside the page that holds the slides (SLIDES_FILE), fetched when
 * the slides are first wanted: a reader's page does not carry them. Pure: strings in, string out.
 */
import type { ResolvedDeck } from '../model/resolved.ts';
import { APP_WORDS } from '../model/messages.ts';
import { citationFor } from '../cite/formats.ts';
import { citationMetaTags, renderCiteDialog } from './cite.ts';
import { renderArticle } from './article.ts';
import { renderBar, renderOffers, renderTocDialog } from './chrome.ts';
import { esc } from '../base/html.ts';
import { renderSlide } from './slides.ts';
import { chartPageData, chartWordsScript } from '../model/chart.ts';

/** The file beside each page that holds its slides, when they are not in the page (PageOptions.slides). */
export const SLIDES_FILE = 'deck-slides.html';

/** Markers that index.html must contain; a missing one is a build error, not a silently empty page. */
export const MARKERS = {
  boot: '<!-- deck:boot -->',
  bar: '<!-- deck:bar -->',
  article: '<!-- deck:article -->',
  slides: '<!-- deck:slides -->',
  dialogs: '<!-- deck:dialogs -->',
  /** The citation tags (head) and the Cite dialog (body). */
  citeMeta: '<!-- deck:cite-meta -->',
  cite: '<!-- deck:cite -->',
} as const;

export interface RenderedDeck {
  /** The `<section>` elements for reveal.js's `.slides`. */
  readonly slides: string;
  /** The reading view's `<article>`. */
  readonly article: string;
  readonly bar: string;
  readonly dialogs: string;
}

/** The words the browser's own dialogs need, as JSON in the page (`<` escaped: it cannot end the element). */
export function renderAppWords(deck: ResolvedDeck): string {
  const words = Object.fromEntries(APP_WORDS.map((key) => [key, deck.messages[key]]));
  return `<script type="application/json" id="deck-words">${JSON.stringify(words).replace(/</g, '\\u003c')}</script>`;
}

/** The `<section>` elements for reveal.js's `.slides`: the template's content, or SLIDES_FILE's. */
export const renderSlides = (deck: ResolvedDeck): string => deck.slides.map((slide) => renderSlide(slide, deck)).join('\n');

/** What the page carries besides the slides. */
const renderPageParts = (deck: ResolvedDeck): Omit<RenderedDeck, 'slides'> => ({
  article: renderArticle(deck),
  bar: renderBar(deck),
  dialogs: renderTocDialog(deck) + renderOffers(deck) + renderAppWords(deck),
});

export function renderDeck(deck: ResolvedDeck): RenderedDeck {
  return { slides: renderSlides(deck), ...renderPageParts(deck) };
}

export interface PageOptions {
  /** The inline script that decides the view before the first paint (src/app/view-state.ts). */
  readonly bootScript: string;
  /**
   * Where the slides are: in the page's template (`page`: the portable file, the dev server), or in
   * SLIDES_FILE beside the page (`file`: the site), the template naming it in `data-src`.
   */
  readonly slides: 'page' | 'file';
}

/** The charts' words for the page's chart chunk, in the deck's language (src/charts/words.ts); none without charts. */
function chartWordsBlock(deck: ResolvedDeck): string {
  const charts = deck.slides.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
  const unique = [...new Map(charts.map((c) => [c.id, c])).values()];
  const words = chartPageData(unique, deck.lang);
  return words ? chartWordsScript(words) : '';
}

export function injectDeck(template: string, deck: ResolvedDeck, options: PageOptions): string {
  for (const [name, marker] of Object.entries(MARKERS)) {
    if (!template.includes(marker)) throw new Error(`index.html has no ${name} marker (${marker})`);
  }
  const rendered = renderPageParts(deck);
  const citation = citationFor(deck);
  const values: Record<string, string> = {
    '%deck.title%': esc(deck.title),
    '%deck.shortTitle%': esc(deck.shortTitle),
    '%deck.description%': esc(deck.description),
    '%deck.lang%': esc(deck.lang),
    '%deck.event%': esc(deck.event),
    '%deck.slideCount%': esc(deck.slides.length),
  };
  let html = template
    .replace(MARKERS.boot, () => `<script>${options.bootScript}</script>`)
    .replace(MARKERS.bar, () => rendered.bar)
    .replace(MARKERS.article, () => rendered.article)
    .replace(MARKERS.slides, () =>
      options.slides === 'page'
        ? `<template id="deck-slides">\n${renderSlides(deck)}\n</template>`
        : `<template id="deck-slides" data-src="${SLIDES_FILE}"></template>`,
    )
    .replace(MARKERS.dialogs, () => rendered.dialogs + chartWordsBlock(deck))
    .replace(MARKERS.citeMeta, () => citationMetaTags(citation))
    .replace(MARKERS.cite, () => renderCiteDialog(citation, deck.messages));
  for (const [key, value] of Object.entries(values)) html = html.split(key).join(value);
  return html;
}
