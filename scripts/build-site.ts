/**
 * `npm run build:site`: the deployable site. The plain build (which needs no browser), then the
 * steps that need Chromium: the downloadable PDF (the PDF exporter, in this process) and the social
 * card image of the title slide (scripts/og-image.ts), and finally the page metadata that names
 * both, and the PDF's place in the deck bar. One Chromium serves both, started at once so it is up
 * when the build ends; the PDF and the card are drawn side by side in two tabs.
 * `npx tsx scripts/build-site.ts [--no-pdf]`; the folder is $DECK_OUT_DIR or dist.
 */
import { readRecord } from '../src/build/build-record.ts';
import { declaredPolicy, pagePolicy } from '../src/build/csp.ts';
import { appendToHead, metaContent, withMetaContent } from '../src/build/page-head.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BAR_EXTRA_MARKER } from '../src/render/chrome.ts';
import { buildDir } from './lib/build-state.ts';
import { launchChromium } from './lib/cdp.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { exportPdf } from './lib/pdf-export.ts';
import { DEFAULT_TIMEOUT_MS } from './lib/pdf-options.ts';
import { OG_SIZE, renderOgImage } from './og-image.ts';

/** Where build:site puts its metadata in index.html (before </head> when the marker is missing). */
export const SITE_META_MARKER = '<!-- deck:site-meta -->';

const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The tags build:site adds: the card image (relative URL) and, when built, the PDF. Pure. */
export function siteMeta(options: { readonly imageAlt: string; readonly image: boolean; readonly pdf: boolean }): string {
  const tags: string[] = [];
  if (options.image) {
    tags.push(
      `<meta property="og:image" content="./og-image.png" />`,
      `<meta property="og:image:type" content="image/png" />`,
      `<meta property="og:image:width" content="${OG_SIZE.width}" />`,
      `<meta property="og:image:height" content="${OG_SIZE.height}" />`,
      `<meta property="og:image:alt" content="${attr(options.imageAlt)}" />`,
      `<meta name="twitter:image" content="./og-image.png" />`,
      `<meta name="twitter:image:alt" content="${attr(options.imageAlt)}" />`,
    );
  }
  if (options.pdf) tags.push(`<link rel="alternate" type="application/pdf" href="./deck.pdf" title="Download the slides as PDF" />`);
  return tags.join('\n    ');
}

/** The deck bar's PDF download (in the page as built: nothing appears or shifts when the scripts run). */
export const PDF_TOOL = `<a class="deck-tool" data-tool="pdf" href="./deck.pdf" download title="Download the slides as PDF">PDF</a>`;

/** Puts the tags into the page, and the PDF into the deck bar when there is one; with an image, the Twitter card becomes the large-image one. Pure. */
export function injectSiteMeta(html: string, tags: string, largeCard: boolean, pdf = false): string {
  // The markers are the template's own comments (index.html, src/render/chrome.ts), each written once.
  let out = html.includes(SITE_META_MARKER) ? html.replace(SITE_META_MARKER, () => tags) : appendToHead(html, tags);
  if (pdf) out = out.replace(BAR_EXTRA_MARKER, () => PDF_TOOL);
  return largeCard ? withMetaContent(out, 'name', 'twitter:card', 'summary_large_image') : out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'no-pdf': { type: 'boolean', default: false } } });
  const outDir = buildDir();
  const dist = resolve(outDir);
  const browser = launchChromium(findChromium(), CHROMIUM_ARGS);
  try {
    // Vite loads while Chromium starts, not before it (a static import would run first).
    const { build } = await import('vite');
    await build({ build: { outDir: dist, emptyOutDir: true } });
    const pdf = !values['no-pdf'];
    await Promise.all([
      pdf
        ? exportPdf({
            root: process.cwd(),
            outDir: relative(process.cwd(), dist) || '.',
            out: join(dist, 'deck.pdf'),
            notes: false,
            fragments: false,
            timeoutMs: DEFAULT_TIMEOUT_MS,
            browser,
            log: (line) => console.log(`build:site pdf ${line}`),
          })
        : null,
      renderOgImage(dist, join(dist, 'og-image.png'), browser),
    ]);
    // The other editions, each in its folder: its own PDF and card, one after the other on the one browser.
    const record = readRecord(process.cwd(), relative(process.cwd(), dist) || '.');
    const editions = Object.values(record?.editions ?? {}).filter((e) => e.dir !== '');
    for (const edition of editions) {
      if (pdf)
        await exportPdf({
          root: process.cwd(),
          outDir: relative(process.cwd(), dist) || '.',
          out: join(dist, edition.dir, 'deck.pdf'),
          notes: false,
          fragments: false,
          timeoutMs: DEFAULT_TIMEOUT_MS,
          lang: edition.edition,
          browser,
          log: (line) => console.log(`build:site pdf ${edition.edition} ${line}`),
        });
      await renderOgImage(dist, join(dist, edition.dir, 'og-image.png'), browser, edition.dir);
    }
    for (const dir of ['', ...editions.map((e) => e.dir)]) {
      const page = join(dist, dir, 'index.html');
      const html = await readFile(page, 'utf8');
      // The card's description in the page's words is the slide's title: the same in every language.
      const alt = metaContent(html, 'property', 'og:title') ?? '';
      const out = injectSiteMeta(html, siteMeta({ imageAlt: alt, image: true, pdf }), true, pdf);
      // Tags and a link only: the page's declared policy (hashes of its inline blocks) must still be its policy.
      if (declaredPolicy(out) !== pagePolicy(out, 'page', page))
        throw new Error(`${page}: adding the site's tags changed what its Content-Security-Policy must allow`);
      await writeFile(page, out);
    }
    console.log(
      `build:site: ${dist} with og-image.png${pdf ? ' and deck.pdf' : ''}, and ${editions.map((e) => e.dir).join(', ')} with theirs`,
    );
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`build:site: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
