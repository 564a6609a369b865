/**
 * One theme source (src/theme/tokens.ts). Changing the accent is one line there, and everything
 * the deck draws follows it: the page's stylesheet (slides, reading view, speaker view, and so the
 * PDF, which prints the page), the charts, the maps (on the page and as PowerPoint pictures), the
 * favicon and the PowerPoint file. Checked by importing the real modules with the tokens module
 * replaced by one whose accent differs, not by restating constants. And no other file writes a hex
 * colour or reads the theme's CSS, so there is nothing else to change.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plugin } from 'vite';
import { kebab, rgbTriple, themeCss } from '../../src/theme/theme-css.ts';
import { theme } from '../../src/theme/tokens.ts';
import { loadDeck } from '../../src/deck.ts';

const deck = loadDeck();

const ROOT = resolve(__dirname, '../..');
const TOKENS = 'src/theme/tokens.ts';

/** An accent no other token has. */
const NEW_ACCENT = '#0a6e4f';

/** The real modules, imported afresh with the tokens' accent changed, as a one-line edit would. */
async function withNewAccent() {
  vi.resetModules();
  vi.doMock('../../src/theme/tokens.ts', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../src/theme/tokens.ts')>();
    const colour = { ...real.colour, accent: NEW_ACCENT };
    return { ...real, colour, theme: { ...real.theme, colour } };
  });
  return {
    plugin: await import('../../src/build/theme-plugin.ts'),
    charts: await import('../../src/charts/theme.ts'),
    maps: await import('../../src/maps/index.ts'),
    style: await import('../../scripts/lib/pptx/style.ts'),
    layout: await import('../../scripts/lib/pptx/layout.ts'),
    pptx: await import('../../scripts/lib/pptx/export.ts'),
  };
}

afterEach(() => {
  vi.doUnmock('../../src/theme/tokens.ts');
  vi.resetModules();
});

/** What a plugin hook returns (a string here), called the way Vite calls it. */
function call(hook: Plugin['load'] | Plugin['resolveId'], ...args: unknown[]): string {
  const fn = typeof hook === 'function' ? hook : hook?.handler;
  if (!fn) throw new Error('no such hook');
  const out: unknown = (fn as (...a: unknown[]) => unknown).call({}, ...args);
  if (typeof out !== 'string') throw new Error('the hook returned no string');
  return out;
}

