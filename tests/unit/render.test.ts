import { describe, expect, it } from 'vitest';
import { validateDeck } from '../../src/model/validate.ts';
import { renderDeck, renderSlide } from '../../src/render/render-deck.ts';
import { injectDeck } from '../../src/render/page.ts';
import { deck, fixtureContext, section, slide } from './fixtures/decks.ts';

const small = validateDeck(
  deck([
    section({
      slides: [
        slide({ layout: 'title', id: 'title', title: 'China & Belarus' }),
        slide({
          id: 'trade',
          title: 'Trade <grew>',
          cite: ['imf-dots-blr'],
          blocks: [
            { kind: 'lead', text: 'Turnover rose after 2004' },
            { kind: 'chart', chart: 'trade-growth' },
          ],
          notes: ['Point at the bars.', 'Mention the "mirror" gap & why.'],
          seconds: 95,
        }),
      ],
    }),
    section({ id: 'end', title: 'End', slides: [slide({ id: 'references', title: 'References', blocks: [{ kind: 'references' }] })] }),
  ]),
  fixtureContext,
);

/** The fixture deck's slide at an index (the fixture has three). */
function slideAt(index: number) {
  const found = small.slides[index];
  if (!found) throw new Error(`fixture deck has no slide ${index}`);
  return found;
}

/** Parses rendered HTML just enough for assertions, without a DOM: the sections by id. */
const sectionsOf = (html: string) => [...html.matchAll(/<section ([^>]*)>/g)].map((m) => m[1] ?? '');

describe('renderDeck', () => {
  const { slides, toc } = renderDeck(small);

  it('renders one <section> per slide with stable id, timing and section data', () => {
    expect(sectionsOf(slides)).toEqual([
      expect.stringMatching(/^id="title" data-timing="60" data-section="opening" data-slide-number="1" .*class="slide slide--title"/),
      expect.stringMatching(/^id="trade" data-timing="95" data-section="opening" data-slide-number="2" /),
      expect.stringMatching(/^id="references" data-timing="60" data-section="end" data-slide-number="3" /),
    ]);
  });

  it('uses h1 on the title slide and h2 with the section eyebrow elsewhere, escaping text', () => {
    const title = renderSlide(slideAt(0));
    expect(title).toContain('<h1 id="title-title">China &amp; Belarus</h1>');
    expect(title).not.toContain('class="eyebrow"');
    const trade = renderSlide(slideAt(1));
    expect(trade).toContain('<p class="eyebrow">1. Opening</p><h2 id="trade-title">Trade &lt;grew&gt;</h2>');
    expect(trade).toContain('aria-labelledby="trade-title"');
  });

  it('puts speaker notes in an aside with the planned time', () => {
    const trade = renderSlide(slideAt(1));
    expect(trade).toContain('<aside class="notes" data-seconds="95"><p class="notes-timing">About 1 min 35 s</p>');
    expect(trade).toContain('<li>Mention the &quot;mirror&quot; gap &amp; why.</li>');
  });

  it('builds points as fragments when asked', () => {
    expect(renderSlide(slideAt(0))).toContain(
      '<ul class="points"><li class="fragment">A small state &lt;between&gt; Europe &amp; Asia</li></ul>',
    );
  });

  it('shows the slide’s sources on the slide', () => {
    expect(renderSlide(slideAt(1))).toContain(
      '<p class="slide-sources"><span class="source-label">Source:</span> <span class="source-item">IMF DOTS &lt;Belarus&gt;</span></p>',
    );
  });

  it('renders a chart place with an accessible canvas, its data table and a CSV link', () => {
    const trade = renderSlide(slideAt(1));
    expect(trade).toMatch(/<figure class="chart"[^>]*data-chart="trade-growth"/);
    expect(trade).toMatch(/<canvas[^>]*role="img"[^>]*aria-label="Trade grew &quot;fast&quot; &amp; steadily\."/);
    expect(trade).toContain('<caption>Trade, US$ m</caption>');
    expect(trade).toContain('<th scope="row">2000</th><td>183.6</td>');
    expect(trade).toContain('no figure');
    expect(trade).toContain('href="data:text/csv;charset=utf-8,year%2Cturnover%0A2000%2C183.6%0A"');
  });

  it('generates the references from what the deck cites', () => {
    const refs = renderSlide(slideAt(2));
    expect(refs).toContain('<ol class="references" start="1">');
    expect(refs).toContain('<cite>Direction of Trade Statistics</cite>, Feb 2022.');
    expect(refs).toContain('<a href="https://example.org/dots" rel="noopener">example.org/dots</a>');
  });

  it('links every section from the table of contents to its first slide', () => {
    expect(toc).toBe(
      '<ol class="toc-list"><li><a href="#/title" data-slide-id="title">Opening</a></li><li><a href="#/references" data-slide-id="references">End</a></li></ol>',
    );
  });

  it('is pure: the same deck renders to the same HTML', () => {
    expect(renderDeck(small)).toEqual(renderDeck(small));
  });
});

describe('injectDeck', () => {
  const template = '<html lang="%deck.lang%"><title>%deck.title%</title><!-- deck:slides --><nav><!-- deck:toc --></nav></html>';

  it('fills the template', () => {
    const html = injectDeck(template, small);
    expect(html).toContain('<html lang="en"><title>A test deck</title><section id="title"');
    expect(html).toContain('<nav><ol class="toc-list">');
    expect(html).not.toContain('%deck.');
  });

  it('fails loudly when a marker is missing', () => {
    expect(() => injectDeck('<html></html>', small)).toThrow(/no slides marker/);
  });
});
