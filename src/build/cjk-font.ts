/**
 * One CJK font file for an edition of the deck, cut at build time to exactly the characters that
 * edition prints and its Latin fonts lack.
 *
 * The source is Noto Sans SC as @fontsource ships it: about a hundred slices per weight, each a
 * separate font for one unicode-range. Listing the slices in CSS (as before) made a page that prints
 * a dozen CJK characters fetch a dozen files, one per slice it touched, all at once. Here the
 * glyphs of the wanted characters are taken from whichever slices hold them and merged into ONE
 * TrueType font (the slices are cuts of the same font: same units per em, same metrics), written
 * as one woff2 with one @font-face rule. The same function serves an edition with a full Chinese
 * text: give it every character that edition prints (about 14 KB of woff2 per hundred ideographs:
 * 3,000 distinct characters, more than a talk uses, come to about 420 KB, within the 600 KB budget
 * that tests/unit/cjk-font.test.ts holds it to).
 *
 * Hinting is dropped (the slices carry none worth keeping for CJK) and composite glyphs are made
 * simple, so a glyph never points at a component from another slice.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontverter from 'fontverter';
import { Font, type FontEditor } from 'fonteditor-core';
import { fontFaceRules } from './glyphs.ts';

export const CJK_FAMILY = 'Noto Sans SC';

export interface CjkFontOptions {
  /** The weight to cut (an @fontsource/noto-sans-sc weight: 100…900). */
  readonly weight?: number;
  /** CSS size-adjust: 85 % where ideographs sit in Latin text, 100 % for a page written in Chinese. */
  readonly sizeAdjust?: string;
  /**
   * Keep the space characters asked for (default: skipped, a page's spaces come from its Latin font).
   * A font given to a desktop reader needs them: LibreOffice sets a space between ideographs in the
   * East Asian face, and without a glyph there takes a fallback font for it.
   */
  readonly spaces?: boolean;
}

export interface CjkFont {
  /** The font, woff2. Empty when none of the characters is in the font. */
  readonly woff2: Uint8Array;
  /** The code points the font has glyphs for, ascending. */
  readonly codePoints: readonly number[];
  /** Code points asked for that Noto Sans SC does not have (the glyph check names the slide). */
  readonly missing: readonly number[];
}

const require = createRequire(import.meta.url);
const packageDir = (): string => dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

/** Characters that draw nothing: spaces, controls, joiners, variation selectors. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}]/u;

/** The distinct visible code points of some characters, ascending. Pure. */
export function visibleCodePoints(chars: Iterable<string>): number[] {
  const out = new Set<number>();
  for (const text of chars)
    for (const c of text) {
      if (!INVISIBLE.test(c)) out.add(c.codePointAt(0) ?? 0);
    }
  return [...out].sort((a, b) => a - b);
}

/** `U+4E2D,U+65E5-65E6`: a unicode-range for code points (ranges joined). Pure. */
export function unicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const hex = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    const lo = sorted[i] ?? 0;
    let hi = lo;
    while (sorted[i + 1] === hi + 1) hi = sorted[++i] ?? hi;
    i++;
    parts.push(hi === lo ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`);
  }
  return parts.join(',');
}

/** The @font-face rule for the cut font at `url`. Pure. */
export function cjkFontFace(url: string, font: Pick<CjkFont, 'codePoints'>, options: CjkFontOptions = {}): string {
  return (
    `@font-face{font-family:'${CJK_FAMILY}';font-style:normal;font-weight:${options.weight ?? 400};font-display:swap;` +
    // Ideographs are a full em wide: at 85 % they sit with Source Sans 3's Latin as in a bilingual text.
    `size-adjust:${options.sizeAdjust ?? '85%'};src:url(${url}) format('woff2');unicode-range:${unicodeRange(font.codePoints)}}`
  );
}

/** The @fontsource slices of a weight: file and unicode-range, in the package's order. */
async function slices(weight: number): Promise<{ file: string; ranges: readonly (readonly [number, number])[] }[]> {
  const css = await readFile(join(packageDir(), `${weight}.css`), 'utf8');
  return fontFaceRules(css).filter((r) => r.file.endsWith('.woff2'));
}

/**
 * Noto Sans SC cut to `chars` (those it has; spaces and controls are skipped), as one woff2.
 * Which characters to ask for is the caller's choice: for the deck, every character the built
 * edition prints that its Latin fonts do not cover (src/build/subset-fonts.ts).
 */
export async function cjkFont(chars: Iterable<string>, options: CjkFontOptions = {}): Promise<CjkFont> {
  const weight = options.weight ?? 400;
  const wanted = options.spaces
    ? [
        ...new Set([
          ...visibleCodePoints(chars),
          ...Array.from(chars).flatMap((t) => Array.from(t.matchAll(/\s/gu), (m) => m[0].codePointAt(0) ?? 0)),
        ]),
      ].sort((a, b) => a - b)
    : visibleCodePoints(chars);
  const bySlice = new Map<string, number[]>();
  const missing: number[] = [];
  const all = await slices(weight);
  for (const cp of wanted) {
    const slice = all.find((s) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
    if (!slice) missing.push(cp);
    else bySlice.set(slice.file, [...(bySlice.get(slice.file) ?? []), cp]);
  }
  let merged: FontEditor.Font | null = null;
  for (const [file, codePoints] of bySlice) {
    const sfnt = await fontverter.convert(await readFile(join(packageDir(), 'files', file)), 'truetype');
    const part = Font.create(sfnt, { type: 'ttf', subset: codePoints, hinting: false, compound2simple: true });
    if (merged) merged.merge(part, { scale: 1 });
    else merged = part;
  }
  if (!merged) return { woff2: new Uint8Array(), codePoints: [], missing };
  // The typings promise every glyph a unicode list; .notdef has none.
  const glyphs: readonly { readonly unicode?: readonly number[] }[] = merged.get().glyf;
  const have = new Set(glyphs.flatMap((g) => g.unicode ?? []));
  const codePoints = wanted.filter((cp) => have.has(cp));
  missing.push(...wanted.filter((cp) => !have.has(cp) && !missing.includes(cp)));
  const ttf = merged.write({ type: 'ttf', toBuffer: true, hinting: false });
  const woff2 = new Uint8Array(await fontverter.convert(ttf, 'woff2'));
  return { woff2, codePoints, missing: missing.sort((a, b) => a - b) };
}
