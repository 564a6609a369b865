import { describe, expect, it } from 'vitest';
import { PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { PdfFile, PdfName, PdfRef, PdfString, serialize, UnsupportedPdf } from '../../scripts/lib/pdf-file.ts';
import { finishPdf, pdfDate, type FinishPlan } from '../../scripts/lib/pdf-finish.ts';
import { finishWithPdfLib } from '../../scripts/lib/pdf-finish-pdflib.ts';
import { readOutline } from '../../scripts/lib/pdf-outline.ts';
import { checkPdfUa } from '../../scripts/lib/pdf-ua-check.ts';
import { linkDescriptions, readXmp, untaggedPainting } from '../../scripts/lib/pdf-tags.ts';

/**
 * A PDF shaped as Chromium writes one: a classic cross-reference table, a tagged catalog, each
 * page's content partly in marked content and partly not (a background, a number), links by URI
 * and by named destination, an information dictionary.
 */
async function chromiumLike(pages = 3): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.setTitle('Chromium (title)');
  doc.setProducer('Skia/PDF m156');
  for (let i = 0; i < pages; i += 1) {
    const page = doc.addPage([960, 540]);
    page.node.set(PDFName.of('Resources'), doc.context.obj({ Font: { F1: font.ref } }));
    const content = [
      '1 1 1 rg 0 0 960 540 re f',
      `/P <</MCID ${i} >>BDC`,
      'BT /F1 18 Tf 40 500 Td (Slide \\(one\\) text) Tj ET',
      'EMC',
      `BT /F1 12 Tf 900 20 Td (${i + 1}) Tj ET`,
    ].join('\n');
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(content)));
    const uri = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [40, 480, 200, 500],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(`https://example.org/${i}?a=\\(b\\)`) },
    });
    const jump = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [40, 440, 200, 460], Dest: PDFString.of('first') });
    page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(uri), doc.context.register(jump)]));
  }
  doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }));
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('en'));
  return doc.save({ useObjectStreams: false });
}

const plan = (pages: number, over: Partial<FinishPlan> = {}): FinishPlan => ({
  title: 'China–Belarus: a talk & its (slides)',
  subject: 'Slides of a talk. 中文 — Беларусь',
  creator: 'china-belarus-deck export:pdf',
  lang: 'en-GB',
  date: new Date('2026-03-04T05:06:07.890Z'),
  outline: [
    { title: '1. Opening – ü', page: 0, children: [{ title: 'First slide', page: 0, children: [] }] },
    {
      title: '2. Rest 中文',
      page: 1,
      children: Array.from({ length: pages - 1 }, (_, i) => ({ title: `Slide ${i + 2}`, page: i + 1, children: [] })),
    },
  ],
  links: new Map([
    ...Array.from({ length: pages }, (_, i) => [`https://example.org/${i}?a=(b)`, `Source ${i}: a report`] as const),
    ['#first', 'Back to the first slide'],
  ]),
  ...over,
});

/** What a reader of the finished file sees, read with pdf-lib. */
async function reading(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const prefs = doc.context.lookup(doc.catalog.get(PDFName.of('ViewerPreferences')));
  return {
    pages: doc.getPageCount(),
    title: doc.getTitle(),
    subject: doc.getSubject(),
    creator: doc.getCreator(),
    producer: doc.getProducer(),
    created: doc.getCreationDate()?.toISOString(),
    modified: doc.getModificationDate()?.toISOString(),
    lang: (doc.catalog.get(PDFName.of('Lang')) as PDFString | PDFHexString | undefined)?.decodeText(),
    displayDocTitle: prefs instanceof PDFDict && prefs.get(PDFName.of('DisplayDocTitle')) === PDFBool.True,
    pageMode: doc.catalog.get(PDFName.of('PageMode'))?.toString(),
    marked: (doc.context.lookup(doc.catalog.get(PDFName.of('MarkInfo'))) as PDFDict).get(PDFName.of('Marked')) === PDFBool.True,
    outline: readOutline(doc),
    links: linkDescriptions(doc),
    untagged: untaggedPainting(doc),
    xmp: readXmp(doc),
    ua: checkPdfUa(doc, { title: 'China–Belarus: a talk & its (slides)', lang: 'en-GB' }).failures.filter((f) => !f.startsWith('01-001')),
  };
}

