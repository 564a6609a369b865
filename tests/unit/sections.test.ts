/**
 * The real deck against the talk: every part of the talk (issue 2, "Content" 1–16) has its
 * section, in the talk's order, with slides, notes that carry the argument, and the talk's
 * key terms; the timings fill a 15-minute slot; no slide title repeats.
 */
import { describe, expect, it } from 'vitest';
import authored from '../../slides/index.ts';
import { loadDeck } from '../../src/deck.ts';
import type { AuthoredSlide } from '../../src/model/authored.ts';
import { blockText } from '../../src/model/text.ts';
import type { ChartId } from '../../src/model/chart.ts';

interface TalkPart {
  readonly section: string;
  /** Terms the section's slides or notes must mention (case-insensitive): the part's substance. */
  readonly mentions: readonly string[];
  /** The chart this part of the talk is illustrated with, if any. */
  readonly chart?: ChartId;
}

/** The talk, part by part (issue 2, "Content"). */
const talk: readonly TalkPart[] = [
  { section: 'title', mentions: ['self-identification', 'Slavic-Eurasian Studies', '11th', '2022'] },
  { section: 'crossroads', mentions: ['Europe', 'Asia', 'Soviet', 'on its own'] },
  { section: 'self-identification', mentions: ['self-identification', 'place in the world', 'relations'] },
  { section: 'two-factors', mentions: ['Soviet', 'Russia', 'medium-sized', 'open door'], chart: 'partner-shares' },
  { section: 'russia', mentions: ['Russia', 'culture', 'Poland', 'Baltic'] },
  { section: 'china-belarus', mentions: ['1992', 'Samarkand', 'SCO', 'all-weather'], chart: 'partnership-ladder' },
  { section: 'early-steps', mentions: ['1995', 'learn', 'diversify', '2000', '2001'] },
  {
    section: 'intensification',
    mentions: ['2004', '2005', 'Joint Declaration', 'Changchun', 'industrial park', 'military', 'education', 'culture'],
    chart: 'trade-growth',
  },
  { section: 'belt-and-road', mentions: ['2013', 'Belt and Road', 'comprehensive strategic partnership', 'Ukrain', '2014', '2022', 'hub'] },
  // The EAEU, its agreement with China, the SCO and the union's free-trade partners: compressed into two slides (issue 17).
  {
    section: 'eaeu',
    mentions: [
      'Eurasian Economic Union',
      'founding member',
      'market',
      '2015',
      'infrastructure',
      '2019',
      'Agreement on Trade and Economic Cooperation',
      'free-trade',
    ],
  },
  {
    section: 'sco',
    mentions: ['2016', 'ASEAN', 'SCO', 'member', 'observer', 'applied', 'dialogue partner', 'Vietnam', 'Singapore', 'Serbia'],
  },
  { section: 'greater-eurasia', mentions: ['Greater Eurasia', 'Russia', 'China'] },
  // The anniversary folds into the close, before the final synthesis (issue 17).
  {
    section: 'conclusions',
    mentions: [
      'sanctions',
      'Europe and Russia',
      'key direction',
      '2020',
      '2022',
      'trade bridge',
      'isolation',
      'thirty',
      'test of time',
      'ahead',
      'COVID-19',
    ],
  },
  { section: 'closing', mentions: ['thank', 'questions'] },
];

/** Everything a reader of the slide and its notes sees, as one lower-case string. */
const slideText = (slide: AuthoredSlide): string =>
  [slide.title, ...slide.blocks.flatMap(blockText), ...slide.notes].join('\n').toLowerCase();

const chartsOf = (slides: readonly AuthoredSlide[]): ChartId[] =>
  slides.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));

describe('the deck covers the talk', () => {
  it('has one section per part of the talk, in the talk’s order', () => {
    expect(authored.sections.map((s) => s.id)).toEqual(talk.map((p) => p.section));
  });

  describe.each(talk.map((part, i) => ({ ...part, n: i + 1 })))('part $n: $section', (part) => {
    const section = authored.sections.find((s) => s.id === part.section);

    it('has slides, each with a script of one to five paragraphs and a timing', () => {
      expect(section, `section "${part.section}" is missing`).toBeDefined();
      expect(section?.slides.length ?? 0).toBeGreaterThan(0);
      for (const slide of section?.slides ?? []) {
        expect(slide.notes.length, `script of "${slide.id}"`).toBeGreaterThanOrEqual(1);
        expect(slide.notes.length, `script of "${slide.id}"`).toBeLessThanOrEqual(5);
        expect(slide.seconds, `timing of "${slide.id}"`).toBeGreaterThan(0);
      }
    });

    it(`speaks of ${part.mentions.join(', ')}`, () => {
      const text = (section?.slides ?? []).map(slideText).join('\n');
      const missing = part.mentions.filter((m) => !text.includes(m.toLowerCase()));
      expect(missing, `section "${part.section}" does not mention these`).toEqual([]);
    });

    it(part.chart ? `shows the ${part.chart} chart` : 'shows no chart', () => {
      expect(chartsOf(section?.slides ?? [])).toEqual(part.chart ? [part.chart] : []);
    });
  });

  it('ends with a closing slide and the generated references', () => {
    const closing = authored.sections.at(-1)?.slides ?? [];
    expect(closing.map((s) => s.layout ?? 'content')).toEqual(['closing', 'content']);
    expect(closing.at(-1)?.blocks).toEqual([{ kind: 'references' }]);
  });
});

describe('the deck as presented', () => {
  const deck = loadDeck();

  it('fills a 15-minute slot with slack for clicks and pointing (planned 830–860 s)', () => {
    expect(deck.totalSeconds).toBeGreaterThanOrEqual(830);
    expect(deck.totalSeconds).toBeLessThanOrEqual(860);
  });

  it('has between 20 and 32 authored slides', () => {
    const count = authored.sections.reduce((n, s) => n + s.slides.length, 0);
    expect(count).toBeGreaterThanOrEqual(20);
    expect(count).toBeLessThanOrEqual(32);
  });

  it('repeats no slide title', () => {
    const titles = deck.slides.map((s) => s.title.toLowerCase());
    const repeated = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(repeated).toEqual([]);
  });

  it('keeps section titles short enough for the table of contents', () => {
    for (const section of deck.sections) expect(section.title.length, section.title).toBeLessThanOrEqual(36);
  });

  it('opens the key parts at readable URLs', () => {
    const ids = new Set(deck.slides.map((s) => s.id));
    for (const id of ['belt-and-road', 'eaeu', 'sco', 'conclusions', 'references']) expect(ids.has(id), id).toBe(true);
  });
});
