/**
 * Editions: the talk in another language, built from the same facts.
 *
 * An edition supplies words only. Ids, sources, timings, chart and map ids, build steps and
 * "since the talk" marks come from the English slide modules; an edition's files under
 * `editions/<lang>/` mirror each English section with the same words in its own language, slide
 * by slide and block by block. `applyEdition` lays those words over the English deck and fails,
 * naming the slide and the language, where a translation is missing, extra or shaped differently.
 * Pure: no DOM, no I/O.
 */
import type { AuthoredDeck, AuthoredSection, AuthoredSlide, Block, Footnote, Point } from './authored.ts';
import type { Source, SourceId } from '../data/sources.ts';
import { missingMessages, type Messages } from './messages.ts';

/** A list item's words: a plain string, or the text with its sub-points when the English has them. */
export type PointWords = string | { readonly text: string; readonly sub?: readonly string[] };

/** One block's words, by the English block's kind; chart, map and references blocks carry none (`{}`). */
export type BlockWords =
  | { readonly text: string }
  | { readonly items: readonly PointWords[] }
  | { readonly items: readonly { readonly when: string; readonly what: string }[] }
  | { readonly items: readonly { readonly value: string; readonly label: string }[] }
  | { readonly columns: readonly [ColumnWords, ColumnWords] }
  | { readonly title: string; readonly meta: string }
  | {
      readonly caption: string;
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  | Record<string, never>;

export interface ColumnWords {
  readonly heading: string;
  readonly items: readonly PointWords[];
}

export interface SlideWords {
  readonly title: string;
  /** One entry per English block, in the same order. */
  readonly blocks: readonly BlockWords[];
  /** The speaker's script in this language; the same number of click marks (▶) as the English. */
  readonly notes: readonly string[];
  /** Stage directions; as many as the English slide has. */
  readonly cue?: string | readonly string[];
  /** One per English footnote. */
  readonly footnotes?: readonly string[];
  /**
   * The translator's own notes (e.g. "this title is the deck's translation, not an official one"):
   * shown after the slide's footnotes in this edition only.
   */
  readonly translatorNotes?: readonly string[];
}

export interface SectionWords {
  readonly title: string;
  /** Keyed by the English slide id. */
  readonly slides: Readonly<Record<string, SlideWords>>;
}

/** An edition as pages and exports name it: for the language switch, `hreflang` links and `Intl`. */
export interface EditionRef {
  /** Short id (`en`, `ru`, `zh`): `--lang` and the folder the edition is published in. */
  readonly id: string;
  /** BCP 47 tag. */
  readonly lang: string;
  /** The language's name in itself (English, Русский, 中文). */
  readonly name: string;
  /** The edition's folder below the English site: `''`, `'ru/'`… */
  readonly dir: string;
  /** The offer of this edition to a reader elsewhere whose browser prefers its language, in its own words. */
  readonly offer: Pick<Messages, 'offer' | 'offerRead' | 'offerDismiss'>;
}

/** From a page in `dir` (`''`, `ru/`) back to the site's root, where the English edition is: `./`, `../`. Pure. */
export const siteRoot = (dir: string): string => '../'.repeat(dir.split('/').filter(Boolean).length) || './';

export interface EditionWords {
  /** BCP 47 tag of the edition (`ru`, `zh-Hans`). */
  readonly lang: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly event: string;
  readonly description: string;
  /** The interface's words. */
  readonly messages: Messages;
  /** Keyed by the English section id. */
  readonly sections: Readonly<Record<string, SectionWords>>;
}

/**
 * A source's descriptive words in an edition: one field for each the English entry has. The
 * source's own `title` and the sentence relied on (`relied`) are quotations and are never translated.
 */
export type SourceWords = Partial<Pick<Source, 'short' | 'publisher' | 'description' | 'date' | 'note' | 'publishedNote'>>;

export type SourcesWords = Readonly<Record<SourceId, SourceWords>>;

export const defineSourcesWords = (words: SourcesWords): SourcesWords => words;
export const defineSectionWords = (words: SectionWords): SectionWords => words;
export const defineEditionWords = (words: EditionWords): EditionWords => words;

/** A translation that does not fit the English deck, with every problem found. */
export class EditionError extends Error {
  constructor(
    readonly lang: string,
    readonly problems: readonly string[],
  ) {
    super(`The ${lang} edition does not match the English deck:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EditionError';
  }
}

type Report = (problem: string) => void;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function text(value: unknown, where: string, report: Report): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  report(`${where}: missing translation`);
  return '';
}

function list(value: unknown, length: number, where: string, report: Report): readonly unknown[] | undefined {
  if (!Array.isArray(value)) {
    report(`${where}: missing translation (expected ${length})`);
    return undefined;
  }
  if (value.length !== length) report(`${where}: ${value.length} translated, the English has ${length}`);
  return value as readonly unknown[];
}

function point(english: Point, words: unknown, where: string, report: Report): Point {
  if (typeof english === 'string') return text(words, where, report);
  const w: Record<string, unknown> = isRecord(words) ? words : { text: words };
  const englishSub = english.sub;
  if (!englishSub) return { ...english, text: text(w['text'], where, report) };
  const sub = list(w['sub'], englishSub.length, `${where} sub-points`, report);
  const translated: Exclude<Point, string> = {
    ...english,
    text: text(w['text'], where, report),
    sub: englishSub.map((_, i) => text(sub?.[i], `${where} sub-point ${i + 1}`, report)),
  };
  return translated;
}

function points(english: readonly Point[], words: unknown, where: string, report: Report): Point[] {
  const w = list(words, english.length, where, report);
  return english.map((p, i) => point(p, w?.[i], `${where} item ${i + 1}`, report));
}

/** Items with two words each (a timeline's date and event, a figure's value and label), everything else kept. */
function wordPairs<T extends object>(
  english: readonly T[],
  words: unknown,
  [a, aName]: readonly [keyof T & string, string],
  [b, bName]: readonly [keyof T & string, string],
  where: string,
  report: Report,
): T[] {
  const items = list(words, english.length, where, report);
  return english.map((item, i) => {
    const t = items?.[i];
    const r = isRecord(t) ? t : {};
    return { ...item, [a]: text(r[a], `${where} ${aName} ${i + 1}`, report), [b]: text(r[b], `${where} ${bName} ${i + 1}`, report) };
  });
}

function block(english: Block, words: unknown, where: string, report: Report): Block {
  const w = isRecord(words) ? words : {};
  if (!isRecord(words)) report(`${where}: missing translation`);
  switch (english.kind) {
    case 'lead':
      return { ...english, text: text(w['text'], where, report) };
    case 'points':
      return { ...english, items: points(english.items, w['items'], where, report) };
    case 'timeline':
      return { ...english, items: wordPairs(english.items, w['items'], ['when', 'date'], ['what', 'event'], where, report) };
    case 'figures':
      return { ...english, items: wordPairs(english.items, w['items'], ['value', 'figure'], ['label', 'label'], where, report) };
    case 'compare': {
      const cols = list(w['columns'], 2, where, report);
      const column = (i: 0 | 1) => {
        const c = cols?.[i];
        const r = isRecord(c) ? c : {};
        const col = english.columns[i];
        return {
          heading: text(r['heading'], `${where} column ${i + 1}`, report),
          items: points(col.items, r['items'], `${where} column ${i + 1}`, report),
        };
      };
      return { ...english, columns: [column(0), column(1)] };
    }
    case 'document':
      return { ...english, title: text(w['title'], `${where} title`, report), meta: text(w['meta'], `${where} meta`, report) };
    case 'table': {
      const rows = list(w['rows'], english.rows.length, `${where} rows`, report);
      const head = list(w['head'], english.head.length, `${where} head`, report);
      return {
        ...english,
        caption: text(w['caption'], `${where} caption`, report),
        head: english.head.map((_, i) => text(head?.[i], `${where} head ${i + 1}`, report)),
        rows: english.rows.map((row, r) => {
          const cells = list(rows?.[r], row.length, `${where} row ${r + 1}`, report);
          return row.map((_, c) => text(cells?.[c], `${where} row ${r + 1} cell ${c + 1}`, report));
        }),
      };
    }
    case 'chart':
    case 'map':
    case 'references':
      if (Object.keys(w).length > 0)
        report(`${where}: a ${english.kind} block takes no words here ({}); its words live with the ${english.kind}`);
      return english;
  }
}

const cues = (cue: AuthoredSlide['cue']): readonly string[] => (cue === undefined ? [] : typeof cue === 'string' ? [cue] : cue);

function footnote(english: Footnote, words: unknown, where: string, report: Report): Footnote {
  const t = text(words, where, report);
  return typeof english === 'string' ? t : { ...english, text: t };
}

function slide(english: AuthoredSlide, words: SlideWords | undefined, where: string, report: Report): AuthoredSlide {
  if (!words) {
    report(`${where}: no translation of this slide`);
    return english;
  }
  const blocks = list(words.blocks, english.blocks.length, `${where} blocks`, report);
  const notes = list(words.notes, english.notes.length, `${where} notes`, report);
  const englishCues = cues(english.cue);
  const wordCues = cues(words.cue);
  if (wordCues.length !== englishCues.length) report(`${where} cues: ${wordCues.length} translated, the English has ${englishCues.length}`);
  const englishNotes = english.footnotes ?? [];
  const footnotes = englishNotes.length || words.footnotes ? list(words.footnotes, englishNotes.length, `${where} footnotes`, report) : [];
  const translated: Footnote[] = englishNotes.map((f, i) => footnote(f, footnotes?.[i], `${where} footnote ${i + 1}`, report));
  return {
    ...english,
    title: text(words.title, `${where} title`, report),
    blocks: english.blocks.map((b, i) => block(b, blocks?.[i], `${where} block ${i + 1} (${b.kind})`, report)),
    notes: english.notes.map((_, i) => text(notes?.[i], `${where} notes paragraph ${i + 1}`, report)),
    // The English shape is kept (a cue written as one string stays one), so English words over English change nothing.
    ...(english.cue === undefined
      ? {}
      : {
          cue:
            typeof english.cue === 'string'
              ? text(wordCues[0], `${where} cue 1`, report)
              : englishCues.map((_, i) => text(wordCues[i], `${where} cue ${i + 1}`, report)),
        }),
    ...(english.footnotes || words.translatorNotes
      ? { footnotes: [...translated, ...(words.translatorNotes ?? []).map((t) => ({ text: t, translator: true }))] }
      : {}),
  };
}

function section(english: AuthoredSection, words: SectionWords | undefined, report: Report): AuthoredSection {
  if (!words) {
    report(`section "${english.id}": no translation`);
    return english;
  }
  const ids = new Set(english.slides.map((s) => s.id));
  for (const id of Object.keys(words.slides)) if (!ids.has(id)) report(`section "${english.id}": slide "${id}" is not in the English deck`);
  return {
    ...english,
    title: text(words.title, `section "${english.id}" title`, report),
    slides: english.slides.map((s) => slide(s, words.slides[s.id], `slide "${s.id}"`, report)),
  };
}

/**
 * The English deck with an edition's words laid over it: same ids, sources, timings and blocks.
 * Throws an `EditionError` listing every slide where the words do not fit.
 */
export function applyEdition(english: AuthoredDeck, words: EditionWords): AuthoredDeck {
  const problems: string[] = [];
  const report: Report = (p) => problems.push(p);
  const ids = new Set(english.sections.map((s) => s.id));
  for (const id of Object.keys(words.sections)) if (!ids.has(id)) report(`section "${id}" is not in the English deck`);
  // A translation gives each plural every form its language has (English words may not change with the count).
  const formsOf = words.lang === english.lang ? undefined : words.lang;
  for (const key of missingMessages(english.messages, words.messages, formsOf)) report(`interface message "${key}": missing translation`);
  const deck: AuthoredDeck = {
    ...english,
    lang: words.lang,
    title: text(words.title, 'deck title', report),
    shortTitle: text(words.shortTitle, 'deck short title', report),
    event: text(words.event, 'deck event', report),
    description: text(words.description, 'deck description', report),
    messages: words.messages,
    sections: english.sections.map((s) => section(s, words.sections[s.id], report)),
  };
  if (problems.length) throw new EditionError(words.lang, problems);
  return deck;
}

function pointWords(p: Point): PointWords {
  if (typeof p === 'string') return p;
  if (!p.sub) return p.text;
  const withSub: Exclude<PointWords, string> = { text: p.text, sub: p.sub };
  return withSub;
}

function blockWords(b: Block): BlockWords {
  switch (b.kind) {
    case 'lead':
      return { text: b.text };
    case 'points':
      return { items: b.items.map(pointWords) };
    case 'timeline':
      return { items: b.items.map((i) => ({ when: i.when, what: i.what })) };
    case 'figures':
      return { items: b.items.map((i) => ({ value: i.value, label: i.label })) };
    case 'compare':
      return {
        columns: [
          { heading: b.columns[0].heading, items: b.columns[0].items.map(pointWords) },
          { heading: b.columns[1].heading, items: b.columns[1].items.map(pointWords) },
        ],
      };
    case 'document':
      return { title: b.title, meta: b.meta };
    case 'table':
      return { caption: b.caption, head: b.head, rows: b.rows };
    case 'chart':
    case 'map':
    case 'references':
      return {};
  }
}

/**
 * The deck's own words in the shape an edition writes them: the starting point for a new language,
 * and the proof (in the tests) that `applyEdition` changes words and nothing else.
 */
export function wordsOf(deck: AuthoredDeck): EditionWords {
  const slideWords = (s: AuthoredSlide): SlideWords => ({
    title: s.title,
    blocks: s.blocks.map(blockWords),
    notes: s.notes,
    ...(s.cue !== undefined ? { cue: s.cue } : {}),
    ...(s.footnotes ? { footnotes: s.footnotes.map((f) => (typeof f === 'string' ? f : f.text)) } : {}),
  });
  return {
    lang: deck.lang,
    title: deck.title,
    shortTitle: deck.shortTitle,
    event: deck.event,
    description: deck.description,
    messages: deck.messages,
    sections: Object.fromEntries(
      deck.sections.map((sec) => [sec.id, { title: sec.title, slides: Object.fromEntries(sec.slides.map((s) => [s.id, slideWords(s)])) }]),
    ),
  };
}

const SOURCE_FIELDS = ['short', 'publisher', 'description', 'date', 'note', 'publishedNote'] as const;

/**
 * The source registry with an edition's descriptive words: every field the English entry has must
 * be translated, and no other. Titles, addresses, dates of publication and quotations stay.
 */
export function applySourcesWords(
  english: ReadonlyMap<string, Source>,
  words: Readonly<Record<string, SourceWords>>,
  lang: string,
): ReadonlyMap<string, Source> {
  const problems: string[] = [];
  for (const id of Object.keys(words)) if (!english.has(id)) problems.push(`source "${id}" is not in the registry`);
  const translated = new Map<string, Source>();
  for (const [id, source] of english) {
    const w = words[id];
    if (!w) {
      problems.push(`source "${id}": no translation`);
      translated.set(id, source);
      continue;
    }
    const fields: Partial<Record<(typeof SOURCE_FIELDS)[number], string>> = {};
    for (const field of SOURCE_FIELDS) {
      const value = w[field];
      if (source[field] === undefined) {
        if (value !== undefined) problems.push(`source "${id}": ${field} is translated but the English has none`);
      } else if (typeof value !== 'string' || value.trim() === '') problems.push(`source "${id}": ${field} is not translated`);
      else fields[field] = value;
    }
    translated.set(id, { ...source, ...fields });
  }
  if (problems.length) throw new EditionError(lang, problems);
  return translated;
}
