/**
 * The maps in the page: their SVG must not pick up the deck's own styles (a class the theme styles
 * would restyle the drawing), and the slides that show them must name them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMaps } from '../../src/maps/index.ts';

const THEME = resolve(__dirname, '../../src/theme');

describe('maps in the page', () => {
  const maps = [...buildMaps().values()];

  it('use no class name the deck’s stylesheets style', () => {
    const css = readdirSync(THEME)
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(THEME, f), 'utf8'))
      .join('\n');
    const styled = new Set([...css.matchAll(/\.([a-zA-Z][\w-]*)/g)].map((m) => m[1]));
    for (const map of maps) {
      const used = new Set([...map.svg.matchAll(/class="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)));
      expect(
        [...used].filter((c) => styled.has(c)),
        map.id,
      ).toEqual([]);
    }
  });
});
