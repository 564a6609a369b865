/**
 * The machine-checkable PDF/UA-1 rules (Matterhorn Protocol 1.1 checkpoints) that apply to the
 * deck's PDFs, read from the file with pdf-lib: no veraPDF here. Each failure names its checkpoint.
 * What only a person can judge (is the alternative text right, is the reading order the slide's,
 * is decoration really decoration) is listed in the README.
 */
import { DOMParser } from '@xmldom/xmldom';
import { PDFBool, PDFDict, PDFName, type PDFDocument } from 'pdf-lib';
import { linkDescriptions, readStructure, readXmp, structElements, untaggedPainting, type StructNode } from './pdf-tags.ts';

const XMP_NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  pdfuaid: 'http://www.aiim.org/pdfua/ns/id/',
} as const;

export interface PdfUaReport {
  readonly failures: readonly string[];
  readonly counts: Readonly<Record<string, number>>;
  /** Headings in reading order, by level (1…6). */
  readonly headingLevels: readonly number[];
}

const HEADING = /^H([1-6])$/;

export function checkPdfUa(doc: PDFDocument, expected: { readonly title: string; readonly lang: string }): PdfUaReport {
  const failures: string[] = [];
  const fail = (checkpoint: string, what: string): void => {
    failures.push(`${checkpoint}: ${what}`);
  };

  // 01-001…: a tagged document (MarkInfo /Marked true, a structure tree).
  const markInfo = doc.context.lookup(doc.catalog.get(PDFName.of('MarkInfo')));
  if (!(markInfo instanceof PDFDict) || markInfo.get(PDFName.of('Marked')) !== PDFBool.True) fail('01-001', 'MarkInfo /Marked is not true');
  const root = readStructure(doc);
  if (!root) fail('01-001', 'no structure tree');

  // 01-005: all content tagged or marked as an artifact.
  untaggedPainting(doc).forEach((n, i) => {
    if (n > 0) fail('01-005', `page ${i + 1}: ${n} painting operations neither tagged nor artifacts`);
  });

  // 06-001/06-002/06-003 metadata, 07-001 DisplayDocTitle, 11-001 natural language.
  const xmp = readXmp(doc);
  if (!xmp) fail('06-001', 'no XMP metadata stream');
  // Read with an XML parser, by namespace (a packet may use other prefixes) and with its character references decoded.
  let packet = new DOMParser().parseFromString('<x/>', 'text/xml');
  try {
    if (xmp) packet = new DOMParser().parseFromString(xmp, 'text/xml');
  } catch (error) {
    fail('06-001', `the XMP metadata is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const items = (ns: string, local: string): string[] =>
    Array.from(packet.getElementsByTagNameNS(ns, local)).flatMap((el) =>
      Array.from(el.getElementsByTagNameNS(XMP_NS.rdf, 'li')).map((li) => li.textContent ?? ''),
    );
  const part = [
    ...Array.from(packet.getElementsByTagNameNS(XMP_NS.pdfuaid, 'part')).map((el) => el.textContent ?? ''),
    ...Array.from(packet.getElementsByTagNameNS(XMP_NS.rdf, 'Description')).map((el) => el.getAttributeNS(XMP_NS.pdfuaid, 'part') ?? ''),
  ];
  if (!part.some((p) => p.trim() === '1')) fail('06-002', 'XMP has no pdfuaid:part = 1');
  const dcTitle = items(XMP_NS.dc, 'title')[0] ?? '';
  if (dcTitle.trim() === '') fail('06-003', 'XMP has no dc:title');
  else if (dcTitle !== expected.title) fail('06-003', `dc:title "${dcTitle}" is not the document's title`);
  if (!items(XMP_NS.dc, 'language').includes(expected.lang)) fail('06-003', 'XMP has no dc:language');
  const prefs = doc.context.lookup(doc.catalog.get(PDFName.of('ViewerPreferences')));
  if (!(prefs instanceof PDFDict) || prefs.get(PDFName.of('DisplayDocTitle')) !== PDFBool.True)
    fail('07-001', 'DisplayDocTitle is not true');
  const lang = doc.catalog.get(PDFName.of('Lang'));
  if (!lang || lang.toString().replace(/[()<>]/g, '') === '') fail('11-001', 'the catalog has no /Lang');

  const counts: Record<string, number> = {};
  const headingLevels: number[] = [];
  if (root) {
    for (const { node } of structElements(root)) {
      counts[node.type] = (counts[node.type] ?? 0) + 1;
      const level = HEADING.exec(node.type)?.[1];
      if (level) headingLevels.push(Number(level));
      // 13-004: a Figure without alternative text.
      if (node.type === 'Figure' && !node.alt?.trim()) fail('13-004', 'a Figure has no alternative text');
      // 15-00x: a table needs header cells.
      if (node.type === 'Table' && !hasDescendant(node, 'TH')) fail('15-003', 'a Table has no TH cell');
      // 28-011: a link annotation is the child of a Link element.
      if (node.type === 'Link' && node.annotations === 0) fail('28-011', 'a Link element holds no link annotation');
    }
    // 14-002 / 14-003: headings start at H1 and never skip a level going down.
    if (headingLevels[0] !== undefined && headingLevels[0] !== 1) fail('14-002', `the first heading is H${headingLevels[0]}, not H1`);
    headingLevels.forEach((level, i) => {
      const before = i === 0 ? 0 : (headingLevels[i - 1] ?? 0);
      if (level > before + 1) fail('14-003', `heading ${i + 1} is H${level} after H${before}`);
    });
  }

  // 28-004: every link annotation has a description; 28-002 is Chromium's (links are Link annotations).
  for (const link of linkDescriptions(doc)) {
    if (!link.contents.trim()) fail('28-004', `page ${link.page}: the link to ${link.key} has no /Contents`);
  }
  counts.LinkAnnotation = linkDescriptions(doc).length;
  return { failures, counts, headingLevels };
}

function hasDescendant(node: StructNode, type: string): boolean {
  return node.children.some((c) => c.type === type || hasDescendant(c, type));
}
