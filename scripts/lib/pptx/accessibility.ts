/**
 * What PowerPoint's Accessibility Checker and screen readers look for in a slide, put right on the
 * written package (package.ts calls these), and read back by `auditSlide` for the tests:
 * - the slide's title in the layout's title placeholder (`<p:ph type="title"/>`), named "Title"
 *   and first in the shape tree, which is the reading order;
 * - shapes that only decorate (panels, rules, timeline dots) marked decorative, so the checker does
 *   not ask for their alternative text and readers skip them;
 * - tables with a header row (`firstRow="1"`);
 * - every picture, chart and table frame with alternative text (`descr`).
 */
import type { Document, Element } from '@xmldom/xmldom';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const ADEC = 'http://schemas.microsoft.com/office/drawing/2017/decorative';
/** Office's extension id for the decorative flag. */
const DECORATIVE_EXT = '{C183D7F6-B498-43B3-948B-1728B52AA6E4}';

const all = (root: Document | Element, ns: string, local: string): Element[] => Array.from(root.getElementsByTagNameNS(ns, local));
const child = (parent: Element, ns: string, local: string): Element | undefined =>
  Array.from(parent.childNodes).find(
    (n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === local,
  );

/** The element's `cNvPr` (name, alternative text, decorative flag), for a shape, picture or frame. */
function props(shape: Element): Element | undefined {
  return all(shape, P, 'cNvPr')[0];
}

const SHAPES = ['sp', 'pic', 'graphicFrame', 'grpSp', 'cxnSp'];
const shapesOf = (tree: Element): Element[] =>
  Array.from(tree.childNodes).filter((n): n is Element => n.nodeType === 1 && SHAPES.includes((n as Element).localName ?? ''));

const isTitle = (shape: Element): boolean =>
  all(shape, P, 'ph').some((ph) => ph.getAttribute('type') === 'title' || ph.getAttribute('type') === 'ctrTitle');

export const isDecorative = (shape: Element): boolean => all(shape, ADEC, 'decorative').some((d) => d.getAttribute('val') === '1');

function markDecorative(doc: Document, cNvPr: Element): void {
  if (all(cNvPr, ADEC, 'decorative').length > 0) return;
  const list = child(cNvPr, A, 'extLst') ?? cNvPr.appendChild(doc.createElementNS(A, 'a:extLst'));
  const ext = doc.createElementNS(A, 'a:ext');
  ext.setAttribute('uri', DECORATIVE_EXT);
  const flag = doc.createElementNS(ADEC, 'adec:decorative');
  flag.setAttribute('val', '1');
  ext.appendChild(flag);
  list.appendChild(ext);
}

export interface SlideFix {
  /** Names of the shapes that only decorate (the plan's rectangles and ellipses). */
  readonly decorative: ReadonlySet<string>;
  /** Alternative text for table frames, by name (their captions). */
  readonly tableAlt?: ReadonlyMap<string, string>;
}

/** Puts one slide right; returns what it changed. */
export function fixSlideAccessibility(doc: Document, fix: SlideFix): { titles: number; decorative: number; tables: number } {
  const tree = all(doc, P, 'spTree')[0];
  if (!tree) throw new Error('slide has no shape tree');
  let titles = 0;
  let decorative = 0;
  let tables = 0;
  for (const shape of shapesOf(tree)) {
    const cNvPr = props(shape);
    if (!cNvPr) continue;
    if (isTitle(shape)) {
      cNvPr.setAttribute('name', 'Title');
      for (const ph of all(shape, P, 'ph')) ph.removeAttribute('hasCustomPrompt');
      // First in the tree: PowerPoint's reading order is the shape tree's order.
      const firstShape = shapesOf(tree)[0];
      if (firstShape && firstShape !== shape) tree.insertBefore(shape, firstShape);
      titles++;
    } else if (fix.decorative.has(cNvPr.getAttribute('name') ?? '')) {
      markDecorative(doc, cNvPr);
      decorative++;
    }
    for (const tblPr of all(shape, A, 'tblPr')) {
      // The deck's tables always start with their header row.
      tblPr.setAttribute('firstRow', '1');
      tblPr.setAttribute('bandRow', '0');
      const alt = fix.tableAlt?.get(cNvPr.getAttribute('name') ?? '');
      if (alt && !cNvPr.getAttribute('descr')) cNvPr.setAttribute('descr', alt);
      tables++;
    }
  }
  return { titles, decorative, tables };
}

/**
 * Gives the layout's title placeholder a real place (pptxgenjs writes it without one when the
 * slides' titles keep their own): a slide made from the layout in PowerPoint gets a usable title box.
 */
export function placeLayoutTitle(doc: Document, box: { x: number; y: number; w: number; h: number }): boolean {
  for (const shape of all(doc, P, 'sp')) {
    if (!isTitle(shape)) continue;
    const xfrm = all(shape, A, 'xfrm')[0];
    const off = xfrm && child(xfrm, A, 'off');
    const ext = xfrm && child(xfrm, A, 'ext');
    if (!off || !ext) continue;
    for (const ph of all(shape, P, 'ph')) ph.removeAttribute('hasCustomPrompt');
    all(shape, P, 'cNvPr')[0]?.setAttribute('name', 'Title');
    off.setAttribute('x', String(Math.round(box.x)));
    off.setAttribute('y', String(Math.round(box.y)));
    ext.setAttribute('cx', String(Math.round(box.w)));
    ext.setAttribute('cy', String(Math.round(box.h)));
    return true;
  }
  return false;
}

export interface SlideAudit {
  /** Text of the title placeholder(s). */
  readonly titles: readonly string[];
  /** Whether the title is the first shape of the reading order. */
  readonly titleFirst: boolean;
  /** Pictures, charts, tables and text-less shapes with neither alternative text nor the decorative flag. */
  readonly missingAlt: readonly string[];
  /** Tables without a header row. */
  readonly tablesWithoutHeader: readonly string[];
  /** Each text run's language and text. */
  readonly runs: readonly { readonly lang: string; readonly text: string }[];
}

/** Reads a slide as PowerPoint's Accessibility Checker does. Pure. */
export function auditSlide(doc: Document): SlideAudit {
  const tree = all(doc, P, 'spTree')[0];
  const shapes = tree ? shapesOf(tree) : [];
  const textOf = (e: Element): string =>
    all(e, A, 't')
      .map((t) => t.textContent ?? '')
      .join('');
  const titleShapes = shapes.filter(isTitle);
  const missingAlt: string[] = [];
  const tablesWithoutHeader: string[] = [];
  for (const shape of shapes) {
    const cNvPr = props(shape);
    const name = cNvPr?.getAttribute('name') ?? '?';
    const hasAlt = (cNvPr?.getAttribute('descr') ?? '').trim() !== '' || isDecorative(shape);
    const local = shape.localName;
    const isPlaceholder = all(shape, P, 'ph').length > 0;
    const needsAlt = local === 'pic' || local === 'graphicFrame' || (local === 'sp' && !isPlaceholder && textOf(shape).trim() === '');
    if (needsAlt && !hasAlt) missingAlt.push(name);
    for (const tblPr of all(shape, A, 'tblPr')) if (tblPr.getAttribute('firstRow') !== '1') tablesWithoutHeader.push(name);
  }
  return {
    titles: titleShapes.map(textOf),
    titleFirst: titleShapes.length > 0 && shapes[0] === titleShapes[0],
    missingAlt,
    tablesWithoutHeader,
    runs: all(doc, A, 'r').map((r) => ({
      lang: all(r, A, 'rPr')[0]?.getAttribute('lang') ?? '',
      text: textOf(r),
    })),
  };
}
