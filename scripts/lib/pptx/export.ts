/**
 * The PowerPoint exporter: the resolved deck (`loadDeck()`, no build and no browser) → slide plans
 * (layout.ts) → pptxgenjs (write.ts) → the package put right (package.ts) → a temporary file in
 * the target folder, renamed into place. Used by the CLI (scripts/export-pptx.ts) and the benchmark.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { loadDeck } from '../../../src/deck.ts';
import type { ResolvedDeck } from '../../../src/model/resolved.ts';
import { CJK_FONT_NAME, FONT_NAMES } from './fonts.ts';
import { checkOutPath, type PptxOptions } from './options.ts';
import { layoutSlide, type SlidePlan } from './layout.ts';
import { fixPackage, type FixReport } from './package.ts';
import { themePalette } from './style.ts';
import type { SvgRenderer } from './svg.ts';
import { buildPresentation, pptxLang, writeBuffer } from './write.ts';

export interface PptxRequest extends PptxOptions {
  /** Progress lines; silent when omitted. */
  readonly log?: (line: string) => void;
  /** The deck to export (default: `loadDeck()`). */
  readonly deck?: ResolvedDeck;
  /** For SVG pictures' PNG fallbacks (launched only if a slide has one). */
  readonly svg?: () => SvgRenderer;
  /** A folder the export may create for the file (the build dir, the default's home). */
  readonly createDir?: string;
}

export interface PptxResult {
  readonly file: string;
  readonly slides: number;
  readonly charts: number;
  readonly bytes: number;
  readonly ms: number;
  readonly fixes: FixReport;
  readonly warnings: readonly string[];
}

const elapsed = (since: number): string => `${((performance.now() - since) / 1000).toFixed(2)} s`;

/** Paths in progress lines: relative inside the working folder, absolute elsewhere. */
const rel = (path: string): string => {
  const short = relative(process.cwd(), path);
  return short === '' ? '.' : short.startsWith('..') ? path : short;
};

/** Every slide of the deck laid out. Pure (but for reading the fonts). */
export function planDeck(deck: ResolvedDeck): SlidePlan[] {
  const palette = themePalette();
  return deck.slides.map((slide) => layoutSlide(slide, palette, deck));
}

export async function exportPptx(request: PptxRequest): Promise<PptxResult> {
  const log = request.log ?? (() => undefined);
  const started = performance.now();
  await checkOutPath(request.out, request.createDir);
  if (request.createDir) await mkdir(request.createDir, { recursive: true });
  // The deck's address, as the build takes it: DECK_URL puts it and its QR code on the title and closing slides.
  const deck = request.deck ?? loadDeck({ url: process.env.DECK_URL, edition: request.lang });
  const palette = themePalette();
  const plans = deck.slides.map((slide) => layoutSlide(slide, palette, deck));
  const warnings = plans.flatMap((p) => p.warnings);
  const charts = plans.reduce((n, p) => n + p.items.filter((i) => i.kind === 'chart').length, 0);
  const shrunk = plans.filter((p) => p.scale < 1);
  log(
    `layout  ${plans.length} slides, ${charts} charts${shrunk.length ? `; type scaled to fit on ${shrunk.map((p) => `${p.id} (${Math.round(p.scale * 100)}%)`).join(', ')}` : ''} (${elapsed(started)})`,
  );

  const needsSvg = plans.some((p) => p.items.some((i) => i.kind === 'svg'));
  const renderer = needsSvg ? request.svg?.() : undefined;
  const temp = `${request.out}.${process.pid}.part`;
  try {
    const { pres, fallbacks } = await buildPresentation({ deck, plans, palette, ...(renderer ? { svg: renderer } : {}) });
    const written = await writeBuffer(pres);
    log(`write   pptxgenjs wrote ${(written.length / 1024).toFixed(0)} KB (${elapsed(started)})`);
    // Each bullet in a face of the deck that has it: Source Sans 3 has no ■, Noto Sans SC has.
    const bullets = new Map([
      ['■', { color: palette.accent, size: 0.6, font: CJK_FONT_NAME }],
      ['–', { color: palette.inkSoft, size: 1, font: FONT_NAMES.sans }],
    ]);
    const { buffer, report } = await fixPackage(written, {
      deck,
      plans,
      fallbacks,
      lang: pptxLang(deck.lang),
      bullets,
      labelColour: palette.ink,
    });
    log(
      `fix     ${report.danglingAxisIds} dangling chart axis ids removed (#1534), ${report.lineGroupings} line groupings added (#1222), ` +
        `${report.seriesStyled} series styled, ${report.workbooks} workbooks repaired, ${report.paragraphProps} stray paragraph properties dropped, ` +
        `${report.notes} notes pages, ${report.titles} titles in title placeholders, ${report.decorative} shapes marked decorative, ` +
        `${report.eastAsianFonts} runs given the CJK face, ${report.languageSplits} runs split by language (${elapsed(started)})`,
    );
    // Written beside the target and renamed: a failed export never leaves half a file.
    await writeFile(temp, buffer);
    await rename(temp, request.out);
    log(`write   ${rel(request.out)}: ${plans.length} slides, ${(buffer.length / 1024).toFixed(0)} KB (${elapsed(started)})`);
    for (const w of warnings) log(`warning ${w}`);
    return {
      file: request.out,
      slides: plans.length,
      charts,
      bytes: buffer.length,
      ms: performance.now() - started,
      fixes: report,
      warnings,
    };
  } finally {
    await rm(temp, { force: true });
    await renderer?.close();
  }
}
