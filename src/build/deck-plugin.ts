/**
 * Vite plugin: validates the deck and renders it into index.html at build time (and on every page
 * load in dev), so a content mistake fails `vite build` with a message that names the slide.
 * After bundling it names the slide view's chunks in the head's boot script, which fetches them
 * at once when the page opens on the slides (and not at all on a phone reading the article).
 * It also writes the citation files beside the page (cite.bib, cite.json) and passes the deck's
 * public address (`DECK_URL`, optional) to the renderer, which draws its QR code on the title and
 * closing slides.
 */
import { readFileSync } from 'node:fs';
import { cjkFontFace } from './cjk-font.ts';
import { stringsOf } from './glyphs.ts';
import { cachedCjkFont, firstScreenText, fontCacheDir, type TextStyle } from './subset-fonts.ts';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Plugin, ViteDevServer } from 'vite';
import { bootScript } from './boot-script.ts';
import { appendToHead } from './page-head.ts';
import { bibtex, CITE_FILES, citationFor, cslJson } from '../cite/formats.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { injectDeck, renderSlides, SLIDES_FILE } from '../render/page.ts';
import { alternateLinks } from '../render/chrome.ts';
import { buildRecordPlugin, buildSettings } from './build-record.ts';
import { reportable } from './validation-report.ts';
import { liveIndex } from '../live/deck-index.ts';
import { LIVE_PATHS } from '../live/protocol.ts';
import { TALK_SLOT_SECONDS } from '../rehearsal/timing.ts';

type DeckModule = typeof import('../deck.ts');
import { siteRoot, type EditionRef } from '../model/edition.ts';
import { editionRefs } from '../../editions/index.ts';

/**
 * What a Chinese page's own faces draw: its ideographs, the kana a source's Japanese title holds (without them the
 * Chinese page built alone, the portable file, had no face for the に it quotes), CJK and
 * full-width punctuation, and every digit, punctuation mark and symbol, which its stack sets in Noto Sans SC before
 * the Source fonts (src/theme/tokens.ts, `bodyZh`). Letters of other scripts are left to the Source fonts.
 */
const PAGE_FACE_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\p{N}\p{P}\p{S}]/u;
/** The reading view's contents, below its head (src/render/article.ts). */
const CONTENTS_CLASS = 'reading-contents';
/** Fewer characters than this that only the contents print go into the head's face. */
const MIN_CONTENTS_FACE = 50;

/** Each edition's page beside the English one (`ru/index.html`…): built from the same template. */
const editionPages = (root: string): Record<string, string> =>
  Object.fromEntries(editionRefs.filter((e) => e.dir !== '').map((e) => [`edition-${e.id}`, resolve(root, e.dir, 'index.html')]));

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

/**
 * The edition a page is rendered for: `/index.html` is English, `/ru/index.html` the Russian
 * edition…; other pages (the phone remote) are left as they are.
 */
function editionOfPage(path: string, editions: readonly EditionRef[]): EditionRef | undefined {
  const page = path.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html');
  return editions.find((e) => `${e.dir}index.html` === page);
}

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
  readonly load: (edition?: string) => Promise<ResolvedDeck>;
}

/** The deck loader of `deckPlugin()`'s plugins: one load (validation and maps) per build, shared. */
export function deckLoader(plugins: readonly Plugin[]): (edition?: string) => Promise<ResolvedDeck> {
  const api = plugins.find((p) => p.name === 'deck')?.api as DeckApi | undefined;
  if (!api) throw new Error('deckLoader: no deck plugin among these plugins');
  return api.load;
}

export interface DeckPluginOptions {
  /**
   * The slides in each page's template (the portable file, which can fetch nothing beside it) rather than in
   * SLIDES_FILE beside the page. The dev server always puts them in the page.
   */
  readonly slidesInPage?: boolean;
}

