import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cjkFont, cjkFontFace, unicodeRange, visibleCodePoints } from '../../src/build/cjk-font.ts';
import { characterMap, fontFaceRules } from '../../src/build/glyphs.ts';

const require = createRequire(import.meta.url);
const slicesCss = readFileSync(join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), '400.css'), 'utf8');

describe('the CJK font, cut to what an edition prints', () => {
  it('merges the glyphs of several @fontsource slices into one woff2 with exactly the characters asked for', async () => {
    // A Chinese title, a Japanese date, the click mark and a table arrow: seven slices between them.
    const text = '中华人民共和国 2022年9月15日 発効 ▶ → ≈';
    const font = await cjkFont([text]);
    expect(Buffer.from(font.woff2.subarray(0, 4)).toString('latin1')).toBe('wOF2');
    const wanted = visibleCodePoints([text]).filter((cp) => cp > 0x7f);
    expect(font.codePoints.filter((cp) => cp > 0x7f)).toEqual(wanted);
    const cmap = await characterMap(font.woff2);
    for (const cp of wanted) expect(cmap.has(cp), `U+${cp.toString(16)}`).toBe(true);
    // Nothing the edition does not print.
    expect(cmap.has('国'.codePointAt(0) ?? 0)).toBe(true);
    expect(cmap.has('語'.codePointAt(0) ?? 0)).toBe(false);
    expect(font.woff2.length).toBeLessThan(8_000);
  });

  it('names what Noto Sans SC cannot draw and skips spaces', async () => {
    const font = await cjkFont(['中 \u3000\u{13000}']);
    expect(font.codePoints).toEqual([0x4e2d]);
    expect(font.missing).toEqual([0x13000]);
  });

  it('keeps the spaces when asked (a font given to LibreOffice sets the spaces between ideographs)', async () => {
    const font = await cjkFont(['中 文'], { spaces: true });
    expect(font.codePoints).toEqual([0x20, 0x4e2d, 0x6587]);
    expect((await characterMap(font.woff2)).has(0x20)).toBe(true);
  });

  it('writes one @font-face rule with a unicode-range of joined ranges', () => {
    expect(unicodeRange([0x4e2e, 0x4e2d, 0x25b6, 0x4e2f, 0x4e31])).toBe('U+25B6,U+4E2D-4E2F,U+4E31');
    const rule = cjkFontFace('./noto-sans-sc-400-abc.woff2', { codePoints: [0x4e2d, 0x65e5] });
    expect(fontFaceRules(rule)).toEqual([
      {
        family: 'Noto Sans SC',
        file: 'noto-sans-sc-400-abc.woff2',
        ranges: [
          [0x4e2d, 0x4e2d],
          [0x65e5, 0x65e5],
        ],
      },
    ]);
    expect(rule).toContain('font-display:swap');
  });

  it('keeps a full Chinese edition within its 600 KB budget: 3,000 of the most used characters', async () => {
    // @fontsource numbers its slices by frequency: the highest hold the most used ideographs.
    const common: number[] = [];
    for (const rule of fontFaceRules(slicesCss).reverse()) {
      for (const [lo, hi] of rule.ranges) for (let cp = lo; cp <= hi; cp++) if (cp >= 0x4e00 && cp <= 0x9fff) common.push(cp);
      if (common.length >= 3000) break;
    }
    const font = await cjkFont([String.fromCodePoint(...common.slice(0, 3000))]);
    expect(font.codePoints).toHaveLength(3000);
    expect(font.woff2.length).toBeLessThan(600 * 1024);
  }, 60_000);
});
