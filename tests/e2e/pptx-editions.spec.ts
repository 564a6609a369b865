/**
 * The PowerPoint export of the Russian and Chinese editions, read as their readers' tools read it:
 * the package names fonts a reader can install (Noto Sans SC for East Asian text) and says the
 * language of every run, and LibreOffice, given the deck's fonts (Cyrillic, and Noto Sans SC cut to
 * the file's characters), renders every slide with those fonts only: no glyph falls back to
 * another face (DejaVu Sans is what this machine would substitute). Each edition is exported and
 * converted once per worker and shared by its tests.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { loadDeck } from '../../src/deck.ts';
import { fill } from '../../src/model/messages.ts';
import { CJK_FONT_NAME, FONT_NAMES } from '../../scripts/lib/pptx/fonts.ts';
import { NS, descendants, parseXml, slidePath } from '../../scripts/lib/pptx/package.ts';
import { pptxToPdf } from '../../scripts/lib/pptx/soffice.ts';
import { pptxLang } from '../../scripts/lib/pptx/write.ts';
import { PNG } from 'pngjs';
import { drawSvg, inkShare, pictureDifference, renderPage, runScript } from './exports.ts';

const run = promisify(execFile);

test.describe.configure({ mode: 'default' });

interface Exported {
  readonly pptx: string;
  readonly pdf: string;
  readonly zip: JSZip;
}

const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/** The fonts poppler lists for a PDF, without their subset prefix (`ABCDEF+`). */
async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
    .filter((name) => name !== '');
}

