import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { characterMap, coverage, fontFaceRules, missingGlyphs, stringsOf } from '../../src/build/glyphs.ts';

const require = createRequire(import.meta.url);
const files = join(dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files');

describe('the glyph check', () => {
  it('reads @font-face rules with their unicode ranges', () => {
    const rules = fontFaceRules(
      `@font-face{font-family:'Source Sans 3';src:url(./assets/a-1.woff2) format('woff2');unicode-range:U+0000-00FF,U+2116}` +
        `@font-face{font-family:"Noto Sans SC";src:url("b.woff2");unicode-range:U+4E??}`,
    );
    expect(rules).toEqual([
      {
        family: 'Source Sans 3',
        file: 'a-1.woff2',
        ranges: [
          [0, 0xff],
          [0x2116, 0x2116],
        ],
      },
      { family: 'Noto Sans SC', file: 'b.woff2', ranges: [[0x4e00, 0x4eff]] },
    ]);
  });

  it('reads a woff2 font’s character map and keeps what its unicode-range allows', async () => {
    const cmap = await characterMap(readFileSync(join(files, 'source-sans-3-latin-400-normal.woff2')));
    expect(cmap.has('A'.codePointAt(0) ?? 0)).toBe(true);
    expect(cmap.has(0x4e2d)).toBe(false);
    const covered = coverage([{ family: 'S', file: 'f', ranges: [[0x41, 0x42]] }], new Map([['f', cmap]]));
    expect([...(covered.get('S') ?? [])].sort()).toEqual([0x41, 0x42]);
  });

  it('names the slide and the character no font covers, once per slide, ignoring spaces', () => {
    const covered = new Set(Array.from('Joint Statement', (c) => c.codePointAt(0) ?? 0));
    const missing = missingGlyphs([{ id: 'refs', number: 30, text: 'Joint Statement 中中\u00a0' }], covered);
    expect(missing).toEqual([{ slide: 'refs', number: 30, char: '中', codePoint: 'U+4E2D' }]);
  });

  it('collects every string of a slide', () => {
    expect(stringsOf({ title: 'a', blocks: [{ items: ['b', { text: 'c' }] }], n: 1 })).toEqual(['a', 'b', 'c']);
  });
});
