/**
 * `npm run build:portable [-- --lang en|ru|zh] [--out FILE.html]`: one edition of the deck as ONE self-contained HTML file
 * (scripts, styles, fonts, favicon, chart data and the citation downloads inlined, Chart.js and the lazy plugins bundled
 * into the one script) that opens by double-click from a USB stick, with no server and no network,
 * presents, and prints (`?print-pdf`). Default: dist-portable/china-belarus-deck.html (-ru, -zh for the others).
 * Only this file inlines fonts as data; the served build keeps them as woff2 files. It declares the served page's
 * strict Content-Security-Policy adapted to a file (src/build/csp.ts): every inline script and style by its hash.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCommandLine, UsageError } from './lib/cli.ts';
import { declarePolicy, pagePolicy } from '../src/build/csp.ts';
import { build } from 'vite';

const DATA_TYPES: Record<string, string> = {
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

async function dataUrl(file: string): Promise<string> {
  const type = DATA_TYPES[extname(file).toLowerCase()];
  if (!type) throw new Error(`no data: URL type for ${file}`);
  return `data:${type};base64,${(await readFile(file)).toString('base64')}`;
}

/** JavaScript safe inside an inline <script>: no "</script" or "<!--" can end or confuse it. Pure. */
export function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** CSS safe inside <style>. Pure. */
export function styleSafe(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** Inlines every url(...) of a stylesheet that points at a local file. */
async function inlineCssUrls(css: string, cssFile: string): Promise<string> {
  const urls = [...new Set([...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? ''))].filter(
    (u) => u && !/^(data:|#|[a-z]+:)/i.test(u),
  );
  let out = css;
  for (const url of urls) {
    const inline = await dataUrl(join(dirname(cssFile), url.split(/[?#]/)[0] ?? url));
    out = out.split(url).join(inline);
  }
  return out;
}

/** Turns the built folder's index.html into one file; throws naming any reference left outside it. */
export async function inlinePage(outDir: string): Promise<string> {
  let html = await readFile(join(outDir, 'index.html'), 'utf8');
  const local = (href: string): string => join(outDir, posix.normalize(href.replace(/^\.\//, '')));

  // Stylesheets → <style>, with their fonts as data.
  for (const tag of [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0])) {
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    const css = await inlineCssUrls(await readFile(local(href), 'utf8'), local(href));
    html = html.replace(tag, () => `<style>${styleSafe(css)}</style>`);
  }
  // The entry script → inline module (dynamic imports were bundled into it).
  for (const tag of [...html.matchAll(/<script\b[^>]*src="([^"]+)"[^>]*><\/script>/g)].map((m) => m[0])) {
    const src = /src="([^"]+)"/.exec(tag)?.[1];
    if (!src) continue;
    const code = await readFile(local(src), 'utf8');
    if (/\bimport\s*\(\s*["']\.|from\s*["']\.\.?\//.test(code)) throw new Error(`${src} still imports another file`);
    html = html.replace(tag, () => `<script type="module">${scriptSafe(code)}</script>`);
  }
  // Preloads name files; in this page the scripts and fonts are already inline.
  html = html.replace(/\s*<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/g, '');
  // Icons and any other local href/src in the page.
  for (const m of [...html.matchAll(/<link\b[^>]*rel="icon"[^>]*href="(\.\/[^"]+)"[^>]*>/g)]) {
    const href = m[1] ?? '';
    html = html.split(`href="${href}"`).join(`href="${await dataUrl(local(href))}"`);
  }
  // Downloads beside the page (cite.bib, cite.json) → data: URLs; `download` keeps their file names.
  for (const href of new Set([...html.matchAll(/<a\b[^>]*\bhref="(\.\/[^"]+)"[^>]*\bdownload\b/g)].map((m) => m[1] ?? ''))) {
    html = html.split(`href="${href}"`).join(`href="${await dataUrl(local(href))}"`);
  }
  const leftovers = [...html.matchAll(/\b(?:src|href)="(\.{0,2}\/(?!\/)[^"#][^"]*)"/g)].map((m) => m[1]);
  if (leftovers.length > 0) throw new Error(`the page still refers to files beside it: ${leftovers.join(', ')}`);
  // The same strict policy as the served page, adapted to a file: everything it runs or styles is
  // inline now, so each block is allowed by its hash; fonts and images are data:. Last, over the final HTML.
  return declarePolicy(html, pagePolicy(html, 'file', 'the portable file'));
}

export async function buildPortable(out: string, lang = 'en'): Promise<{ file: string; bytes: number }> {
  const outDir = await mkdtemp(join(tmpdir(), 'deck-portable-'));
  // One edition alone at the root of this build: a file holds one language (src/build/deck-plugin.ts).
  const previous = process.env.DECK_EDITION;
  process.env.DECK_EDITION = lang;
  try {
    await build({
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        // One stylesheet and one script: a file:// page cannot import() another file.
        cssCodeSplit: false,
        modulePreload: false,
        // The deck alone (the phone remote needs the live server, which a file has not).
        rolldownOptions: { input: 'index.html', output: { codeSplitting: false } },
      },
    });
    const html = await inlinePage(outDir);
    await mkdir(dirname(resolve(out)), { recursive: true });
    await writeFile(out, html);
    return { file: resolve(out), bytes: Buffer.byteLength(html) };
  } finally {
    if (previous === undefined) delete process.env.DECK_EDITION;
    else process.env.DECK_EDITION = previous;
    await rm(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let out = 'dist-portable/china-belarus-deck.html';
  let lang = 'en';
  try {
    const { values } = parseCommandLine(process.argv.slice(2), { out: { type: 'string' }, lang: { type: 'string', default: 'en' } });
    lang = values.lang;
    if (!/^[a-z]{2,3}$/.test(lang)) throw new UsageError(`--lang needs an edition id such as ru or zh, not "${lang}"`);
    out = values.out ?? (lang === 'en' ? out : out.replace(/\.html$/, `-${lang}.html`));
    if (extname(out).toLowerCase() !== '.html') throw new UsageError(`--out must name an .html file, not "${out}"`);
  } catch (error) {
    console.error(`build:portable: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const { file, bytes } = await buildPortable(out, lang);
  console.log(`build:portable: wrote ${file} (${(bytes / 1024).toFixed(0)} KB), open it from file:// with no server`);
}
