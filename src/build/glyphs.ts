/**
 * Every character the deck prints must have a glyph in one of its fonts: a character no font holds
 * prints as an empty box in the PDF (headless Chromium has no system fonts to fall back on) and as
 * whatever the reader's machine has on screen. After the fonts are subset, the build reads each
 * font file's character map (harfbuzz), keeps what its @font-face `unicode-range` lets it draw, and
 * fails naming the slide and the character that nothing covers.
 */
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { transform, type FontFaceRule as CssFontFace } from 'lightningcss';

export interface FontFaceRule {
  readonly family: string;
  /** The font file's name (no folder). */
  readonly file: string;
  /** Inclusive code point ranges; empty means every character. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** Each @font-face rule of a stylesheet, as lightningcss (Vite's own CSS tool) parses it; a rule it cannot read is left out, as a browser leaves it out. */
function eachFontFace(css: string, visit: (rule: CssFontFace) => void): void {
  transform({
    filename: 'fonts.css',
    code: Buffer.from(css),
    errorRecovery: true,
    visitor: { Rule: { 'font-face': (rule) => visit(rule.value) } },
  });
}

/** The @font-face rules of a stylesheet: family, file and unicode-range. Pure. */
export function fontFaceRules(css: string): FontFaceRule[] {
  const rules: FontFaceRule[] = [];
  eachFontFace(css, (rule) => {
    let family: string | undefined;
    let url: string | undefined;
    let ranges: [number, number][] = [];
    for (const property of rule.properties) {
      if (property.type === 'font-family') family = property.value;
      else if (property.type === 'source') url ??= property.value.find((s) => s.type === 'url')?.value.url.url;
      else if (property.type === 'unicode-range') ranges = property.value.map((r): [number, number] => [r.start, r.end]);
    }
    if (family && url) rules.push({ family, file: url.replace(/^.*\//, ''), ranges });
  });
  return rules;
}

/**
 * Where lightningcss's places fall in `text`: its offset of a line (from 0) and a column (from 1, in UTF-16 units as
 * JavaScript counts). lightningcss counts a rule's line from 0 and a `url()`'s from 1: callers say which. Pure.
 */
export function offsetIn(text: string): (line: number, column: number) => number {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (line, column) => (lineStarts[line] ?? text.length) + column - 1;
}

/** The name the CJK placeholder rule (src/theme/fonts-cjk.css) gives its source: `local('Deck CJK subset')`. */
export const CJK_PLACEHOLDER = 'Deck CJK subset';

/**
 * Where the CJK placeholder's @font-face rule stands in a stylesheet, found by lightningcss's parser (the build
 * puts the cut font's rule in its place, keeping the rest of the sheet as Vite wrote it), or undefined. Pure.
 */
export function cjkPlaceholder(css: string): { readonly start: number; readonly end: number } | undefined {
  const offset = offsetIn(css);
  let spot: { start: number; end: number } | undefined;
  eachFontFace(css, (rule) => {
    const local = rule.properties.some(
      (p) => p.type === 'source' && p.value.some((s) => s.type === 'local' && s.value === CJK_PLACEHOLDER),
    );
    if (!local || spot) return;
    const start = offset(rule.loc.line, rule.loc.column);
    // A @font-face block holds declarations only: its first `}` closes it.
    spot = { start, end: css.indexOf('}', start) + 1 };
  });
  if (spot && (!css.startsWith('@font-face', spot.start) || spot.end === 0))
    throw new Error(`cjkPlaceholder: the parser placed the rule at ${spot.start}, where no @font-face block stands`);
  return spot;
}

/** The code points a font file (woff2, woff or sfnt) has glyphs for. */
export async function characterMap(font: Uint8Array): Promise<Set<number>> {
  const sfnt = await fontverter.convert(Buffer.from(font), 'sfnt');
  // harfbuzzjs frees the face and blob itself once they are unreachable.
  return new Set(new Face(new Blob(sfnt), 0).collectUnicodes());
}

/** What the fonts can draw: each file's characters within its rule's unicode-range, by family. */
export function coverage(rules: readonly FontFaceRule[], maps: ReadonlyMap<string, ReadonlySet<number>>): Map<string, Set<number>> {
  const byFamily = new Map<string, Set<number>>();
  for (const rule of rules) {
    const cmap = maps.get(rule.file);
    if (!cmap) continue;
    const covered = byFamily.get(rule.family) ?? new Set<number>();
    for (const cp of cmap) if (rule.ranges.length === 0 || rule.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)) covered.add(cp);
    byFamily.set(rule.family, covered);
  }
  return byFamily;
}

export interface SlideText {
  readonly id: string;
  readonly number: number;
  readonly text: string;
}

/** Characters that draw nothing: spaces, controls, joiners, variation selectors. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}]/u;

export interface MissingGlyph {
  readonly slide: string;
  readonly number: number;
  readonly char: string;
  readonly codePoint: string;
}

/** Each character of each slide that no font covers, once per slide. Pure. */
export function missingGlyphs(slides: readonly SlideText[], covered: ReadonlySet<number>): MissingGlyph[] {
  const out: MissingGlyph[] = [];
  for (const slide of slides) {
    const seen = new Set<string>();
    for (const char of slide.text) {
      if (seen.has(char) || INVISIBLE.test(char)) continue;
      seen.add(char);
      const cp = char.codePointAt(0) ?? 0;
      if (!covered.has(cp)) {
        out.push({ slide: slide.id, number: slide.number, char, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` });
      }
    }
  }
  return out;
}

/** Every string in a value (a resolved slide: its title, blocks, notes, footnotes, sources). Pure. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}
