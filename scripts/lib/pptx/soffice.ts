/**
 * LibreOffice Impress as a real reader of the exported file: converts a .pptx to PDF headlessly,
 * with the deck's fonts installed for that run only (TrueType files made from the @fontsource
 * WOFF files, in a private fontconfig setup) and a private LibreOffice profile, so it can run
 * beside another LibreOffice and leaves nothing behind. Used by the tests and for looking.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { fontFile, toSfnt, type FontFace } from './fonts.ts';

const run = promisify(execFile);

const FACES: readonly FontFace[] = [
  { family: 'sans', bold: false, italic: false },
  { family: 'sans', bold: true, italic: false },
  { family: 'sans', bold: false, italic: true },
  { family: 'sans', bold: true, italic: true },
  { family: 'serif', bold: false, italic: false },
  { family: 'serif', bold: true, italic: false },
];

/** Writes the deck's fonts (Latin subsets) as TrueType files and a fontconfig file that adds them. */
async function fontSetup(dir: string): Promise<string> {
  const fonts = join(dir, 'fonts');
  await mkdir(fonts, { recursive: true });
  for (const face of FACES) {
    const file = fontFile(face, 'latin');
    await writeFile(join(fonts, basename(file).replace(/\.woff$/, '.ttf')), toSfnt(await readFile(file)));
  }
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
    if (options.deckFonts !== false) env.FONTCONFIG_FILE = await fontSetup(work);
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
