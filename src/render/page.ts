/**
 * Puts the rendered deck into the page template (index.html). Pure: string in, string out.
 */
import type { ResolvedDeck } from '../model/resolved.ts';
import { citationFor, citationMetaTags, renderCiteDialog } from '../cite/formats.ts';
import { esc } from './html.ts';
import { renderDeck } from './render-deck.ts';

/** Markers that index.html must contain; a missing one is a build error, not a silently empty page. */
export const MARKERS = {
  slides: '<!-- deck:slides -->',
  toc: '<!-- deck:toc -->',
} as const;

/** Markers for the presenter's kit, filled when the template has them: the citation tags (head) and the Cite dialog (body). */
export const KIT_MARKERS = {
  citeMeta: '<!-- deck:cite-meta -->',
  cite: '<!-- deck:cite -->',
} as const;

export function injectDeck(template: string, deck: ResolvedDeck): string {
  for (const [name, marker] of Object.entries(MARKERS)) {
    if (!template.includes(marker)) throw new Error(`index.html has no ${name} marker (${marker})`);
  }
  const rendered = renderDeck(deck);
  const values: Record<string, string> = {
    '%deck.title%': esc(deck.title),
    '%deck.shortTitle%': esc(deck.shortTitle),
    '%deck.description%': esc(deck.description),
    '%deck.lang%': esc(deck.lang),
    '%deck.event%': esc(deck.event),
    '%deck.slideCount%': esc(deck.slides.length),
  };
  const citation = citationFor(deck);
  let html = template
    .replace(MARKERS.slides, () => rendered.slides)
    .replace(MARKERS.toc, () => rendered.toc)
    .replace(KIT_MARKERS.citeMeta, () => citationMetaTags(citation))
    .replace(KIT_MARKERS.cite, () => renderCiteDialog(citation));
  for (const [key, value] of Object.entries(values)) html = html.split(key).join(value);
  return html;
}
