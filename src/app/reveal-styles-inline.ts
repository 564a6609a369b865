/**
 * The portable file's reveal-styles.ts (vite.config.ts swaps them): one page with its one stylesheet inline and no
 * file beside it, so reveal.js's stylesheet is bundled into it, first (src/main.ts imports this module before the
 * theme's stylesheets), and there is nothing to load.
 */
import 'reveal.js/reveal.css';

export function loadRevealStyles(): Promise<void> {
  return Promise.resolve();
}
