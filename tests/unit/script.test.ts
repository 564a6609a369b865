/**
 * The talk as it is given: the speaker's script fits the slot at a speaking pace, speaks in the
 * first person about the subject (no research log, no "the talk says"), retells the talk in its
 * own words, and the slide titles, read in order, make the argument. Also the source registry:
 * every source is described honestly and cited.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import authored from '../../slides/index.ts';
import { loadDeck } from '../../src/deck.ts';
import { sources } from '../../src/data/sources.ts';
import { SPEAKING_RATE, blockText, pointText, wordCount, wordsPerMinute } from '../../src/model/text.ts';
import { CLICK_MARK, clickMarkCount } from '../../src/model/steps.ts';
import type { Block } from '../../src/model/authored.ts';
import { TALK_DATE, publishedAfterTalk } from '../../src/data/sources.ts';
import { VOICE_RULES } from '../../src/model/validate.ts';
import { TALK_SLOT_SECONDS } from '../../src/rehearsal/timing.ts';

const deck = loadDeck();
/** Slides that are spoken to (continuation pages of the references are only shown). */
const spoken = deck.slides.filter((s) => !s.continuation);

/** The authored slides in talk order: the planned time of a references slide covers its continuation pages. */
const authoredSlides = authored.sections.flatMap((s) => s.slides);
const spokenWords = (notes: readonly string[]): number => notes.reduce((n, t) => n + wordCount(t), 0);

describe('the script fits the slot', () => {
  // Each slide as presented: a references slide's first page keeps the time its continuation pages leave.
  it.each(spoken.map((s) => [s.id, s] as const))(
    `%s: ${SPEAKING_RATE.min}–${SPEAKING_RATE.max} words a minute of its planned time, numbers counted as said`,
    (_id, slide) => {
      expect(slide.words).toBe(spokenWords(slide.notes));
      const rate = wordsPerMinute(slide.words, slide.seconds);
      expect(rate).toBeGreaterThanOrEqual(SPEAKING_RATE.min);
      expect(rate).toBeLessThanOrEqual(SPEAKING_RATE.max);
    },
  );

  it('the planned times add up to 830–860 s: slack in the 15-minute slot for clicks, pointing and the chart’s switch', () => {
    expect(deck.totalSeconds).toBeGreaterThanOrEqual(830);
    expect(deck.totalSeconds).toBeLessThanOrEqual(860);
    expect(deck.totalSeconds).toBeLessThan(TALK_SLOT_SECONDS);
  });

  it('counts words as a speaker says them: numbers read aloud, units said, the click marker not at all', () => {
    expect(wordCount('Trade rose to $5.79bn – about 13 per cent.')).toBe(13); // "five point seven nine billion dollars"
    expect(wordCount('257,000')).toBe(wordCount('two hundred and fifty-seven thousand'));
    expect(wordCount('2013')).toBe(2); // "twenty thirteen"
    expect(wordCount('2005')).toBe(4); // "two thousand and five"
    expect(wordCount('1995')).toBe(2); // "nineteen ninety-five"
    expect(wordCount('57%')).toBe(3); // "fifty-seven per cent"
    expect(wordCount('2004–2013')).toBe(7);
    expect(wordCount(`${CLICK_MARK} Then`)).toBe(1);
    expect(wordCount('  ')).toBe(0);
  });
});

