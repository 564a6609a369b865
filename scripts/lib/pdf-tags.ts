/**
 * What the PDF needs for PDF/UA beyond Chromium's tags, added after printing with pdf-lib's
 * low-level objects, without touching the structure tree Chromium wrote:
 * - untagged content (backgrounds, slide numbers) marked as artifacts (pdf-content.ts);
 * - every link annotation given a description (`/Contents`, Matterhorn 28-004);
 * - XMP metadata with dc:title, dc:language, dc:description and pdfuaid:part = 1 (06-002, 07-001).
 * `readStructure` reads the tags back for the tests and the exporter's own check.
 */
import { deflateSync } from 'node:zlib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import { markArtifacts, unmarkedPainting } from './pdf-content.ts';
import { xmpPacket, type XmpFields } from './pdf-xmp.ts';

export { xmpPacket, type XmpFields } from './pdf-xmp.ts';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

function streamText(stream: PDFObject | undefined): string {
  if (stream instanceof PDFRawStream) return latin1(decodePDFRawStream(stream).decode());
  if (stream instanceof PDFStream) return latin1(stream.getContents());
  return '';
}

/** Each page's content streams, decoded and joined (a page may split its content over several). */
export function pageContents(doc: PDFDocument): string[] {
  return doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const resolved = doc.context.lookup(contents);
    const parts = resolved instanceof PDFArray ? resolved.asArray().map((r) => doc.context.lookup(r)) : [resolved];
    return parts.map((p) => streamText(p)).join('\n');
  });
}

const refsIn = (o: PDFObject | undefined): PDFRef[] =>
  o instanceof PDFArray ? o.asArray().filter((r): r is PDFRef => r instanceof PDFRef) : [];

/** Marks every page's untagged painting as artifacts. Returns how many sequences were added. */
export function markUntaggedAsArtifacts(doc: PDFDocument): number {
  let total = 0;
  pageContents(doc).forEach((content, i) => {
    const page = doc.getPage(i);
    const { content: marked, artifacts } = markArtifacts(content);
    if (artifacts === 0) return;
    // Node's zlib: several times faster than pdf-lib's own deflate, and smaller.
    const stream = doc.context.stream(deflateSync(Buffer.from(marked, 'latin1'), { level: 6 }), { Filter: 'FlateDecode' });
    // The old streams go: pdf-lib would otherwise write them too, unreferenced.
    const old = page.node.get(PDFName.of('Contents'));
    const oldParts = old instanceof PDFRef ? [old, ...refsIn(doc.context.lookup(old))] : refsIn(old);
    page.node.set(PDFName.of('Contents'), doc.context.register(stream));
    for (const ref of oldParts) doc.context.delete(ref);
    total += artifacts;
  });
  return total;
}

/** Painting outside marked content, per page (all zero after `markUntaggedAsArtifacts`). */
export const untaggedPainting = (doc: PDFDocument): number[] => pageContents(doc).map(unmarkedPainting);

/** A link's key: its URI, or `#name` for a jump inside the document. */
export type LinkKey = string;

