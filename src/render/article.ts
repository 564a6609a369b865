/**
 * The reading view: the talk as a document, for a reader without a speaker. One `<article>` with
 * a `<section>` per part of the talk, each slide a section headed by its title (its id is the
 * anchor: `#belt-and-road`), what the slide shows reflowed for reading, the narration as prose,
 * the footnotes, and the sources linked to the references at the end. It is in the page as
 * built, so it reads completely without JavaScript and in a browser's reader mode. Pure.
 */
import { withoutClickMarks } from '../model/steps.ts';
import type { ResolvedDeck, ResolvedSection, ResolvedSlide } from '../model/resolved.ts';
import type { Source } from '../data/sources.ts';
import { fill, plural, type Locale } from '../model/messages.ts';
import { renderBlock, renderReference } from './blocks.ts';
import { renderContents, renderLanguages } from './chrome.ts';
import { esc, join, txt } from '../base/html.ts';
import { formatDuration, renderFootnoteItems } from './slides.ts';

const sourceLink = (s: Source): string => `<a href="#ref-${esc(s.id)}">${esc(s.short)}</a>`;

const narration = (slide: ResolvedSlide): string =>
  slide.notes.length ? `<div class="narration">${slide.notes.map((n) => `<p>${txt(withoutClickMarks(n))}</p>`).join('')}</div>` : '';

function footnotes(slide: ResolvedSlide, locale: Locale): string {
  if (slide.footnotes.length === 0) return '';
  return `<div class="footnotes"><p class="footnotes-label">${esc(locale.messages.notesOnSources)}</p><ol>${renderFootnoteItems(slide, locale, sourceLink)}</ol></div>`;
}

function sourcesLine(slide: ResolvedSlide, locale: Locale): string {
  if (slide.sources.length === 0 || slide.layout === 'title' || slide.layout === 'closing') return '';
  const label = esc(plural(locale.lang, locale.messages.sourcesLabel, slide.sources.length));
  const m = locale.messages;
  return `<p class="page-sources"><span class="source-label">${label}${esc(m.labelSeparator.trimEnd())}</span>${m.labelSeparator.endsWith(' ') ? ' ' : ''}${slide.sources.map(sourceLink).join(esc(m.listSeparator))}</p>`;
}

/** Ids a link may still use for this slide: its aliases, as empty anchors beside its heading. */
const aliasAnchors = (slide: ResolvedSlide): string =>
  slide.aliases.map((a) => `<span id="${esc(a)}" class="page-anchor" data-alias></span>`).join('');

/** The slide's number links to it in the slide view. */
const slideLink = (slide: ResolvedSlide, locale: Locale): string =>
  `<a class="slide-link" href="?view=slides#/${esc(slide.id)}" data-slide-id="${esc(slide.id)}">${esc(slide.appendix ? locale.messages.appendix : locale.messages.slide)} ${esc(slide.label)}</a>`;

/**
 * The references, one list: the deck spreads them over several slides, whose ids
 * (`references-2` …) stay anchors at the entry each of those slides begins with.
 */
function referencesList(deck: ResolvedDeck, pages: readonly ResolvedSlide[]): string {
  const starts = new Map<number, string>();
  for (const page of pages) {
    for (const block of page.blocks) if (block.kind === 'references' && page.continuation) starts.set(block.start, page.id);
  }
  const items = deck.references
    .map((s, i) => {
      const anchor = starts.get(i + 1);
      return `<li id="ref-${esc(s.id)}">${anchor ? `<span id="${esc(anchor)}" class="page-anchor"></span>` : ''}${renderReference(s, deck)}</li>`;
    })
    .join('');
  return `<ol class="references">${items}</ol>`;
}

function renderPage(deck: ResolvedDeck, slide: ResolvedSlide, continuations: readonly ResolvedSlide[]): string {
  const headingId = `${slide.id}-heading`;
  const blocks = slide.blocks
    .map((b) => (b.kind === 'references' ? referencesList(deck, [slide, ...continuations]) : renderBlock(b, 'article', deck)))
    .join('');
  return join(
    `<section class="page page--${esc(slide.layout)}" id="${esc(slide.id)}" data-slide-number="${esc(slide.number)}" aria-labelledby="${esc(headingId)}">`,
    aliasAnchors(slide),
    // A list the slides spread over several pages is one list here, under one title.
    `<h3 id="${esc(headingId)}">${esc(slide.unpagedTitle ?? slide.title)}</h3>`,
    `<p class="page-meta">${slideLink(slide, deck)} · ${esc(fill(deck.messages.about, { duration: formatDuration(slide.seconds, deck) }))}</p>`,
    `<div class="page-slide">${blocks}${sourcesLine(slide, deck)}</div>`,
    narration(slide),
    footnotes(slide, deck),
    `</section>`,
  );
}

function renderPart(deck: ResolvedDeck, section: ResolvedSection): string {
  const headingId = `part-${section.id}-heading`;
  const pages: string[] = [];
  section.slides.forEach((slide, i) => {
    if (slide.continuation) return;
    const following = section.slides.slice(i + 1);
    const end = following.findIndex((s) => !s.continuation);
    pages.push(renderPage(deck, slide, end < 0 ? following : following.slice(0, end)));
  });
  return join(
    `<section class="part" id="part-${esc(section.id)}" aria-labelledby="${esc(headingId)}">`,
    `<h2 class="part-heading" id="${esc(headingId)}"><span class="part-number">${esc(section.number)}.</span> ${esc(section.title)}</h2>`,
    pages.join('\n'),
    `</section>`,
  );
}

/** The title slide opens the article: the talk's title, where it was given, and the opening words. */
function renderHead(deck: ResolvedDeck, title: ResolvedSlide | undefined): string {
  return join(
    `<header class="reading-head"${title ? ` id="${esc(title.id)}"` : ''}>`,
    `<p class="reading-event">${esc(deck.event)}</p>`,
    `<h1 id="reading-title">${esc(deck.title)}</h1>`,
    `<p class="reading-standfirst">${esc(deck.description)}</p>`,
    // The bar's language switch has no room on a phone: the head has it there.
    renderLanguages(deck, 'deck-languages reading-languages', false),
    title
      ? `<p class="page-meta">${slideLink(title, deck)} · ${esc(plural(deck.lang, deck.messages.talkInMinutes, Math.round(deck.totalSeconds / 60)))}</p>`
      : '',
    title ? narration(title) : '',
    `<nav class="reading-contents" aria-labelledby="reading-contents-title">`,
    `<h2 id="reading-contents-title">${esc(deck.messages.contents)}</h2>`,
    renderContents(deck),
    `</nav>`,
    `</header>`,
  );
}

export function renderArticle(deck: ResolvedDeck): string {
  // The title slide opens the article as its head; the parts follow without it.
  const title = deck.slides[0]?.layout === 'title' ? deck.slides[0] : undefined;
  const parts = deck.sections
    .map((s) => ({ ...s, slides: s.slides.filter((slide) => slide !== title) }))
    .filter((s) => s.slides.length > 0);
  return join(
    `<article class="reading" id="reading" lang="${esc(deck.lang)}" aria-labelledby="reading-title">`,
    renderHead(deck, title),
    parts.map((s) => renderPart(deck, s)).join('\n'),
    `</article>`,
  );
}
