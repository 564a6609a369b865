/**
 * The language of the text and the fonts that draw it, on every part of the written package
 * (slides, notes, charts, masters, layouts, the theme). PowerPoint and LibreOffice choose a run's
 * font by the script of its characters: Latin letters and Cyrillic take the run's `a:latin` face,
 * Han and kana its `a:ea` face. pptxgenjs writes the Latin face into `a:ea` too (Source Sans 3 has
 * no ideograph, so a reader substitutes a font of its own, or draws boxes), leaves the theme's
 * East Asian fonts empty, and writes `lang="en-US"` wherever it was not told otherwise (paragraph
 * ends, notes, chart text). Here:
 * - every run says its own language (`langSpans`: a run mixing scripts is split), and the
 *   edition's as `altLang` when it is in another one (as PowerPoint writes an English word in a
 *   Chinese text); paragraph ends and list defaults carry the edition's language;
 * - every East Asian face is the deck's CJK face, Noto Sans SC (a free font a reader can install),
 *   in the runs and in the theme's major and minor fonts (and its font for Simplified Chinese).
 */
import type { Document, Element } from '@xmldom/xmldom';
import { CJK_FONT_NAME } from './fonts.ts';
import { langSpans } from './lang.ts';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

const all = (root: Document | Element, local: string): Element[] => Array.from(root.getElementsByTagNameNS(A, local));
const children = (parent: Element, local?: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === A && (local === undefined || (n as Element).localName === local),
  );

function setText(doc: Document, t: Element, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(doc.createTextNode(text));
}

/** The language written for English text in an edition in another language (the deck's English is British). */
export const ENGLISH = 'en-GB';

/**
 * `altLang` of a run in `lang` in an edition whose language is `base`: the edition's language when
 * the run is in another one, English for the edition's own runs in a Russian or Chinese edition
 * (what PowerPoint writes for a text typed with two keyboards), none in the English edition.
 */
export function altLang(lang: string, base: string): string | undefined {
  if (lang !== base) return base;
  return base === ENGLISH ? undefined : ENGLISH;
}

function setLang(rPr: Element, lang: string, base: string): void {
  rPr.setAttribute('lang', lang);
  const alt = altLang(lang, base);
  if (alt) rPr.setAttribute('altLang', alt);
  else rPr.removeAttribute('altLang');
}

/** The run properties elements a text part has: run, field and paragraph-end properties, and list defaults. */
const PROPS = ['rPr', 'endParaRPr', 'defRPr'] as const;

/**
 * Every run in its language (split where the script changes), paragraph ends and list defaults in
 * the edition's. Returns how many runs were split.
 */
export function markLanguages(doc: Document, base: string): number {
  let split = 0;
  for (const r of all(doc, 'r')) {
    const t = children(r, 't')[0];
    let rPr = children(r, 'rPr')[0];
    if (!rPr) {
      rPr = doc.createElementNS(A, 'a:rPr');
      r.insertBefore(rPr, r.firstChild);
    }
    const text = t?.textContent ?? '';
    const spans = text === '' ? [{ text, lang: base }] : langSpans(text, base);
    const [head, ...rest] = spans;
    if (!head || !t) {
      setLang(rPr, base, base);
      continue;
    }
    setLang(rPr, head.lang, base);
    if (rest.length === 0) continue;
    setText(doc, t, head.text);
    let after: Element = r;
    for (const span of rest) {
      const copy = r.cloneNode(true) as Element;
      const copyPr = children(copy, 'rPr')[0];
      const copyT = children(copy, 't')[0];
      if (copyPr) setLang(copyPr, span.lang, base);
      if (copyT) setText(doc, copyT, span.text);
      r.parentNode?.insertBefore(copy, after.nextSibling);
      after = copy;
    }
    split++;
  }
  for (const tag of PROPS) {
    for (const e of all(doc, tag)) {
      const parent = e.parentNode as Element | null;
      // Runs were set above; a field (the slide number) and the rest say the edition's language.
      if (tag === 'rPr' && parent?.localName === 'r') continue;
      // List-style defaults without a language leave it to the text; those with one are put right.
      if (tag === 'defRPr' && !e.hasAttribute('lang')) continue;
      setLang(e, base, base);
    }
  }
  return split;
}

/** The order of a run's font children (CT_TextCharacterProperties): what may come after `a:ea`. */
const AFTER_EA = ['cs', 'sym', 'hlinkClick', 'hlinkMouseOver', 'rtl', 'extLst'];

/**
 * The East Asian face of every run that names a Latin face: Noto Sans SC (the deck's CSS sets
 * Chinese in it under both the serif and the sans). Returns how many were set.
 */
export function setEastAsianFonts(doc: Document): number {
  let set = 0;
  for (const tag of PROPS) {
    for (const props of all(doc, tag)) {
      const latin = children(props, 'latin')[0];
      if (!latin) continue;
      const typeface = latin.getAttribute('typeface') ?? '';
      // Theme references (+mn-lt) resolve through the theme, which is set in `setThemeFonts`.
      if (typeface === '' || typeface.startsWith('+')) continue;
      let ea = children(props, 'ea')[0];
      if (!ea) {
        ea = doc.createElementNS(A, 'a:ea');
        const next = children(props).find((e) => AFTER_EA.includes(e.localName ?? ''));
        props.insertBefore(ea, next ?? null);
      }
      ea.setAttribute('typeface', CJK_FONT_NAME);
      // Variable pitch, sans serif (34); the GB 2312 character set (134, written as a signed byte).
      ea.setAttribute('pitchFamily', '34');
      ea.setAttribute('charset', '-122');
      set++;
    }
  }
  return set;
}

/** The theme's East Asian fonts (major and minor, and the one for Simplified Chinese): Noto Sans SC. */
export function setThemeFonts(doc: Document): void {
  for (const tag of ['majorFont', 'minorFont']) {
    for (const scheme of all(doc, tag)) {
      const ea = children(scheme, 'ea')[0];
      ea?.setAttribute('typeface', CJK_FONT_NAME);
      for (const font of children(scheme, 'font')) if (font.getAttribute('script') === 'Hans') font.setAttribute('typeface', CJK_FONT_NAME);
    }
  }
}