describe('click markers', () => {
  /** Build steps the audience sees, as validation counts them; the trade chart's switch is two steps. */
  const steps = (blocks: readonly Block[]): number =>
    blocks.reduce((n, b) => {
      if (b.kind === 'compare') return n + (b.build ? b.columns.length : 0);
      if (b.kind === 'points' || b.kind === 'timeline' || b.kind === 'figures') return n + (b.build ? b.items.length : 0);
      if (b.kind === 'chart')
        return (
          n +
          (deck.slides
            .find((s) => s.blocks.some((r) => r.kind === 'chart' && r.chart.id === b.chart))
            ?.blocks.some((r) => r.kind === 'chart' && r.chart.views)
            ? 2
            : 0)
        );
      return n;
    }, 0);

  it.each(authoredSlides.map((s) => [s.id, s] as const))('%s: one ▶ for each build step', (_id, slide) => {
    expect(clickMarkCount(slide.notes)).toBe(steps(slide.blocks));
  });

  it('the trade chart’s two statistics steps are in its script', () => {
    const trade = authoredSlides.find((s) => s.id === 'trade-growth');
    expect(trade && clickMarkCount(trade.notes)).toBe(2);
    expect(trade?.notes.join(' ')).toMatch(/▶ By Chinese figures[^▶]*▶ Back to Belarusian figures/);
  });

  it('every build step the audience sees is spoken: the words of each revealed item come after its marker', () => {
    const intensification = authoredSlides.find((s) => s.id === 'intensification');
    const script = intensification?.notes.join(' ') ?? '';
    // Six dates revealed, six clicks, and the 2012 decree is said.
    expect(clickMarkCount([script])).toBe(6);
    expect(script).toMatch(/▶ In June 2012 a presidential decree/);
  });
});

/**
 * Phrasings that belong in footnotes or cues, not in what the presenter says: the talk in the
 * third person, the research log, stage directions written as narration.
 */
const NOT_SPOKEN: readonly (readonly [RegExp, string])[] = [
  [/\b(?:the|this) talk(?:’s)?\b/i, 'speaks of the talk in the third person (the presenter is the talk)'],
  [/\baccording to the talk\b/i, 'cites the talk'],
  [/\bthe speakers?\b/i, 'speaks of the speaker in the third person'],
  [/\bwe (?:could|did) not (?:find|confirm)\b|\bcould not be (?:found|confirmed)\b|\bwas not (?:found|checked)\b/i, 'research log'],
  [/\bour (?:only )?sources?\b|\bsource(?:s)? (?:says?|shows?)\b/i, 'research log (sources belong in footnotes)'],
  [/\btreat\b.*\bwith care\b/i, 'research log (a caveat for the footnotes)'],
  [/\b(?:our|my) (?:own )?arithmetic\b|\bderived\b/i, 'a derivation (belongs in a footnote)'],
  [/^(?:greet|thank the|point at|pause|click|switch|invite|announce|begin with the map)\b/i, 'a stage direction (belongs in the cue)'],
  [/\b(?:switch|button|toggle|click)\b.*\b(?:above|below|chart|slide)\b/i, 'talks about the interface (say the finding, not the control)'],
  [/\binvasion\b/i, 'says "invasion", a word the speaker avoided'],
  [/\b0\.\d+\b/, 'a figure no speaker says that way ("0.44 billion": say "440 million")'],
  [/\btoday’s \d+ members\b/i, 'a figure no speaker says that way'],
];

describe('the script is spoken in the first person, about the subject', () => {
  const paragraphs = spoken.flatMap((s) => s.notes.map((text) => ({ id: s.id, text })));

  it.each(NOT_SPOKEN.map(([pattern, why]) => [why, pattern] as const))('no paragraph %s', (_why, pattern) => {
    const found = paragraphs.filter((p) => pattern.test(p.text)).map((p) => `${p.id}: ${p.text.slice(0, 80)}`);
    expect(found).toEqual([]);
  });

  it('the lint catches what it is meant to catch', () => {
    const caught = (text: string) => NOT_SPOKEN.some(([pattern]) => pattern.test(text));
    for (const bad of [
      'The talk blames Brussels.',
      'According to the talk, the union grew.',
      'We could not find its title or date.',
      'Our only source is a mirrored news item, so treat the detail with care.',
      'Both multiples are our arithmetic.',
      'Greet the room and thank the organisers.',
      'This is the speakers’ assessment.',
    ]) {
      expect(caught(bad), bad).toBe(true);
    }
    expect(caught('In 2013 the two countries declared a comprehensive strategic partnership.')).toBe(false);
  });

  it('stage directions are cues, kept out of the script', () => {
    for (const slide of spoken) {
      for (const cue of slide.cues) expect(slide.notes.join(' '), slide.id).not.toContain(cue);
    }
    expect(spoken.some((s) => s.cues.length > 0)).toBe(true);
  });
});

