/**
 * The editions: one set of facts, words in three languages. Each edition loads and validates
 * against its own speaking band; every slide keeps the English slide's ids, blocks, sources, timing
 * and build steps, and states the same numbers; a translation that does not fit fails naming the
 * slide and the language.
 */
import { describe, expect, it } from 'vitest';
import english from '../../slides/index.ts';
import { EDITIONS } from '../../editions/index.ts';
import { loadDeck } from '../../src/deck.ts';
import { applyEdition, applySourcesWords, EditionError, wordsOf, type EditionWords, type SlideWords } from '../../src/model/edition.ts';
import type { ResolvedSlide } from '../../src/model/resolved.ts';
import { blockText } from '../../src/model/text.ts';
import { buildStepCount, clickMarkCount } from '../../src/model/steps.ts';
import { sources } from '../../src/data/sources.ts';
import type { Block } from '../../src/model/authored.ts';
import { valueSet } from './helpers/numbers.ts';

const en = loadDeck();
const others = EDITIONS.filter((e) => e.id !== 'en');

/** What a slide states: its title, what it shows, its script and the speaker's footnotes (not the translator's). */
const statedText = (slide: ResolvedSlide): string =>
  [
    slide.title,
    ...slide.blocks.flatMap((b) => (b.kind === 'chart' || b.kind === 'map' || b.kind === 'references' ? [] : blockText(b as Block))),
    ...slide.notes,
    ...slide.footnotes.filter((f) => !f.translator).map((f) => f.text),
  ].join('\n');

describe('the English words, laid over the English deck, change nothing', () => {
  it('applyEdition(english, wordsOf(english)) is the English deck', () => {
    expect(applyEdition(english, wordsOf(english))).toEqual({ ...english });
  });
});

describe('a translation that does not fit fails, naming the slide and the language', () => {
  const words = wordsOf(english);
  const [firstId, first] = Object.entries(words.sections)[1] ?? [];
  const slideId = Object.keys(first?.slides ?? {})[0] ?? '';
  const broken =
    (change: (w: EditionWords) => EditionWords): (() => unknown) =>
    () =>
      applyEdition(english, change({ ...words, lang: 'xx' }));
  // Deliberately malformed words, as a hand-edited file could hold them.
  const withSlide = (w: EditionWords, slide: object): EditionWords => ({
    ...w,
    sections: {
      ...w.sections,
      [firstId ?? '']: { title: first?.title ?? '', slides: { ...first?.slides, [slideId]: slide as SlideWords } },
    },
  });

  it('a missing slide', () => {
    const missing = broken((w) => ({ ...w, sections: { ...w.sections, [firstId ?? '']: { title: 'x', slides: {} } } }));
    expect(missing).toThrow(EditionError);
    expect(missing).toThrow(`slide "${slideId}": no translation of this slide`);
    expect(missing).toThrow('The xx edition');
  });

  it('an extra slide, a block too few, a blank note', () => {
    const slide = first?.slides[slideId];
    expect(broken((w) => withSlide(w, { ...slide, title: '' }))).toThrow(`slide "${slideId}" title: missing translation`);
    expect(broken((w) => withSlide(w, { ...slide, blocks: [] }))).toThrow(`slide "${slideId}" blocks: 0 translated`);
    expect(broken((w) => ({ ...w, sections: { ...w.sections, extra: { title: 'x', slides: {} } } }))).toThrow(
      'section "extra" is not in the English deck',
    );
  });

  it('a source field the English lacks, or one left out', () => {
    const talk = sources.get('talk');
    expect(talk).toBeDefined();
    const all = Object.fromEntries(
      [...sources].map(([id, s]) => [
        id,
        {
          short: s.short,
          publisher: s.publisher,
          ...(s.description ? { description: s.description } : {}),
          ...(s.date ? { date: s.date } : {}),
          ...(s.note ? { note: s.note } : {}),
          ...(s.publishedNote ? { publishedNote: s.publishedNote } : {}),
        },
      ]),
    );
    expect(() => applySourcesWords(sources, all, 'xx')).not.toThrow();
    expect(() => applySourcesWords(sources, { ...all, talk: { short: 'x' } }, 'xx')).toThrow('source "talk": publisher is not translated');
  });
});

describe.each(others.map((e) => [e.id, e] as const))('the %s edition', (id, edition) => {
  const deck = loadDeck({ edition: id });

  it('declares its language and links every edition', () => {
    expect(deck.lang).toBe(edition.lang);
    expect(deck.edition.id).toBe(id);
    expect(deck.editions.map((e) => e.id)).toEqual(EDITIONS.map((e) => e.id));
    expect(deck.title).not.toBe(en.title);
  });

  it('has the English slides: the same ids, layouts, blocks, sources, timings and build steps', () => {
    expect(deck.slides.map((s) => s.id)).toEqual(en.slides.map((s) => s.id));
    deck.slides.forEach((slide, i) => {
      const original = en.slides[i];
      if (!original) throw new Error('no English slide');
      expect(slide.layout, slide.id).toBe(original.layout);
      expect(slide.seconds, slide.id).toBe(original.seconds);
      expect(slide.label, slide.id).toBe(original.label);
      expect(
        slide.blocks.map((b) => b.kind),
        slide.id,
      ).toEqual(original.blocks.map((b) => b.kind));
      expect(
        slide.sources.map((s) => s.id),
        slide.id,
      ).toEqual(original.sources.map((s) => s.id));
      expect(
        slide.notes.map((n) => clickMarkCount([n])),
        slide.id,
      ).toEqual(original.notes.map((n) => clickMarkCount([n])));
      expect(buildStepCount(slide.blocks), slide.id).toBe(buildStepCount(original.blocks));
      expect(
        slide.footnotes.filter((f) => !f.translator).map((f) => f.later),
        slide.id,
      ).toEqual(original.footnotes.map((f) => f.later));
    });
    expect(deck.references.map((s) => s.id).sort()).toEqual(en.references.map((s) => s.id).sort());
  });

  it.each(en.slides.filter((s) => !s.continuation).map((s) => [s.id]))(
    'slide %s states the same numbers and dates as the English',
    (slideId) => {
      const original = en.slides.find((s) => s.id === slideId);
      const slide = deck.slides.find((s) => s.id === slideId);
      if (!original || !slide) throw new Error(`no slide ${slideId}`);
      expect(valueSet(statedText(slide), deck.lang)).toEqual(valueSet(statedText(original), 'en'));
    },
  );

  it('translates every source’s words, and keeps its titles, addresses and dates', () => {
    for (const source of deck.references) {
      const original = en.references.find((s) => s.id === source.id);
      expect(source.title, source.id).toBe(original?.title);
      expect(source.url, source.id).toBe(original?.url);
      expect(source.published, source.id).toBe(original?.published);
      expect(source.afterTalk, source.id).toBe(original?.afterTalk);
    }
  });
});
