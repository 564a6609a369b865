import { describe, expect, it } from 'vitest';
import { DeckValidationError, REFERENCES_PER_SLIDE, referencePageStarts, validateDeck } from '../../src/model/validate.ts';
import type { SourceId } from '../../src/data/sources.ts';
import type { ChartId } from '../../src/model/chart.ts';
import type { ChartSummary } from '../../src/model/chart.ts';
import type { Source } from '../../src/data/sources.ts';
import type { MapId, MapSummary } from '../../src/model/map.ts';
import { deck, fixtureChart, fixtureContext, fixtureMap, scriptFor, section, slide } from './fixtures/decks.ts';

/** Runs validation and returns its problems (fails the test if the deck is accepted). */
function problemsOf(input: Parameters<typeof validateDeck>[0]): readonly string[] {
  try {
    validateDeck(input, fixtureContext);
  } catch (error) {
    expect(error).toBeInstanceOf(DeckValidationError);
    return (error as DeckValidationError).problems;
  }
  throw new Error('expected the deck to be rejected');
}

describe('validateDeck accepts a good deck', () => {
  it('resolves numbers, sections, sources and the total time', () => {
    const resolved = validateDeck(
      deck([
        section({
          slides: [slide(), slide({ id: 'figures', cite: ['imf-dots-blr'], blocks: [{ kind: 'lead', text: 'Up 10× since 2000' }] })],
        }),
        section({ id: 'charts', title: 'Charts', slides: [slide({ id: 'trade', blocks: [{ kind: 'chart', chart: 'trade-growth' }] })] }),
      ]),
      fixtureContext,
    );
    expect(resolved.slides.map((s) => [s.id, s.number, s.sectionNumber])).toEqual([
      ['intro', 1, 1],
      ['figures', 2, 1],
      ['trade', 3, 2],
    ]);
    expect(resolved.totalSeconds).toBe(180);
    expect(resolved.slides[2]?.sources.map((s) => s.id)).toEqual(['imf-dots-blr']);
    expect(resolved.references.map((s) => s.id)).toEqual(['imf-dots-blr']);
    const chartBlock = resolved.slides[2]?.blocks[0];
    expect(chartBlock?.kind === 'chart' && chartBlock.chart.finding).toBe('Trade grew "fast" & steadily.');
  });

  it('paginates the references slide when the bibliography is long', () => {
    const many = new Map(fixtureContext.sources);
    for (let i = 0; i < REFERENCES_PER_SLIDE + 2; i++)
      many.set(`s${i}`, { id: `s${i}`, short: `Source ${i}`, publisher: 'P', title: 'T', published: '2020', afterTalk: false });
    const cites = [...many.keys()] as SourceId[];
    const resolved = validateDeck(
      deck([
        section({ slides: [slide({ cite: cites })] }),
        section({
          id: 'end',
          title: 'End',
          slides: [slide({ id: 'references', title: 'References', blocks: [{ kind: 'references' }], seconds: 30 })],
        }),
      ]),
      { ...fixtureContext, sources: many },
    );
    const refs = resolved.slides.filter((s) => s.sectionId === 'end');
    expect(refs.map((s) => s.id)).toEqual(['references', 'references-2']);
    expect(refs.map((s) => s.title)).toEqual(['References (1/2)', 'References (2/2)']);
    const counts = refs.map((s) => {
      const block = s.blocks.find((b) => b.kind === 'references');
      return block?.kind === 'references' ? block.items.length : -1;
    });
    // As many pages as seven to a page need, the text shared out evenly, at most seven to a page.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(many.size);
    expect(Math.max(...counts)).toBeLessThanOrEqual(REFERENCES_PER_SLIDE);
    expect(resolved.slides.map((s) => s.number)).toEqual([1, 2, 3]);
    // A continuation page is not spoken to: a cue says where the list goes on, and it takes a second.
    expect(refs[1]?.notes).toEqual([]);
    expect(refs[1]?.cues[0]).toMatch(/continued/);
    expect(refs.map((s) => s.seconds)).toEqual([29, 1]);
    expect(refs.map((s) => s.continuation)).toEqual([false, true]);
  });
});

