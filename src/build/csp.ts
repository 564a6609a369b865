/**
 * The deck's Content-Security-Policy: one definition, from which each built page's own
 * declaration (`<meta http-equiv>`), the live server's header and the portable file's policy are
 * made. Nothing is allowed inline by category: no 'unsafe-inline', no 'unsafe-eval', no
 * 'unsafe-hashes'. The inline scripts and `<style>` blocks a page keeps (the boot script, the
 * Chinese page's font faces, the portable file's whole bundle) are allowed one by one by the
 * sha256 of their text, read from the page's final HTML. Pure; build time only.
 */
import { createHash } from 'node:crypto';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { parsePage } from './parse-page.ts';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../model/geometry.ts';

/** The CSP source expression for an inline block's exact text. */
export const sourceHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What a page runs and styles inline: what its policy must allow, and what no policy of ours allows. */
export interface InlineContent {
  /** The text of each inline script the browser runs (classic or module; not JSON data blocks). */
  readonly scripts: readonly string[];
  /** The text of each `<style>` element (HTML or SVG). */
  readonly styles: readonly string[];
  /** Style attributes, event-handler attributes and `javascript:` URLs: blocked under the policy, so a build error. */
  readonly blocked: readonly string[];
}

/** Script types the browser runs; anything else (`application/json`, `application/ld+json`) is a data block. */
const RUNNABLE = /^(?:|module|text\/javascript|application\/javascript|text\/ecmascript)$/i;

const textOf = (node: T.ParentNode): string =>
  node.childNodes.map((child) => (child.nodeName === '#text' ? (child as T.TextNode).value : '')).join('');

const describe = (el: T.Element): string => {
  const id = el.attrs.find((a) => a.name === 'id')?.value;
  const cls = el.attrs.find((a) => a.name === 'class')?.value.split(/\s+/)[0];
  return `<${el.tagName}${id ? `#${id}` : cls ? `.${cls}` : ''}>`;
};

/**
 * Every inline script and style of an HTML page, read by an HTML parser (the text a browser hashes is
 * the element's text after parsing), including what waits in `<template>`s for the app to insert.
 */
export function inlineContent(html: string): InlineContent {
  const scripts: string[] = [];
  const styles: string[] = [];
  const blocked: string[] = [];
  const visit = (node: T.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const el = child;
      for (const attr of el.attrs) {
        if (attr.name === 'style') blocked.push(`${describe(el)} style="${attr.value}"`);
        else if (/^on/i.test(attr.name)) blocked.push(`${describe(el)} ${attr.name}="${attr.value}"`);
        else if (/^(?:href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value))
          blocked.push(`${describe(el)} ${attr.name}="${attr.value}"`);
      }
      if (el.tagName === 'script' && !el.attrs.some((a) => a.name === 'src')) {
        const type = el.attrs.find((a) => a.name === 'type')?.value.trim() ?? '';
        if (RUNNABLE.test(type)) scripts.push(textOf(el));
      } else if (el.tagName === 'style') {
        styles.push(textOf(el));
      }
      if (el.tagName === 'template' && 'content' in el) visit(el.content);
      visit(el);
    }
  };
  visit(parsePage(html));
  return { scripts, styles, blocked };
}

/**
 * The `<style>` elements reveal.js inserts in its print view (`?print-pdf`): the page size and the
 * media's largest box, from the slide size (the print view keeps 1280×720 and margin 0, see
 * src/app/print.ts). Their text is reveal.js's own; tests/e2e/csp.spec.ts prints under the policy
 * and fails if a reveal.js update changes it.
 */
export const revealPrintStyles = (width = SLIDE_WIDTH, height = SLIDE_HEIGHT): string[] => [
  `@page{size:${width}px ${height}px; margin: 0px;}`,
  `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${width}px; max-height:${height}px}`,
];

/**
 * Where the policy is delivered. `page`: a served page's `<meta>` (frame-ancestors is ignored there,
 * so left out); `header`: the live server's header (adds frame-ancestors: only the deck may frame
 * itself, as the speaker view's previews do); `file`: the portable single file opened from disk
 * (everything inline or data:, nothing from any server).
 */
export type PolicyUse = 'page' | 'header' | 'file';

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

