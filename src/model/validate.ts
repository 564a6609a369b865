/**
 * Validation: the only way from an authored deck to a resolved one.
 * Every problem found is reported at once, each naming its slide, so a
 * content mistake fails the build instead of reaching the venue as a blank slide.
 */
import { buildStepCount, clickMarkCount, CLICK_MARK } from './steps.ts';
import type { AuthoredDeck, AuthoredSlide, Block, Dated, Footnote, Point } from './authored.ts';
import { pointText, speechFor, wordsPerMinute, type SpeechRule } from './text.ts';
import type { ResolvedBlock, ResolvedDeck, ResolvedFootnote, ResolvedSection, ResolvedSlide } from './resolved.ts';
import type { ChartId, ChartSummary } from './chart.ts';
import type { MapId, MapSummary } from './map.ts';
import type { Source } from '../data/sources.ts';
import type { EditionRef } from './edition.ts';
import { fill, type Messages } from './messages.ts';
import { primaryLanguage } from '../base/lang.ts';

export interface ValidationContext {
  readonly sources: ReadonlyMap<string, Source>;
  readonly charts: ReadonlyMap<ChartId, ChartSummary>;
  readonly maps: ReadonlyMap<MapId, MapSummary>;
  /** The edition being resolved and all the talk's editions (default: the deck alone, in its language). */
  readonly edition?: EditionRef;
  readonly editions?: readonly EditionRef[];
}

export class DeckValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The deck has ${problems.length} content problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DeckValidationError';
  }
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A figure or a date in visible text: any digit. Each such item needs its own source or its slide's. */
const HAS_FIGURE = /\d/;

/**
 * Words the script and the footnotes never use: the speaker avoided "invasion" (the script
 * describes February 2022 neutrally), and neither speaks of the talk in the third person
 * ("the talk's own assessment"). "Since / after / before the talk" is a date mark, not a voice.
 */