describe('validateDeck rejects content mistakes, naming the slide', () => {
  it('duplicate slide ids', () => {
    const problems = problemsOf(deck([section({ slides: [slide(), slide({ title: 'Again' })] })]));
    expect(problems).toContainEqual(expect.stringMatching(/slide "intro" \(section "opening"\): duplicate slide id/));
  });

  it('duplicate slide ids across sections', () => {
    const problems = problemsOf(deck([section(), section({ id: 'second', title: 'Second' })]));
    expect(problems).toContainEqual(
      expect.stringMatching(/slide "intro" \(section "second"\): duplicate slide id \(also used in section "opening"\)/),
    );
  });

  it('duplicate section ids', () => {
    const problems = problemsOf(deck([section(), section({ slides: [slide({ id: 'other' })] })]));
    expect(problems).toContainEqual('section "opening": duplicate section id');
  });

  it('a slide without notes', () => {
    expect(problemsOf(deck([section({ slides: [slide({ notes: [] })] })]))).toContainEqual(
      expect.stringMatching(/slide "intro".*no speaker notes/),
    );
    expect(problemsOf(deck([section({ slides: [slide({ notes: ['  '] })] })]))).toContainEqual(
      expect.stringMatching(/slide "intro".*no speaker notes/),
    );
  });

  it('a slide without timing', () => {
    for (const seconds of [0, -5, Number.NaN]) {
      expect(problemsOf(deck([section({ slides: [slide({ seconds })] })]))).toContainEqual(
        expect.stringMatching(/slide "intro".*no timing/),
      );
    }
  });

  it('an empty section', () => {
    expect(problemsOf(deck([section(), section({ id: 'hollow', title: 'Hollow', slides: [] })]))).toContainEqual(
      'section "hollow": is empty (no slides)',
    );
  });

  it('a cited source that does not exist', () => {
    const problems = problemsOf(deck([section({ slides: [slide({ cite: ['no-such-source' as SourceId] })] })]));
    expect(problems).toContainEqual(
      expect.stringMatching(/slide "intro".*cites source "no-such-source", which is not in the source registry/),
    );
  });

  it('a source cited by a block that does not exist', () => {
    const problems = problemsOf(
      deck([
        section({
          slides: [slide({ blocks: [{ kind: 'timeline', items: [{ when: '1992', what: 'Relations', cite: ['ghost' as SourceId] }] }] })],
        }),
      ]),
    );
    expect(problems).toContainEqual(expect.stringMatching(/slide "intro".*cites source "ghost"/));
  });

  it('a figure or date shown without a source', () => {
    const problems = problemsOf(deck([section({ slides: [slide({ blocks: [{ kind: 'points', items: ['Trade rose to $4.5bn'] }] })] })]));
    expect(problems).toContainEqual(
      expect.stringMatching(/slide "intro".*points "Trade rose to \$4.5bn" shows a figure or date without a source/),
    );
  });

  it('the figure rule holds per item: one cited point does not cover an uncited one', () => {
    const blocks = [
      {
        kind: 'points' as const,
        items: [{ text: 'Trade rose to $4.5bn in 2019', cite: ['imf-dots-blr' as SourceId] }, 'Exports fell in 2016'],
      },
    ];
    const problems = problemsOf(deck([section({ slides: [slide({ blocks })] })]));
    expect(problems).toContainEqual(expect.stringMatching(/slide "intro".*points "Exports fell in 2016" shows a figure or date/));
    expect(problems.some((p) => p.includes('$4.5bn'))).toBe(false);
    // The slide's own source covers every item on it.
    expect(() => validateDeck(deck([section({ slides: [slide({ blocks, cite: ['talk'] })] })]), fixtureContext)).not.toThrow();
    // So does a timeline item's or a figure's own citation, but only for itself.
    const timeline = [
      {
        kind: 'timeline' as const,
        items: [
          { when: '1992', what: 'Relations', cite: ['talk' as SourceId] },
          { when: '1995', what: 'Visit', cite: [] },
        ],
      },
    ];
    expect(problemsOf(deck([section({ slides: [slide({ blocks: timeline })] })]))).toContainEqual(
      expect.stringMatching(/timeline "1995 Visit" shows a figure or date/),
    );
  });

  it('click markers: one ▶ in the notes for each build step, named slide and counts', () => {
    const blocks = [{ kind: 'points' as const, items: ['One', 'Two', 'Three'], build: true }];
    expect(problemsOf(deck([section({ slides: [slide({ blocks, notes: scriptFor(60, 2) })] })]))).toContainEqual(
      expect.stringMatching(/slide "intro".*has 3 build steps but 2 click marks \(▶\)/),
    );
    expect(() => validateDeck(deck([section({ slides: [slide({ blocks, notes: scriptFor(60, 3) })] })]), fixtureContext)).not.toThrow();
    // A chart with two views (whose statistics) takes two clicks: there and back.
    const viewed: ChartSummary = {
      ...fixtureChart,
      views: {
        label: 'Statistics',
        note: 'Two reporters.',
        options: [
          { value: 'blr', label: 'Belarusian' },
          { value: 'chn', label: 'Chinese' },
        ],
      },
    };
    const withViews = { ...fixtureContext, charts: new Map<ChartId, ChartSummary>([['trade-growth', viewed]]) };
    const chart = [{ kind: 'chart' as const, chart: 'trade-growth' as ChartId }];
    expect(() => validateDeck(deck([section({ slides: [slide({ blocks: chart, notes: scriptFor(60, 0) })] })]), withViews)).toThrow(
      /has 2 build steps but 0 click marks \(▶\)/,
    );
    expect(() => validateDeck(deck([section({ slides: [slide({ blocks: chart, notes: scriptFor(60, 2) })] })]), withViews)).not.toThrow();
  });

  it('the voice: no "invasion", and no "the talk" in the third person, in the script or the footnotes', () => {
    const script = [...scriptFor(60, 1), 'After the invasion, trade fell.'];
    expect(problemsOf(deck([section({ slides: [slide({ notes: script })] })]))).toContainEqual(
      expect.stringMatching(/slide "intro".*notes paragraph 2 says "invasion"/),
    );
    const footnotes = [{ text: 'That the road west is blocked is the talk’s own assessment.', cite: ['talk' as SourceId] }];
    expect(problemsOf(deck([section({ slides: [slide({ footnotes })] })]))).toContainEqual(
      expect.stringMatching(/slide "intro".*footnote "That the road west.*speaks of "the talk" in the third person/),
    );
    // "Since the talk" is a date mark, not a voice.
    const marked = [{ text: 'Published since the talk: a later figure.', cite: ['talk' as SourceId] }];
    expect(() => validateDeck(deck([section({ slides: [slide({ footnotes: marked })] })]), fixtureContext)).not.toThrow();
  });

  it('a chart that does not exist, or has no source', () => {
    expect(
      problemsOf(deck([section({ slides: [slide({ blocks: [{ kind: 'chart', chart: 'partner-shares' as ChartId }] })] })])),
    ).toContainEqual(expect.stringMatching(/slide "intro".*chart "partner-shares" does not exist/));
  });

  it('a script outside the speaking band (120–150 words a minute), with the rate and the remedy', () => {
    const words = (n: number): string[] => [['▶', ...Array.from({ length: n }, () => 'word')].join(' ')];
    expect(problemsOf(deck([section({ slides: [slide({ notes: words(180), seconds: 60 })] })]))).toContainEqual(
      'slide "intro" (section "opening"): script runs at 180 words a minute (180 words as spoken in 60 s); every spoken slide is 120–150: cut words or give it more seconds',
    );
    expect(problemsOf(deck([section({ slides: [slide({ notes: words(100), seconds: 60 })] })]))).toContainEqual(
      'slide "intro" (section "opening"): script runs at 100 words a minute (100 words as spoken in 60 s); every spoken slide is 120–150: give it fewer seconds or say more',
    );
    // At either edge it passes.
    for (const n of [120, 150]) {
      expect(() => validateDeck(deck([section({ slides: [slide({ notes: words(n), seconds: 60 })] })]), fixtureContext)).not.toThrow();
    }
    // Numbers count as they are said: "257,000" is five words.
    const said = [['▶', ...Array.from({ length: 146 }, () => 'word'), '257,000'].join(' ')];
    expect(problemsOf(deck([section({ slides: [slide({ notes: said, seconds: 60 })] })]))).toContainEqual(
      expect.stringMatching(/\(151 words as spoken in 60 s\)/),
    );
  });

  it('a blank cue, a blank footnote, and a footnote citing an unknown source', () => {
    const problems = problemsOf(
      deck([section({ slides: [slide({ cue: ['Pause.', ' '], footnotes: [' ', { text: 'Derived.', cite: ['nowhere' as SourceId] }] })] })]),
    );
    expect(problems).toContainEqual(expect.stringMatching(/slide "intro".*has a blank cue/));
    expect(problems).toContainEqual(expect.stringMatching(/slide "intro".*has a blank footnote/));
    expect(problems).toContainEqual(expect.stringMatching(/slide "intro".*cites source "nowhere"/));
  });

  it('content published after the talk that is not marked "since the talk"', () => {
    const later: Source = { id: 'later', short: 'Later report', publisher: 'P', description: 'D', published: '2023-01', afterTalk: true };
    const context = { ...fixtureContext, sources: new Map([...fixtureContext.sources, ['later', later]]) };
    const problemsIn = (s: Parameters<typeof slide>[0]): readonly string[] => {
      try {
        validateDeck(deck([section({ slides: [slide(s)] })]), context);
        return [];
      } catch (error) {
        return (error as DeckValidationError).problems;
      }
    };
    const cite = ['later' as SourceId];
    expect(problemsIn({ blocks: [{ kind: 'figures', items: [{ value: 'No. 2', label: 'rank, 2022', cite }] }] })).toContainEqual(
      expect.stringMatching(
        /slide "intro".*figures "No. 2 rank, 2022" cites Later report, published after the talk: mark it "since the talk"/,
      ),
    );
    expect(problemsIn({ footnotes: [{ text: 'Joined in 2024.', cite }] })).toContainEqual(
      expect.stringMatching(/footnote "Joined in 2024\." cites Later report/),
    );
    expect(problemsIn({ cite })).toContainEqual(expect.stringMatching(/cites later for the whole slide/));
    // Marked, it passes.
    expect(problemsIn({ blocks: [{ kind: 'figures', items: [{ value: 'No. 2', label: 'rank, 2022', cite, later: true }] }] })).toEqual([]);
    expect(problemsIn({ footnotes: [{ text: 'Joined in 2024.', cite, later: true }] })).toEqual([]);
    // A chart drawing such data must say "since the talk" in a footnote.
    const chart = { ...fixtureChart, cite: [...fixtureChart.cite, ...cite] };
    const withChart = { ...context, charts: new Map<ChartId, ChartSummary>([['trade-growth', chart]]) };
    const chartSlide = deck([section({ slides: [slide({ blocks: [{ kind: 'chart', chart: 'trade-growth' }] })] })]);
    expect(() => validateDeck(chartSlide, withChart)).toThrow(/chart "trade-growth" draws Later report, published after the talk/);
    const footnoted = { ...chart, footnotes: ['2022: published since the talk.'] };
    expect(() => validateDeck(chartSlide, { ...withChart, charts: new Map([['trade-growth', footnoted]]) })).not.toThrow();
  });

  it('a map that does not exist, a map without a source, and a chart caption too long for its line', () => {
    expect(problemsOf(deck([section({ slides: [slide({ blocks: [{ kind: 'map', map: 'unions' }] })] })]))).toContainEqual(
      expect.stringMatching(/slide "intro".*map "unions" does not exist/),
    );
    const unsourced = { ...fixtureContext, maps: new Map<MapId, MapSummary>([['crossroads', { ...fixtureMap, cite: [] }]]) };
    expect(() => validateDeck(deck([section({ slides: [slide({ blocks: [{ kind: 'map', map: 'crossroads' }] })] })]), unsourced)).toThrow(
      /map "crossroads" has no source/,
    );
    const long = {
      ...fixtureContext,
      charts: new Map<ChartId, ChartSummary>([['trade-growth', { ...fixtureChart, caption: 'x'.repeat(141) }]]),
    };
    expect(() => validateDeck(deck([section({ slides: [slide({ blocks: [{ kind: 'chart', chart: 'trade-growth' }] })] })]), long)).toThrow(
      /chart "trade-growth": its caption must be one line on the slide \(1–140 characters, has 141\)/,
    );
  });

  it('an alias that is another slide’s id, or used twice', () => {
    expect(problemsOf(deck([section({ slides: [slide({ aliases: ['other'] }), slide({ id: 'other' })] })]))).toContainEqual(
      expect.stringMatching(/alias "other" is the id of another slide|duplicate slide id/),
    );
    expect(
      problemsOf(deck([section({ slides: [slide({ aliases: ['old-one'] }), slide({ id: 'second', aliases: ['old-one'] })] })])),
    ).toContainEqual(expect.stringMatching(/slide "second".*alias "old-one" is already used/));
  });

  it('ids that would make bad URLs', () => {
    const problems = problemsOf(deck([section({ id: 'Opening Part', slides: [slide({ id: 'Intro_1' })] })]));
    expect(problems).toContainEqual('section "Opening Part": id is not kebab-case');
    expect(problems).toContainEqual(expect.stringMatching(/slide "Intro_1".*id is not kebab-case/));
  });

  it('empty blocks and slides without blocks', () => {
    expect(problemsOf(deck([section({ slides: [slide({ blocks: [] })] })]))).toContainEqual(
      expect.stringMatching(/slide "intro".*no content blocks/),
    );
    expect(problemsOf(deck([section({ slides: [slide({ blocks: [{ kind: 'points', items: [] }] })] })]))).toContainEqual(
      expect.stringMatching(/slide "intro".*block 1 \(points\) is empty/),
    );
  });

  it('reports every problem at once, not just the first', () => {
    const problems = problemsOf(deck([section({ slides: [slide({ notes: [], seconds: 0 })] })]));
    expect(problems.length).toBeGreaterThanOrEqual(2);
    const error = (() => {
      try {
        validateDeck(
          deck([section({ slides: [slide({ notes: [], blocks: [{ kind: 'points', items: ['One point'] }] })] })]),
          fixtureContext,
        );
      } catch (e) {
        return e as Error;
      }
      return new Error('accepted');
    })();
    expect(error.message).toMatch(/1 content problem/);
    expect(error.message).toMatch(/slide "intro"/);
  });

  it('shares the references out so that the longest page is as short as it can be, seven at most', () => {
    expect(referencePageStarts([10, 10, 10, 10], 2, 7)).toEqual([0, 2]);
    expect(referencePageStarts([100, 1, 1, 1, 1], 2, 7)).toEqual([0, 1]);
    // Seven at most: the long one cannot have a page to itself here.
    expect(referencePageStarts([1, 1, 1, 1, 1, 1, 1, 1, 100], 2, 7)).toEqual([0, 7]);
    expect(referencePageStarts(Array<number>(14).fill(5), 2, 7)).toEqual([0, 7]);
  });
});