describe('one theme source', () => {
  it('generates a CSS custom property for every colour, font stack and type size', () => {
    const css = themeCss(theme);
    expect(css).toContain(`--accent: ${theme.colour.accent};`);
    expect(css).toContain(`--ink-soft: ${theme.colour.inkSoft};`);
    expect(css).toContain(`--chart-1: ${theme.colour.chart1};`);
    expect(css).toContain(`--font-body: ${theme.font.body};`);
    expect(css).toContain(`--type-title-size: ${theme.type.title.size}px;`);
    expect(css).toContain(`--type-title-line: ${theme.type.title.line};`);
    expect(css).toContain(`--type-footer-spacing: ${theme.type.footer.spacing}em;`);
    expect(css).toContain(`--ink-rgb: ${rgbTriple(theme.colour.ink)};`);
    for (const name of Object.keys(theme.colour)) expect(css).toMatch(new RegExp(`--${kebab(name)}: #[0-9a-f]{6};`));
    expect(kebab('chart1')).toBe('chart-1');
    expect(kebab('nightInkSoft')).toBe('night-ink-soft');
    expect(rgbTriple('#1c2230')).toBe('28, 34, 48');
  });

  it('every colour is #rrggbb (PowerPoint takes them as they are) and no two names share a property', () => {
    for (const [name, value] of Object.entries(theme.colour)) expect(value, name).toMatch(/^#[0-9a-f]{6}$/);
    const props = [...themeCss(theme).matchAll(/^\s*(--[\w-]+):/gm)].map((m) => m[1]);
    expect(new Set(props).size).toBe(props.length);
  });

  it('every custom property the stylesheets use is declared (a renamed token cannot leave a rule without a colour)', () => {
    const declared = new Set(
      [themeCss(theme), ...cssFiles().map((f) => readFileSync(f, 'utf8'))].flatMap((css) =>
        [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]),
      ),
    );
    const missing = cssFiles().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/var\((--[\w-]+)\)/g)]
        .map((m) => m[1] ?? '')
        .filter((name) => !declared.has(name) && !name.startsWith('--r-'))
        .map((name) => `${relative(ROOT, file)}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('changing the accent in tokens.ts changes the stylesheet, favicon, charts, maps and PowerPoint file', async () => {
    const m = await withNewAccent();
    const old = theme.colour.accent;

    // The page's stylesheet, as the build serves it: slides, reading and speaker views, and the PDF printed from them.
    const plugin = m.plugin.themePlugin();
    const id = call(plugin.resolveId, m.plugin.THEME_CSS_ID);
    const css = call(plugin.load, id);
    expect(css).toContain(`--accent: ${NEW_ACCENT};`);
    expect(css).not.toContain(`--accent: ${old}`);
    // The phone remote's copy (its own name, so it is not split into a stylesheet of its own).
    expect(call(plugin.load, call(plugin.resolveId, 'virtual:theme-remote.css'))).toBe(css);
    expect(m.plugin.faviconSvg()).toContain(`fill="${NEW_ACCENT}"`);

    // The charts: the theme they fall back to (and draw with when the page's variables are missing).
    expect(m.charts.defaultChartTheme.accent).toBe(NEW_ACCENT);
    expect(m.charts.readChartTheme(() => '').accent).toBe(NEW_ACCENT);

    // The maps, drawn afresh (Belarus's outline and label, the park's marker), on the page and as the PowerPoint picture.
    const crossroads = m.maps.buildMaps().get('crossroads')?.svg ?? '';
    expect(crossroads).toContain(`stroke="${NEW_ACCENT}"`);
    expect(crossroads).not.toContain(old);
    expect(m.layout.standaloneSvg(crossroads)).toContain(`stroke="${NEW_ACCENT}"`);

    // The PowerPoint file: its palette, and the title slide's accent rule as laid out.
    const palette = m.style.themePalette();
    expect(palette.accent).toBe(NEW_ACCENT.slice(1).toUpperCase());
    // (The deck is loaded outside the mock: loading it under the mock would store maps in the changed
    // colours in the maps cache, .cache/maps, under today's key.)
    const title = m.pptx.planDeck(deck).find((p) => p.id === 'title');
    const rule = title?.items.find((item) => item.name === 'Accent rule');
    expect(rule && 'fill' in rule ? rule.fill : undefined).toBe(NEW_ACCENT.slice(1).toUpperCase());
  });

  it('without the change, the same outputs carry today’s accent (the check above can fail)', async () => {
    const plugin = (await import('../../src/build/theme-plugin.ts')).themePlugin();
    expect(call(plugin.load, call(plugin.resolveId, 'virtual:theme.css'))).toContain(`--accent: ${theme.colour.accent};`);
    expect((await import('../../scripts/lib/pptx/style.ts')).themePalette().accent).toBe('9E1F2C');
  });
});

/** What the site, the exports and their build are made from (tests may write colours as test data). */
const SCOPE = ['src', 'scripts', 'slides', 'editions', 'assets', 'public', 'index.html', 'remote.html', 'vite.config.ts'];
const TEXT = /\.(ts|mts|js|mjs|css|html|svg|json|md)$/;

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => filesUnder(join(path, name)));
}

const cssFiles = (): string[] => [...filesUnder('src')].filter((f) => f.endsWith('.css'));

describe('no second theme source', () => {
  it('no file but src/theme/tokens.ts writes a hex colour', () => {
    // #rgb, #rrggbb, #rrggbbaa; not an HTML character reference (&#160;) nor an issue number (#1534).
    const hex = /(?<![&\w])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3})\b/gi;
    const found = SCOPE.flatMap(filesUnder)
      .filter((f) => TEXT.test(f) && relative(ROOT, f) !== TOKENS)
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return [...text.matchAll(hex)].map((m) => `${relative(ROOT, file)}: ${m[0]}`);
      });
    expect(found).toEqual([]);
  });

  it('no file reads a theme stylesheet (the colours are imported from tokens.ts, never parsed out of CSS)', () => {
    const found = SCOPE.flatMap(filesUnder)
      .filter((f) => /\.(ts|mts|js|mjs)$/.test(f))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /theme\/[\w-]+\.css['"`]/.test(line) && !/^\s*import\s+['"]/.test(line))
          .map((line) => `${relative(ROOT, file)}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
});