export const VOICE_RULES: readonly (readonly [RegExp, string])[] = [
  [/\binvasion\b|\binvade[ds]?\b/i, 'says "invasion", a word the speaker avoided: describe the events of February 2022 neutrally'],
  [
    /(?<!\b(?:since|after|before|of|at the time of) )\b(?:the|this) talk(?:[’']s)?\b/i,
    'speaks of "the talk" in the third person: say "I" (or state the fact neutrally)',
  ],
];

/** The same rules in the other editions' languages (the word the speaker avoided, in each). */
const VOICE_RULES_BY_LANG: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  en: VOICE_RULES,
  ru: [[/вторжени|вторгл/i, 'says «вторжение», a word the speaker avoided: describe the events of February 2022 neutrally']],
  zh: [[/入侵/, 'says 入侵, a word the speaker avoided: describe the events of February 2022 neutrally']],
};

/** Voice problems in one text, for messages. */
export const voiceProblems = (text: string, lang = 'en'): readonly string[] =>
  (VOICE_RULES_BY_LANG[primaryLanguage(lang)] ?? VOICE_RULES).filter(([re]) => re.test(text)).map(([, why]) => why);

/** One piece of content that cites sources: its text (for messages), its sources and its "since the talk" mark. */
interface Citing {
  readonly text: string;
  readonly cite: readonly string[];
  readonly later: boolean;
}

const citing = (text: string, cite: readonly string[] | undefined, dated: Dated = {}): Citing => ({
  text,
  cite: cite ?? [],
  later: dated.later === true,
});

const pointCiting = (point: Point): Citing[] => (typeof point === 'string' ? [] : [citing(point.text, point.cite, point)]);

/** The pieces of a block that cite sources, in order. */
function blockCiting(block: Block): readonly Citing[] {
  switch (block.kind) {
    case 'lead':
      return [citing(block.text, block.cite, block)];
    case 'points':
      return block.items.flatMap(pointCiting);
    case 'compare':
      return block.columns.flatMap((c) => c.items.flatMap(pointCiting));
    case 'timeline':
      return block.items.map((i) => citing(`${i.when} ${i.what}`, i.cite, i));
    case 'figures':
      return block.items.map((i) => citing(`${i.value} ${i.label}`, i.cite, i));
    case 'document':
      return [citing(block.title, block.cite)];
    case 'table':
      return [citing(block.caption, block.cite)];
    case 'chart':
    case 'map':
    case 'references':
      return [];
  }
}

const footnoteCiting = (note: Footnote): Citing => (typeof note === 'string' ? citing(note, []) : citing(note.text, note.cite, note));

/** Cues are authored as one string or several. */
const cuesOf = (slide: AuthoredSlide): readonly string[] =>
  slide.cue === undefined ? [] : typeof slide.cue === 'string' ? [slide.cue] : slide.cue;

function isEmptyBlock(block: Block): boolean {
  switch (block.kind) {
    case 'points':
    case 'timeline':
    case 'figures':
      return block.items.length === 0;
    case 'compare':
      return block.columns.some((c) => c.items.length === 0);
    case 'table':
      return block.rows.length === 0;
    case 'lead':
      return block.text.trim() === '';
    case 'document':
      return block.title.trim() === '';
    case 'chart':
    case 'map':
    case 'references':
      return false;
  }
}

/** The speaking band: a script of `count` (words as said, or characters) in `seconds` lies in the language's band, or this says why not. */
function rateProblem(count: number, seconds: number, speech: SpeechRule): string | undefined {
  const rate = wordsPerMinute(count, seconds);
  if (!(seconds > 0) || count === 0 || (rate >= speech.min && rate <= speech.max)) return undefined;
  return (
    `script runs at ${Math.round(rate)} ${speech.unit} a minute (${count} ${speech.counted} in ${seconds} s); ` +
    `every spoken slide is ${speech.min}–${speech.max}: ${rate > speech.max ? 'cut words or give it more seconds' : 'give it fewer seconds or say more'}`
  );
}

/** The texts of a block's items that show a figure or a date and cite nothing themselves. */
function uncitedFigures(block: Block): readonly string[] {
  const bare = (texts: readonly string[], cite: readonly string[] | undefined): readonly string[] =>
    (cite ?? []).length > 0 ? [] : texts.filter((t) => HAS_FIGURE.test(t));
  const point = (p: Point): readonly string[] => bare(pointText(p), typeof p === 'string' ? undefined : p.cite);
  switch (block.kind) {
    case 'lead':
      return bare([block.text], block.cite);
    case 'points':
      return block.items.flatMap(point);
    case 'compare':
      return block.columns.flatMap((c) => [...bare([c.heading], undefined), ...c.items.flatMap(point)]);
    case 'timeline':
      return block.items.flatMap((i) => bare([`${i.when} ${i.what}`], i.cite));
    case 'figures':
      return block.items.flatMap((i) => bare([`${i.value} ${i.label}`], i.cite));
    case 'document':
      return bare([block.title, block.meta], block.cite);
    case 'table':
      return bare([block.caption, ...block.head, ...block.rows.flat()], block.cite);
    case 'chart':
    case 'map':
    case 'references':
      return [];
  }
}

export function validateDeck(deck: AuthoredDeck, context: ValidationContext): ResolvedDeck {
  const problems: string[] = [];
  const seenSlides = new Map<string, string>();
  if (!Number.isInteger(deck.year)) problems.push('deck: has no year (the year the talk was given)');
  const seenSections = new Set<string>();
  const references = new Map<string, Source>();
  const sections: ResolvedSection[] = [];
  const slides: ResolvedSlide[] = [];

  if (deck.sections.length === 0) problems.push('deck: has no sections');

  deck.sections.forEach((section, sectionIndex) => {
    const where = `section "${section.id}"`;
    if (!KEBAB.test(section.id)) problems.push(`${where}: id is not kebab-case`);
    if (seenSections.has(section.id)) problems.push(`${where}: duplicate section id`);
    seenSections.add(section.id);
    if (section.title.trim() === '') problems.push(`${where}: has no title`);
    if (section.slides.length === 0) problems.push(`${where}: is empty (no slides)`);

    const resolvedSlides: ResolvedSlide[] = [];
    for (const slide of section.slides) {
      const resolved = resolveSlide(slide, {
        section: section.id,
        sectionTitle: section.title,
        sectionNumber: sectionIndex + 1,
        number: slides.length + 1,
        context,
        problems,
        seenSlides,
        lang: deck.lang,
        sinceTheTalk: deck.messages.sinceTheTalk,
      });
      for (const source of resolved.sources) references.set(source.id, source);
      resolvedSlides.push(resolved);
      slides.push(resolved);
    }
    sections.push({ id: section.id, title: section.title, number: sectionIndex + 1, slides: resolvedSlides });
  });

  const ids = new Set(slides.map((s) => s.id));
  for (const slide of slides) {
    for (const alias of slide.aliases) {
      if (ids.has(alias)) problems.push(`slide "${slide.id}": alias "${alias}" is the id of another slide`);
    }
  }

  if (problems.length > 0) throw new DeckValidationError(problems);
  const bibliography = [...references.values()].sort((a, b) => a.short.localeCompare(b.short, deck.lang));
  const paged = labelSlides(paginateReferences(sections, bibliography, deck.messages));
  const allSlides = paged.flatMap((s) => s.slides);
  for (const slide of allSlides.filter((s) => !s.continuation && s.blocks.some((b) => b.kind === 'references'))) {
    const band = rateProblem(slide.words, slide.seconds, speechFor(deck.lang));
    if (band) problems.push(`slide "${slide.id}" (section "${slide.sectionId}"): ${band} (its continuation pages take a second each)`);
  }
  if (problems.length > 0) throw new DeckValidationError(problems);
  const { offer, offerRead, offerDismiss } = deck.messages;
  const edition = context.edition ?? {
    id: deck.lang,
    lang: deck.lang,
    name: deck.lang,
    dir: '',
    offer: { offer, offerRead, offerDismiss },
  };
  return {
    title: deck.title,
    shortTitle: deck.shortTitle,
    event: deck.event,
    year: deck.year,
    description: deck.description,
    lang: deck.lang,
    messages: deck.messages,
    edition,
    editions: context.editions ?? [edition],
    sections: paged,
    slides: allSlides,
    references: bibliography,
    totalSeconds: allSlides.reduce((sum, s) => sum + s.seconds, 0),
    totalWords: allSlides.reduce((sum, s) => sum + s.words, 0),
  };
}

/**
 * The numbers the audience sees: the talk's slides 1…N up to the closing slide, then the pages
 * after it (the references) as an appendix, A1…An, so "21 / 35" at the conclusions becomes "21 / 25".
 */
function labelSlides(sections: readonly ResolvedSection[]): ResolvedSection[] {
  const closing = sections.flatMap((s) => s.slides).findIndex((s) => s.layout === 'closing');
  let at = 0;
  let spoken = 0;
  let appendix = 0;
  return sections.map((section) => ({
    ...section,
    slides: section.slides.map((slide) => {
      const inAppendix = closing >= 0 && at++ > closing;
      return { ...slide, appendix: inAppendix, label: inAppendix ? `A${++appendix}` : String(++spoken) };
    }),
  }));
}

/** How many references fit on one slide at a legible size. */
export const REFERENCES_PER_SLIDE = 7;

/** About how much a reference takes on its page: its text, in characters. */
const referenceLength = (s: Source): number =>
  [s.short, s.publisher, s.title, s.description, s.date, s.url, s.note].reduce((n, part) => n + (part?.length ?? 0), 0);

/**
 * Where each page of the references starts: as many pages as seven to a page need, each holding at
 * most seven, the text shared out as evenly as it goes (the longest page as short as it can be), so
 * an edition whose descriptions run longer still fits every page, and every edition has the same
 * pages (their ids are addresses). Pure.
 */
export function referencePageStarts(lengths: readonly number[], pages: number, cap: number): number[] {
  const n = lengths.length;
  const prefix = [0];
  for (const length of lengths) prefix.push((prefix.at(-1) ?? 0) + length);
  const sum = (from: number, to: number): number => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  // best[k][i]: the longest page when the first i references fill k pages; from[k][i]: where page k starts.
  const best = Array.from({ length: pages + 1 }, () => Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: pages + 1 }, () => Array<number>(n + 1).fill(0));
  const row0 = best[0];
  if (row0) row0[0] = 0;
  for (let k = 1; k <= pages; k++) {
    const row = best[k] ?? [];
    const prev = best[k - 1] ?? [];
    const starts = from[k] ?? [];
    for (let i = 1; i <= n; i++) {
      for (let j = Math.max(0, i - cap); j < i; j++) {
        const longest = Math.max(prev[j] ?? Infinity, sum(j, i));
        if (longest < (row[i] ?? Infinity)) {
          row[i] = longest;
          starts[i] = j;
        }
      }
    }
  }
  const result: number[] = [];
  let at = n;
  for (let k = pages; k >= 1; k--) {
    const start = from[k]?.[at] ?? 0;
    result.unshift(start);
    at = start;
  }
  return result;
}

