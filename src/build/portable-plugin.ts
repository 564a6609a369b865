/**
 * Vite plugins for the portable file (`vite build --mode portable`, run by `npm run build:portable`):
 * one edition as ONE HTML page that opens from file:// with no server and no network.
 * - Vite's own options make one script and one stylesheet (no code splitting, no module preload) and
 *   inline every imported asset but the fonts.
 * - The fonts stay files until the subset plugin has cut them (it runs after Vite has written the
 *   CSS); then they, the favicon and the citation downloads become data: URLs, found with parsers:
 *   parse5 for the page's attributes and `<style>` elements, lightningcss (Vite's own CSS tool) for
 *   `url()` in the stylesheets.
 * - vite-plugin-singlefile puts the script and the stylesheet into the page.
 * - Last, the page is read again: a page that still names a file beside it fails the build.
 * The Content-Security-Policy plugin then declares the file's policy (src/build/csp.ts, `file`).
 */
import { posix } from 'node:path';
import { transform } from 'lightningcss';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { parsePage } from './parse-page.ts';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { buildSettings } from './build-record.ts';
import { inlineContent } from './csp.ts';
import { offsetIn } from './glyphs.ts';

/** Vite's mode for the portable build (vite.config.ts turns it into these plugins and the file's policy). */
export const PORTABLE_MODE = 'portable';

/** The media type of each kind of file the page may name; anything else left beside the page is an error. */
const DATA_TYPES: Readonly<Record<string, string>> = {
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  // Downloads offered by the page (the citation files written beside index.html).
  '.bib': 'application/x-bibtex;charset=utf-8',
  '.json': 'application/json;charset=utf-8',
};

/** A URL that names a file beside the page: relative with a path (not data:, a scheme, `//host`, `#id` or `?query` alone). */
export const namesFile = (url: string): boolean => url.trim() !== '' && !/^\s*(?:[a-z][a-z\d+.-]*:|\/\/|#|\?)/i.test(url);

/** Where a piece of the page stands in its text (offsets). */
interface Spot {
  readonly start: number;
  readonly end: number;
}
interface Attribute extends Spot {
  readonly element: T.Element;
  readonly name: string;
  readonly value: string;
}

/** Attributes whose value is a URL the browser fetches or follows. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'data', 'action', 'formaction', 'xlink:href']);

/**
 * The page's attributes and `<style>` texts, with their places, read by an HTML parser (including what waits in
 * `<template>`s). Pure.
 */
export function pageParts(html: string): {
  readonly attributes: readonly Attribute[];
  readonly urls: readonly Attribute[];
  readonly styles: readonly (Spot & { readonly text: string })[];
} {
  const attributes: Attribute[] = [];
  const styles: (Spot & { text: string })[] = [];
  const visit = (node: T.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const at = child.sourceCodeLocation?.attrs ?? {};
      for (const attr of child.attrs) {
        const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
        const spot = at[name] ?? at[attr.name];
        if (spot) attributes.push({ element: child, name, value: attr.value, start: spot.startOffset, end: spot.endOffset });
      }
      const text = child.tagName === 'style' ? child.childNodes[0] : undefined;
      if (text?.nodeName === '#text' && text.sourceCodeLocation)
        styles.push({
          text: (text as T.TextNode).value,
          start: text.sourceCodeLocation.startOffset,
          end: text.sourceCodeLocation.endOffset,
        });
      if (child.tagName === 'template' && 'content' in child) visit(child.content);
      visit(child);
    }
  };
  visit(parsePage(html));
  return { attributes, urls: attributes.filter((a) => URL_ATTRIBUTES.has(a.name)), styles };
}

