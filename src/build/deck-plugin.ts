/**
 * Vite plugin: validates the deck and renders it into index.html at build time
 * (and on every page load in dev), so a content mistake fails `vite build`
 * with a message that names the slide. It also writes the citation files beside
 * the page (cite.bib, cite.json) and passes the deck's public address (`DECK_URL`,
 * optional) on to the renderer, which draws its QR code on the title and closing slides.
 */
import type { Plugin, ViteDevServer } from 'vite';
import type { ResolvedDeck } from '../model/resolved.ts';
import { injectDeck } from '../render/page.ts';
import { bibtex, CITE_FILES, citationFor, cslJson } from '../cite/formats.ts';

type DeckModule = typeof import('../deck.ts');

/** Folders whose files feed the rendered HTML: editing them reloads the page in dev. */
const CONTENT_DIRS = ['/slides/', '/src/model/', '/src/render/', '/src/data/', '/src/charts/', '/src/deck.ts', '/src/cite/', '/src/qr/'];

/** The files served beside index.html, by name. Pure. */
export function citationFiles(deck: ResolvedDeck): Record<string, { readonly type: string; readonly source: string }> {
  const citation = citationFor(deck);
  return {
    [CITE_FILES.bib]: { type: 'application/x-bibtex; charset=utf-8', source: bibtex(citation) },
    [CITE_FILES.json]: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', source: cslJson(citation) },
  };
}

export function deckPlugin(): Plugin {
  let server: ViteDevServer | undefined;

  async function load(): Promise<ResolvedDeck> {
    // In dev, load through Vite so edits are picked up without a restart.
    const mod: DeckModule = server ? ((await server.ssrLoadModule('/src/deck.ts')) as DeckModule) : await import('../deck.ts');
    return mod.loadDeck({ url: process.env.DECK_URL });
  }

  return {
    name: 'deck',
    configureServer(devServer) {
      server = devServer;
      // The citation files in dev, where no bundle is written.
      devServer.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split(/[?#]/)[0]?.replace(/^.*\//, '') ?? '';
        if (name !== CITE_FILES.bib && name !== CITE_FILES.json) {
          next();
          return;
        }
        load().then(
          (deck) => {
            const file = citationFiles(deck)[name];
            res.setHeader('Content-Type', file?.type ?? 'text/plain');
            res.end(file?.source ?? '');
          },
          (error: unknown) => next(error),
        );
      });
    },
    async transformIndexHtml(html) {
      return injectDeck(html, await load());
    },
    async generateBundle() {
      for (const [fileName, file] of Object.entries(citationFiles(await load()))) {
        this.emitFile({ type: 'asset', fileName, source: file.source });
      }
    },
    hotUpdate({ file }) {
      if (server && CONTENT_DIRS.some((dir) => file.includes(dir))) {
        server.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      }
    },
  };
}
