/**
 * The slides rendering: one `<section>` per slide for reveal.js, each with its speaker notes
 * (`aside.notes`: the spoken script, with what is not spoken marked `data-cue`) and its readers'
 * footnotes (shown by the handout, never on the slide). Pure.
 */
import type { ResolvedSlide } from '../model/resolved.ts';
import type { Source } from '../data/sources.ts';
import { renderBlock } from './blocks.ts';
import { cls, esc, join } from './html.ts';

/** "1 min 35 s". */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `${minutes} min ${rest > 0 ? `${rest} s` : ''}`.trim() : `${rest} s`;
}

export function renderSlide(slide: ResolvedSlide): string {
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
    `data-title="${esc(slide.title)}"`,
    `aria-labelledby="${esc(headingId)}"`,
    ...(slide.aliases.length ? [`data-aliases="${esc(slide.aliases.join(' '))}"`] : []),
  ].join(' ');
  return join(
    `<section ${attrs}${cls('slide', `slide--${slide.layout}`)}>`,
    `<div class="slide-inner">`,
    `<header class="slide-head">${eyebrow}${heading}</header>`,
    `<div class="slide-body">${slide.blocks.map((b) => renderBlock(b, 'slide')).join('')}</div>`,
    // The title and closing slides are the talk itself: a source line there would say nothing.
    slide.layout === 'title' || slide.layout === 'closing' ? '' : renderSourceLine(slide.sources),
    `</div>`,
    renderNotes(slide),
    // After the notes: the handout shows them under the script.
    renderFootnotes(slide),
    `</section>`,
  );
}

/**
 * The speaker view's notes: the planned time and the cues (both marked `data-cue`: not spoken),
 * then the script as paragraphs. A slide's spoken script is the aside's text outside `[data-cue]`.
 */
function renderNotes(slide: ResolvedSlide): string {
  return join(
    `<aside class="notes" data-seconds="${esc(slide.seconds)}" data-words="${esc(slide.words)}">`,
    `<p class="notes-timing" data-cue>About ${esc(formatDuration(slide.seconds))}${slide.words > 0 ? ` · ${esc(slide.words)} words` : ''}</p>`,
    // Paragraphs on their own lines, so that a tool reading the text never runs two words together.
    slide.cues.map((c) => `\n<p class="cue" data-cue><em>[${esc(c)}]</em></p>`).join(''),
    slide.notes.map((n) => `\n<p>${esc(n)}</p>`).join(''),
    '\n',
    `</aside>`,
  );
}

/** Footnotes for readers: the provenance and caveats of what the slide shows. */
export function renderFootnoteItems(slide: ResolvedSlide, sourceLink?: (s: Source) => string): string {
  return slide.footnotes
    .map((f) => {
      const names = f.sources.map((s) => (sourceLink ? sourceLink(s) : esc(s.short))).join('; ');
      const sources = names ? ` <span class="footnote-sources">(${names})</span>` : '';
      return `<li>${f.later ? '<span class="later">Since the talk:</span> ' : ''}${esc(f.text)}${sources}</li>`;
    })
    .join('');
}

function renderFootnotes(slide: ResolvedSlide): string {
  if (slide.footnotes.length === 0) return '';
  return `<div class="slide-footnotes"><p class="footnotes-label">Notes on the sources</p><ol>${renderFootnoteItems(slide)}</ol></div>`;
}

function renderSourceLine(sources: readonly Source[]): string {
  if (sources.length === 0) return '';
  const label = sources.length === 1 ? 'Source' : 'Sources';
  const items = sources.map((s) => `<span class="source-item">${esc(s.short)}</span>`).join('; ');
  return `<p class="slide-sources"><span class="source-label">${label}:</span> ${items}</p>`;
}
