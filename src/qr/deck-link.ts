/**
 * The deck's public address and its QR code, made at build time from `DECK_URL` (never in the
 * browser: uqr is a build-time dependency). Pure: a URL in, SVG markup and the module matrix out.
 *
 * The resolved deck carries it as `deck.link` (see `loadDeck` in src/deck.ts) so every exporter
 * places the same code: the HTML renderer on the title and closing slides, and any other format
 * from `link.qr.svg` (a standalone SVG) or `link.qr.modules` (dark modules, quiet zone included).
 */
import { encode } from 'uqr';
import type { DeckLink, QrCode } from '../model/link.ts';
import { esc } from '../base/html.ts';
import { colour } from '../theme/tokens.ts';

export type { DeckLink, QrCode } from '../model/link.ts';

/** The quiet zone the QR standard asks for, in modules. */
const QUIET_ZONE = 4;

/** The dark modules as one path of horizontal runs (crisp at any scale, small). Pure. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join('');
}

/** A QR code for `text`: error correction M (15%: survives a projector's glare and a phone at an angle). */
export function qrCode(text: string, label = `QR code: ${text}`): QrCode {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}" shape-rendering="crispEdges" role="img" aria-label="${esc(label)}">` +
    `<rect width="${size}" height="${size}" fill="${colour.white}"/><path fill="${colour.black}" d="${qrPath(data)}"/></svg>`;
  return { svg, size, modules: data };
}

/** "https://example.org/talk/" → "example.org/talk". Pure. */
export function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/**
 * The deck's link from the build's `DECK_URL`: null when none is given (no code is drawn), an
 * error for anything that is not an absolute http(s) address (a typo must not be printed on a slide).
 */
export function deckLink(url: string | undefined): DeckLink | null {
  const given = url?.trim() ?? '';
  if (given === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    throw new Error(`DECK_URL is not an absolute address: "${given}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`DECK_URL must be an http or https address: "${given}"`);
  const display = displayAddress(given);
  return { url: given, display, qr: qrCode(given, `QR code for ${display}`) };
}
