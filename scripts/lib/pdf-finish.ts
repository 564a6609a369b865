/**
 * What the exporter adds to Chromium's PDF after printing: the document information (title,
 * subject, creator, dates), the catalog's language and DisplayDocTitle, a bookmark outline by
 * section, and for PDF/UA untagged content marked as artifacts (pdf-content.ts), a description on
 * every link annotation and XMP metadata (pdf-xmp.ts). Chromium's structure tree is left as it is.
 *
 * `finishPdf` does it on the file as Chromium wrote it (pdf-file.ts): it reads only the objects it
 * changes and copies the rest. Where that reader meets a PDF it does not know (another Chromium may
 * write another shape), `finishPdf` throws `UnsupportedPdf` and the exporter finishes the file with
 * pdf-lib instead (pdf-finish-pdflib.ts, the same steps on pdf-lib's document model: slower, since
 * it parses and writes every object, and loaded only then).
 */
import { markArtifacts } from './pdf-content.ts';
import {
  decodeStream,
  deflate,
  isDict,
  nameOf,
  PdfFile,
  PdfName,
  PdfRef,
  PdfString,
  UnsupportedPdf,
  type PdfDict,
  type PdfValue,
  type Replacement,
} from './pdf-file.ts';
import type { OutlineNode } from './pdf-outline-plan.ts';
import { xmpPacket } from './pdf-xmp.ts';

export { UnsupportedPdf } from './pdf-file.ts';

/** What to add. */
export interface FinishPlan {
  readonly title: string;
  readonly subject: string;
  readonly creator: string;
  readonly lang: string;
  readonly date: Date;
  readonly outline: readonly OutlineNode[];
  /** Each link's description by its key: its URI, or `#name` for a jump inside the document. */
  readonly links: ReadonlyMap<string, string>;
  /** Called with the number of pages before anything is written: throws when it is not the number expected. */
  readonly checkPages?: (pages: number) => void;
}

export interface Finished {
  readonly bytes: Uint8Array;
  readonly pages: number;
  /** Links that got no description (`page N: key`). */
  readonly missingLinks: readonly string[];
  /** Painting sequences marked as artifacts. */
  readonly artifacts: number;
}

/** PDF date string as pdf-lib writes it: `D:YYYYMMDDHHmmSSZ`. */
export const pdfDate = (date: Date): string => `D:${date.toISOString().replace(/[-:T]|\.\d{3}/g, '')}`;

/** A link's key: its URI, or `#name` for a jump to a named destination. */
function linkKey(file: PdfFile, annot: PdfDict): string | undefined {
  const text = (v: PdfValue | undefined): string | undefined =>
    v instanceof PdfString ? v.text() : v instanceof PdfName ? v.name : undefined;
  const action = file.resolve(annot.get('A'));
  if (isDict(action)) {
    const uri = file.resolve(action.get('URI'));
    if (uri instanceof PdfString) return uri.text();
    const dest = text(file.resolve(action.get('D')));
    if (nameOf(action.get('S')) === 'GoTo' && dest !== undefined) return `#${dest}`;
  }
  const dest = text(file.resolve(annot.get('Dest')));
  return dest === undefined ? undefined : `#${dest}`;
}

