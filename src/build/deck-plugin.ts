/**
 * Vite plugin: validates the deck and renders it into index.html at build time (and on every page
 * load in dev), so a content mistake fails `vite build` with a message that names the slide.
 * After bundling it names the slide view's chunks in the head's boot script, which fetches them
 * at once when the page opens on the slides (and not at all on a phone reading the article).
 */
import type { IndexHtmlTransformContext, Plugin, ViteDevServer } from 'vite';
import { bootScript } from '../app/view-state.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { injectDeck } from '../render/page.ts';

type DeckModule = typeof import('../deck.ts');

/** Folders whose files feed the rendered HTML: editing them reloads the page in dev. */
const CONTENT_DIRS = ['/slides/', '/src/model/', '/src/render/', '/src/data/', '/src/charts/', '/src/deck.ts', '/assets/'];

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/** The module the slide view is loaded from (a dynamic import in src/main.ts). */
const SLIDES_MODULE = /\/src\/app\/slides-view\.ts$/;
/** Stands in for the slide view's chunk list until the bundle exists. */
const PRELOAD_PLACEHOLDER = '__DECK_SLIDES_PRELOAD__';

/** The slide view's chunk and the chunks it imports, as URLs relative to the page. */
export function slidesPreload(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
  const slides = chunks.find((c) => c.facadeModuleId !== null && SLIDES_MODULE.test(c.facadeModuleId));
  if (!slides) return [];
  // Its static imports shared with the entry are already loaded; the rest come with it.
  const entry = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
  return [slides.fileName, ...slides.imports.filter((f) => !entry.has(f))].map((f) => `./${f}`);
}

export function deckPlugin(): Plugin[] {
  let server: ViteDevServer | undefined;

  async function load(): Promise<ResolvedDeck> {
    // In dev, load through Vite so edits are picked up without a restart.
    const mod: DeckModule = server ? ((await server.ssrLoadModule('/src/deck.ts')) as DeckModule) : await import('../deck.ts');
    return mod.loadDeck();
  }

  return [
    {
      name: 'deck',
      configureServer(devServer) {
        server = devServer;
      },
      transformIndexHtml: {
        order: 'pre',
        async handler(html) {
          return injectDeck(html, await load(), { bootScript: bootScript([PRELOAD_PLACEHOLDER]) });
        },
      },
      hotUpdate({ file }) {
        if (server && CONTENT_DIRS.some((dir) => file.includes(dir))) {
          server.moduleGraph.invalidateAll();
          server.ws.send({ type: 'full-reload' });
        }
      },
    },
    {
      name: 'deck:preload-slides',
      transformIndexHtml: {
        order: 'post',
        handler(html, context) {
          const list = context.bundle ? slidesPreload(context.bundle) : [];
          return html.replace(JSON.stringify([PRELOAD_PLACEHOLDER]), () => JSON.stringify(list));
        },
      },
    },
  ];
}
