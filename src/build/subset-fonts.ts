/**
 * Vite plugin (build only): cuts every emitted woff2 font down to the characters the built deck
 * can show, the page's text and the strings in its scripts (UI labels, chart labels) plus
 * printable ASCII and common typography, so a search or an edited slide never meets a missing
 * glyph. Each subset gets a new content-hashed name, and the CSS, HTML and scripts that named the
 * original are rewritten, so a cached font can never lack a glyph that new text needs.
 * Subsets are kept in .cache/font-subsets/ by what they are cut from (the font, the characters,
 * the subsetter's version): the same font and text never need harfbuzz twice, even after the
 * build folder is deleted.
 *
 * The CJK face is different: src/theme/fonts-cjk.css holds one placeholder @font-face (its src a
 * `local()` name), and the build replaces it with ONE font cut from Noto Sans SC to the characters
 * the edition prints that the Latin fonts lack (src/build/cjk-font.ts), so a page never fetches
 * a file per slice.
 */
import { siteRoot } from '../model/edition.ts';
import { primaryLanguage } from '../base/lang.ts';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import type { Plugin } from 'vite';
import { CJK_FAMILY, cjkFont, cjkFontFace, visibleCodePoints, type CjkFont } from './cjk-font.ts';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { parsePage } from './parse-page.ts';
import { appendToHead, headStyles } from './page-head.ts';
import { characterMap, cjkPlaceholder, coverage, fontFaceRules, missingGlyphs, type FontFaceRule, type SlideText } from './glyphs.ts';

/** Always kept: printable ASCII and the typography a deck uses (dashes, quotes, ellipsis, arrows, ×, −, €…). */
const ALWAYS = ` !"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_\`abcdefghijklmnopqrstuvwxyz{|}~\u00a0\u2009\u202f–—‘’‚“”„…•·×−÷±≈≤≥→←↑↓€£$%‰°′″©®™№`;

/** Every character of the given texts, with JS/HTML escapes decoded, plus ALWAYS. Pure. */
export function charactersOf(texts: readonly string[]): string {
  const chars = new Set<string>(ALWAYS);
  const seen = new Uint8Array(0x110000);
  for (const text of texts) {
    // A harvest, not a reading: every character of the page, CSS and scripts, markup and all, with JS and HTML
    // escapes decoded so a character written as one is kept too. Keeping a few glyphs too many costs bytes, never a box.
    const decoded = text
      .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, a?: string, b?: string) =>
        String.fromCodePoint(parseInt(a ?? b ?? '20', 16)),
      )
      .replace(/&#x([0-9a-fA-F]+);|&#(\d+);/g, (_, hex?: string, dec?: string) =>
        String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
      );
    // Each code point once (the pages are long and repeat a few hundred letters), by a flag per code point.
    for (let i = 0; i < decoded.length; i++) {
      const cp = decoded.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      seen[cp] = 1;
    }
  }
  for (let cp = 0; cp < seen.length; cp++) if (seen[cp]) chars.add(String.fromCodePoint(cp));
  // CSS may print a letter in the other case (`text-transform: uppercase` on eyebrows and labels).
  for (const c of [...chars]) chars.add(c.toUpperCase()).add(c.toLowerCase());
  return [...chars].sort().join('');
}

const hashOf = (data: Uint8Array): string => createHash('sha256').update(data).digest('base64url').slice(0, 8);

/** A face to preload where the first screen prints text of its kind in its unicode-range. */
export interface PreloadFace {
  /** The face's file name. */
  readonly file: RegExp;
  /** The text it draws (src/theme: which elements are set in which face). */
  readonly text: TextStyle;
}

export interface SubsetFontsOptions {
  /** Faces the first screen may use: preloaded where it does, so text never reflows when they arrive. */
  readonly preload?: readonly PreloadFace[];
  /** Each slide's text: every character must have a glyph in one of the fonts, or the build fails. */
  readonly slides?: () => Promise<readonly SlideText[]>;
}

