/**
 * Fonts for an edition in a script the deck's own fonts lack (Chinese): made at build time from
 * the @fontsource Noto Sans SC slices, only the slices that hold a character the edition prints,
 * each face's `unicode-range` cut to those characters (the subset plugin then cuts each file to
 * them). The result is a stylesheet of its own that only that edition's page links, so the
 * English and Russian pages never load a CJK font. Text shows at once in a fallback font
 * (`font-display: swap`). Build-time only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A face the edition needs: its weight, the slice file and the characters it is used for. */
export interface EditionFace {
  readonly weight: number;
  readonly file: string;
  readonly codePoints: readonly number[];
}

interface Slice {
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/** The slices of one weight, from @fontsource's stylesheet for it. */
function slices(weight: number): Slice[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve(`@fontsource/noto-sans-sc/${weight}.css`));
  const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
  return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map((m) => ({
    file: join(dir, 'files', m[1] ?? ''),
    ranges: (m[2] ?? '').split(',').flatMap((part) => {
      const r = /U\+([0-9a-f]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
      if (!r?.[1]) return [];
      const from = parseInt(r[1], 16);
      return [[from, r[2] ? parseInt(r[2], 16) : from] as const];
    }),
  }));
}

/** Han characters and CJK punctuation: what the deck's Latin and Cyrillic fonts cannot draw. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The faces an edition needs for `text` at each weight. Pure apart from reading @fontsource's CSS. */
export function editionFaces(texts: Readonly<Record<number, string>>): EditionFace[] {
  const faces: EditionFace[] = [];
  for (const [weightText, text] of Object.entries(texts)) {
    const weight = Number(weightText);
    const wanted = [
      ...new Set(
        Array.from(text)
          .filter((c) => CJK.test(c))
          .map((c) => c.codePointAt(0) ?? 0),
      ),
    ].sort((a, b) => a - b);
    for (const slice of slices(weight)) {
      const codePoints = wanted.filter((cp) => slice.ranges.some(([a, b]) => cp >= a && cp <= b));
      if (codePoints.length) faces.push({ weight, file: slice.file, codePoints });
    }
  }
  return faces;
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase()}`;

/** The stylesheet for the faces, each `src` given by `url(face)`. Pure. */
export function editionFontCss(faces: readonly EditionFace[], url: (face: EditionFace) => string): string {
  return faces
    .map((f) =>
      [
        '@font-face{',
        "font-family:'Noto Sans SC';font-style:normal;",
        `font-weight:${f.weight};font-display:swap;`,
        `src:url(${url(f)}) format('woff2');`,
        `unicode-range:${f.codePoints.map(hex).join(',')}`,
        '}',
      ].join(''),
    )
    .join('\n');
}
