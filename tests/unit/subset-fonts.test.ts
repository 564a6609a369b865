import { describe, expect, it } from 'vitest';
import { charactersOf } from '../../src/build/subset-fonts.ts';

describe('font subset character set', () => {
  it('keeps every character of the texts, decoding JS and HTML escapes', () => {
    const chars = charactersOf(['Минск', 'const s = "\\u2019\\u{1F600}"', '&#8212; &#x2116;']);
    for (const c of ['М', 'и', 'н', 'с', 'к', '’', '😀', '—', '№']) expect(chars).toContain(c);
  });

  it('always keeps printable ASCII and common typography, once each', () => {
    const chars = charactersOf([]);
    for (let code = 0x20; code < 0x7f; code++) expect(chars).toContain(String.fromCharCode(code));
    for (const c of '–—‘’“”…×−') expect(chars).toContain(c);
    const list = Array.from(chars);
    expect(new Set(list).size).toBe(list.length);
  });
});