for (const edition of ['ru', 'zh'] as const) {
  test.describe(`the ${edition} edition in PowerPoint`, () => {
    const deck = loadDeck({ edition });
    const lang = pptxLang(deck.lang);
    let exported: Promise<Exported> | undefined;
    const exportOnce = (): Promise<Exported> => {
      exported ??= (async () => {
        const dir = join(test.info().project.outputDir, 'pptx-editions', edition, String(test.info().workerIndex));
        await mkdir(dir, { recursive: true });
        const pptx = join(dir, `deck-${edition}.pptx`);
        const result = await runScript('export-pptx.ts', '--lang', edition, '--out', pptx);
        expect(result.code, `export:pptx --lang ${edition} failed:\n${result.stderr}\n${result.stdout}`).toBe(0);
        const zip = await JSZip.loadAsync(await readFile(pptx));
        const pdf = await pptxToPdf(pptx, join(dir, 'pdf'));
        return { pptx, pdf, zip };
      })();
      return exported;
    };
    const xml = async (zip: JSZip, path: string) => parseXml((await zip.file(path)?.async('string')) ?? '<missing/>');

    test('LibreOffice renders every slide in the deck’s fonts only, each with its title', async () => {
      test.setTimeout(300_000);
      const { pdf } = await exportOnce();
      const { stdout: info } = await run('pdfinfo', [pdf]);
      expect(info).toMatch(new RegExp(`^Pages:\\s+${deck.slides.length}$`, 'm'));

      const fonts = await pdfFonts(pdf);
      const deckFace = /^(SourceSans3|SourceSerif4|NotoSansSC)-/;
      expect(
        fonts.filter((f) => !deckFace.test(f)),
        `fonts other than the deck's: ${fonts.join(', ')}`,
      ).toEqual([]);
      expect(fonts.some((f) => f.startsWith('SourceSans3-'))).toBe(true);
      expect(fonts.some((f) => f.startsWith('SourceSerif4-'))).toBe(true);
      // The Chinese edition's text is drawn in Noto Sans SC, regular and bold (titles).
      if (edition === 'zh') expect(fonts).toEqual(expect.arrayContaining(['NotoSansSC-Regular', 'NotoSansSC-Bold']));

      const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 32 << 20 });
      const pages = stdout.split('\f').slice(0, -1);
      expect(pages).toHaveLength(deck.slides.length);
      deck.slides.forEach((slide, i) => expect(squash(pages[i] ?? ''), `page ${i + 1}: ${slide.title}`).toContain(squash(slide.title)));
      // The title slide names the talk in the edition's words; the reference pages are headed in them too.
      expect(squash(pages[0] ?? '')).toContain(squash(deck.title));
      const references = deck.slides.findIndex((s) => s.blocks.some((b) => b.kind === 'references'));
      expect(references).toBeGreaterThan(0);
      expect(squash(pages[references] ?? '')).toContain(squash(deck.slides[references]?.title ?? '?'));
    });

    test('every chart and map is drawn on its page', async ({}, testInfo) => {
      test.setTimeout(300_000);
      const { pdf } = await exportOnce();
      const dpi = 50;
      const scale = dpi / 96;
      const { planDeck } = await import('../../scripts/lib/pptx/export.ts');
      let drawn = 0;
      for (const [i, plan] of planDeck(deck).entries()) {
        for (const item of plan.items) {
          if (item.kind !== 'chart' && item.kind !== 'svg') continue;
          drawn++;
          const image = await renderPage(pdf, i + 1, dpi, testInfo.outputPath(`page-${i + 1}`));
          const { x, y, w, h } = item.box;
          expect(
            inkShare(image, { x: x * scale, y: y * scale, w: w * scale, h: h * scale }),
            `${item.name} on page ${i + 1}`,
          ).toBeGreaterThan(0.03);
        }
      }
      expect(drawn).toBe(7);
    });

    test('every map’s PNG fallback (what LibreOffice shows) is drawn in the deck’s fonts, Han in Noto Sans SC', async ({ browser }) => {
      test.setTimeout(300_000);
      const { zip } = await exportOnce();
      const svgBlip = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main';
      // Without the deck's CJK face, Han is drawn as boxes or in whatever the machine has; without its Latin face, in DejaVu Sans.
      const fallbackFace =
        edition === 'zh' ? "svg text{font-family:'Source Sans 3'!important}" : 'svg text{font-family:"DejaVu Sans",sans-serif!important}';
      let maps = 0;
      for (let n = 1; n <= deck.slides.length; n++) {
        const relsXml = (await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)?.async('string')) ?? '';
        const target = (id: string): string =>
          `ppt/${(new RegExp(`Id="${id}"[^>]*Target="\\.\\./([^"]+)"`).exec(relsXml) ?? new RegExp(`Target="\\.\\./([^"]+)"[^>]*Id="${id}"`).exec(relsXml))?.[1] ?? ''}`;
        for (const blip of descendants(await xml(zip, slidePath(n)), NS.a, 'blip')) {
          const svgRef = descendants(blip, svgBlip, 'svgBlip')[0]?.getAttributeNS(NS.r, 'embed');
          const pngRef = blip.getAttributeNS(NS.r, 'embed');
          if (!svgRef || !pngRef) continue;
          const svg = await zip.file(target(svgRef))?.async('string');
          const png = await zip.file(target(pngRef))?.async('nodebuffer');
          if (!svg || !png) throw new Error(`slide ${n}: picture parts ${target(svgRef)}, ${target(pngRef)} missing`);
          maps++;
          const fallback = PNG.sync.read(png);
          const [w, h] = [fallback.width / 2, fallback.height / 2];
          const inDeckFonts = pictureDifference(fallback, await drawSvg(browser, svg, w, h));
          const inFallbackFace = pictureDifference(fallback, await drawSvg(browser, svg, w, h, fallbackFace));
          expect(inDeckFonts, `slide ${n}: the PNG matches the map drawn in the deck's fonts`).toBeLessThan(1);
          expect(inFallbackFace, `slide ${n}: and differs from it drawn without them`).toBeGreaterThan(4 * Math.max(inDeckFonts, 0.25));
        }
      }
      expect(maps).toBe(3);
    });

    test('the file names fonts a reader can install and says the language of every run', async () => {
      test.setTimeout(300_000);
      const { zip } = await exportOnce();
      const parts = Object.keys(zip.files).filter((f) =>
        /^ppt\/(?:slides|notesSlides|charts|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(f),
      );
      const langs = new Map<string, number>();
      for (const part of parts) {
        const doc = await xml(zip, part);
        for (const tag of ['rPr', 'endParaRPr', 'defRPr']) {
          for (const props of descendants(doc, NS.a, tag)) {
            const l = props.getAttribute('lang');
            if (l) langs.set(l, (langs.get(l) ?? 0) + 1);
            // Every run naming a Latin face of the deck names the deck's CJK face for East Asian text.
            const latin = descendants(props, NS.a, 'latin')[0]?.getAttribute('typeface');
            if (latin === FONT_NAMES.sans || latin === FONT_NAMES.serif)
              expect(descendants(props, NS.a, 'ea')[0]?.getAttribute('typeface'), `${part}: ${tag}`).toBe(CJK_FONT_NAME);
          }
        }
        // A run in the edition's language is marked so, with English as its alternative (as PowerPoint writes it).
        for (const r of descendants(doc, NS.a, 'r')) {
          const props = descendants(r, NS.a, 'rPr')[0];
          const text = r.textContent ?? '';
          if (edition === 'ru' && /^[\s\p{P}\d]*[а-яё][а-яё\s\p{P}\d]*$/iu.test(text)) expect(props?.getAttribute('lang'), text).toBe(lang);
          if (edition === 'zh' && /^[\s\p{P}\d]*\p{Script=Han}[\p{Script=Han}\s\p{P}\d]*$/u.test(text))
            expect(props?.getAttribute('lang'), text).toBe(lang);
          if (props?.getAttribute('lang') === lang) expect(props.getAttribute('altLang')).toBe('en-GB');
        }
      }
      // pptxgenjs's default (en-US) is gone; most text is in the edition's language.
      expect(langs.has('en-US'), JSON.stringify([...langs])).toBe(false);
      const total = [...langs.values()].reduce((a, b) => a + b, 0);
      expect((langs.get(lang) ?? 0) / total).toBeGreaterThan(0.6);

      // The theme's East Asian fonts.
      const theme = await xml(zip, 'ppt/theme/theme1.xml');
      for (const scheme of ['majorFont', 'minorFont'])
        expect(descendants(descendants(theme, NS.a, scheme)[0] ?? theme, NS.a, 'ea')[0]?.getAttribute('typeface'), scheme).toBe(
          CJK_FONT_NAME,
        );

      // The document's properties are the edition's.
      const core = await xml(zip, 'docProps/core.xml');
      const prop = (tag: string): string => descendants(core, NS.dc, tag)[0]?.textContent ?? '';
      expect(prop('title')).toBe(deck.title);
      expect(prop('subject')).toBe(fill(deck.messages.slidesSubject, { event: deck.event, description: deck.description }));
      expect(prop('language')).toBe(deck.lang);

      // The slides' own words: the "since the talk" label, and no English series name in the charts.
      const slides = await Promise.all(deck.slides.map((_, i) => zip.file(slidePath(i + 1))?.async('string') ?? Promise.resolve('')));
      expect(slides.join('')).not.toContain('SINCE THE TALK');
      expect(slides.join('')).toContain(deck.messages.sinceTheTalk.toLocaleUpperCase(deck.lang));
      // The notes mark the time and the cues in the edition's words.
      const notes = (await Promise.all(zip.file(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((f) => f.async('string')))).join('');
      expect(notes).not.toMatch(/\[(?:Cue|Time)\]/);
      expect(notes).toContain(deck.messages.notesTime);
      for (const chart of zip.file(/^ppt\/charts\/chart\d+\.xml$/)) {
        const doc = await xml(zip, chart.name);
        // Series names (their cached text) and the chart's and axes' titles.
        const names = [
          ...descendants(doc, NS.c, 'tx').flatMap((t) => descendants(t, NS.c, 'v').map((v) => v.textContent ?? '')),
          ...descendants(doc, NS.c, 'title').map((t) =>
            descendants(t, NS.a, 't')
              .map((v) => v.textContent ?? '')
              .join(''),
          ),
        ];
        expect(names.length).toBeGreaterThan(2);
        for (const name of names) expect(name.replace(/IMF DOTS|X-Values/g, ''), `${chart.name}: ${name}`).not.toMatch(/[A-Za-z]{3,}/);
      }
    });
  });
}
