/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { deckPlugin } from './src/build/deck-plugin.ts';

export default defineConfig({
  // Relative asset URLs: the built deck works under any sub-path and from a plain static host.
  base: './',
  plugins: [deckPlugin()],
  build: {
    target: 'es2022',
    // Fonts stay files (woff2), never base64 in the CSS.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    reportCompressedSize: false,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