/**
 * A slide with a `references` block becomes as many slides as the bibliography needs
 * (`references`, `references-2`, ...). Its time is shared out; continuation slides get
 * a generated note. Slide numbers are recounted afterwards.
 */
function paginateReferences(sections: readonly ResolvedSection[], bibliography: readonly Source[], messages: Messages): ResolvedSection[] {
  let number = 0;
  return sections.map((section) => {
    const expanded: ResolvedSlide[] = [];
    for (const slide of section.slides) {
      const at = slide.blocks.findIndex((b) => b.kind === 'references');
      if (at < 0) {
        expanded.push({ ...slide, number: ++number });
        continue;
      }
      const pages = Math.max(1, Math.ceil(bibliography.length / REFERENCES_PER_SLIDE));
      const starts = referencePageStarts(bibliography.map(referenceLength), pages, REFERENCES_PER_SLIDE);
      for (let page = 0; page < pages; page++) {
        const start = starts[page] ?? 0;
        const end = starts[page + 1] ?? bibliography.length;
        const blocks = slide.blocks.map((b): ResolvedBlock =>
          b.kind === 'references' ? { kind: 'references', items: bibliography.slice(start, end), start: start + 1 } : b,
        );
        expanded.push({
          ...slide,
          id: page === 0 ? slide.id : `${slide.id}-${page + 1}`,
          title: pages > 1 ? fill(messages.pageOf, { title: slide.title, page: page + 1, pages }) : slide.title,
          unpagedTitle: slide.title,
          // Only the first page keeps the authored blocks before the list.
          blocks: page === 0 ? blocks : blocks.slice(at),
          // Continuation pages are not spoken to: the speaker gets a cue; the script is the first page's.
          notes: page === 0 ? slide.notes : [],
          cues: page === 0 ? slide.cues : [fill(messages.referencesContinued, { from: start + 1, to: end, n: bibliography.length })],
          footnotes: page === 0 ? slide.footnotes : [],
          words: page === 0 ? slide.words : 0,
          aliases: page === 0 ? slide.aliases : [],
          continuation: page > 0,
          // A continuation page is shown, not spoken to: a second each; the first page keeps the rest.
          seconds: page === 0 ? Math.max(1, slide.seconds - (pages - 1)) : 1,
          number: ++number,
          sources: [],
        });
      }
    }
    return { ...section, slides: expanded };
  });
}

