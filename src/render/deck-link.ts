/** The deck's address and QR code on a slide (pure markup; the code itself is made in src/qr/deck-link.ts). */
import { esc } from '../base/html.ts';
import type { DeckLink } from '../model/link.ts';

/**
 * The code and the address as they appear on the title and closing slides. The code is an image
 * named by the address printed beside it (a screen reader reads the address once, as a link).
 */
export function renderDeckLink(link: DeckLink, label = 'Slides and sources'): string {
  const svg = link.qr.svg
    .replace(/ width="\d+" height="\d+"/, '')
    .replace(/ role="img" aria-label="[^"]*"/, ' aria-hidden="true" focusable="false"');
  return `<div class="deck-link"><p class="deck-link-text"><span class="deck-link-label">${esc(label)}</span> <a class="deck-link-url" href="${esc(link.url)}">${esc(link.display)}</a></p><div class="deck-link-qr">${svg}</div></div>`;
}
