/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { deckLoader, deckPlugin } from './src/build/deck-plugin.ts';
import { cjkDevFontsPlugin, subsetFontsPlugin } from './src/build/subset-fonts.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { themePlugin } from './src/build/theme-plugin.ts';
import { chartSeriesPlugin } from './src/build/chart-series-plugin.ts';
import { PORTABLE_MODE, portablePlugins } from './src/build/portable-plugin.ts';

// DECK_OUT_DIR / DECK_PORT let several builds and test runs share one machine without clashing.
const outDir = process.env.DECK_OUT_DIR ?? 'dist';
const port = Number(process.env.DECK_PORT ?? 4173);

// `--mode portable` (npm run build:portable): one edition as one self-contained file (src/build/portable-plugin.ts).
export default defineConfig(({ mode }) => {
  const portable = mode === PORTABLE_MODE;
  // The deck is validated and its maps drawn once per build, by the deck plugin; the fonts' glyph check reads that deck.
  const deck = deckPlugin({ slidesInPage: portable });
  const loadDeck = deckLoader(deck);
  return {
    // Relative asset URLs: the built deck works under any sub-path and from a plain static host.
    base: './',
    // Fonts cut down to the characters the built deck uses (woff2, renamed by content).
    plugins: [
      // The theme's CSS custom properties, favicon and theme-color, from src/theme/tokens.ts.
      themePlugin(),
      // Every chart's plain series, bundled into the lazy chart chunk as data.
      chartSeriesPlugin(),
      ...deck,
      cjkDevFontsPlugin(),
      subsetFontsPlugin({
        // The first screen's faces; each page preloads the slices of them its first screen's script needs (Cyrillic on
        // the Russian page; the Chinese page's own first-screen faces, src/build/deck-plugin.ts).
        preload: portable
          ? []
          : [
              { file: /^source-sans-3-[a-z-]+-400-normal/, text: 'regular' },
              { file: /^source-sans-3-[a-z-]+-400-italic/, text: 'italic' },
              { file: /^source-sans-3-[a-z-]+-600-normal/, text: 'bold' },
              { file: /^source-serif-4-[a-z-]+-600-normal/, text: 'heading' },
              // The Chinese page's own faces for what its first screen prints (src/build/deck-plugin.ts).
              { file: /^noto-sans-sc-[a-z]+-400-(first|contents)/, text: 'any' },
              { file: /^noto-sans-sc-[a-z]+-700-(first|contents)/, text: 'bold' },
              // The face the other pages print Chinese in (a reference's title), in any weight.
              { file: /^noto-sans-sc-400-/, text: 'any' },
            ],
        // Every character a slide prints (title, blocks, notes for the handout, footnotes, references) needs a glyph.
        slides: async () => {
          const { stringsOf } = await import('./src/build/glyphs.ts');
          // Every edition's slides: a Chinese title with no glyph fails the build like an English one.
          const english = await loadDeck();
          const decks = await Promise.all(english.editions.map((e) => loadDeck(e.id)));
          return decks.flatMap((deck) =>
            deck.slides.map((s) => ({
              id: deck.edition.dir ? `${deck.edition.id}/${s.id}` : s.id,
              number: s.number,
              text: stringsOf(s).join(' '),
            })),
          );
        },
      }),
      // The portable file: its fonts (once cut), favicon and downloads as data:, its script and stylesheet inline.
      ...(portable ? portablePlugins() : []),
      // Last: the pages' Content-Security-Policy, hashed from their final inline scripts and styles.
      cspPlugin(portable ? 'file' : 'page'),
    ],
    build: {
      target: 'es2022',
      outDir,
      // Fonts stay files (woff2), never base64 in the CSS.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
      reportCompressedSize: false,
      // The bundler's own chunk graph (.vite/manifest.json): the size budgets and the bundle checks follow
      // static imports through it rather than reading the minified code.
      manifest: true,
      // The deck, and the presenter's phone remote (served by `npm run present`).
      rolldownOptions: {
        input: { main: 'index.html', remote: 'remote.html' },
        // The small modules every view shares (escaping, messages, the interface's words, dialogs) in one chunk: the bundler
        // kept each in a chunk of its own, four requests before the reading view ran.
        output: {
          codeSplitting: {
            groups: [{ name: 'base', test: /[\\/]src[\\/](base[\\/]html|model[\\/]messages|app[\\/]words|theme[\\/]dialog)\.ts$/ }],
          },
        },
      },
      // Every browser the deck supports preloads modules itself; with two pages the polyfill would
      // become a chunk of its own, one more request before the reading view runs.
      modulePreload: { polyfill: false },
    },
    // The portable file bundles reveal.js's stylesheet; the site's slide view fetches it (src/app/reveal-styles.ts).
    resolve: portable
      ? { alias: [{ find: /^\.{1,2}\/(?:app\/)?reveal-styles\.ts$/, replacement: '/src/app/reveal-styles-inline.ts' }] }
      : {},
    preview: { port, strictPort: true },
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
      // Some tests do seconds of real work (citeproc compiling a style, LibreOffice-free SVG
      // rasterising, QR decoding): 5 s is too tight on a busy 2-core machine.
      testTimeout: 30_000,
    },
  };
});