export async function finishPdf(printed: Uint8Array, plan: FinishPlan): Promise<Finished> {
  const file = new PdfFile(Buffer.from(printed.buffer, printed.byteOffset, printed.byteLength));
  const changes = new Map<number, Replacement | null>();
  const added = new Map<number, Replacement>();
  let next = Math.max(0, ...file.numbers()) + 1;
  const add = (replacement: Replacement): PdfRef => {
    const ref = new PdfRef(next++);
    added.set(ref.num, replacement);
    return ref;
  };
  const dictAt = (ref: PdfValue | undefined, what: string): { ref: PdfRef; dict: PdfDict } => {
    const dict = file.resolve(ref);
    if (!(ref instanceof PdfRef) || !isDict(dict)) throw new UnsupportedPdf(`${what} is not an indirect dictionary`);
    return { ref, dict: new Map(dict) };
  };

  const catalog = dictAt(file.trailer.get('Root'), 'the catalog');

  // The pages, in order.
  const pages: { ref: PdfRef; dict: PdfDict; changed: boolean }[] = [];
  const seen = new Set<number>();
  const walk = (ref: PdfValue | undefined): void => {
    const node = dictAt(ref, 'a page tree node');
    if (seen.has(node.ref.num)) throw new UnsupportedPdf('the page tree has a cycle');
    seen.add(node.ref.num);
    if (nameOf(node.dict.get('Type')) === 'Page') pages.push({ ...node, changed: false });
    else {
      const kids = file.resolve(node.dict.get('Kids'));
      if (!Array.isArray(kids)) throw new UnsupportedPdf('a page tree node without /Kids');
      for (const kid of kids) walk(kid);
    }
  };
  walk(catalog.dict.get('Pages'));
  plan.checkPages?.(pages.length);

  // Untagged painting marked as artifacts, page by page: a new content stream where anything was.
  const contentRefs = (page: PdfDict): PdfRef[] => {
    const contents = page.get('Contents');
    const list = contents instanceof PdfRef && file.stream(contents) ? [contents] : file.resolve(contents);
    const refs = Array.isArray(list) ? list : [];
    if (refs.some((r) => !(r instanceof PdfRef))) throw new UnsupportedPdf('a page whose /Contents is not a stream or an array of them');
    return refs as PdfRef[];
  };
  const users = new Map<number, number>();
  for (const page of pages) for (const ref of contentRefs(page.dict)) users.set(ref.num, (users.get(ref.num) ?? 0) + 1);
  // Every page's streams are inflated at once (on libuv's threads); each page is marked as its
  // content arrives, and its new stream deflated while the next is marked.
  const decoded = pages.map((page) =>
    Promise.all(
      contentRefs(page.dict).map((ref) => {
        const stream = file.stream(ref);
        if (!stream) throw new UnsupportedPdf(`content stream ${ref.num} is missing`);
        return decodeStream(stream);
      }),
    ),
  );
  for (const pending of decoded) pending.catch(() => undefined);
  const compressing: Promise<void>[] = [];
  let artifacts = 0;
  for (const [i, page] of pages.entries()) {
    const refs = contentRefs(page.dict);
    const content = (await decoded[i])?.map((part) => part.toString('latin1')).join('\n') ?? '';
    const marked = markArtifacts(content);
    if (marked.artifacts === 0) continue;
    artifacts += marked.artifacts;
    const ref = new PdfRef(next++);
    const dict = new Map([['Filter', new PdfName('FlateDecode')]]);
    added.set(ref.num, { stream: { dict, raw: Buffer.alloc(0) } });
    compressing.push(
      deflate(Buffer.from(marked.content, 'latin1'), { level: 6 }).then((raw) => {
        added.set(ref.num, { stream: { dict, raw } });
      }),
    );
    page.dict.set('Contents', ref);
    page.changed = true;
    // The old streams go, unless another page shows them too.
    for (const old of refs) if (users.get(old.num) === 1) changes.set(old.num, null);
  }
  await Promise.all(compressing);

  // Every link annotation described (its /Contents), from the page's own links.
  const missingLinks: string[] = [];
  pages.forEach((page, index) => {
    const annotsValue = page.dict.get('Annots');
    const annots = file.resolve(annotsValue);
    if (!Array.isArray(annots)) return;
    const list = [...annots];
    let listChanged = false;
    for (const [i, entry] of list.entries()) {
      const annot = file.resolve(entry);
      if (!isDict(annot) || nameOf(annot.get('Subtype')) !== 'Link') continue;
      const key = linkKey(file, annot);
      const description = key === undefined ? undefined : plan.links.get(key);
      if (!description) {
        missingLinks.push(`page ${index + 1}: ${key ?? '(no target)'}`);
        continue;
      }
      const described = new Map(annot);
      described.set('Contents', PdfString.fromText(description));
      if (entry instanceof PdfRef) changes.set(entry.num, { value: described });
      else {
        list[i] = described;
        listChanged = true;
      }
    }
    if (!listChanged) return;
    if (annotsValue instanceof PdfRef) changes.set(annotsValue.num, { value: list });
    else {
      page.dict.set('Annots', list);
      page.changed = true;
    }
  });
  for (const page of pages) if (page.changed) changes.set(page.ref.num, { value: page.dict });

  // Document information: Chromium's, with the deck's title, subject, creator and dates.
  const infoValue = file.trailer.get('Info');
  const info = new Map(isDict(file.resolve(infoValue)) ? (file.resolve(infoValue) as PdfDict) : []);
  info.set('Title', PdfString.fromText(plan.title));
  info.set('Subject', PdfString.fromText(plan.subject));
  info.set('Creator', PdfString.fromText(plan.creator));
  info.set('CreationDate', new PdfString(Buffer.from(pdfDate(plan.date), 'latin1')));
  info.set('ModDate', new PdfString(Buffer.from(pdfDate(plan.date), 'latin1')));
  const producer = info.get('Producer');
  let infoRef: PdfRef | undefined;
  if (infoValue instanceof PdfRef) changes.set(infoValue.num, { value: info });
  else infoRef = add({ value: info });

  // The outline: one entry per section, its slides under it, all open.
  const writeLevel = (items: readonly OutlineNode[], parent: PdfRef): { first?: PdfRef; last?: PdfRef; count: number } => {
    const refs = items.map(() => new PdfRef(next++));
    let count = 0;
    items.forEach((item, i) => {
      const ref = refs[i];
      const page = pages[item.page];
      if (!ref || !page) throw new Error(`outline entry "${item.title}" points at page ${item.page + 1} of ${pages.length}`);
      const dict: PdfDict = new Map<string, PdfValue>([
        ['Title', PdfString.fromText(item.title)],
        ['Parent', parent],
        ['Dest', [page.ref, new PdfName('Fit')]],
      ]);
      const prev = refs[i - 1];
      const following = refs[i + 1];
      if (prev) dict.set('Prev', prev);
      if (following) dict.set('Next', following);
      const below = writeLevel(item.children, ref);
      if (below.first && below.last) {
        dict.set('First', below.first);
        dict.set('Last', below.last);
        dict.set('Count', below.count);
      }
      added.set(ref.num, { value: dict });
      count += 1 + below.count;
    });
    return { ...(refs[0] ? { first: refs[0] } : {}), ...(refs.at(-1) ? { last: refs.at(-1) } : {}), count };
  };
  const outlineRef = new PdfRef(next++);
  const top = writeLevel(plan.outline, outlineRef);
  const outlineRoot: PdfDict = new Map<string, PdfValue>([['Type', new PdfName('Outlines')]]);
  if (top.first && top.last) {
    outlineRoot.set('First', top.first);
    outlineRoot.set('Last', top.last);
    outlineRoot.set('Count', top.count);
  }
  added.set(outlineRef.num, { value: outlineRoot });

  // XMP, uncompressed, as PDF/UA readers look for it.
  const xmp = xmpPacket({
    title: plan.title,
    description: plan.subject,
    lang: plan.lang,
    creatorTool: plan.creator,
    producer: producer instanceof PdfString ? producer.text() : '',
    date: plan.date,
  });
  const metadata = add({
    stream: {
      dict: new Map<string, PdfValue>([
        ['Type', new PdfName('Metadata')],
        ['Subtype', new PdfName('XML')],
      ]),
      raw: Buffer.from(xmp, 'utf8'),
    },
  });

  // The catalog: language, the title in the window, the outline open, the metadata.
  catalog.dict.set('Lang', new PdfString(Buffer.from(plan.lang, 'latin1')));
  const prefsValue = catalog.dict.get('ViewerPreferences');
  const prefs = new Map(isDict(file.resolve(prefsValue)) ? (file.resolve(prefsValue) as PdfDict) : []);
  prefs.set('DisplayDocTitle', true);
  if (prefsValue instanceof PdfRef) changes.set(prefsValue.num, { value: prefs });
  else catalog.dict.set('ViewerPreferences', prefs);
  catalog.dict.set('Outlines', outlineRef);
  catalog.dict.set('PageMode', new PdfName('UseOutlines'));
  catalog.dict.set('Metadata', metadata);
  changes.set(catalog.ref.num, { value: catalog.dict });

  const bytes = await file.write(changes, added, infoRef ? { Info: infoRef } : {});
  return { bytes, pages: pages.length, missingLinks, artifacts };
}
