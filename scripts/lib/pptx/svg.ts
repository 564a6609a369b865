/**
 * Inline SVG (maps, diagrams) as PowerPoint pictures: the SVG itself, which PowerPoint 2016 and
 * later draw and let the user ungroup into shapes, with a PNG fallback for readers that cannot
 * draw SVG, and the alt text. pptxgenjs writes the SVG and reserves the PNG, but in Node it can
 * only put a "broken image" placeholder there (it rasterises with a browser canvas), so the PNG
 * is rendered by the system Chromium (scripts/lib/chromium.ts) and swapped in by package.ts.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Browser } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';

/** Draws an SVG to a PNG of the given size in px (the picture is drawn at `scale` times that). */
export interface SvgRenderer {
  png(svg: string, width: number, height: number): Promise<Buffer>;
  close(): Promise<void>;
}

export const svgDataUri = (svg: string): string => `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;

/** PNG fallbacks waiting to replace pptxgenjs's placeholders, by picture name. */
export type SvgFallbacks = Map<string, Buffer>;

export interface SvgPlacement {
  /** Inches, as pptxgenjs takes them. */
  readonly box: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  readonly alt: string;
  /** The picture's name: unique in the presentation (package.ts finds the PNG by it). */
  readonly name: string;
}

/**
 * Places an SVG on a slide as a picture with its alt text, and records its PNG fallback
 * (already rendered) under the picture's name for package.ts.
 */
export function placeSvg(slide: PptxGenJS.Slide, svg: string, placement: SvgPlacement, png: Buffer, fallbacks: SvgFallbacks): void {
  if (!/<svg[\s>]/i.test(svg)) throw new Error(`picture "${placement.name}": not an SVG document`);
  if (fallbacks.has(placement.name)) throw new Error(`picture "${placement.name}": the name is already used`);
  slide.addImage({ data: svgDataUri(svg), ...placement.box, altText: placement.alt, objectName: placement.name });
  fallbacks.set(placement.name, png);
}

/** The SVG with a width and height, so a browser draws it at the size asked for. */
export function sizedSvg(svg: string, width: number, height: number): string {
  // A regex over the root start tag only, as the maps and QR renderers write it (attribute values escaped, so no `>`
  // inside): parsing and writing the whole picture again to change two attributes would not be surer.
  return svg.replace(/<svg\b([^>]*)>/i, (_all, attrs: string) => {
    const kept = attrs.replace(/\s(width|height)="[^"]*"/gi, '');
    return `<svg${kept} width="${width}" height="${height}">`;
  });
}

const require = createRequire(import.meta.url);
/** The maps' face (Source Sans 3) in the weights and styles they use. */
const FACE_FILES = ['400', '400-italic', '600', '700'];
/** Only the subsets a map can need (Latin with its accents, Cyrillic). */
const SUBSETS = /-(latin|latin-ext|cyrillic)-\d+-(normal|italic)\.woff2$/;
let fontFaces: Promise<string> | undefined;

/** @font-face rules for the maps' font, as fontsource writes them, with the files inlined. */
export function deckFontFaces(): Promise<string> {
  fontFaces ??= (async () => {
    const dir = dirname(require.resolve('@fontsource/source-sans-3/package.json'));
    const rules: string[] = [];
    for (const name of FACE_FILES) {
      const css = await readFile(join(dir, `${name}.css`), 'utf8');
      // @fontsource's own stylesheets, as the pinned package writes them (one src url per rule). Regexes, because
      // a CSS parser would write the rules back for its own browsers; these are copied as they are but for src.
      for (const rule of css.split('@font-face').slice(1)) {
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1];
        if (!file || !SUBSETS.test(file)) continue;
        const data = (await readFile(join(dir, 'files', file))).toString('base64');
        const body = rule
          .slice(0, rule.lastIndexOf('}') + 1)
          .replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`);
        rules.push(`@font-face${body}`);
      }
    }
    if (rules.length === 0) throw new Error('no Source Sans 3 font files found for the maps');
    return rules.join('\n');
  })();
  return fontFaces;
}

const cjkFaces = new Map<string, Promise<string>>();

/**
 * @font-face rules for Noto Sans SC (the maps' face for Han characters, as on the Chinese edition's
 * pages) cut to the characters the SVG writes that Source Sans 3 lacks, regular and bold (the
 * labels' 600 takes the bold), at full size as the labels were measured. Empty when there are none.
 */
export function cjkFontFaces(svg: string): Promise<string> {
  // The picture's text as the XML parser reads it (its references decoded); the SVG is also the slide's picture, so well-formed.
  const text = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement?.textContent ?? '';
  const chars = [...new Set(Array.from(text).filter((c) => (c.codePointAt(0) ?? 0) >= 0x2e80))].sort().join('');
  let rules = cjkFaces.get(chars);
  if (!rules) {
    rules = (async () => {
      if (chars === '') return '';
      // Loaded on first need: only a picture with Chinese pays for the cutter.
      const { cjkFont, cjkFontFace } = await import('../../../src/build/cjk-font.ts');
      const faces = await Promise.all(
        ([400, 700] as const).map(async (weight) => {
          const font = await cjkFont([chars], { weight });
          if (font.codePoints.length === 0) return '';
          const url = `data:font/woff2;base64,${Buffer.from(font.woff2).toString('base64')}`;
          // The 700 cut also draws 600 and up; the 400 cut the lighter weights.
          return cjkFontFace(url, font, { weight, sizeAdjust: '100%' }).replace(
            `font-weight:${weight}`,
            `font-weight:${weight === 400 ? '100 500' : '600 900'}`,
          );
        }),
      );
      return faces.join('\n');
    })();
    cjkFaces.set(chars, rules);
  }
  return rules;
}

/**
 * The page a PNG fallback is drawn from: the SVG alone on a transparent background, with the
 * deck's fonts. Every renderer draws from this page: without the fonts Chromium draws the labels in
 * its fallback face (DejaVu Sans here), wider than the Source Sans 3 they were placed for, so they
 * overflow their places in the picture, and the PNG is what LibreOffice shows. Han characters
 * (the Chinese edition's labels) are drawn in Noto Sans SC, cut to the picture's characters.
 */
export async function svgPage(svg: string, width: number, height: number): Promise<string> {
  return `<!doctype html><style>${await deckFontFaces()}${await cjkFontFaces(svg)}html,body{margin:0;background:transparent}svg{display:block}</style>${sizedSvg(svg, width, height)}`;
}

/** Runs in the page: resolves once every font the SVG's text uses has loaded (or failed). */
export const fontsLoaded = async (): Promise<void> => {
  // Layout first: a face starts loading only once text that uses it is laid out.
  document.body.getBoundingClientRect();
  await document.fonts.ready;
};

/** Renders with headless Chromium, launched on first use and reused until `close`. */
export function chromiumSvgRenderer(scale = 2): SvgRenderer {
  let browser: Promise<Browser> | undefined;
  const launch = async (): Promise<Browser> => {
    const { chromium } = await import('@playwright/test');
    return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  };
  return {
    async png(svg, width, height) {
      browser ??= launch();
      const page = await (
        await browser
      ).newPage({ viewport: { width: Math.ceil(width), height: Math.ceil(height) }, deviceScaleFactor: scale });
      try {
        await page.setContent(await svgPage(svg, width, height));
        await page.evaluate(fontsLoaded);
        return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
      } finally {
        await page.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = undefined;
    },
  };
}
