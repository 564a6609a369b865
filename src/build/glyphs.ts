/**
 * Every character the deck prints must have a glyph in one of its fonts: a character no font holds
 * prints as an empty box in the PDF (headless Chromium has no system fonts to fall back on) and as
 * whatever the reader's machine has on screen. After the fonts are subset, the build reads each
 * font file's character map (harfbuzz), keeps what its @font-face `unicode-range` lets it draw, and
 * fails naming the slide and the character that nothing covers.
 */
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { transform } from 'lightningcss';

export interface FontFaceRule {
  readonly family: string;
  /** The font file's name (no folder). */
  readonly file: string;
  /** Inclusive code point ranges; empty means every character. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** The @font-face rules of a stylesheet (read by lightningcss, Vite's own CSS tool): family, file and unicode-range. Pure. */
export function fontFaceRules(css: string): FontFaceRule[] {
  const rules: FontFaceRule[] = [];
  transform({
    filename: 'fonts.css',
    code: Buffer.from(css),
    // A rule the parser cannot read is left out, as a browser leaves it out.
    errorRecovery: true,
    visitor: {
      Rule: {
        'font-face'(rule) {
          let family: string | undefined;
          let url: string | undefined;
          let ranges: [number, number][] = [];
          for (const property of rule.value.properties) {
            if (property.type === 'font-family') family = property.value;
            else if (property.type === 'source') url ??= property.value.find((s) => s.type === 'url')?.value.url.url;
            else if (property.type === 'unicode-range') ranges = property.value.map((r): [number, number] => [r.start, r.end]);
          }
          if (family && url) rules.push({ family, file: url.replace(/^.*\//, ''), ranges });
        },
      },
    },
  });
  return rules;
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