interface SlideScope {
  readonly section: string;
  readonly sectionTitle: string;
  readonly sectionNumber: number;
  readonly number: number;
  readonly context: ValidationContext;
  readonly problems: string[];
  readonly seenSlides: Map<string, string>;
  /** The deck's language: its speaking band and voice rules. */
  readonly lang: string;
  /** The deck's words for "since the talk": a chart or map that draws later sources must say them. */
  readonly sinceTheTalk: string;
}

function resolveSlide(slide: AuthoredSlide, scope: SlideScope): ResolvedSlide {
  const { problems, context } = scope;
  const where = `slide "${slide.id}" (section "${scope.section}")`;
  const problem = (text: string) => problems.push(`${where}: ${text}`);

  if (!KEBAB.test(slide.id)) problem('id is not kebab-case');
  const earlier = scope.seenSlides.get(slide.id);
  if (earlier !== undefined) problem(`duplicate slide id (also used in section "${earlier}")`);
  scope.seenSlides.set(slide.id, scope.section);
  for (const alias of slide.aliases ?? []) {
    if (!KEBAB.test(alias)) problem(`alias "${alias}" is not kebab-case`);
    const taken = scope.seenSlides.get(alias);
    if (taken !== undefined) problem(`alias "${alias}" is already used (section "${taken}")`);
    scope.seenSlides.set(alias, scope.section);
  }
  if (slide.title.trim() === '') problem('has no title');
  if (slide.notes.length === 0 || slide.notes.some((n) => n.trim() === '')) problem('has no speaker notes (or a blank one)');
  if (!Number.isFinite(slide.seconds) || slide.seconds <= 0) problem('has no timing (seconds must be a positive number)');
  const cues = cuesOf(slide);
  if (cues.some((c) => c.trim() === '')) problem('has a blank cue');
  const speech = speechFor(scope.lang);
  const words = slide.notes.reduce((sum, n) => sum + speech.count(n), 0);
  // A references slide is checked once it is paginated: its first page keeps what its continuation pages leave.
  const paginated = slide.blocks.some((b) => b.kind === 'references');
  if (!paginated) {
    const band = rateProblem(words, slide.seconds, speech);
    if (band) problem(band);
  }
  slide.notes.forEach((n, i) => {
    for (const why of voiceProblems(n, scope.lang)) problem(`notes paragraph ${i + 1} ${why}`);
  });
  if (slide.blocks.length === 0) problem('has no content blocks');
  slide.blocks.forEach((block, i) => {
    if (isEmptyBlock(block)) problem(`block ${i + 1} (${block.kind}) is empty`);
  });

  /** Content that reports what a source published after the talk must say so. */
  const checkLater = (item: Citing, where: string): void => {
    const later = item.cite.map((id) => context.sources.get(id)).find((s) => s?.afterTalk === true);
    if (later && !item.later) {
      problem(
        `${where} "${item.text.slice(0, 60)}" cites ${later.short}, published after the talk: mark it "since the talk" (later: true)`,
      );
    }
  };

  // Sources: slide-level first, then blocks, then charts, then footnotes; each must exist.
  const cited: string[] = [...(slide.cite ?? [])];
  for (const id of slide.cite ?? []) {
    if (context.sources.get(id)?.afterTalk === true)
      problem(`cites ${id} for the whole slide; cite a source published after the talk on the item it supports`);
  }
  const blocks: ResolvedBlock[] = [];
  for (const block of slide.blocks) {
    for (const item of blockCiting(block)) {
      cited.push(...item.cite);
      checkLater(item, block.kind);
    }
    if (block.kind === 'references') {
      blocks.push({ kind: 'references', items: [], start: 1 }); // filled in by paginateReferences
      continue;
    }
    if (block.kind !== 'chart' && block.kind !== 'map') {
      blocks.push(block);
      continue;
    }
    // Charts and maps bring their own sourced text: each must exist, cite something, and say
    // "since the talk" wherever it draws what was published after it.
    const figure = block.kind === 'chart' ? context.charts.get(block.chart) : context.maps.get(block.map);
    const name = `${block.kind} "${block.kind === 'chart' ? block.chart : block.map}"`;
    if (!figure) {
      problem(`${name} does not exist`);
      continue;
    }
    if (figure.cite.length === 0) problem(`${name} has no source`);
    if ('caption' in figure && (figure.caption.trim() === '' || figure.caption.length > 140)) {
      problem(`${name}: its caption must be one line on the slide (1–140 characters, has ${figure.caption.length})`);
    }
    const told = [...figure.footnotes, ...('alt' in figure ? figure.alt.flatMap((a) => [a.heading, ...a.items]) : [])];
    const laterSource = figure.cite.map((id) => context.sources.get(id)).find((s) => s?.afterTalk === true);
    // In the edition's words (every chart and map has its words in every edition).
    const mark = scope.sinceTheTalk.toLocaleLowerCase(scope.lang);
    if (laterSource && !told.some((f) => f.toLocaleLowerCase(scope.lang).includes(mark))) {
      problem(`${name} draws ${laterSource.short}, published after the talk, but does not say "${scope.sinceTheTalk}"`);
    }
    for (const note of figure.footnotes) {
      for (const why of voiceProblems(note, scope.lang)) problem(`${name}: footnote "${note.slice(0, 50)}" ${why}`);
    }
    cited.push(...figure.cite);
    if (block.kind === 'chart' && 'csv' in figure) blocks.push({ kind: 'chart', chart: figure });
    else if ('svg' in figure) blocks.push({ kind: 'map', map: figure });
  }
  const footnotes: ResolvedFootnote[] = [];
  for (const note of slide.footnotes ?? []) {
    const item = footnoteCiting(note);
    if (item.text.trim() === '') problem('has a blank footnote');
    for (const why of voiceProblems(item.text, scope.lang)) problem(`footnote "${item.text.slice(0, 50)}" ${why}`);
    checkLater(item, 'footnote');
    cited.push(...item.cite);
    footnotes.push({
      text: item.text,
      later: item.later,
      translator: typeof note !== 'string' && note.translator === true,
      sources: item.cite.flatMap((id) => context.sources.get(id) ?? []),
    });
  }
  const slideSources = new Map<string, Source>();
  for (const id of cited) {
    const source = context.sources.get(id);
    if (source) slideSources.set(id, source);
    else problem(`cites source "${id}", which is not in the source registry`);
  }
  // A figure or a date needs a source of its own or the slide's: one cited point does not cover another.
  const slideCited = (slide.cite ?? []).length > 0;
  for (const block of slide.blocks) {
    for (const item of uncitedFigures(block)) {
      if (!slideCited) problem(`${block.kind} "${item.slice(0, 60)}" shows a figure or date without a source (cite it, or cite the slide)`);
    }
  }

  // One click mark in the script for each build step the audience sees.
  const steps = buildStepCount(blocks);
  const marks = clickMarkCount(slide.notes);
  // (A slide without a script is reported once, as that.)
  if (marks !== steps && slide.notes.some((n) => n.trim() !== ''))
    problem(
      `has ${steps} build step${steps === 1 ? '' : 's'} but ${marks} click mark${marks === 1 ? '' : 's'} (${CLICK_MARK}) in its notes: mark where each click falls in the script`,
    );
  return {
    id: slide.id,
    title: slide.title,
    layout: slide.layout ?? 'content',
    blocks,
    notes: slide.notes,
    cues,
    footnotes,
    seconds: slide.seconds,
    words,
    aliases: slide.aliases ?? [],
    continuation: false,
    number: scope.number,
    // Set once the deck is complete (labelSlides).
    label: String(scope.number),
    appendix: false,
    sectionId: scope.section,
    sectionTitle: scope.sectionTitle,
    sectionNumber: scope.sectionNumber,
    sources: [...slideSources.values()],
  };
}
