import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { markArtifacts, parseContent, unmarkedPainting } from '../../scripts/lib/pdf-content.ts';
import { checkPdfUa } from '../../scripts/lib/pdf-ua-check.ts';
import { writeXmp, xmpPacket, readXmp } from '../../scripts/lib/pdf-tags.ts';

const chromiumLike = [
  'q 1 0 0 -1 0 720 cm',
  '1 1 1 rg 0 0 1280 720 re f',
  '/P <</MCID 0 >>BDC',
  'BT /F1 18 Tf 1 0 0 -1 40 40 Tm <0041> Tj (a \\) b) Tj ET',
  'EMC',
  '0 0 10 10 re W n',
  'BT /F1 18 Tf 1 0 0 -1 1255 1423 Tm <0045> Tj ET',
  '/Im1 Do',
  'Q',
].join('\n');

describe('PDF content streams', () => {
  it('reads operators with their operands, strings with escaped parentheses included', () => {
    const ops = parseContent(chromiumLike).map((i) => i.op);
    expect(ops).toEqual([
      'q',
      'cm',
      'rg',
      're',
      'f',
      'BDC',
      'BT',
      'Tf',
      'Tm',
      'Tj',
      'Tj',
      'ET',
      'EMC',
      're',
      'W',
      'n',
      'BT',
      'Tf',
      'Tm',
      'Tj',
      'ET',
      'Do',
      'Q',
    ]);
  });

  it('marks untagged painting as artifacts and leaves tagged content and clips alone', () => {
    expect(unmarkedPainting(chromiumLike)).toBe(3);
    const { content, artifacts } = markArtifacts(chromiumLike);
    expect(artifacts).toBe(3);
    expect(unmarkedPainting(content)).toBe(0);
    expect(content).toContain('/P <</MCID 0 >>BDC');
    expect(content).toMatch(/1 1 1 rg\n\/Artifact BMC\n0 0 1280 720 re\nf\nEMC/);
    // The clip is not content: not wrapped.
    expect(content).toMatch(/EMC\n0 0 10 10 re\nW\nn\n\/Artifact BMC\nBT/);
    // Marked again: nothing more to do.
    expect(markArtifacts(content).artifacts).toBe(0);
  });
});

describe('XMP and the PDF/UA check', () => {
  it('writes dc:title, dc:language and pdfuaid:part, escaped', () => {
    const xmp = xmpPacket({ title: 'A & B <c>', description: 'd', lang: 'en', creatorTool: 't', producer: 'p', date: new Date(0) });
    expect(xmp).toContain('<rdf:li xml:lang="x-default">A &amp; B &lt;c&gt;</rdf:li>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('fails an untagged document on the checkpoints it breaks, and passes what was added', async () => {
    const made = await PDFDocument.create();
    made.addPage([100, 100]).drawText('x');
    // Read back as a file, as the exporter reads Chromium's.
    const doc = await PDFDocument.load(await made.save());
    const before = checkPdfUa(doc, { title: 'T', lang: 'en' }).failures.map((f) => f.slice(0, 6));
    expect(before).toEqual(expect.arrayContaining(['01-001', '01-005', '06-001', '06-002', '07-001', '11-001']));
    writeXmp(doc, { title: 'T', description: '', lang: 'en', creatorTool: '', producer: '', date: new Date(0) });
    doc.setLanguage('en');
    doc.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
    expect(readXmp(doc)).toContain('pdfuaid');
    const after = checkPdfUa(doc, { title: 'T', lang: 'en' }).failures.map((f) => f.slice(0, 6));
    expect(after).not.toContain('06-002');
    expect(after).not.toContain('07-001');
    expect(after).not.toContain('11-001');
  });
});
