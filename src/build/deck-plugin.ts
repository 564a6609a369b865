/**
 * Vite plugin: validates the deck and renders it into index.html at build time (and on every page
 * load in dev), so a content mistake fails `vite build` with a message that names the slide.
 * After bundling it names the slide view's chunks in the head's boot script, which fetches them
 * at once when the page opens on the slides (and not at all on a phone reading the article).
 * It also writes the citation files beside the page (cite.bib, cite.json) and passes the deck's
 * public address (`DECK_URL`, optional) to the renderer, which draws its QR code on the title and
 * closing slides.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexHtmlTransformContext, Plugin, ViteDevServer } from 'vite';
import { bootScript } from '../app/view-state.ts';
import { bibtex, CITE_FILES, citationFor, cslJson } from '../cite/formats.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { injectDeck } from '../render/page.ts';
import { buildRecordPlugin, buildSettings } from './build-record.ts';
import { reportable } from './validation-report.ts';
import { contentSecurityPolicy, CSP_FILE } from './csp.ts';
import { liveIndex } from '../live/deck-index.ts';
import { LIVE_PATHS } from '../live/protocol.ts';
import { TALK_SLOT_SECONDS } from '../rehearsal/timing.ts';

type DeckModule = typeof import('../deck.ts');

/** Folders whose files feed the rendered HTML: editing them reloads the page in dev. */
const CONTENT_DIRS = [
  '/slides/',
  '/src/model/',
  '/src/render/',
  '/src/data/',
  '/src/charts/',
  '/src/deck.ts',
  '/assets/',
  '/src/cite/',
  '/src/qr/',
];

/** The files served beside index.html, by name. Pure. */
export function citationFiles(deck: ResolvedDeck): Record<string, { readonly type: string; readonly source: string }> {
  const citation = citationFor(deck);
  return {
    [CITE_FILES.bib]: { type: 'application/x-bibtex; charset=utf-8', source: bibtex(citation) },
    [CITE_FILES.json]: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', source: cslJson(citation) },
  };
}

/** The page the deck is rendered into; other pages (the phone remote) are left as they are. */
const isDeckPage = (path: string): boolean => path === '/index.html' || path === '/';

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

/** What the deck plugin offers other plugins (Vite's `api`): the deck this build renders. */
export interface DeckApi {
  readonly load: () => Promise<ResolvedDeck>;
}

/** The deck loader of `deckPlugin()`'s plugins: one load (validation and maps) per build, shared. */
export function deckLoader(plugins: readonly Plugin[]): () => Promise<ResolvedDeck> {
  const api = plugins.find((p) => p.name === 'deck')?.api as DeckApi | undefined;
  if (!api) throw new Error('deckLoader: no deck plugin among these plugins');
  return api.load;
}

export function deckPlugin(): Plugin[] {
  let server: ViteDevServer | undefined;
  /** A build loads the deck once (validating it and drawing the maps takes a while); dev reloads it. */
  let built: Promise<ResolvedDeck> | undefined;
  let root = process.cwd();
  let policy: string | undefined;

  async function load(): Promise<ResolvedDeck> {
    const url = buildSettings().DECK_URL ?? undefined;
    try {
      // In dev, load through Vite so edits are picked up without a restart.
      if (server) return ((await server.ssrLoadModule('/src/deck.ts')) as DeckModule).loadDeck({ url });
      built ??= import('../deck.ts').then((mod: DeckModule) => mod.loadDeck({ url }));
      return await built;
    } catch (error) {
      built = undefined;
      throw reportable(error, root);
    }
  }

  return [
    {
      name: 'deck',
      // Other plugins (the fonts' glyph check) read the deck loaded here instead of loading it again.
      api: { load } satisfies DeckApi,
      buildStart() {
        // A watching build starts again from the sources (a single build keeps the deck validated above).
        if (this.meta.watchMode) built = undefined;
      },
      async configResolved(config) {
        root = config.root;
        // Validate before bundling: a content mistake then stops the build with its report alone,
        // not wrapped in the bundler's aggregate error and stack.
        if (config.command === 'build') await load();
      },
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
      async generateBundle() {
        const deck = await load();
        for (const [fileName, file] of Object.entries(citationFiles(deck))) {
          this.emitFile({ type: 'asset', fileName, source: file.source });
        }
        // The live server and the phone remote read the deck's positions and script from here.
        this.emitFile({ type: 'asset', fileName: LIVE_PATHS.index, source: JSON.stringify(liveIndex(deck, TALK_SLOT_SECONDS)) });
      },
      transformIndexHtml: {
        order: 'pre',
        async handler(html, context) {
          if (!isDeckPage(context.path)) return html;
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
          if (!isDeckPage(context.path)) return html;
          const list = context.bundle ? slidesPreload(context.bundle) : [];
          const placeholder = JSON.stringify([PRELOAD_PLACEHOLDER]);
          // The boot script as it ends up in the page: its hash is what the policy allows.
          policy = contentSecurityPolicy([bootScript([PRELOAD_PLACEHOLDER]).replace(placeholder, () => JSON.stringify(list))]);
          return html.replace(placeholder, () => JSON.stringify(list));
        },
      },
      // After the page is written (its boot script is final only then), beside it.
      async writeBundle(output) {
        if (policy && output.dir) await writeFile(join(output.dir, CSP_FILE), `${policy}\n`);
      },
    },
    // What this build read and holds, for the tools that use it (src/build/build-record.ts).
    buildRecordPlugin({ deck: load }),
  ];
}