/** Elements the deck sets in a bold weight: by tag, and by class (the bar's tools, the event line, eyebrows, the contents' parts). */
const BOLD_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'th']);
const BOLD_CLASSES = new Set(['deck-tool', 'deck-bar-title', 'reading-event', 'eyebrow', 'toc-section']);
/** Elements the deck sets in its heading face (src/theme: reading.css, chrome.css, blocks.css). */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4']);
const HEADING_CLASSES = new Set(['deck-bar-title', 'document-title']);
/** Elements the deck sets in italics: by tag, and by class (derived values, the references' notes: src/theme). */
const ITALIC_TAGS = new Set(['em', 'i', 'cite']);
const ITALIC_CLASSES = new Set(['derived', 'ref-note']);
/**
 * Which of a first screen's text: all of it; what is set in neither a bold weight nor italics
 * (`regular`); in a bold weight (`bold`, headings included); in the heading face; in italics.
 */
export type TextStyle = 'any' | 'regular' | 'bold' | 'heading' | 'italic';

interface Setting {
  readonly bold: boolean;
  readonly heading: boolean;
  readonly italic: boolean;
}

const setIn: Record<TextStyle, (s: Setting) => boolean> = {
  any: () => true,
  regular: (s) => !s.bold && !s.italic,
  bold: (s) => s.bold,
  heading: (s) => s.heading,
  italic: (s) => s.italic,
};

const attr = (el: T.Element, name: string): string => el.attrs.find((a) => a.name === name)?.value ?? '';

/**
 * The text a page lays out before its first paint, read with an HTML parser: the body without its
 * scripts, styles, the slide view's template, its closed dialogs and `hidden` elements (neither is
 * rendered), and without the article's pages: each is laid out only near the screen (reading.css,
 * `content-visibility`), and the first lies below the head's contents, off a phone's first screen
 * (on a laptop it is laid out below the screen, where a late face moves nothing in view). What
 * stands between pages (the parts' headings) stays. A passage in another language (the language
 * switch's "Русский") does not make its script the first screen's: its face is fetched by layout,
 * a word that may change face once. `style` keeps only the text set in one way (TextStyle). With
 * `everyLanguage`, those passages stay, and so do the edition offers (`hidden` until the page's script shows
 * one at load): for a face that draws what every language on the page shares, as the Chinese page's faces
 * draw its digits and punctuation. `without` leaves out the elements of those classes. Pure.
 */
export function firstScreenText(
  html: string,
  style: TextStyle = 'any',
  options: { readonly everyLanguage?: boolean; readonly without?: readonly string[] } = {},
): string {
  const document = parsePage(html);
  const root = document.childNodes.find((n): n is T.Element => n.nodeName === 'html');
  // A passage marked `zh` is the `zh-Hans` page's own language.
  const lang = primaryLanguage(root ? attr(root, 'lang') : '');
  const body = root?.childNodes.find((n): n is T.Element => n.nodeName === 'body');
  const parts: string[] = [];
  const walk = (node: T.ParentNode, setting: Setting): void => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        if (setIn[style](setting)) parts.push((child as T.TextNode).value);
        continue;
      }
      if (!('tagName' in child) || ['script', 'style', 'template', 'noscript'].includes(child.tagName)) continue;
      const classes = attr(child, 'class').split(/\s+/);
      if (options.without?.some((name) => classes.includes(name))) continue;
      // Not rendered: a closed dialog, or anything `hidden` (the edition offers until a script shows one).
      if (child.tagName === 'dialog' ? !child.attrs.some((a) => a.name === 'open') : child.attrs.some((a) => a.name === 'hidden'))
        if (!(options.everyLanguage && classes.includes('edition-offer'))) continue;
      const own = attr(child, 'lang');
      if (own && primaryLanguage(own) !== lang && !options.everyLanguage) continue;
      if (child.tagName === 'section' && classes.includes('page')) continue;
      const is = (tags: ReadonlySet<string>, names: ReadonlySet<string>): boolean =>
        tags.has(child.tagName) || classes.some((c) => names.has(c));
      walk(child, {
        bold: setting.bold || is(BOLD_TAGS, BOLD_CLASSES),
        heading: setting.heading || is(HEADING_TAGS, HEADING_CLASSES),
        italic: setting.italic || is(ITALIC_TAGS, ITALIC_CLASSES),
      });
    }
  };
  if (body) walk(body, { bold: false, heading: false, italic: false });
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The subsetter and the harfbuzz it runs: a new version may cut differently. */
function subsetterVersion(): string {
  const require = createRequire(import.meta.url);
  return ['subset-font', 'harfbuzzjs', 'fonteditor-core', '@fontsource/noto-sans-sc']
    .map((name) => {
      try {
        // harfbuzzjs exports no package.json: read the one beside its entry.
        let dir = dirname(require.resolve(name));
        while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
        return `${name}@${(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version}`;
      } catch {
        return `${name}@?`;
      }
    })
    .join(' ');
}

