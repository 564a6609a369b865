/**
 * The deck as a Markdown slide deck for a peer tool (Marp), generated from the BUILT deck so a
 * side-by-side benchmark compares the same content: every slide's title, text, sources, footnotes
 * and references, the speaker notes (as Marp's comment notes), the deck's own fonts, each chart as
 * the picture the print view draws and each map as its SVG. Not part of any export.
 * `npx tsx scripts/peer-deck.ts [--out DIR]` (default .cache/peer-deck; the deck is DIR/deck.md).
 * Then, with Marp CLI installed outside the project: `marp DIR/deck.md --pdf --allow-local-files`.
 */
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../src/model/geometry.ts';
import { buildDir, staleReason } from './lib/build-state.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { parseCommandLine } from './lib/cli.ts';
import { hostStatic } from './lib/static-host.ts';

/** One block of a slide, in reading order. */
type Block = { kind: 'text'; markdown: string } | { kind: 'chart'; png: string } | { kind: 'map'; svg: string };

interface PeerSlide {
  readonly id: string;
  readonly title: string;
  readonly heading: 1 | 2;
  readonly eyebrow: string;
  readonly blocks: Block[];
  readonly sources: string;
  readonly footnotes: string[];
  readonly notes: string[];
}

const { values } = parseCommandLine(process.argv.slice(2), { out: { type: 'string', default: join('.cache', 'peer-deck') } });
const out = resolve(values.out);
const dist = resolve(buildDir());
const stale = staleReason(process.cwd(), buildDir());
if (stale) throw new Error(`peer-deck reads the built deck, and it is stale (${stale}): run npm run build first`);

await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'pictures'), { recursive: true });
await mkdir(join(out, 'fonts'), { recursive: true });

const host = await hostStatic({ '/': dist });
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
let slides: PeerSlide[];
try {
  const page = await browser.newPage({ viewport: { width: SLIDE_WIDTH, height: SLIDE_HEIGHT }, deviceScaleFactor: 2 });
  // tsx keeps function names with a helper the page does not have.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(`${host.origin}/?print-pdf`);
  await page.waitForSelector('html[data-deck-ready="true"]', { state: 'attached', timeout: 30_000 });
  slides = await page.evaluate(() => {
    const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const markdownOf = (el: Element): string => {
      if (el.matches('ul, ol')) {
        const ordered = el.tagName === 'OL';
        return [...el.querySelectorAll(':scope > li')].map((li, i) => `${ordered ? `${i + 1}.` : '-'} ${text(li)}`).join('\n');
      }
      if (el.matches('h3, h4')) return `### ${text(el)}`;
      if (el.matches('blockquote')) return `> ${text(el)}`;
      if (el.matches('dl'))
        return [...el.querySelectorAll('dt')].map((dt) => `- **${text(dt)}** ${text(dt.nextElementSibling)}`).join('\n');
      return text(el);
    };
    const blocksOf = (root: Element): Block[] =>
      [...root.children].flatMap((el): Block[] => {
        if (el.matches('figure.chart')) {
          const canvas = el.querySelector('canvas');
          return canvas ? [{ kind: 'chart', png: canvas.toDataURL('image/png') }] : [];
        }
        if (el.matches('figure.map')) {
          const svg = el.querySelector('svg');
          return svg ? [{ kind: 'map', svg: svg.outerHTML }] : [];
        }
        if (el.matches('div, section, figure') && !el.matches('.chart-data')) return blocksOf(el);
        const markdown = markdownOf(el);
        return markdown ? [{ kind: 'text', markdown }] : [];
      });
    return [...document.querySelectorAll('.reveal .slides > .pdf-page > section')].map((slide) => {
      const h1 = slide.querySelector('.slide-head h1');
      const body = slide.querySelector('.slide-body');
      return {
        id: slide.id,
        title: text(h1 ?? slide.querySelector('.slide-head h2')),
        heading: h1 ? 1 : 2,
        eyebrow: text(slide.querySelector('.eyebrow')),
        blocks: body ? blocksOf(body) : [],
        sources: text(slide.querySelector('.slide-sources')),
        footnotes: [...slide.querySelectorAll('.slide-footnotes li')].map((li) => text(li)),
        notes: [...slide.querySelectorAll('aside.notes > p:not([data-cue])')].map((p) => text(p)),
      };
    });
  });
} finally {
  await browser.close();
  await host.close();
}

// The deck's own (subset) fonts, declared under the names its CSS uses.
const fonts = (await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.woff2'));
const faces: string[] = [];
for (const file of fonts) {
  await copyFile(join(dist, 'assets', file), join(out, 'fonts', file));
  const family = file.startsWith('source-serif-4') ? 'Source Serif 4' : 'Source Sans 3';
  const weight = /-(\d00)-/.exec(file)?.[1] ?? '400';
  const style = file.includes('-italic') ? 'italic' : 'normal';
  faces.push(
    `  @font-face { font-family: '${family}'; font-weight: ${weight}; font-style: ${style}; src: url('fonts/${file}') format('woff2'); }`,
  );
}

const esc = (s: string): string => s.replace(/([\\`*_[\]<>])/g, '\\$1');
const pages: string[] = [];
let pictures = 0;
for (const slide of slides) {
  const lines: string[] = [];
  if (slide.eyebrow) lines.push(`<small>${esc(slide.eyebrow)}</small>`, '');
  lines.push(`${slide.heading === 1 ? '#' : '##'} ${esc(slide.title)}`, '');
  for (const block of slide.blocks) {
    if (block.kind === 'text') lines.push(block.markdown, '');
    else if (block.kind === 'chart') {
      const name = `pictures/${slide.id}-${++pictures}.png`;
      await writeFile(join(out, name), Buffer.from(block.png.replace(/^data:image\/png;base64,/, ''), 'base64'));
      lines.push(`![Chart](${name})`, '');
    } else {
      const name = `pictures/${slide.id}-${++pictures}.svg`;
      await writeFile(
        join(out, name),
        block.svg.includes('xmlns=') ? block.svg : block.svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"'),
      );
      lines.push(`![Map](${name})`, '');
    }
  }
  if (slide.sources) lines.push(`<small>${esc(slide.sources)}</small>`, '');
  if (slide.footnotes.length > 0) lines.push(...slide.footnotes.map((f, i) => `<small>${i + 1}. ${esc(f)}</small>`), '');
  if (slide.notes.length > 0) lines.push(`<!--\n${slide.notes.join('\n\n').replace(/--/g, '–')}\n-->`);
  pages.push(lines.join('\n').trim());
}

const front = [
  '---',
  'marp: true',
  'size: 16:9',
  'paginate: true',
  'style: |',
  ...faces,
  "  section { font-family: 'Source Sans 3', sans-serif; font-size: 24px; }",
  "  h1, h2, h3 { font-family: 'Source Serif 4', serif; font-weight: 600; }",
  '  small { font-size: 14px; display: block; }',
  '  img { max-height: 360px; }',
  '---',
];
await writeFile(join(out, 'deck.md'), `${front.join('\n')}\n\n${pages.join('\n\n---\n\n')}\n`);
console.log(`peer-deck: ${out}/deck.md, ${slides.length} slides, ${pictures} pictures, ${fonts.length} fonts`);
