/**
 * The PDF's bookmark outline: one entry per section, its slides under it.
 * Chromium's own outline follows headings, which would list every slide flat, so the
 * outline is written with pdf-lib's low-level objects after printing.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';
import type { OutlineNode } from './pdf-outline-plan.ts';

export { planOutline, type OutlineDeck, type OutlineNode } from './pdf-outline-plan.ts';

/** Writes the outline into the document (replacing any) and asks viewers to show it on opening. */
export function writeOutline(doc: PDFDocument, nodes: readonly OutlineNode[]): void {
  const context = doc.context;
  const pages = doc.getPages();

  // Returns the number of entries written at this level and below (all open).
  const writeLevel = (items: readonly OutlineNode[], parent: PDFRef): { first?: PDFRef; last?: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = 0;
    items.forEach((item, i) => {
      const ref = refs[i];
      const page = pages[item.page];
      if (!ref || !page) throw new Error(`outline entry "${item.title}" points at page ${item.page + 1} of ${pages.length}`);
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('Fit')]));
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev);
      if (next) dict.set(PDFName.of('Next'), next);
      const below = writeLevel(item.children, ref);
      if (below.first && below.last) {
        dict.set(PDFName.of('First'), below.first);
        dict.set(PDFName.of('Last'), below.last);
        dict.set(PDFName.of('Count'), context.obj(below.count));
      }
      context.assign(ref, dict);
      count += 1 + below.count;
    });
    return { first: refs[0], last: refs[refs.length - 1], count };
  };

  const rootRef = context.nextRef();
  const top = writeLevel(nodes, rootRef);
  const root = context.obj({ Type: 'Outlines' });
  if (top.first && top.last) {
    root.set(PDFName.of('First'), top.first);
    root.set(PDFName.of('Last'), top.last);
    root.set(PDFName.of('Count'), context.obj(top.count));
  }
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Reads the outline back (for tests and checks): titles and 0-based target pages. */
export function readOutline(doc: PDFDocument): OutlineNode[] {
  const context = doc.context;
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const lookupDict = (ref: unknown): PDFDict | undefined => {
    const obj = ref instanceof PDFRef ? context.lookup(ref) : ref;
    return obj instanceof PDFDict ? obj : undefined;
  };
  const titleOf = (dict: PDFDict): string => {
    const title = dict.get(PDFName.of('Title'));
    return title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '';
  };
  const pageOf = (dict: PDFDict): number => {
    const dest = context.lookup(dict.get(PDFName.of('Dest')));
    const target = dest instanceof PDFArray ? dest.get(0) : undefined;
    return target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? -1) : -1;
  };
  const readLevel = (firstRef: unknown): OutlineNode[] => {
    const items: OutlineNode[] = [];
    const seen = new Set<string>();
    let ref = firstRef;
    while (ref instanceof PDFRef && !seen.has(ref.toString())) {
      seen.add(ref.toString());
      const dict = lookupDict(ref);
      if (!dict) break;
      items.push({ title: titleOf(dict), page: pageOf(dict), children: readLevel(dict.get(PDFName.of('First'))) });
      ref = dict.get(PDFName.of('Next'));
    }
    return items;
  };
  const root = lookupDict(doc.catalog.get(PDFName.of('Outlines')));
  return root ? readLevel(root.get(PDFName.of('First'))) : [];
}