describe('the titles carry the argument', () => {
  const content = deck.slides.filter(
    (s) => (s.layout === 'content' || s.layout === 'statement') && !s.blocks.some((b) => b.kind === 'references'),
  );

  it.each(content.map((s) => [s.id, s.title] as const))('%s: a full-sentence claim, not a label', (_id, title) => {
    // A label ("Conclusions", "Belarus in Greater Eurasia") is a few nouns; a claim says something of them.
    expect(wordCount(title), title).toBeGreaterThanOrEqual(6);
    expect(title, title).not.toMatch(/[?:]$/);
  });

  it('read in order, they state the thesis and end on it: the anniversary folds in before the synthesis', () => {
    const titles = content.map((s) => s.title.toLowerCase());
    expect(titles.some((t) => t.includes('russia'))).toBe(true);
    expect(titles.at(-1)).toMatch(/eurasia/);
    expect(titles.at(-2)).toMatch(/thirty years/);
  });

  it('no two titles in a row open with the same word (articles aside)', () => {
    const first = content.map((s) =>
      s.title
        .split(/\s+/)
        .find((w) => !/^(?:a|an|the)$/i.test(w))
        ?.toLowerCase(),
    );
    first.forEach((w, i) => {
      if (i > 0) expect(w, content[i]?.title).not.toBe(first[i - 1]);
    });
  });
});

/** The talk as spoken: present beside the project (../shared); the product never reads it. */
const TRANSCRIPT = resolve(__dirname, '../../../shared/talk/transcript.txt');
/** Official titles of documents may be quoted whole. */
const OFFICIAL_TITLES = [
  'joint declaration of belarus and china on the establishment of relations of all weather and comprehensive strategic partnership',
  'china belarus cooperation as the factor of the foreign policy self identification of the republic of belarus 2000 2022s',
];
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

