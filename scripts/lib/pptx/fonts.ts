/**
 * Text measurement with the deck's own fonts, read from the @fontsource packages the slides use
 * (WOFF 1.0 files: zlib-compressed TrueType tables). Only what line breaking needs is read:
 * units per em, advance widths and the character map. Kerning is ignored, which can only make a
 * measured line a little longer than the drawn one (so text measured to fit does fit).
 *
 * `toSfnt` turns a WOFF file back into a plain TrueType font, so LibreOffice can be given the
 * deck's fonts when the tests render the exported file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

export type FontFamily = 'sans' | 'serif';

export interface FontFace {
  readonly family: FontFamily;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** The names written into the PowerPoint file (the deck's CSS names them the same way). */
export const FONT_NAMES: Record<FontFamily, string> = { sans: 'Source Sans 3', serif: 'Source Serif 4' };

/**
 * The East Asian face written into the PowerPoint file: the deck's CSS sets Chinese in Noto Sans SC
 * (src/build/cjk-font.ts, CJK_FAMILY) under both the serif and the sans, and so does the file.
 */
export const CJK_FONT_NAME = 'Noto Sans SC';

const PACKAGES: Record<FontFamily, string> = { sans: 'source-sans-3', serif: 'source-serif-4' };

/**
 * Unicode subsets looked up in order. Bold is the 700 weight: PowerPoint's bold picks the
 * family's Bold face, so that is what gets drawn (the slides' 600 has no PowerPoint switch).
 */
export const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;

const require = createRequire(import.meta.url);

/** The folder of a @fontsource package's font files. */
export function fontFilesDir(family: FontFamily): string {
  return join(dirname(require.resolve(`@fontsource/${PACKAGES[family]}/package.json`)), 'files');
}

export function fontFile(face: FontFace, subset: (typeof SUBSETS)[number] = 'latin'): string {
  return join(
    fontFilesDir(face.family),
    `${PACKAGES[face.family]}-${subset}-${face.bold ? 700 : 400}-${face.italic ? 'italic' : 'normal'}.woff`,
  );
}

/** The tables of a WOFF 1.0 file, decompressed. */
export function readWoffTables(woff: Buffer): { flavor: number; tables: Map<string, Buffer> } {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = woff.toString('latin1', at, at + 4);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.set(tag, compLength < origLength ? inflateSync(raw) : Buffer.from(raw));
  }
  return { flavor, tables };
}

/** A plain sfnt (TrueType/OpenType) file from a WOFF 1.0 file. */
export function toSfnt(woff: Buffer): Buffer {
  const { flavor, tables } = readWoffTables(woff);
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(count * 16 - searchRange, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) ?? Buffer.alloc(0);
    const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
    data.copy(padded);
    let sum = 0;
    for (let j = 0; j < padded.length; j += 4) sum = (sum + padded.readUInt32BE(j)) >>> 0;
    const at = 12 + i * 16;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(sum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}

/** Code point → glyph id, from a cmap format 4 or 12 subtable (Unicode). */
function readCmap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  let best = -1;
  let bestFormat = 0;
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const offset = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && bestFormat !== 12))) {
      best = offset;
      bestFormat = format;
    }
  }
  if (best < 0) throw new Error('font has no Unicode character map');
  if (bestFormat === 12) {
    const groups = cmap.readUInt32BE(best + 12);
    for (let g = 0; g < groups; g++) {
      const at = best + 16 + g * 12;
      const start = cmap.readUInt32BE(at);
      const end = cmap.readUInt32BE(at + 4);
      const glyph = cmap.readUInt32BE(at + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + (c - start));
    }
    return map;
  }
  const segX2 = cmap.readUInt16BE(best + 6);
  const ends = best + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = cmap.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

/** Advance widths in em for the code points one font file covers. */
function readAdvances(woff: Buffer): Map<number, number> {
  const { tables } = readWoffTables(woff);
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) throw new Error('font lacks head, hhea, hmtx or cmap');
  const unitsPerEm = head.readUInt16BE(18);
  const metrics = hhea.readUInt16BE(34);
  const lastAdvance = hmtx.readUInt16BE((metrics - 1) * 4);
  const advances = new Map<number, number>();
  for (const [code, glyph] of readCmap(cmap)) {
    const advance = glyph < metrics ? hmtx.readUInt16BE(glyph * 4) : lastAdvance;
    advances.set(code, advance / unitsPerEm);
  }
  return advances;
}

/** Measures text set in one of the deck's faces. */
export interface FontMetrics {
  /** Width in points of `text` at `sizePt`. */
  width(text: string, sizePt: number): number;
  /** Whether the face has a glyph for every character of `text`. */
  covers(text: string): boolean;
}

const cache = new Map<string, FontMetrics>();

/**
 * Width in em of a character no deck font covers (drawn by a fallback font): a full em for
 * CJK ideographs, kana, Hangul and full-width forms, a wide Latin guess for anything else.
 */
export function fallbackEm(code: number): number {
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 1 : 0.6;
}

export function metrics(face: FontFace): FontMetrics {
  const key = `${face.family}-${face.bold ? 'b' : ''}${face.italic ? 'i' : ''}`;
  const known = cache.get(key);
  if (known) return known;
  const advances = new Map<number, number>();
  // Earlier subsets win: they are the ones the deck's CSS would use for these characters.
  for (const subset of [...SUBSETS].reverse()) {
    for (const [code, em] of readAdvances(readFileSync(fontFile(face, subset)))) advances.set(code, em);
  }
  const em = (code: number): number | undefined => advances.get(code);
  const made: FontMetrics = {
    width(text, sizePt) {
      let total = 0;
      for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        total += em(code) ?? fallbackEm(code);
      }
      return total * sizePt;
    },
    covers(text) {
      for (const char of text) if (em(char.codePointAt(0) ?? 0) === undefined) return false;
      return true;
    },
  };
  cache.set(key, made);
  return made;
}
