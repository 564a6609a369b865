/**
 * Puts the rendered deck into the page template (index.html). Pure: string in, string out.
 */
import type { ResolvedDeck } from '../model/resolved.ts';
import { esc } from './html.ts';
import { renderDeck } from './render-deck.ts';

/** Markers that index.html must contain; a missing one is a build error, not a silently empty page. */
export const MARKERS = {
  slides: '<!-- deck:slides -->',
  toc: '<!-- deck:toc -->',
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
  let html = template.replace(MARKERS.slides, () => rendered.slides).replace(MARKERS.toc, () => rendered.toc);
  for (const [key, value] of Object.entries(values)) html = html.split(key).join(value);
  return html;
}
