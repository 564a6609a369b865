/**
 * The slides rendering: one `<section>` per slide for reveal.js, each with its speaker notes
 * (`aside.notes`: the spoken script, with what is not spoken marked `data-cue`) and its readers'
 * footnotes (shown by the handout, never on the slide). Pure.
 */
import { CLICK_MARK } from '../model/steps.ts';
import type { DeckLink } from '../model/link.ts';
import { fill, plural, type Locale } from '../model/messages.ts';
import type { ResolvedSlide } from '../model/resolved.ts';
import { renderDeckLink } from './deck-link.ts';
import type { Source } from '../data/sources.ts';
import { renderBlock } from './blocks.ts';
import { cls, esc, join, txt } from '../base/html.ts';

/** "1 min 35 s" (in the edition's words). */
export function formatDuration(seconds: number, locale: Locale): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const n = (value: number): string => new Intl.NumberFormat(locale.lang).format(value);
  const parts = [
    minutes > 0 ? fill(locale.messages.minutes, { n: n(minutes) }) : '',
    rest > 0 || minutes === 0 ? fill(locale.messages.seconds, { n: n(rest) }) : '',
  ];
  // Joined as the language joins units ("1 min 35 s", "1分钟35秒").
  return new Intl.ListFormat(locale.lang, { type: 'unit', style: 'narrow' }).format(parts.filter(Boolean));
}

/** The deck as a slide sees it: its language and words, and its address (`link`), shown with its QR code on the title and closing slides when the build has one. */
export type SlideDeck = Locale & { readonly link?: DeckLink | undefined };

export function renderSlide(slide: ResolvedSlide, deck: SlideDeck): string {
  const link = deck.link;
  const headingId = `${slide.id}-title`;
  const heading =
    slide.layout === 'title'
      ? `<h1 id="${esc(headingId)}">${esc(slide.title)}</h1>`
      : `<h2 id="${esc(headingId)}">${esc(slide.title)}</h2>`;
  const eyebrow = slide.layout === 'title' ? '' : `<p class="eyebrow">${esc(slide.sectionNumber)}. ${esc(slide.sectionTitle)}</p>`;
  const attrs = [
    `id="${esc(slide.id)}"`,
    `data-timing="${esc(slide.seconds)}"`,
    `data-section="${esc(slide.sectionId)}"`,
    `data-slide-number="${esc(slide.number)}"`,
    `data-slide-label="${esc(slide.label)}"`,
    ...(slide.appendix ? ['data-appendix'] : []),
    `data-title="${esc(slide.title)}"`,
    // A slide is a group named by its title (the carousel pattern), not a landmark: the reading
    // view's pages are the landmarks, and the slides' template repeats their titles.
    `role="group"`,
    `aria-roledescription="slide"`,
    `aria-labelledby="${esc(headingId)}"`,
    ...(slide.aliases.length ? [`data-aliases="${esc(slide.aliases.join(' '))}"`] : []),
  ].join(' ');
  return join(
    `<section ${attrs}${cls('slide', `slide--${slide.layout}`)}>`,
    `<div class="slide-inner">`,
    `<header class="slide-head">${eyebrow}${heading}</header>`,
    `<div class="slide-body">${slide.blocks.map((b) => renderBlock(b, 'slide', deck)).join('')}</div>`,
    link && (slide.layout === 'title' || slide.layout === 'closing') ? renderDeckLink(link, deck.messages.deckLinkLabel) : '',
    // The title and closing slides are the talk itself: a source line there would say nothing.
    slide.layout === 'title' || slide.layout === 'closing' ? '' : renderSourceLine(slide.sources, deck),
    `</div>`,
    renderNotes(slide, deck),
    // After the notes: the handout shows them under the script.
    renderFootnotes(slide, deck),
    `</section>`,
  );
}

/**
 * The speaker view's notes: the planned time and the cues (both marked `data-cue`: not spoken),
 * then the script as paragraphs. A slide's spoken script is the aside's text outside `[data-cue]`.
 */
function renderNotes(slide: ResolvedSlide, locale: Locale): string {
  const m = locale.messages;
  const count = slide.words > 0 ? ` · ${esc(plural(locale.lang, m.spokenCount, slide.words))}` : '';
  return join(
    // Named, so the handout's notes (the one rendering that shows them) are told apart as landmarks.
    `<aside class="notes" aria-label="${esc(fill(m.speakerNotes, { title: slide.title }))}" data-seconds="${esc(slide.seconds)}" data-words="${esc(slide.words)}">`,
    `<p class="notes-timing" data-cue>${esc(fill(m.timing, { duration: formatDuration(slide.seconds, locale) }))}${count}</p>`,
    // Paragraphs on their own lines, so that a tool reading the text never runs two words together.
    slide.cues.map((c) => `\n<p class="cue" data-cue><em>[${esc(c)}]</em></p>`).join(''),
    // Each click mark (▶) is marked up for the speaker view, outside the spoken text (data-cue).
    slide.notes.map((n) => `\n<p>${markClicks(n, m.click)}</p>`).join(''),
    '\n',
    `</aside>`,
  );
}

