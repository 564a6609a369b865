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
import { SPEAKING_RATE, blockText, wordCount, wordsPerMinute } from '../../src/model/text.ts';
import { TALK_SLOT_SECONDS } from '../../src/rehearsal/timing.ts';

const deck = loadDeck();
/** Slides that are spoken to (continuation pages of the references are only shown). */
const spoken = deck.slides.filter((s) => !s.continuation);

describe('the script fits the slot', () => {
  it.each(spoken.map((s) => [s.id, s] as const))(`%s: at most ${SPEAKING_RATE.target} words a minute of its planned time`, (_id, slide) => {
    expect(wordsPerMinute(slide.words, slide.seconds)).toBeLessThanOrEqual(SPEAKING_RATE.target);
  });

  it(`the whole script: at most ${SPEAKING_RATE.target} words a minute, and 13–15 minutes at that pace`, () => {
    expect(wordsPerMinute(deck.totalWords, deck.totalSeconds)).toBeLessThanOrEqual(SPEAKING_RATE.target);
    const minutes = deck.totalWords / SPEAKING_RATE.target;
    expect(minutes).toBeGreaterThanOrEqual(13);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('the planned times add up to the slot at most (the rehearsal report and speaker view measure against them)', () => {
    expect(deck.totalSeconds).toBeLessThanOrEqual(TALK_SLOT_SECONDS);
  });

  it('counts words as a speaker says them', () => {
    expect(wordCount('Trade rose to $5.79bn – about 13 per cent.')).toBe(8);
    expect(wordCount('  ')).toBe(0);
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

  it('read in order, they state the thesis and end on the synthesis', () => {
    const titles = content.map((s) => s.title.toLowerCase());
    expect(titles.some((t) => t.includes('russia'))).toBe(true);
    expect(titles.at(-2)).toMatch(/eurasia/);
    expect(titles.at(-1)).toMatch(/thirty years/);
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

  it('a source dated after the talk either reports later content or says why it does not', () => {
    for (const source of sources.values()) {
      const years = (source.date ?? '').match(/\b(?:19|20)\d{2}\b/g) ?? [];
      const year = Math.max(0, ...years.map(Number));
      if (year > deck.year) expect(source.afterTalk === true || Boolean(source.note), source.id).toBe(true);
    }
  });
});