describe('finishing Chromium’s PDF without a document model', () => {
  it('adds what pdf-lib’s path adds: information, language, outline, artifacts, link descriptions, XMP', async () => {
    const printed = await chromiumLike(3);
    const fast = await finishPdf(printed, plan(3));
    const slow = await finishWithPdfLib(printed, plan(3));
    const got = await reading(fast.bytes);
    expect(got).toEqual(await reading(slow.bytes));
    expect(fast.missingLinks).toEqual([]);
    expect(fast.artifacts).toBe(slow.artifacts);
    expect(fast.artifacts).toBeGreaterThanOrEqual(6);
    expect(got).toMatchObject({
      pages: 3,
      title: 'China–Belarus: a talk & its (slides)',
      subject: 'Slides of a talk. 中文 — Беларусь',
      producer: 'Skia/PDF m156',
      created: '2026-03-04T05:06:07.000Z',
      lang: 'en-GB',
      displayDocTitle: true,
      pageMode: '/UseOutlines',
      marked: true,
      untagged: [0, 0, 0],
      ua: [],
    });
    expect(got.outline[1]?.children.map((c) => c.page)).toEqual([1, 2]);
    expect(got.links.map((l) => l.contents)).toEqual([
      'Source 0: a report',
      'Back to the first slide',
      'Source 1: a report',
      'Back to the first slide',
      'Source 2: a report',
      'Back to the first slide',
    ]);
    expect(got.xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">China–Belarus: a talk &amp; its (slides)</rdf:li>');
    expect(got.xmp).toContain('<pdf:Producer>Skia/PDF m156</pdf:Producer>');
    // Tagged content is kept as it was, text and all.
    const doc = await PDFDocument.load(fast.bytes);
    expect(untaggedPainting(doc)).toEqual([0, 0, 0]);
  });

  it('names links it has no description for, and checks the page count before writing', async () => {
    const printed = await chromiumLike(2);
    const result = await finishPdf(printed, plan(2, { links: new Map([['#first', 'Back']]) }));
    expect(result.missingLinks).toEqual(['page 1: https://example.org/0?a=(b)', 'page 2: https://example.org/1?a=(b)']);
    await expect(
      finishPdf(
        printed,
        plan(2, {
          checkPages: (n) => {
            throw new Error(`printed ${n}`);
          },
        }),
      ),
    ).rejects.toThrow('printed 2');
    await expect(finishPdf(printed, plan(2, { outline: [{ title: 'Far', page: 5, children: [] }] }))).rejects.toThrow(
      /points at page 6 of 2/,
    );
  });

  it('refuses a file it does not know (a cross-reference stream), so the exporter can use pdf-lib', async () => {
    const doc = await PDFDocument.load(await chromiumLike(1));
    const packed = await doc.save({ useObjectStreams: true });
    await expect(finishPdf(packed, plan(1))).rejects.toThrow(UnsupportedPdf);
    await expect(finishPdf(new TextEncoder().encode('%PDF-1.4\nnot a pdf'), plan(1))).rejects.toThrow(UnsupportedPdf);
  });

  it('is idempotent on its own shape: a finished file is finished again by pdf-lib to the same reading', async () => {
    const finished = (await finishPdf(await chromiumLike(2), plan(2))).bytes;
    const again = await finishWithPdfLib(finished, plan(2));
    const a = await reading(finished);
    const b = await reading(again.bytes);
    expect(b.outline).toEqual(a.outline);
    expect(b.links).toEqual(a.links);
    expect(again.artifacts).toBe(0);
  });
});

describe('PDF object syntax', () => {
  const read = (text: string): unknown => {
    const body = `%PDF-1.4\n1 0 obj\n${text}\nendobj\n`;
    const xref = `xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2 /Root 1 0 R>>\nstartxref\n${body.length}\n%%EOF\n`;
    return new PdfFile(Buffer.from(body + xref, 'latin1')).object(1);
  };

  it('reads strings with escapes and nested parentheses, hex strings, names with # escapes, references', () => {
    const value = read('<</A (a\\(b\\) (c) \\\\ \\101\\n) /B <FEFF0041 00E9> /C#20D /X /D 12 0 R /E [1 -2.5 .5 true null] /F 3>>') as Map<
      string,
      unknown
    >;
    expect((value.get('A') as PdfString).text()).toBe('a(b) (c) \\ A\n');
    expect((value.get('B') as PdfString).text()).toBe('Aé');
    expect(value.has('C D')).toBe(true);
    expect(value.get('D')).toEqual(new PdfRef(12, 0));
    expect(value.get('E')).toEqual([1, -2.5, 0.5, true, null]);
    expect(value.get('F')).toBe(3);
  });

  it('writes what it reads back to the same values', () => {
    const value = new Map<string, unknown>([
      ['Name', new PdfName('with space/slash')],
      ['Text', PdfString.fromText('中文 (x)')],
      ['Numbers', [0, -1, 2.25, 1e-9, 123456.5]],
      ['Ref', new PdfRef(7, 0)],
    ]);
    const text = serialize(value as never);
    expect(text).toBe('<</Name /with#20space#2fslash /Text <FEFF4E2D65870020002800780029> /Numbers [0 -1 2.25 0 123456.5] /Ref 7 0 R>>');
    const back = read(text) as Map<string, unknown>;
    expect((back.get('Name') as PdfName).name).toBe('with space/slash');
    expect((back.get('Text') as PdfString).text()).toBe('中文 (x)');
  });

  it('dates as pdf-lib writes them', () => {
    expect(pdfDate(new Date('2026-03-04T05:06:07.890Z'))).toBe('D:20260304050607Z');
  });
});