/** A script paragraph with its click marks as elements the speaker view numbers and highlights. */
const markClicks = (text: string, click: string): string =>
  text
    .split(CLICK_MARK)
    .map((part) => txt(part))
    .join(`<span class="click-mark" data-cue role="img" aria-label="${esc(click)}">${CLICK_MARK}</span>`);

/** Footnotes for readers: the provenance and caveats of what the slide shows. */
export function renderFootnoteItems(slide: ResolvedSlide, locale: Locale, sourceLink?: (s: Source) => string): string {
  const m = locale.messages;
  return slide.footnotes
    .map((f) => {
      const names = f.sources.map((s) => (sourceLink ? sourceLink(s) : esc(s.short))).join(esc(m.listSeparator));
      const sources = names ? ` <span class="footnote-sources">(${names})</span>` : '';
      const mark = f.later
        ? `<span class="later">${esc(m.sinceTheTalkNote)}</span> `
        : f.translator
          ? `<span class="translator-note">${esc(m.translatorNote)}</span> `
          : '';
      return `<li>${mark}${txt(f.text)}${sources}</li>`;
    })
    .join('');
}

/** What a chart or a map tells readers beyond its caption: the handout shows it with the slide's own footnotes. */
export const figureNotes = (slide: ResolvedSlide): string[] =>
  slide.blocks.flatMap((b) =>
    b.kind === 'chart' ? [...(b.chart.views ? [b.chart.views.note] : []), ...b.chart.footnotes] : b.kind === 'map' ? b.map.footnotes : [],
  );

function renderFootnotes(slide: ResolvedSlide, locale: Locale): string {
  const extra = figureNotes(slide);
  if (slide.footnotes.length === 0 && extra.length === 0) return '';
  const items = renderFootnoteItems(slide, locale) + extra.map((n) => `<li>${txt(n)}</li>`).join('');
  return `<div class="slide-footnotes"><p class="footnotes-label">${esc(locale.messages.notesOnSources)}</p><ol>${items}</ol></div>`;
}

/** About one line of the source line at 18 px across the slide's width (characters). */
export const SOURCE_LINE_CHARS = 120;

/**
 * The slide's sources, on one line: as many as fit, then how many more there are. The handout and
 * the reading view list them all, and the references give each in full.
 */
/** The source line's parts: its label, the sources that fit on the line, and how many more there are. Pure. */
export function sourceLine(sources: readonly Source[], locale: Locale): { label: string; shown: Source[]; more: string } {
  const label = plural(locale.lang, locale.messages.sourcesLabel, sources.length);
  const moreText = (n: number): string => plural(locale.lang, locale.messages.moreInReferences, n);
  // Measured in Latin characters: an ideograph takes the room of two.
  const width = (text: string): number =>
    Array.from(text).reduce((n, c) => n + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
  // All of them when they fit; otherwise as many as leave room to say how many more there are.
  const all = width(label) + 2 + sources.reduce((n, s) => n + width(s.short) + 2, 0);
  if (all <= SOURCE_LINE_CHARS) return { label, shown: [...sources], more: '' };
  const shown: Source[] = [];
  let length = width(label) + 2;
  for (const s of sources) {
    const after = sources.length - shown.length - 1;
    const room = SOURCE_LINE_CHARS - (after > 0 ? width(`; ${moreText(after)}`) : 0);
    if (shown.length > 0 && length + width(s.short) + 2 > room) break;
    shown.push(s);
    length += width(s.short) + 2;
  }
  const rest = sources.length - shown.length;
  return { label, shown, more: rest > 0 ? moreText(rest) : '' };
}

export function renderSourceLine(sources: readonly Source[], locale: Locale): string {
  if (sources.length === 0) return '';
  const { label, shown, more } = sourceLine(sources, locale);
  const m = locale.messages;
  const separator = esc(m.listSeparator);
  const items = shown.map((s) => `<span class="source-item">${esc(s.short)}</span>`).join(separator);
  const after = m.labelSeparator.endsWith(' ') ? ' ' : '';
  return `<p class="slide-sources"><span class="source-label">${label}${esc(m.labelSeparator.trimEnd())}</span>${after}${items}${more ? `${separator}<span class="source-more">${more}</span>` : ''}</p>`;
}