function linkAnnotations(doc: PDFDocument): { dict: PDFDict; key: LinkKey | undefined; page: number }[] {
  const out: { dict: PDFDict; key: LinkKey | undefined; page: number }[] = [];
  doc.getPages().forEach((page, index) => {
    const annots = doc.context.lookup(page.node.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) return;
    for (const ref of annots.asArray()) {
      const dict = doc.context.lookup(ref);
      if (!(dict instanceof PDFDict) || dict.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = doc.context.lookup(dict.get(PDFName.of('A')));
      const uri = action instanceof PDFDict ? action.get(PDFName.of('URI')) : undefined;
      const dest = dict.get(PDFName.of('Dest'));
      const key =
        uri instanceof PDFString || uri instanceof PDFHexString
          ? uri.decodeText()
          : dest instanceof PDFString || dest instanceof PDFHexString
            ? `#${dest.decodeText()}`
            : dest instanceof PDFName
              ? `#${dest.decodeText()}`
              : undefined;
      out.push({ dict, key, page: index });
    }
  });
  return out;
}

/**
 * Gives every link annotation its description (`/Contents`) from the page's links, by URI or
 * destination. Returns the keys of links that had no description (the caller fails on them).
 */
export function describeLinks(doc: PDFDocument, descriptions: ReadonlyMap<LinkKey, string>): string[] {
  const missing: string[] = [];
  for (const link of linkAnnotations(doc)) {
    const text = link.key === undefined ? undefined : descriptions.get(link.key);
    if (text) link.dict.set(PDFName.of('Contents'), PDFHexString.fromText(text));
    else missing.push(`page ${link.page + 1}: ${link.key ?? '(no target)'}`);
  }
  return missing;
}

/** Link annotations and whether each has a description, for the tests. */
export const linkDescriptions = (doc: PDFDocument): { page: number; key: string; contents: string }[] =>
  linkAnnotations(doc).map((l) => {
    const contents = l.dict.get(PDFName.of('Contents'));
    return {
      page: l.page + 1,
      key: l.key ?? '',
      contents: contents instanceof PDFHexString || contents instanceof PDFString ? contents.decodeText() : '',
    };
  });

/** Writes the XMP packet as the catalog's uncompressed `/Metadata` stream. */
export function writeXmp(doc: PDFDocument, fields: XmpFields): void {
  const stream = doc.context.stream(Buffer.from(xmpPacket(fields), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/** The catalog's XMP packet as text, or '' when there is none. */
export function readXmp(doc: PDFDocument): string {
  const stream = doc.context.lookup(doc.catalog.get(PDFName.of('Metadata')));
  return stream instanceof PDFStream
    ? Buffer.from(stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents()).toString('utf8')
    : '';
}

export interface StructNode {
  readonly type: string;
  readonly alt?: string;
  readonly lang?: string;
  /** Marked-content ids directly under this element. */
  readonly mcids: number;
  /** Annotations (links) directly under this element. */
  readonly annotations: number;
  readonly children: readonly StructNode[];
}

const textOf = (o: PDFObject | undefined): string | undefined =>
  o instanceof PDFHexString || o instanceof PDFString ? o.decodeText() : undefined;

/** The structure tree, element by element (what a screen reader or a PDF/UA checker walks). */
export function readStructure(doc: PDFDocument): StructNode | undefined {
  const context = doc.context;
  const root = context.lookup(doc.catalog.get(PDFName.of('StructTreeRoot')));
  if (!(root instanceof PDFDict)) return undefined;
  const seen = new Set<PDFDict>();
  const walk = (dict: PDFDict): StructNode => {
    seen.add(dict);
    const kids = context.lookup(dict.get(PDFName.of('K')));
    const list: (PDFObject | undefined)[] = kids instanceof PDFArray ? kids.asArray() : [dict.get(PDFName.of('K'))];
    const children: StructNode[] = [];
    let mcids = 0;
    let annotations = 0;
    for (const kid of list) {
      if (kid instanceof PDFNumber) mcids += 1;
      const resolved = kid instanceof PDFRef ? context.lookup(kid) : kid;
      if (!(resolved instanceof PDFDict) || seen.has(resolved)) continue;
      const type = resolved.get(PDFName.of('Type'));
      if (type === PDFName.of('OBJR')) annotations += 1;
      else if (type === PDFName.of('MCR')) mcids += 1;
      else if (resolved.has(PDFName.of('S'))) children.push(walk(resolved));
    }
    const s = dict.get(PDFName.of('S'));
    return {
      type: s instanceof PDFName ? s.decodeText() : 'StructTreeRoot',
      alt: textOf(dict.get(PDFName.of('Alt'))),
      lang: textOf(dict.get(PDFName.of('Lang'))),
      mcids,
      annotations,
      children,
    };
  };
  return walk(root);
}

/** Every element of a structure tree, depth first (the reading order), with its depth. */
export function* structElements(node: StructNode, depth = 0): Generator<{ node: StructNode; depth: number }> {
  yield { node, depth };
  for (const child of node.children) yield* structElements(child, depth + 1);
}