/** The policy for pages whose inline scripts and styles are these. Pure. */
export function contentSecurityPolicy(inline: Pick<InlineContent, 'scripts' | 'styles'>, use: PolicyUse = 'page'): string {
  const scripts = unique(inline.scripts.map(sourceHash));
  // The print view's reveal.js styles are allowed wherever the page can be printed.
  const styles = unique([...inline.styles, ...revealPrintStyles()].map(sourceHash));
  const file = use === 'file';
  // A file:// page loads nothing from beside it: no 'self' for scripts, styles, fonts, images, connections.
  const self = file ? [] : ["'self'"];
  const list = (sources: readonly string[]): string => (sources.length > 0 ? sources.join(' ') : "'none'");
  return [
    `default-src ${file ? "'none'" : "'self'"}`,
    `script-src ${list([...self, ...scripts])}`,
    `style-src ${list([...self, ...styles])}`,
    `img-src ${[...self, 'data:', 'blob:'].join(' ')}`,
    `font-src ${file ? 'data:' : "'self'"}`,
    `connect-src ${list(self)}`,
    // The speaker view's previews are the deck itself, in frames (Chromium matches a file's own file: URL as 'self').
    "frame-src 'self'",
    ...(use === 'header' ? ["frame-ancestors 'self'"] : []),
    `base-uri ${list(self)}`,
    `form-action ${list(self)}`,
    "object-src 'none'",
  ].join('; ');
}

/** The policy for a page's inline content; throws naming anything inline that no policy of ours allows. */
export function policyFor(inline: InlineContent, use: Exclude<PolicyUse, 'header'>, page = 'the page'): string {
  if (inline.blocked.length > 0)
    throw new Error(
      `${page} has inline code the Content-Security-Policy blocks (use a class, a CSS custom property set from script, or an event listener):\n  ${inline.blocked.join('\n  ')}`,
    );
  return contentSecurityPolicy(inline, use);
}

/** The policy of one page, from its final HTML (see policyFor). */
export const pagePolicy = (html: string, use: Exclude<PolicyUse, 'header'>, page = 'the page'): string =>
  policyFor(inlineContent(html), use, page);

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const isPolicyMeta = (el: T.Element): boolean =>
  el.tagName === 'meta' && el.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy');

/**
 * The page with its policy declared at the top of its head: right after `<meta charset>` (which
 * must stay within the first 1024 bytes), before anything that loads or runs. An earlier
 * declaration is replaced. The rest of the page is kept byte for byte. Pure.
 */
export function declarePolicy(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
  const head = parsePage(html)
    .childNodes.find((n): n is T.Element => 'tagName' in n && n.tagName === 'html')
    ?.childNodes.find((n): n is T.Element => 'tagName' in n && n.tagName === 'head');
  const start = head?.sourceCodeLocation?.startTag;
  if (!head || !start) throw new Error('declarePolicy: the page has no <head> tag');
  const elements = head.childNodes.filter((n): n is T.Element => 'tagName' in n);
  const existing = elements.find(isPolicyMeta)?.sourceCodeLocation;
  if (existing) return `${html.slice(0, existing.startOffset)}${tag}${html.slice(existing.endOffset)}`;
  const charset = elements.find((el) => el.tagName === 'meta' && el.attrs.some((a) => a.name === 'charset'));
  const first = elements[0];
  if (charset && charset !== first) throw new Error('declarePolicy: <meta charset> is not the first element of <head>');
  const at = charset?.sourceCodeLocation ?? start;
  // On a line of its own, indented as the charset declaration is.
  const indent = ' '.repeat(Math.max(0, (charset?.sourceCodeLocation?.startCol ?? 1) - 1));
  return `${html.slice(0, at.endOffset)}\n${indent}${tag}${html.slice(at.endOffset)}`;
}

/** The policy a page declares in its `<meta>`, or undefined. */
export function declaredPolicy(html: string): string | undefined {
  let found: string | undefined;
  const visit = (node: T.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child) || found !== undefined) continue;
      if (isPolicyMeta(child)) found = child.attrs.find((a) => a.name === 'content')?.value;
      else visit(child);
    }
  };
  visit(parsePage(html));
  return found;
}

/** Where the build writes the header's policy, beside index.html (read by the live server). */
export const CSP_FILE = 'content-security-policy.txt';
