import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bootScript } from '../../src/build/boot-script.ts';
import { initialView, placeFromHash, urlFor, type View } from '../../src/app/view-state.ts';
import { showsTitleCard } from '../../src/boot/initial-view.ts';

describe('the first view', () => {
  const cases: readonly [string, number, View][] = [
    ['', 1280, 'slides'],
    ['', 390, 'reading'],
    ['', 600, 'reading'],
    ['', 601, 'slides'],
    ['?view=scroll', 1280, 'reading'],
    ['?view=reader', 1280, 'reading'],
    ['?view=slides', 390, 'slides'],
    ['?print-pdf', 390, 'print'],
    ['?print-pdf&handout', 1280, 'print'],
    ['?view=print', 1280, 'print'],
    // The speaker view's previews show slides even in a small frame.
    ['?receiver&postMessageEvents=true', 300, 'slides'],
  ];

  it.each(cases)('%s at %i px: %s', (search, width, view) => {
    expect(initialView(search, width)).toBe(view);
  });

  it('the head’s boot script decides exactly as initialView does, and preloads the slides only when they are shown at once (no title card first)', () => {
    const script = bootScript(['./assets/slides.js', './assets/reveal.js']);
    for (const [search, width, view] of cases) {
      const appended: string[] = [];
      const document = {
        documentElement: { dataset: {} as Record<string, string> },
        head: { appendChild: (link: { href: string }) => appended.push(link.href) },
        createElement: () => ({ rel: '', href: '' }),
      };
      runInNewContext(script, { document, location: { search, hash: '' }, innerWidth: width, URLSearchParams });
      expect(document.documentElement.dataset.view, `${search} ${width}`).toBe(view);
      const card = view === 'slides' && !search.includes('receiver');
      expect('titleCard' in document.documentElement.dataset, `${search} ${width}`).toBe(card);
      // With the title card, src/main.ts fetches the slides once the card is painted.
      expect(appended, `${search} ${width}`).toEqual(view === 'reading' || card ? [] : ['./assets/slides.js', './assets/reveal.js']);
    }
    // A deep link into the slides shows no card: its slides are preloaded at once.
    const appended: string[] = [];
    const document = {
      documentElement: { dataset: {} as Record<string, string> },
      head: { appendChild: (link: { href: string }) => appended.push(link.href) },
      createElement: () => ({ rel: '', href: '' }),
    };
    runInNewContext(script, { document, location: { search: '', hash: '#/sco' }, innerWidth: 1280, URLSearchParams });
    expect(appended).toEqual(['./assets/slides.js', './assets/reveal.js']);
  });

  it('the title card covers only the talk’s start in the slide view, never a deep link, the speaker window or its previews', () => {
    expect(showsTitleCard('slides', '', '')).toBe(true);
    expect(showsTitleCard('slides', '?view=slides', '#/')).toBe(true);
    expect(showsTitleCard('slides', '', '#/sco')).toBe(false);
    expect(showsTitleCard('reading', '', '')).toBe(false);
    expect(showsTitleCard('print', '?print-pdf', '')).toBe(false);
    expect(showsTitleCard('slides', '?speaker', '')).toBe(false);
    expect(showsTitleCard('slides', '?receiver', '')).toBe(false);
  });
});

describe('places and addresses', () => {
  it('reads the slide from either form of address', () => {
    expect(placeFromHash('#/belt-and-road')).toBe('belt-and-road');
    expect(placeFromHash('#/crossroads/0/2')).toBe('crossroads');
    expect(placeFromHash('#belt-and-road')).toBe('belt-and-road');
    expect(placeFromHash('')).toBeNull();
    expect(placeFromHash('#/')).toBeNull();
  });

  it('writes each view’s form, keeping other parameters', () => {
    const here = 'https://example.org/talk/?lang=en#/old';
    expect(urlFor(here, 'reading', 'trade-growth', false)).toBe('https://example.org/talk/?lang=en&view=scroll#trade-growth');
    expect(urlFor('https://example.org/talk/?view=scroll#x', 'slides', 'trade-growth', false)).toBe(
      'https://example.org/talk/#/trade-growth',
    );
    // On a phone the slides must be asked for, or the next visit opens the reading view.
    expect(urlFor('https://example.org/talk/', 'slides', 'trade-growth', true)).toBe('https://example.org/talk/?view=slides#/trade-growth');
    expect(urlFor('https://example.org/talk/#/x', 'reading', null, true)).toBe('https://example.org/talk/?view=scroll');
  });
});
