/**
 * `npm run build:portable [-- --lang en|ru|zh] [--out FILE.html]`: one edition of the deck as ONE self-contained HTML file
 * (scripts, styles, fonts, favicon, chart data and the citation downloads inlined, Chart.js and the lazy plugins bundled
 * into the one script) that opens by double-click from a USB stick, with no server and no network,
 * presents, and prints (`?print-pdf`). Default: dist-portable/china-belarus-deck.html (-ru, -zh for the others).
 * Only this file inlines fonts as data; the served build keeps them as woff2 files. It declares the served page's
 * strict Content-Security-Policy adapted to a file (src/build/csp.ts): every inline script and style by its hash.
 * The build's portable mode does the work (vite-plugin-singlefile and src/build/portable-plugin.ts); this script
 * builds one edition in it and writes the page where it is asked.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCommandLine, UsageError } from './lib/cli.ts';
import { withBuildSetting } from '../src/build/build-record.ts';
import { PORTABLE_MODE } from '../src/build/portable-plugin.ts';
import { build } from 'vite';

export async function buildPortable(out: string, lang = 'en'): Promise<{ file: string; bytes: number }> {
  const outDir = await mkdtemp(join(tmpdir(), 'deck-portable-'));
  try {
    // One edition alone at the root of this build (a file holds one language); the portable mode's plugins
    // inline everything and declare the file's policy (src/build/portable-plugin.ts).
    await withBuildSetting('DECK_EDITION', lang, () =>
      build({ mode: PORTABLE_MODE, logLevel: 'warn', build: { outDir, emptyOutDir: true } }),
    );
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    await mkdir(dirname(resolve(out)), { recursive: true });
    await writeFile(out, html);
    return { file: resolve(out), bytes: Buffer.byteLength(html) };
  } finally {
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
