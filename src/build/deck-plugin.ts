/**
 * Vite plugin: validates the deck and renders it into index.html at build time
 * (and on every page load in dev), so a content mistake fails `vite build`
 * with a message that names the slide.
 */
import type { Plugin, ViteDevServer } from 'vite';
import type { ResolvedDeck } from '../model/resolved.ts';
import { injectDeck } from '../render/page.ts';

type DeckModule = typeof import('../deck.ts');

/** Folders whose files feed the rendered HTML: editing them reloads the page in dev. */
const CONTENT_DIRS = ['/slides/', '/src/model/', '/src/render/', '/src/data/', '/src/charts/', '/src/deck.ts'];

export function deckPlugin(): Plugin {
  let server: ViteDevServer | undefined;

  async function load(): Promise<ResolvedDeck> {
    // In dev, load through Vite so edits are picked up without a restart.
    const mod: DeckModule = server ? ((await server.ssrLoadModule('/src/deck.ts')) as DeckModule) : await import('../deck.ts');
    return mod.loadDeck();
  }

  return {
    name: 'deck',
    configureServer(devServer) {
      server = devServer;
    },
    async transformIndexHtml(html) {
      return injectDeck(html, await load());
    },
    hotUpdate({ file }) {
      if (server && CONTENT_DIRS.some((dir) => file.includes(dir))) {
        server.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      }
    },
  };
}
