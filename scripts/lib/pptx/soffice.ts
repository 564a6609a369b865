/**
 * LibreOffice Impress as a real reader of the exported file: converts a .pptx to PDF headlessly,
 * with the deck's fonts installed for that run only (TrueType files made from the @fontsource
 * WOFF files: Source Sans 3 and Source Serif 4 with their Latin and Cyrillic, and Noto Sans SC
 * cut to the file's characters; in a private fontconfig setup) and a private LibreOffice profile, so it can run
 * beside another LibreOffice and leaves nothing behind. Used by the tests and for looking.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Font, type FontEditor } from 'fonteditor-core';
import fontverter from 'fontverter';
import JSZip from 'jszip';
import { cjkFont } from '../../../src/build/cjk-font.ts';
import { CJK_FONT_NAME, fontFile, SUBSETS, toSfnt, type FontFace } from './fonts.ts';
import { descendants, NS, parseXml } from './package.ts';

const run = promisify(execFile);

const FACES: readonly FontFace[] = [
  { family: 'sans', bold: false, italic: false },
  { family: 'sans', bold: true, italic: false },
  { family: 'sans', bold: false, italic: true },
  { family: 'sans', bold: true, italic: true },
  { family: 'serif', bold: false, italic: false },
  { family: 'serif', bold: true, italic: false },
];

const codePoints = (font: FontEditor.Font): number[] => Object.keys(font.get().cmap).map(Number);

/**
 * One face of the deck with every script its slides use: the @fontsource subsets (Latin, Latin
 * extended, Cyrillic) merged into one TrueType font, earlier subsets winning where they overlap (as
 * in the deck's CSS and in the layout's measurements). Hinting and kerning are kept.
 */
export function mergedFace(face: FontFace): Buffer {
  let merged: FontEditor.Font | null = null;
  for (const subset of SUBSETS) {
    const sfnt = toSfnt(readFileSync(fontFile(face, subset)));
    const have: ReadonlySet<number> = new Set(merged ? codePoints(merged) : []);
    const part: FontEditor.Font = Font.create(sfnt, {
      type: 'ttf',
      hinting: true,
      kerning: true,
      subset: codePoints(Font.create(sfnt, { type: 'ttf' })).filter((c) => !have.has(c)),
    });
    if (merged) merged.merge(part, { scale: 1 });
    else merged = part;
  }
  if (!merged) throw new Error('no font subsets');
  return Buffer.from(merged.write({ type: 'ttf', toBuffer: true, hinting: true, kerning: true }));
}

/** The Noto Sans SC weights the deck draws Chinese in (its CSS cuts 400 and 700), and their style names. */
const CJK_WEIGHTS = [
  { weight: 400, style: 'Regular' },
  { weight: 700, style: 'Bold' },
] as const;

/**
 * Noto Sans SC at a weight, cut to `chars` from @fontsource's slices by the build's own cutter
 * (src/build/cjk-font.ts) and made a TrueType font, named as a reader's installed Noto Sans SC is
 * (the slices' name table says "Noto Sans SC Thin" at every weight: instances of the variable font).
 */
export async function cjkFace(chars: string, weight: 400 | 700): Promise<Buffer> {
  const style = CJK_WEIGHTS.find((w) => w.weight === weight)?.style ?? 'Regular';
  const cut = await cjkFont([chars], { weight, spaces: true });
  const font = Font.create(Buffer.from(await fontverter.convert(Buffer.from(cut.woff2), 'truetype')), { type: 'ttf' });
  const data = font.get();
  const ps = `${CJK_FONT_NAME.replace(/\s+/g, '')}-${style}`;
  Object.assign(data.name, {
    fontFamily: CJK_FONT_NAME,
    fontSubFamily: style,
    fullName: `${CJK_FONT_NAME} ${style}`,
    postScriptName: ps,
    uniqueSubFamily: ps,
    preferredFamily: CJK_FONT_NAME,
    preferredSubFamily: style,
  });
  data['OS/2'].usWeightClass = weight;
  const bold = weight >= 700;
  // fsSelection: bold (bit 5) or regular (bit 6); head.macStyle: bold (bit 0).
  data['OS/2'].fsSelection = (data['OS/2'].fsSelection & ~0b1100001) | (bold ? 0b100000 : 0b1000000);
  data.head.macStyle = (data.head.macStyle & ~1) | (bold ? 1 : 0);
  return Buffer.from(font.write({ type: 'ttf', toBuffer: true }));
}

/** Every character the file's slides, notes and charts hold, and its bullets. */
async function charactersOf(pptx: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(pptx));
  const chars = new Set<string>();
  for (const path of Object.keys(zip.files).filter((f) => /^ppt\/(?:slides|notesSlides|charts)\/[^/]+\.xml$/.test(f))) {
    const doc = parseXml((await zip.file(path)?.async('string')) ?? '');
    // Text runs, chart values and bullet characters, their character references decoded by the XML parser.
    const texts = [...descendants(doc, NS.a, 't'), ...descendants(doc, NS.c, 'v')].map((el) => el.textContent ?? '');
    for (const bullet of descendants(doc, NS.a, 'buChar')) texts.push(bullet.getAttribute('char') ?? '');
    for (const text of texts) for (const c of text) chars.add(c);
  }
  return [...chars].sort().join('');
}

let latinFaces: Map<string, Buffer> | undefined;
const cjkFaces = new Map<string, Promise<Buffer[]>>();

/** The fonts LibreOffice is given for a file, by file name; made once per process and character set (cutting takes seconds). */
async function deckFonts(pptx: string): Promise<Map<string, Buffer>> {
  latinFaces ??= new Map(
    FACES.map((face) => [
      basename(fontFile(face))
        .replace(/-latin-/, '-')
        .replace(/\.woff$/, '.ttf'),
      mergedFace(face),
    ]),
  );
  const chars = await charactersOf(pptx);
  let cjk = cjkFaces.get(chars);
  if (!cjk) {
    cjk = Promise.all(CJK_WEIGHTS.map(({ weight }) => cjkFace(chars, weight)));
    cjkFaces.set(chars, cjk);
  }
  const files = new Map(latinFaces);
  (await cjk).forEach((font, i) => files.set(`noto-sans-sc-${CJK_WEIGHTS[i]?.weight ?? i}.ttf`, font));
  return files;
}

/**
 * Writes the deck's fonts (its Latin faces with their Latin and Cyrillic, and its CJK face cut to
 * the file's characters) as TrueType files and a fontconfig file that adds them to the system's.
 */
async function fontSetup(dir: string, pptx: string): Promise<string> {
  const fonts = join(dir, 'fonts');
  await mkdir(fonts, { recursive: true });
  for (const [name, data] of await deckFonts(pptx)) await writeFile(join(fonts, name), data);
  const conf = join(dir, 'fonts.conf');
  await writeFile(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fonts}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return conf;
}

export interface ConvertOptions {
  /** Give LibreOffice the deck's fonts (default), or let it substitute (what a reader without them sees). */
  readonly deckFonts?: boolean;
  readonly timeoutMs?: number;
}

/** Converts `pptx` to a PDF in `outDir` and returns the PDF's path. */
export async function pptxToPdf(pptx: string, outDir: string, options: ConvertOptions = {}): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'pptx-soffice-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: work };
    if (options.deckFonts !== false) env.FONTCONFIG_FILE = await fontSetup(work, pptx);
    await mkdir(outDir, { recursive: true });
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        pptx,
      ],
      { env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 8 << 20 },
    );
    return join(outDir, basename(pptx).replace(/\.pptx$/i, '.pdf'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