describe.skipIf(!existsSync(TRANSCRIPT))('the deck retells the talk in its own words', () => {
  it('repeats no run of 10 words from the transcript (official titles aside)', () => {
    const RUN = 10;
    const transcript = words(readFileSync(TRANSCRIPT, 'utf8'));
    const windows = new Set<string>();
    for (let i = 0; i + RUN <= transcript.length; i++) windows.add(transcript.slice(i, i + RUN).join(' '));
    const copied: string[] = [];
    for (const slide of authored.sections.flatMap((s) => s.slides)) {
      const texts = [
        slide.title,
        ...slide.blocks.flatMap(blockText),
        ...slide.notes,
        ...(slide.footnotes ?? []).map((f) => (typeof f === 'string' ? f : f.text)),
      ];
      for (const text of texts) {
        const w = words(text);
        for (let i = 0; i + RUN <= w.length; i++) {
          const run = w.slice(i, i + RUN).join(' ');
          if (windows.has(run) && !OFFICIAL_TITLES.some((t) => t.includes(run))) copied.push(`${slide.id}: “${run}”`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});

describe('the source registry', () => {
  it('every source says what it is: its own title, or a description in the deck’s words', () => {
    for (const source of sources.values()) {
      expect(Boolean(source.title ?? source.description), source.id).toBe(true);
      expect(source.publisher.trim(), source.id).not.toBe('');
    }
  });

  it('every registered source is cited by the deck (the references list them all)', () => {
    const cited = new Set(deck.references.map((s) => s.id));
    expect([...sources.keys()].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('every source has a publication date, and "after the talk" is decided by it, not by a phrase', () => {
    for (const source of sources.values()) {
      expect(source.published, source.id).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
      if (source.timeless !== true && source.mayPostdate !== true)
        expect(source.afterTalk, source.id).toBe(publishedAfterTalk(source.published));
    }
    expect(TALK_DATE).toMatch(/^2022-(?:09|1[01])-\d{2}$/); // autumn 2022
    expect(publishedAfterTalk('2022-11-23')).toBe(true);
    expect(publishedAfterTalk('2022-09-15')).toBe(false);
    expect(publishedAfterTalk('2022')).toBe(false); // a year is taken at its first day
    expect(sources.get('parkhomchik-2022')?.afterTalk).toBe(true); // the nine-month 2022 export share
  });

  it('a source added for the deck records its address, date and the sentence relied on', () => {
    for (const id of ['chinaorg-xi-2013', 'ec-eu-members', 'du-youkang-2019', 'asia-times-2016', 'li-hu-2018', 'report-az-iran-2021']) {
      const source = sources.get(id);
      expect(source?.url, id).toMatch(/^https?:\/\//);
      expect(source?.relied?.length, id).toBeGreaterThan(40);
      expect(source?.published, id).toBeTruthy();
    }
  });
});

describe('the voice, the stance and the repetitions', () => {
  const script = spoken.flatMap((s) => s.notes.map((text) => ({ id: s.id, text })));
  const footnotes = deck.slides.flatMap((s) => [
    ...s.footnotes.map((f) => ({ id: s.id, text: f.text })),
    ...s.blocks.flatMap((b) =>
      (b.kind === 'chart' ? b.chart.footnotes : b.kind === 'map' ? b.map.footnotes : []).map((text) => ({ id: s.id, text })),
    ),
  ]);

  it.each(VOICE_RULES.map(([re, why]) => [why, re] as const))('no script paragraph or footnote %s', (_why, re) => {
    expect([...script, ...footnotes].filter((p) => re.test(p.text)).map((p) => `${p.id}: ${p.text.slice(0, 80)}`)).toEqual([]);
  });

  const count = (re: RegExp): number => script.reduce((n, p) => n + (p.text.match(re)?.length ?? 0), 0);

  it('“Finally” is said once, on the last spoken slide', () => {
    expect(count(/\bfinally\b/gi)).toBe(1);
    const last = spoken.filter((s) => s.layout !== 'closing' && !s.blocks.some((b) => b.kind === 'references')).at(-1);
    expect(last?.notes.join(' ')).toMatch(/\bFinally\b/);
  });

  it('said once: Samarkand, COVID-19, the 57% export share; "reliable/dependable partner" at most once', () => {
    expect(count(/Samarkand/g)).toBe(1);
    expect(count(/COVID/g)).toBe(1);
    expect(count(/\b57\b/g)).toBe(0); // published after the talk: a footnote, marked, not the script
    expect(count(/\b(?:reliable|dependable) partner/gi)).toBeLessThanOrEqual(1);
    const fifty = deck.slides.flatMap((s) => [
      ...s.footnotes.map((f) => f.text),
      ...s.blocks.flatMap((b) => ('items' in b ? (b.items as readonly unknown[]).map(String) : [])),
    ]);
    expect(fifty.filter((t) => /57\s?%/.test(t))).toHaveLength(1);
  });

  it('key terms get a one-line definition, with a source, on the slide where they are first said', () => {
    for (const [term, pattern] of [
      ['self-identification', /self-identification/i],
      ['Greater Eurasia', /Greater Eurasia/],
      ['all-weather', /all-weather/i],
    ] as const) {
      const first = authoredSlides.find((s) => s.notes.some((n) => pattern.test(n)));
      expect(first, term).toBeDefined();
      const items = (first?.blocks ?? []).flatMap((b): { text: string; cited: boolean }[] => {
        if (b.kind === 'lead') return [{ text: b.text, cited: (b.cite ?? []).length > 0 }];
        if (b.kind === 'points')
          return b.items.map((p) => ({ text: pointText(p).join(' '), cited: typeof p !== 'string' && (p.cite ?? []).length > 0 }));
        return [];
      });
      const definition = items.find((i) => new RegExp(`^[^:]{0,20}${term}[”"]?[^:]{0,40}:`, 'i').test(i.text));
      expect(definition, term).toBeDefined();
      expect(Boolean(definition?.cited) || (first?.cite ?? []).length > 0, term).toBe(true);
    }
  });

  it('every sentence can be said in one breath (at most 26 words as spoken)', () => {
    const long = script.flatMap((p) =>
      p.text
        .split(/(?<=[.?!])\s+/)
        .filter((t) => wordCount(t) > 26)
        .map((t) => `${p.id}: ${t}`),
    );
    expect(long).toEqual([]);
  });

  it('TEU is explained the first time it is said', () => {
    const first = script.find((p) => /\bTEU\b/.test(p.text));
    expect(first?.text).toMatch(/TEU, twenty-foot equivalent units/);
  });
});
