import { describe, expect, it } from 'vitest';
import { validateDeck } from '../../src/model/validate.ts';
import { renderDeck, renderSlide } from '../../src/render/render-deck.ts';
import { injectDeck } from '../../src/render/page.ts';
import { wordCount } from '../../src/model/text.ts';
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
            { kind: 'lead', text: 'Turnover rose after 2004', later: true },
            { kind: 'chart', chart: 'trade-growth' },
          ],
          notes: ['Look at the bars.', 'Mention the "mirror" gap & why.'],
          cue: 'Point at the bars.',
          footnotes: [
            { text: 'DOTS is an <early> 2022 download.', cite: ['imf-dots-blr'] },
            { text: 'Later data came out.', later: true },
          ],
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

  it('puts the script in the notes as paragraphs, and marks what is not spoken (time, cues) with data-cue', () => {
    const trade = renderSlide(slideAt(1));
    expect(trade).toContain(
      '<aside class="notes" data-seconds="95" data-words="9"><p class="notes-timing" data-cue>About 1 min 35 s · 9 words</p>' +
        '\n<p class="cue" data-cue><em>[Point at the bars.]</em></p>\n<p>Look at the bars.</p>',
    );
    expect(trade).toContain('<p>Mention the &quot;mirror&quot; gap &amp; why.</p>\n</aside>');
    // The spoken script is the aside's text outside [data-cue]: exactly the authored notes.
    const aside = /<aside class="notes"[^>]*>([\s\S]*?)<\/aside>/.exec(trade)?.[1] ?? '';
    const spoken = aside
      .replace(/<p[^>]*data-cue[^>]*>.*?<\/p>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(amp|quot|lt|gt|#39);/g, ' ');
    expect(wordCount(spoken)).toBe(slideAt(1).words);
  });

  it('renders footnotes for readers outside the notes, sources and "since the talk" marked', () => {
    const trade = renderSlide(slideAt(1));
    expect(trade).toContain(
      '<div class="slide-footnotes"><p class="footnotes-label">Notes on the sources</p><ol><li>DOTS is an &lt;early&gt; 2022 download. ' +
        '<span class="footnote-sources">(IMF DOTS &lt;Belarus&gt;)</span></li>' +
        '<li><span class="later">Since the talk:</span> Later data came out.</li></ol></div>',
    );
    expect(trade.indexOf('slide-footnotes')).toBeGreaterThan(trade.indexOf('</aside>'));
  });

  it('draws no source line on the title slide, and marks later items "since the talk"', () => {
    expect(renderSlide(slideAt(0))).not.toContain('slide-sources');
    expect(renderSlide(slideAt(1))).toContain('<p class="lead">Turnover rose after 2004 <span class="later">since the talk</span></p>');
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

  it('links every section from the table of contents to its first slide, with its slides’ titles beneath', () => {
    expect(toc).toBe(
      '<ol class="toc-list">' +
        '<li><a class="toc-section" href="#/title" data-slide-id="title">Opening</a><ol class="toc-slides">' +
        '<li><a class="toc-slide" href="#/title" data-slide-id="title">China &amp; Belarus</a></li>' +
        '<li><a class="toc-slide" href="#/trade" data-slide-id="trade">Trade &lt;grew&gt;</a></li></ol></li>' +
        '<li><a class="toc-section" href="#/references" data-slide-id="references">End</a><ol class="toc-slides">' +
        '<li><a class="toc-slide" href="#/references" data-slide-id="references">References</a></li></ol></li></ol>',
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
