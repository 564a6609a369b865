/**
 * The deck's address as a QR code: made at build time from DECK_URL, decoded back here with a real
 * decoder (jsQR) from the module matrix drawn as pixels, and placed on the title and closing slides only.
 */
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/deck.ts';
import { validateDeck } from '../../src/model/validate.ts';
import { deckLink, displayAddress, qrCode, qrPath } from '../../src/qr/deck-link.ts';
import { renderDeck } from '../../src/render/page.ts';
import { renderSlide } from '../../src/render/slides.ts';
import { deck, EN, fixtureContext, section, slide } from './fixtures/decks.ts';
import { colour } from '../../src/theme/tokens.ts';

/** The modules as RGBA pixels, `scale` px a module. */
function pixels(modules: readonly (readonly boolean[])[], scale: number): { data: Uint8ClampedArray; size: number } {
  const size = modules.length * scale;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dark = modules[Math.floor(y / scale)]?.[Math.floor(x / scale)] === true;
      data.fill(dark ? 0 : 255, (y * size + x) * 4, (y * size + x) * 4 + 3);
      data[(y * size + x) * 4 + 3] = 255;
    }
  }
  return { data, size };
}

describe('qrCode', () => {
  it('decodes back to the address, with the quiet zone around it', () => {
    const url = 'https://example.org/talk/';
    const qr = qrCode(url);
    const { data, size } = pixels(qr.modules, 6);
    expect(jsQR(data, size, size)?.data).toBe(url);
    expect(qr.size).toBe(qr.modules.length);
    // Four light modules on every side.
    for (const row of [...qr.modules.slice(0, 4), ...qr.modules.slice(-4)]) expect(row.every((m) => !m)).toBe(true);
    for (const row of qr.modules) expect([...row.slice(0, 4), ...row.slice(-4)].every((m) => !m)).toBe(true);
  });

  it('is a standalone SVG: dark path on white, scaled by viewBox, crisp', () => {
    const { svg, size } = qrCode('https://example.org/');
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 ${size} ${size}"`));
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain(`<rect width="${size}" height="${size}" fill="${colour.white}"/><path fill="${colour.black}" d="M`);
  });

  it('draws each run of dark modules as one rectangle', () => {
    expect(
      qrPath([
        [false, true, true, false, true],
        [true, false, false, false, false],
      ]),
    ).toBe('M1 0h2v1h-2zM4 0h1v1h-1zM0 1h1v1h-1z');
  });
});

describe('deckLink', () => {
  it('is null without an address and refuses anything but an absolute http(s) URL', () => {
    expect(deckLink(undefined)).toBeNull();
    expect(deckLink('  ')).toBeNull();
    expect(() => deckLink('example.org/talk')).toThrow(/not an absolute address/);
    expect(() => deckLink('ftp://example.org/talk')).toThrow(/http or https/);
  });

  it('keeps the address as given and prints it without the scheme and trailing slash', () => {
    const link = deckLink(' https://example.org/talk/ ');
    expect(link?.url).toBe('https://example.org/talk/');
    expect(link?.display).toBe('example.org/talk');
    expect(displayAddress('http://a.example/')).toBe('a.example');
  });
});

describe('the QR code on the slides', () => {
  const resolved = validateDeck(
    deck([
      section({
        slides: [
          slide({ layout: 'title', id: 'title', title: 'Title' }),
          slide({ id: 'body', title: 'Body' }),
          slide({ layout: 'closing', id: 'thanks', title: 'Thanks' }),
        ],
      }),
    ]),
    fixtureContext,
  );
  const link = deckLink('https://example.org/talk/?a=1&b=2');

  it('appears on the title and closing slides only, with the address as a link beside it', () => {
    const withLink = link ? { ...resolved, link } : resolved;
    const { slides } = renderDeck(withLink);
    const sections = slides.split('</section>');
    expect(sections[0]).toContain('<div class="deck-link">');
    expect(sections[1]).not.toContain('deck-link');
    expect(sections[2]).toContain('<div class="deck-link">');
    expect(sections[2]).toContain(
      '<a class="deck-link-url" href="https://example.org/talk/?a=1&amp;b=2">example.org/talk/?a=1&amp;b=2</a>',
    );
    // On the slide the printed address names the code; the code itself is not read twice.
    expect(sections[2]).toMatch(/<svg [^>]*aria-hidden="true"/);
    expect(sections[2]).not.toMatch(/<svg [^>]* width="\d+"/);
  });

  it('leaves no trace without an address', () => {
    const { slides } = renderDeck(resolved);
    expect(slides).not.toContain('deck-link');
    expect(slides).not.toContain('<svg');
    const first = resolved.slides[0];
    if (!first) throw new Error('fixture has no slides');
    expect(renderSlide(first, EN)).toBe(renderSlide(first, { ...EN, link: undefined }));
  });

  it('loadDeck exposes the link for other exporters only when given an address', () => {
    expect(loadDeck().link).toBeUndefined();
    const loaded = loadDeck({ url: 'https://example.org/talk/' });
    expect(loaded.link?.url).toBe('https://example.org/talk/');
    expect(loaded.link?.qr.svg).toMatch(/^<svg /);
    expect(loaded.link?.qr.modules.length).toBe(loaded.link?.qr.size);
  });
});
