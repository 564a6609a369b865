/**
 * Validation: the only way from an authored deck to a resolved one.
 * Every problem found is reported at once, each naming its slide, so a
 * content mistake fails the build instead of reaching the venue as a blank slide.
 */
import type { AuthoredDeck, AuthoredSlide, Block, Point } from './authored.ts';
import { blockText } from './text.ts';
import type { ResolvedBlock, ResolvedDeck, ResolvedSection, ResolvedSlide } from './resolved.ts';
import type { ChartId, ChartSummary } from '../charts/chart-ids.ts';
import type { Source } from '../data/sources.ts';

export interface ValidationContext {
  readonly sources: ReadonlyMap<string, Source>;
  readonly charts: ReadonlyMap<ChartId, ChartSummary>;
}

export class DeckValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The deck has ${problems.length} content problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DeckValidationError';
  }
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A figure or a date in visible text: any digit. Such text must have a source on its slide. */
const HAS_FIGURE = /\d/;

const pointCite = (point: Point) => (typeof point === 'string' ? [] : (point.cite ?? []));

/** Citations made by a block, in order. */
function blockCites(block: Block): readonly string[] {
  switch (block.kind) {
    case 'lead':
      return block.cite ?? [];
    case 'points':
      return block.items.flatMap(pointCite);
    case 'compare':
      return block.columns.flatMap((c) => c.items.flatMap(pointCite));
    case 'timeline':
    case 'figures':
      return block.items.flatMap((i) => i.cite);
    case 'document':
    case 'table':
      return block.cite;
    case 'chart':
    case 'references':
      return [];
  }
}

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
    case 'references':
      return false;
  }
}

export function validateDeck(deck: AuthoredDeck, context: ValidationContext): ResolvedDeck {
  const problems: string[] = [];
  const seenSlides = new Map<string, string>();
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
      });
      for (const source of resolved.sources) references.set(source.id, source);
      resolvedSlides.push(resolved);
      slides.push(resolved);
    }
    sections.push({ id: section.id, title: section.title, number: sectionIndex + 1, slides: resolvedSlides });
  });

  if (problems.length > 0) throw new DeckValidationError(problems);
  const bibliography = [...references.values()].sort((a, b) => a.short.localeCompare(b.short, 'en'));
  const paged = paginateReferences(sections, bibliography);
  const allSlides = paged.flatMap((s) => s.slides);
  return {
    title: deck.title,
    shortTitle: deck.shortTitle,
    event: deck.event,
    description: deck.description,
    lang: deck.lang,
    sections: paged,
    slides: allSlides,
    references: bibliography,
    totalSeconds: allSlides.reduce((sum, s) => sum + s.seconds, 0),
  };
}

/** How many references fit on one slide at a legible size. */
export const REFERENCES_PER_SLIDE = 7;

/**
 * A slide with a `references` block becomes as many slides as the bibliography needs
 * (`references`, `references-2`, ...). Its time is shared out; continuation slides get
 * a generated note. Slide numbers are recounted afterwards.
 */
function paginateReferences(sections: readonly ResolvedSection[], bibliography: readonly Source[]): ResolvedSection[] {
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
      for (let page = 0; page < pages; page++) {
        const start = page * REFERENCES_PER_SLIDE;
        const blocks = slide.blocks.map((b): ResolvedBlock =>
          b.kind === 'references'
            ? { kind: 'references', items: bibliography.slice(start, start + REFERENCES_PER_SLIDE), start: start + 1 }
            : b,
        );
        expanded.push({
          ...slide,
          id: page === 0 ? slide.id : `${slide.id}-${page + 1}`,
          title: pages > 1 ? `${slide.title} (${page + 1}/${pages})` : slide.title,
          // Only the first page keeps the authored blocks before the list.
          blocks: page === 0 ? blocks : blocks.slice(at),
          notes:
            page === 0
              ? slide.notes
              : [
                  `References, continued: sources ${start + 1}–${Math.min(start + REFERENCES_PER_SLIDE, bibliography.length)} of ${bibliography.length}.`,
                ],
          seconds: Math.max(1, Math.round(slide.seconds / pages)),
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
}

function resolveSlide(slide: AuthoredSlide, scope: SlideScope): ResolvedSlide {
  const { problems, context } = scope;
  const where = `slide "${slide.id}" (section "${scope.section}")`;
  const problem = (text: string) => problems.push(`${where}: ${text}`);

  if (!KEBAB.test(slide.id)) problem('id is not kebab-case');
  const earlier = scope.seenSlides.get(slide.id);
  if (earlier !== undefined) problem(`duplicate slide id (also used in section "${earlier}")`);
  scope.seenSlides.set(slide.id, scope.section);
  if (slide.title.trim() === '') problem('has no title');
  if (slide.notes.length === 0 || slide.notes.some((n) => n.trim() === '')) problem('has no speaker notes (or a blank one)');
  if (!Number.isFinite(slide.seconds) || slide.seconds <= 0) problem('has no timing (seconds must be a positive number)');
  if (slide.blocks.length === 0) problem('has no content blocks');
  slide.blocks.forEach((block, i) => {
    if (isEmptyBlock(block)) problem(`block ${i + 1} (${block.kind}) is empty`);
  });

  // Sources: slide-level first, then blocks, then charts; each must exist.
  const cited: string[] = [...(slide.cite ?? []), ...slide.blocks.flatMap(blockCites)];
  const blocks: ResolvedBlock[] = [];
  for (const block of slide.blocks) {
    if (block.kind === 'references') {
      blocks.push({ kind: 'references', items: [], start: 1 }); // filled in by paginateReferences
      continue;
    }
    if (block.kind !== 'chart') {
      blocks.push(block);
      continue;
    }
    const chart = context.charts.get(block.chart);
    if (!chart) {
      problem(`chart "${block.chart}" does not exist`);
      continue;
    }
    if (chart.cite.length === 0) problem(`chart "${block.chart}" has no source`);
    cited.push(...chart.cite);
    blocks.push({ kind: 'chart', chart });
  }
  const slideSources = new Map<string, Source>();
  for (const id of cited) {
    const source = context.sources.get(id);
    if (source) slideSources.set(id, source);
    else problem(`cites source "${id}", which is not in the source registry`);
  }
  const figures = slide.blocks.flatMap(blockText).filter((t) => HAS_FIGURE.test(t));
  if (figures.length > 0 && slideSources.size === 0) {
    problem(`shows a figure or date without a source ("${figures[0]}")`);
  }

  return {
    id: slide.id,
    title: slide.title,
    layout: slide.layout ?? 'content',
    blocks,
    notes: slide.notes,
    seconds: slide.seconds,
    number: scope.number,
    sectionId: scope.section,
    sectionTitle: scope.sectionTitle,
    sectionNumber: scope.sectionNumber,
    sources: [...slideSources.values()],
  };
}