/** `text` with each spot replaced; the rest kept byte for byte. Pure. */
function splice(text: string, edits: readonly (Spot & { readonly with: string })[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.with + out.slice(edit.end);
  return out;
}

/**
 * Each `url()` of a stylesheet with its value and its place (from `url(` to `)`), found by lightningcss's parser
 * (Vite's own CSS tool). Its places let a value be replaced with the rest kept byte for byte: printing the
 * sheet again would rewrite it for lightningcss's default browsers, not the ones Vite wrote it for.
 */
export function cssUrls(css: string): (Spot & { readonly url: string })[] {
  const offset = offsetIn(css);
  const found: (Spot & { url: string })[] = [];
  transform({
    filename: 'portable.css',
    code: Buffer.from(css),
    visitor: {
      Url(url) {
        // The parser's place is the `url(` token's (line and column from 1, in UTF-16 units, as JavaScript counts).
        const start = offset(url.loc.line - 1, url.loc.column);
        const value = css.indexOf(url.url, start);
        const end = css.indexOf(')', value + url.url.length) + 1;
        const around = css.slice(start, value) + css.slice(value + url.url.length, end);
        if (
          value === -1 ||
          end === 0 ||
          !/^url\(\s*["']?$/i.test(css.slice(start, value)) ||
          !/^["']?\s*\)$/.test(css.slice(value + url.url.length, end))
        )
          throw new Error(`cssUrls: cannot place url(${url.url}) in the stylesheet (${around})`);
        found.push({ url: url.url, start, end });
        return url;
      },
    },
  });
  return found;
}

/** A stylesheet with each `url()` that `dataOf` knows replaced by its data: URL; the rest kept byte for byte. Pure. */
export function inlineCssUrls(css: string, dataOf: (url: string) => string | undefined): string {
  return splice(
    css,
    cssUrls(css).flatMap((u) => {
      const data = dataOf(u.url);
      return data === undefined ? [] : [{ start: u.start, end: u.end, with: `url(${data})` }];
    }),
  );
}

/** A page with each URL attribute and each `url()` in its `<style>`s that `dataOf` knows replaced by its data: URL. Pure. */
export function inlinePageUrls(html: string, dataOf: (url: string) => string | undefined): string {
  const { urls, styles } = pageParts(html);
  const edits: (Spot & { with: string })[] = [];
  for (const url of urls) {
    const data = namesFile(url.value) ? dataOf(url.value) : undefined;
    // A data: URL (base64) holds no quote or ampersand: it stands in the attribute as it is.
    if (data !== undefined) edits.push({ start: url.start, end: url.end, with: `${url.name}="${data}"` });
  }
  for (const style of styles) {
    const css = inlineCssUrls(style.text, dataOf);
    if (css !== style.text) edits.push({ start: style.start, end: style.end, with: css });
  }
  return splice(html, edits);
}

/**
 * The attributes that vite-plugin-singlefile carries over from the tags it replaces and that mean nothing
 * inline (`<style rel="stylesheet" crossorigin>`, `<script type="module" crossorigin>` without a `src`),
 * taken out so the page stays valid HTML. Pure.
 */
export function withoutLinkAttributes(html: string): string {
  const stale = pageParts(html).attributes.filter(
    (a) =>
      (a.element.tagName === 'style' && (a.name === 'rel' || a.name === 'crossorigin')) ||
      (a.element.tagName === 'script' && a.name === 'crossorigin' && !a.element.attrs.some((b) => b.name === 'src')),
  );
  // Each with the space before it.
  return splice(
    html,
    stale.map((a) => ({ start: /\s/.test(html[a.start - 1] ?? '') ? a.start - 1 : a.start, end: a.end, with: '' })),
  );
}

/** The files beside it that a page still names (attribute and value). Pure. */
export function filesNamed(html: string): string[] {
  const { urls, styles } = pageParts(html);
  const named = urls.filter((u) => namesFile(u.value)).map((u) => `<${u.element.tagName} ${u.name}="${u.value}">`);
  for (const style of styles) named.push(...cssUrls(style.text).flatMap((u) => (namesFile(u.url) ? [`<style> url(${u.url})`] : [])));
  return named;
}

type Bundle = Parameters<Extract<NonNullable<Plugin['generateBundle']>, { handler: unknown }>['handler']>[1];

/** The data: URL of the bundle's file that `url` (relative to the file `from`) names, if the page may hold it. */
function dataUrlIn(bundle: Bundle, from: string, url: string): string | undefined {
  if (!namesFile(url)) return undefined;
  const name = posix.normalize(posix.join(posix.dirname(from), url.split(/[?#]/)[0] ?? url));
  const file = bundle[name];
  const type = DATA_TYPES[posix.extname(name).toLowerCase()];
  if (file?.type !== 'asset' || type === undefined) return undefined;
  return `data:${type};base64,${Buffer.from(file.source).toString('base64')}`;
}

/** The plugins of the portable build, in order; vite.config.ts puts them after the subset plugin and before the CSP plugin. */
export function portablePlugins(): PluginOption[] {
  /** The end of the one script, which the page's inline script must end with once inlined. */
  let scriptEnd = '';
  return [
    {
      name: 'deck:portable',
      apply: 'build',
      enforce: 'post',
      config() {
        // A file holds one language: the build must be of one edition alone (src/build/deck-plugin.ts).
        if (!buildSettings().DECK_EDITION) throw new Error(`--mode ${PORTABLE_MODE} builds one edition: set DECK_EDITION (en, ru, zh)`);
        return {
          build: {
            // One stylesheet and one script: a file:// page cannot import() another file.
            cssCodeSplit: false,
            modulePreload: false,
            manifest: false,
            // Every imported asset inline; the fonts stay files for the subset plugin, and are inlined below after it.
            assetsInlineLimit: (file: string) => !/\.(woff2?|ttf|otf)$/.test(file),
            // The deck alone (the phone remote needs the live server, which a file has not).
            rolldownOptions: { input: 'index.html', output: { codeSplitting: false } },
          },
        };
      },
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          const chunks = Object.values(bundle).flatMap((f) => (f.type === 'chunk' ? [f] : []));
          // A dynamic import of a module bundled into the same chunk names the chunk itself.
          const imports = chunks.flatMap((c) => [...c.imports, ...c.dynamicImports].filter((f) => f !== c.fileName));
          if (chunks.length !== 1 || imports.length > 0)
            this.error(
              `the portable page must be one script; the build made ${chunks.map((c) => c.fileName).join(', ')} (importing ${imports.join(', ') || 'nothing'})`,
            );
          scriptEnd = chunks[0]?.code.trim().slice(-64) ?? '';
          for (const file of Object.values(bundle)) {
            if (file.type !== 'asset' || typeof file.source !== 'string') continue;
            const dataOf = (url: string): string | undefined => dataUrlIn(bundle, file.fileName, url);
            if (file.fileName.endsWith('.css')) file.source = inlineCssUrls(file.source, dataOf);
            else if (file.fileName.endsWith('.html')) file.source = inlinePageUrls(file.source, dataOf);
          }
        },
      },
    },
    // The script and the stylesheet into the page (its recommended config would inline the fonts before they are cut).
    viteSingleFile({ useRecommendedBuildConfig: false, deleteInlinedFiles: true }),
    {
      name: 'deck:portable-check',
      apply: 'build',
      enforce: 'post',
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          for (const page of Object.values(bundle)) {
            if (page.type !== 'asset' || !page.fileName.endsWith('.html') || typeof page.source !== 'string') continue;
            page.source = withoutLinkAttributes(page.source);
            const left = filesNamed(page.source);
            if (left.length > 0) this.error(`${page.fileName} still names files beside it:\n  ${left.join('\n  ')}`);
            // Read as a browser reads it, the inline script is the whole bundle: nothing in the code ended the element early.
            if (!scriptEnd.includes('<') && !inlineContent(page.source).scripts.some((s) => s.trim().endsWith(scriptEnd)))
              this.error(`${page.fileName}: the inlined script is cut short when the page is parsed`);
          }
        },
      },
    },
  ];
}