/** The woff2 subset of `font` for `text`, from the cache or cut (and cached) now. */
async function cachedSubset(cacheDir: string, font: Uint8Array, text: string): Promise<Uint8Array> {
  const key = createHash('sha256')
    .update(subsetterVersion())
    .update('\0')
    .update(font)
    .update('\0')
    .update(text)
    .digest('hex')
    .slice(0, 32);
  const file = join(cacheDir, `${key}.woff2`);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    // Not cut yet: harfbuzz loads only when there is something to cut.
  }
  const { default: subsetFont } = await import('subset-font');
  const subset = new Uint8Array(await subsetFont(Buffer.from(font), text, { targetFormat: 'woff2' }));
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${file}.${process.pid}.part`, subset);
  await rename(`${file}.${process.pid}.part`, file);
  return subset;
}

/** The stylesheet with the CJK placeholder rule (src/theme/fonts-cjk.css) replaced by `rule`; as it was without one. */
const replacePlaceholder = (css: string, rule: string): string => {
  const spot = cjkPlaceholder(css);
  return spot ? css.slice(0, spot.start) + rule + css.slice(spot.end) : css;
};

/** Where cut fonts are kept between builds (a deleted dist/ does not lose them). */
export const fontCacheDir = (root: string): string => join(root, '.cache', 'font-subsets');

/**
 * The CJK font for `chars` in a weight, from the cache or cut (and cached) now: cutting Noto Sans
 * SC takes seconds per face, and the same characters always give the same font.
 */
export async function cachedCjkFont(cacheDir: string, chars: string, weight = 400): Promise<CjkFont> {
  const wanted = visibleCodePoints([chars]);
  const key = createHash('sha256')
    .update(subsetterVersion())
    .update(`\0cjk\0${weight}\0`)
    .update(String.fromCodePoint(...wanted))
    .digest('hex')
    .slice(0, 32);
  const file = join(cacheDir, `cjk-${key}.woff2`);
  let woff2: Uint8Array | null = null;
  try {
    woff2 = new Uint8Array(await readFile(file));
  } catch {
    // Not cut yet.
  }
  if (woff2 === null) {
    woff2 = (await cjkFont([chars], { weight })).woff2;
    await mkdir(cacheDir, { recursive: true });
    await writeFile(`${file}.${process.pid}.part`, woff2);
    await rename(`${file}.${process.pid}.part`, file);
  }
  const cmap = woff2.length > 0 ? await characterMap(woff2) : new Set<number>();
  return { woff2, codePoints: wanted.filter((cp) => cmap.has(cp)), missing: wanted.filter((cp) => !cmap.has(cp)) };
}

export function subsetFontsPlugin(options: SubsetFontsOptions = {}): Plugin {
  let cacheDir = '';
  return {
    name: 'deck-subset-fonts',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      cacheDir = fontCacheDir(config.root);
    },
    // After every other plugin's files are in the bundle (the Chinese edition's own faces among them).
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const texts: string[] = [];
        /**
         * What the pages that share the deck's stylesheet print: a page with its own CJK faces, and the slides file
         * beside it, are left out of the shared face.
         */
        const shared: string[] = [];
        // A page's own faces (the Chinese edition's) sit in a <style data-fonts> in its head (src/build/deck-plugin.ts).
        const facesOf = (source: string): string[] => headStyles(source, 'data-fonts');
        /** The folders of pages with faces of their own. */
        const ownFaces = new Set(
          Object.values(bundle).flatMap((f) =>
            f.type === 'asset' && f.fileName.endsWith('index.html') && typeof f.source === 'string' && facesOf(f.source).length > 0
              ? [posix.dirname(f.fileName)]
              : [],
          ),
        );
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') {
            texts.push(file.code);
            shared.push(file.code);
          } else if (/\.(html|css|js|svg|txt)$/.test(file.fileName) && typeof file.source === 'string') {
            texts.push(file.source);
            if (!file.fileName.endsWith('.html') || !ownFaces.has(posix.dirname(file.fileName))) shared.push(file.source);
          }
        }
        // The exports print from the same deck: every character its slides hold is kept, printed on the page or not.
        const slideTexts = options.slides ? (await options.slides()).map((s) => s.text) : [];
        const text = charactersOf([...texts, ...slideTexts]);
        const renamed = new Map<string, string>();
        const subsets = new Map<string, Uint8Array>();
        /** Every font file as it will be written (files emitted here do not show in `bundle`). */
        const fonts: string[] = [];
        for (const [key, file] of Object.entries(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.woff2')) continue;
          const original = typeof file.source === 'string' ? Buffer.from(file.source) : file.source;
          const subset = await cachedSubset(cacheDir, original, text);
          // Keep the original if hb-subset gained nothing (e.g. a font with no glyph for the text).
          if (subset.length === 0 || subset.length >= original.length) {
            fonts.push(file.fileName);
            continue;
          }
          const fileName = file.fileName.replace(/-[\w-]{8}\.woff2$/, '') + `-${hashOf(subset)}.woff2`;
          Reflect.deleteProperty(bundle, key);
          this.emitFile({ type: 'asset', fileName, source: subset });
          renamed.set(file.fileName, fileName);
          subsets.set(fileName, subset);
          fonts.push(fileName);
        }
        const rename = (source: string): string => {
          let out = source;
          // A content-hashed file name is written nowhere else: replacing its text is exact in CSS, HTML and JS alike.
          for (const [from, to] of renamed) out = out.split(from.replace(/^.*\//, '')).join(to.replace(/^.*\//, ''));
          return out;
        };
        // What each font as written (subsets included) can draw, by file name.
        const maps = new Map<string, Set<number>>();
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.woff2') && typeof file.source !== 'string')
            maps.set(file.fileName.replace(/^.*\//, ''), await characterMap(file.source));
        }
        for (const [from, to] of renamed) {
          const emitted = subsets.get(to);
          if (emitted) maps.set(to.replace(/^.*\//, ''), await characterMap(emitted));
          maps.delete(from.replace(/^.*\//, ''));
        }
        const cssAssets = Object.values(bundle).flatMap((f) =>
          f.type === 'asset' && f.fileName.endsWith('.css') && typeof f.source === 'string' ? [f] : [],
        );
        const pageFaces = (): string =>
          Object.values(bundle)
            .flatMap((f) => (f.type === 'asset' && f.fileName.endsWith('.html') && typeof f.source === 'string' ? facesOf(f.source) : []))
            .join('\n');
        const rulesIn = (css: string): ReturnType<typeof fontFaceRules> =>
          fontFaceRules(rename(css)).map((r) => ({ ...r, file: r.file.replace(/^.*\//, '') }));
        /** The rules every page shares (the stylesheet alone), or those and the pages' own faces. */
        const rulesOf = (pages = true): ReturnType<typeof fontFaceRules> =>
          rulesIn([...cssAssets.map((f) => String(f.source)), pages ? pageFaces() : ''].join('\n'));
        // The CJK face: one font for every character printed that the other faces lack.
        if (cssAssets.some((f) => cjkPlaceholder(String(f.source)) !== undefined)) {
          const latin = new Set([...coverage(rulesOf(false), maps).values()].flatMap((set) => [...set]));
          const wanted = visibleCodePoints([charactersOf(shared)]).filter((cp) => !latin.has(cp));
          const { woff2, codePoints } = await cachedCjkFont(cacheDir, String.fromCodePoint(...wanted));
          const cmap = new Set(codePoints);
          const fileName = `assets/noto-sans-sc-400-${hashOf(woff2)}.woff2`;
          if (codePoints.length > 0) {
            this.emitFile({ type: 'asset', fileName, source: woff2 });
            maps.set(fileName.replace(/^.*\//, ''), cmap);
            fonts.push(fileName);
          }
          for (const css of cssAssets) {
            const url = `./${posix.relative(posix.dirname(css.fileName), fileName)}`;
            const rule = codePoints.length > 0 ? cjkFontFace(url, { codePoints }) : '';
            css.source = replacePlaceholder(String(css.source), rule);
          }
        }
        if (options.slides) {
          // The glyph check, on the fonts as written and the CSS that names them.
          const families = coverage(rulesOf(), maps);
          const covered = new Set([...families.values()].flatMap((s) => [...s]));
          const missing = missingGlyphs(await options.slides(), covered);
          if (missing.length > 0) {
            const lines = missing.map((m) => `slide ${m.number} "${m.slide}": "${m.char}" (${m.codePoint})`);
            this.error(
              `No font of the deck has a glyph for ${missing.length} character(s); they would print as empty boxes:\n  ${lines.join('\n  ')}\n` +
                `Fonts: ${[...families.keys()].join(', ')} (${CJK_FAMILY} is cut to what the pages print). Add a font that covers them.`,
            );
          }
        }
        // Each page preloads the first screen's fonts, by a URL relative to its own folder (an edition's is one down):
        // of the faces named in `options.preload` (the stylesheet's and the page's own), those whose kind of text
        // (regular, bold, heading, italic) its first screen prints in their unicode-range.
        const preloadOf = (rule: FontFaceRule): PreloadFace | undefined => (options.preload ?? []).find((p) => p.file.test(rule.file));
        const sharedRules = rulesOf(false);
        for (const page of Object.values(bundle)) {
          if (page.type !== 'asset' || !page.fileName.endsWith('index.html') || typeof page.source !== 'string') continue;
          const source = page.source;
          const texts = new Map<TextStyle, number[]>();
          const textOf = (style: TextStyle): number[] => {
            const text = texts.get(style) ?? visibleCodePoints([firstScreenText(source, style)]);
            texts.set(style, text);
            return text;
          };
          // A page's own faces (the Chinese page's) come after the stylesheet and cover all it prints: for their family the
          // browser never reaches the stylesheet's face. Their family is also first in the page's stack (src/theme/tokens.ts,
          // `bodyZh`): what they draw (its digits and punctuation too) never reaches another family's face.
          const own = rulesIn(facesOf(source).join('\n'));
          const ownFamilies = new Set(own.map((rule) => rule.family));
          const inRange = (rule: FontFaceRule, cp: number): boolean =>
            rule.ranges.length === 0 || rule.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
          const drawnByOwn = (cp: number): boolean => own.some((rule) => inRange(rule, cp));
          // A face is preloaded where the first screen prints text of its kind (PreloadFace.text) in its unicode-range.
          const uses = (rule: FontFaceRule): boolean => {
            const face = preloadOf(rule);
            if (!face) return false;
            const mine = ownFamilies.has(rule.family);
            return textOf(face.text).some((cp) => inRange(rule, cp) && (mine || !drawnByOwn(cp)));
          };
          const named = [...sharedRules.filter((rule) => !ownFamilies.has(rule.family)), ...own];
          const first = [...new Set(named.filter(uses).map((rule) => rule.file))]
            .map((file) => fonts.find((name) => name.endsWith(`/${file}`) || name === file))
            .filter((name): name is string => name !== undefined);
          if (first.length === 0) continue;
          const up = siteRoot(posix.dirname(page.fileName).replace(/^\.$/, ''));
          const preloads = first.map((name) => `<link rel="preload" href="${up}${name}" as="font" type="font/woff2" crossorigin />`);
          page.source = appendToHead(page.source, preloads.join('\n    '));
        }
        if (renamed.size === 0) return;
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.code = rename(file.code);
          else if (typeof file.source === 'string') file.source = rename(file.source);
        }
      },
    },
  };
}

/**
 * `npm run dev`: the CJK placeholder (src/theme/fonts-cjk.css) becomes @fontsource's own slices,
 * so the dev server draws every CJK character without cutting a font on each change.
 */
export function cjkDevFontsPlugin(): Plugin {
  return {
    name: 'deck-cjk-dev-fonts',
    apply: 'serve',
    async transform(code, id) {
      if (!/[\\/]src[\\/]theme[\\/]fonts-cjk\.css$/.test(id.split('?')[0] ?? '')) return null;
      const css = await readFile(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'), 'utf8');
      // Dev only, over @fontsource's own stylesheet as the pinned package writes it: a CSS parser would print it
      // again for its own browsers, and a change in the package shows at once in `npm run dev`.
      const slices = css
        .replace(/url\(\.\/files\//g, 'url(@fontsource/noto-sans-sc/files/')
        .replace(/font-display: swap;/g, 'font-display: swap;\n  size-adjust: 85%;');
      return { code: replacePlaceholder(code, slices), map: null };
    },
  };
}