export function deckPlugin(options: DeckPluginOptions = {}): Plugin[] {
  let server: ViteDevServer | undefined;
  let slidesInPage = options.slidesInPage ?? false;
  /** A build loads each edition once (validating it and drawing the maps takes a while); dev reloads it. */
  const built = new Map<string, Promise<ResolvedDeck>>();
  let root = process.cwd();

  // DECK_EDITION: one edition alone at the root (the portable file of one language); otherwise all, each in its folder.
  const alone = buildSettings().DECK_EDITION ?? undefined;
  if (alone !== undefined && !editionRefs.some((e) => e.id === alone))
    throw new Error(`DECK_EDITION=${alone}: the deck has no such edition (it has ${editionRefs.map((e) => e.id).join(', ')})`);
  const refs: readonly EditionRef[] = alone ? editionRefs.filter((e) => e.id === alone).map((e) => ({ ...e, dir: '' })) : editionRefs;

  async function load(edition = alone ?? 'en'): Promise<ResolvedDeck> {
    const url = buildSettings().DECK_URL ?? undefined;
    const aloneNow = alone !== undefined;
    try {
      // In dev, load through Vite so edits are picked up without a restart.
      if (server) return ((await server.ssrLoadModule('/src/deck.ts')) as DeckModule).loadDeck({ url, edition, alone: aloneNow });
      let deck = built.get(edition);
      if (!deck) {
        deck = import('../deck.ts').then((mod: DeckModule) => mod.loadDeck({ url, edition, alone: aloneNow }));
        built.set(edition, deck);
      }
      return await deck;
    } catch (error) {
      built.delete(edition);
      throw reportable(error, root);
    }
  }
  const pages = (): Record<string, string> => (alone ? {} : editionPages(root));

  return [
    {
      name: 'deck',
      // Other plugins (the fonts' glyph check) read the deck loaded here instead of loading it again.
      api: { load } satisfies DeckApi,
      buildStart() {
        // A watching build starts again from the sources (a single build keeps the deck validated above).
        if (this.meta.watchMode) built.clear();
      },
      // Each edition is a page of its own, made from the one template (index.html).
      config(config) {
        root = resolve(config.root ?? process.cwd());
        // One edition alone adds no pages: the build's own input (index.html) is its page.
        return alone ? undefined : { build: { rolldownOptions: { input: pages() } } };
      },
      resolveId(id) {
        const page = Object.values(pages()).find((p) => p === id || p === resolve(root, id.replace(/^\//, '')));
        return page ?? null;
      },
      load(id) {
        if (!Object.values(pages()).includes(id)) return null;
        return readFileSync(resolve(root, 'index.html'), 'utf8');
      },
      async configResolved(config) {
        root = config.root;
        if (config.command === 'serve') slidesInPage = true;
        // Validate before bundling: a content mistake then stops the build with its report alone,
        // not wrapped in the bundler's aggregate error and stack.
        if (config.command === 'build') await Promise.all(refs.map((e) => load(e.id)));
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
        for (const edition of refs) {
          const deck = await load(edition.id);
          for (const [fileName, file] of Object.entries(citationFiles(deck))) {
            this.emitFile({ type: 'asset', fileName: `${edition.dir}${fileName}`, source: file.source });
          }
          // The slides beside the page: the slide view fetches them when it is first entered (src/app/slides-template.ts).
          if (!slidesInPage) this.emitFile({ type: 'asset', fileName: `${edition.dir}${SLIDES_FILE}`, source: `${renderSlides(deck)}\n` });
          // The live server and the phone remote read the deck's positions and script from here.
          this.emitFile({
            type: 'asset',
            fileName: `${edition.dir}${LIVE_PATHS.index}`,
            source: JSON.stringify(liveIndex(deck, TALK_SLOT_SECONDS)),
          });
        }
      },
      transformIndexHtml: {
        order: 'pre',
        async handler(html, context) {
          const edition = editionOfPage(context.path, refs);
          if (!edition) return html;
          return injectDeck(html, await load(edition.id), {
            bootScript: bootScript([PRELOAD_PLACEHOLDER]),
            slides: slidesInPage ? 'page' : 'file',
          });
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
        async handler(html, context) {
          const edition = editionOfPage(context.path, refs);
          if (!edition) return html;
          // Chunk URLs are relative to the page: one folder down for an edition.
          const up = siteRoot(edition.dir);
          const list = context.bundle ? slidesPreload(context.bundle).map((f) => f.replace(/^\.\//, up)) : [];
          const placeholder = JSON.stringify([PRELOAD_PLACEHOLDER]);
          const deck = await load(edition.id);
          const link = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' });
          return {
            html: html.replace(placeholder, () => JSON.stringify(list)),
            // Tags Vite writes into the head, here where the bundler has read the page (it would take an edition's
            // address, a folder, for a file to bundle). The icon is at the site's root (src/build/theme-plugin.ts).
            tags: [
              link({ rel: 'icon', href: `${up}favicon.svg`, type: 'image/svg+xml' }),
              ...alternateLinks(deck).map((a) => link({ rel: 'alternate', hreflang: a.hreflang, href: a.href })),
            ],
          };
        },
      },
    },
    {
      name: 'deck:edition-fonts',
      // After the pages are written (Vite emits them in its own generateBundle) and before the
      // subset plugin, which cuts these faces too and checks every character against them.
      generateBundle: {
        order: 'post',
        async handler(_options, bundle) {
          // A page whose text is Chinese gets its own faces: one font per weight cut to every character it
          // prints (src/build/cjk-font.ts), at full size. The other pages share the stylesheet's cut face
          // (the few Chinese characters they quote), which the subset plugin makes.
          for (const edition of refs.filter((e) => /^zh\b/.test(e.lang))) {
            const page = bundle[`${edition.dir}index.html`];
            if (page?.type !== 'asset' || typeof page.source !== 'string') continue;
            // What the page and its slides print, and what the exports print from the same deck (the handout's notes, every
            // source field).
            const slides = bundle[`${edition.dir}${SLIDES_FILE}`];
            const slidesText = slides?.type === 'asset' && typeof slides.source === 'string' ? slides.source : '';
            const source = page.source;
            const text = source + slidesText + stringsOf((await load(edition.id)).slides).join(' ');
            const drawn = [...new Set(Array.from(text).filter((c) => PAGE_FACE_TEXT.test(c)))];
            // Each weight in up to three faces, preloaded but the last (src/build/subset-fonts.ts), so that what is in view
            // never reflows as its font arrives: what the page's head prints (a phone's first screen), what its contents add
            // (laid out at once below the head: a face of its own, so that the head's arrives sooner), and the rest, fetched
            // when the pages further down are laid out. Every language's text: the faces draw the digits and punctuation of
            // the edition offers too. And the ellipsis that ends a line cut short (text-overflow: the bar's title on a phone,
            // src/theme/chrome.css), which no text holds.
            const screen = (style: TextStyle, without: readonly string[] = []): Set<string> =>
              new Set([...Array.from(firstScreenText(source, style, { everyLanguage: true, without })), '…']);
            const up = siteRoot(edition.dir);
            const rules: string[] = [];
            for (const [weight, style] of [
              [400, 'any'],
              [700, 'bold'],
            ] as const) {
              const head = screen(style, [CONTENTS_CLASS]);
              const first = screen(style);
              let parts = {
                first: drawn.filter((c) => head.has(c)),
                contents: drawn.filter((c) => first.has(c) && !head.has(c)),
                rest: drawn.filter((c) => !first.has(c)),
              };
              // A face of a few glyphs would cost a request more than it saves: they go with the head's.
              if (parts.contents.length < MIN_CONTENTS_FACE) parts = { ...parts, first: [...parts.first, ...parts.contents], contents: [] };
              for (const [part, chars] of Object.entries(parts)) {
                const font = await cachedCjkFont(fontCacheDir(root), chars.join(''), weight);
                if (font.woff2.length === 0) continue;
                const name = this.getFileName(
                  this.emitFile({ type: 'asset', name: `noto-sans-sc-${edition.id}-${weight}-${part}.woff2`, source: font.woff2 }),
                );
                rules.push(cjkFontFace(`${up}${name}`, font, { weight, sizeAdjust: '100%' }));
              }
            }
            // In the page, not a stylesheet of its own: one request less before the first paint.
            if (rules.length) page.source = appendToHead(page.source, `<style data-fonts="${edition.id}">${rules.join('')}</style>`);
          }
        },
      },
    },
    // What this build read and holds, for the tools that use it (src/build/build-record.ts).
    buildRecordPlugin({ deck: load }),
  ];
}
