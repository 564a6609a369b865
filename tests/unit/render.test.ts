import { describe, expect, it } from 'vitest';
import { validateDeck } from '../../src/model/validate.ts';
import { SOURCE_LINE_CHARS, renderSlide, renderSourceLine, sourceLine } from '../../src/render/slides.ts';
import { renderArticle } from '../../src/render/article.ts';
import { renderBar, renderContents } from '../../src/render/chrome.ts';
import { txt } from '../../src/base/html.ts';
import { renderReference, titleLang } from '../../src/render/blocks.ts';
import { MARKERS, SLIDES_FILE, injectDeck, renderDeck, renderSlides } from '../../src/render/page.ts';
import { wordCount } from '../../src/model/text.ts';
import { deck, EN, fixtureContext, fixtureMap, section, slide } from './fixtures/decks.ts';

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
          // 209 words in 95 s: inside the speaking band that validation holds.
          notes: ['Look at the bars.', Array.from({ length: 200 }, () => 'word').join(' '), 'Mention the "mirror" gap & why.'],
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

describe('the slides', () => {
  const { slides } = renderDeck(small);
  const toc = renderContents(small);

  it('renders one <section> per slide with stable id, timing and section data', () => {
    expect(sectionsOf(slides)).toEqual([
      expect.stringMatching(/^id="title" data-timing="60" data-section="opening" data-slide-number="1" .*class="slide slide--title"/),
      expect.stringMatching(/^id="trade" data-timing="95" data-section="opening" data-slide-number="2" /),
      expect.stringMatching(/^id="references" data-timing="60" data-section="end" data-slide-number="3" /),
    ]);
  });

  it('uses h1 on the title slide and h2 with the section eyebrow elsewhere, escaping text', () => {
    const title = renderSlide(slideAt(0), EN);
    expect(title).toContain('<h1 id="title-title">China &amp; Belarus</h1>');
    expect(title).not.toContain('class="eyebrow"');
    const trade = renderSlide(slideAt(1), EN);
    expect(trade).toContain('<p class="eyebrow">1. Opening</p><h2 id="trade-title">Trade &lt;grew&gt;</h2>');
    expect(trade).toContain('aria-labelledby="trade-title"');
    // A slide is a group named by its title, not a landmark (the reading view's pages are).
    expect(trade).toContain('role="group" aria-roledescription="slide" aria-labelledby="trade-title"');
  });

  it('marks passages in another script with their language, in text only', () => {
    expect(txt('The “всепогодного партнерства” statement')).toBe('The “<span lang="ru">всепогодного партнерства</span>” statement');
    expect(txt('中华人民共和国 <b>')).toBe('<span lang="zh">中华人民共和国</span> &lt;b&gt;');
    expect(txt('in force (“10月5日に発効”) 2016')).toBe('in force (“<span lang="ja">10月5日に発効</span>”) 2016');
    expect(txt('Беларусь і Кітай')).toBe('<span lang="be">Беларусь і Кітай</span>');
    expect(txt('plain 2022')).toBe('plain 2022');
  });

  it('puts the script in the notes as paragraphs, and marks what is not spoken (time, cues) with data-cue', () => {
    const trade = renderSlide(slideAt(1), EN);
    expect(trade).toContain(
      '<aside class="notes" aria-label="Speaker notes: Trade &lt;grew&gt;" data-seconds="95" data-words="209"><p class="notes-timing" data-cue>About 1 min 35 s · 209 words</p>' +
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

  it('keeps the click markers for the speaker (in a span the handout hides) and takes them out of the reading view', () => {
    const built = validateDeck(
      deck([
        section({
          slides: [
            slide({
              id: 'steps',
              blocks: [{ kind: 'points', items: ['One', 'Two'], build: true }],
              notes: [`First ▶ then the second point. ▶ ${Array.from({ length: 130 }, () => 'word').join(' ')}`],
            }),
          ],
        }),
      ]),
      fixtureContext,
    );
    const step = built.slides[0];
    if (!step) throw new Error('no slide');
    expect(step.words).toBe(135);
    const html = renderSlide(step, EN);
    expect(html).toContain(
      '<p>First <span class="click-mark" data-cue role="img" aria-label="click">▶</span> then the second point. <span class="click-mark"',
    );
    const article = renderArticle(built);
    expect(article).toContain('<p>First then the second point. word word');
    expect(article).not.toContain('▶');
  });

  it('renders footnotes for readers outside the notes, sources and "since the talk" marked, then what the chart tells readers', () => {
    const trade = renderSlide(slideAt(1), EN);
    expect(trade).toContain(
      '<div class="slide-footnotes"><p class="footnotes-label">Notes on the sources</p><ol><li>DOTS is an &lt;early&gt; 2022 download. ' +
        '<span class="footnote-sources">(IMF DOTS &lt;Belarus&gt;)</span></li>' +
        '<li><span class="later">Since the talk:</span> Later data came out.</li><li>2001 has no figure.</li></ol></div>',
    );
    // On the slide itself the chart has its one-line caption.
    expect(trade).toContain('<figcaption class="chart-notes">Turnover, US$ m.</figcaption>');
    expect(trade.indexOf('slide-footnotes')).toBeGreaterThan(trade.indexOf('</aside>'));
  });

  it('draws no source line on the title slide, and marks later items "since the talk"', () => {
    expect(renderSlide(slideAt(0), EN)).not.toContain('slide-sources');
    expect(renderSlide(slideAt(1), EN)).toContain('<p class="lead">Turnover rose after 2004 <span class="later">since the talk</span></p>');
  });

  it('builds points as fragments when asked', () => {
    expect(renderSlide(slideAt(0), EN)).toContain(
      '<ul class="points"><li class="fragment">A small state &lt;between&gt; Europe &amp; Asia</li></ul>',
    );
  });

  it('shows the slide’s sources on the slide', () => {
    expect(renderSlide(slideAt(1), EN)).toContain(
      '<p class="slide-sources"><span class="source-label">Source:</span> <span class="source-item">IMF DOTS &lt;Belarus&gt;</span></p>',
    );
  });

  it('renders a chart place with an accessible canvas, and a place for its tables (the page holds them once, in the article)', () => {
    const trade = renderSlide(slideAt(1), EN);
    expect(trade).toMatch(/<figure class="chart"[^>]*data-chart="trade-growth"/);
    expect(trade).toMatch(/<canvas[^>]*role="img"[^>]*aria-label="Trade grew &quot;fast&quot; &amp; steadily\."/);
    expect(trade).toContain('data-fill="chart-data" data-chart-id="trade-growth"></div>');
    expect(trade).not.toContain('<table');
  });

  it('names the references a slide shows; the entries are the article’s', () => {
    expect(renderSlide(slideAt(2), EN)).toContain('<ol class="references" start="1" data-fill="references" data-count="1"></ol>');
  });

  it('lists every section in the contents, linked to its first slide, with its slides’ numbers and titles beneath', () => {
    expect(toc).toBe(
      '<ol class="toc-list">' +
        '<li><a class="toc-section" href="#title" data-slide-id="title">Opening</a><ol class="toc-slides">' +
        '<li><a class="toc-slide" href="#title" data-slide-id="title"><span class="toc-number">1</span> China &amp; Belarus</a></li>' +
        '<li><a class="toc-slide" href="#trade" data-slide-id="trade"><span class="toc-number">2</span> Trade &lt;grew&gt;</a></li></ol></li>' +
        '<li><a class="toc-section" href="#references" data-slide-id="references">End</a><ol class="toc-slides">' +
        '<li><a class="toc-slide" href="#references" data-slide-id="references"><span class="toc-number">3</span> References</a></li></ol></li></ol>',
    );
  });

  it('is pure: the same deck renders to the same HTML', () => {
    expect(renderDeck(small)).toEqual(renderDeck(small));
  });
});

describe('the article (the reading view)', () => {
  const article = renderArticle(small);

  it('is one <article> opening with the talk’s title, the opening words and the contents', () => {
    expect(article).toMatch(
      /^<article class="reading" id="reading" lang="en" aria-labelledby="reading-title"><header class="reading-head" id="title">/,
    );
    expect(article).toContain('<h1 id="reading-title">A test deck</h1>');
    expect(article).toContain('<nav class="reading-contents" aria-labelledby="reading-contents-title">');
    // The title slide's script is the article's opening narration.
    expect(article.indexOf('Say why the question matters.')).toBeLessThan(article.indexOf('<nav class="reading-contents"'));
  });

  it('has a section per part, and each slide as a section headed by its title, its id the anchor', () => {
    expect(article).toContain(
      '<section class="part" id="part-end" aria-labelledby="part-end-heading"><h2 class="part-heading" id="part-end-heading"><span class="part-number">2.</span> End</h2>',
    );
    expect(article).toContain(
      '<section class="page page--content" id="trade" data-slide-number="2" aria-labelledby="trade-heading"><h3 id="trade-heading">Trade &lt;grew&gt;</h3>',
    );
    expect(article).toContain('<a class="slide-link" href="?view=slides#/trade" data-slide-id="trade">Slide 2</a> · about 1 min 35 s');
  });

  it('gives the narration as prose, without the cues, then the footnotes, with the sources linked to the references', () => {
    expect(article).toContain(
      `<div class="narration"><p>Look at the bars.</p><p>${Array.from({ length: 200 }, () => 'word').join(' ')}</p><p>Mention the &quot;mirror&quot; gap &amp; why.</p></div>`,
    );
    expect(article).not.toContain('Point at the bars.');
    expect(article).toContain(
      'DOTS is an &lt;early&gt; 2022 download. <span class="footnote-sources">(<a href="#ref-imf-dots-blr">IMF DOTS &lt;Belarus&gt;</a>)</span>',
    );
    expect(article).toContain(
      '<p class="page-sources"><span class="source-label">Source:</span> <a href="#ref-imf-dots-blr">IMF DOTS &lt;Belarus&gt;</a></p>',
    );
    expect(article).toContain(
      '<li id="ref-imf-dots-blr"><span class="ref-short">IMF DOTS &lt;Belarus&gt;.</span> IMF, <cite>Direction of Trade Statistics</cite>, Feb 2022.',
    );
  });

  it('shows each chart as a captioned figure with its data tables and CSV beneath', () => {
    expect(article).toContain(
      '<figure class="chart" data-chart="trade-growth"><figcaption class="chart-caption"><strong>Trade.</strong> Trade grew &quot;fast&quot; &amp; steadily.</figcaption>',
    );
    expect(article).toContain('<caption>Trade, US$ m</caption>');
    expect(article).toContain('<th scope="row">2000</th><td>183.6</td>');
    expect(article).toContain('no figure');
    expect(article).toContain('href="data:text/csv;charset=utf-8,year%2Cturnover%0A2000%2C183.6%0A"');
  });

  it('keeps a merged slide’s old id and a later references page’s id as anchors', () => {
    const many = new Map(fixtureContext.sources);
    for (let i = 0; i < 9; i++)
      many.set(`s${i}`, { id: `s${i}`, short: `Source ${i}`, publisher: 'P', title: 'T', published: '2020', afterTalk: false });
    const paged = validateDeck(
      deck([
        section({ slides: [slide({ aliases: ['old-intro'], cite: [...many.keys()] as never[] })] }),
        section({ id: 'end', title: 'End', slides: [slide({ id: 'references', title: 'References', blocks: [{ kind: 'references' }] })] }),
      ]),
      { ...fixtureContext, sources: many },
    );
    const html = renderArticle(paged);
    expect(html).toContain(
      '<section class="page page--content" id="intro" data-slide-number="1" aria-labelledby="intro-heading"><span id="old-intro" class="page-anchor" data-alias></span>',
    );
    expect(html).toMatch(/<li id="ref-s\d"><span id="references-2" class="page-anchor"><\/span>/);
    expect(html.match(/<section class="page/g)).toHaveLength(2);
  });
});

describe('the source line', () => {
  const source = (i: number, short = `Source number ${i}`) => ({
    id: `s${i}`,
    short,
    publisher: 'P',
    title: 'T',
    published: '2020',
    afterTalk: false,
  });

  it('names every source when they fit on one line', () => {
    expect(sourceLine([source(1), source(2)], EN)).toEqual({ label: 'Sources', shown: [source(1), source(2)], more: '' });
    expect(sourceLine([source(1)], EN).label).toBe('Source');
  });

  it('names as many as fit, then how many more the references hold', () => {
    const many = Array.from({ length: 12 }, (_, i) => source(i));
    const { shown, more } = sourceLine(many, EN);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.length).toBeLessThan(12);
    expect(more).toBe(`and ${12 - shown.length} more in the references`);
    const line = renderSourceLine(many, EN);
    expect(line).toContain(`<span class="source-more">${more}</span>`);
    expect(line.replace(/<[^>]+>/g, '').length).toBeLessThanOrEqual(SOURCE_LINE_CHARS);
  });
});

describe('maps', () => {
  const withMap = validateDeck(
    deck([section({ slides: [slide({ id: 'where', title: 'Where it lies', blocks: [{ kind: 'map', map: 'crossroads' }] })] })]),
    fixtureContext,
  );
  const page = withMap.slides[0];
  if (!page) throw new Error('no slide');

  it('on a slide: a place the drawing is copied into (the page holds it once, in the article)', () => {
    expect(renderSlide(page, EN)).toContain(
      '<figure class="map" data-map="crossroads"><div class="map-art" data-fill="map" data-map-id="crossroads"></div></figure>',
    );
    expect(renderSlide(page, EN)).not.toContain('<svg');
  });

  it('in the article: the drawing captioned, with its text alternative and its caveats', () => {
    const html = renderArticle(withMap);
    expect(html).toContain(
      '<figure class="map" data-map="crossroads"><figcaption class="map-caption"><strong>Between &lt;east&gt; &amp; west.</strong> Belarus lies between the EU and Russia.</figcaption>' +
        `<div class="map-art">${fixtureMap.svg}</div>`,
    );
    expect(html).toContain('<p class="map-alt-heading">Neighbours</p><ul><li>Poland</li><li>Russia &amp; Ukraine</li></ul>');
    expect(html).toContain('<p class="map-notes">Borders simplified.</p>');
  });
});

describe('the deck bar', () => {
  it('names each tool by its visible text (the view switch shows the name of the view it leads to)', () => {
    const bar = renderBar(small);
    expect(bar).toContain(
      '<button type="button" class="deck-tool" data-tool="contents" aria-haspopup="dialog" aria-controls="toc-dialog" title="Contents (C)">Contents</button>',
    );
    expect(bar).toContain('<span class="for-slides">Reading view</span><span class="for-reading">Slides</span>');
    expect(bar).not.toContain('aria-label="Read');
  });
});

describe('injectDeck', () => {
  const template = `<html lang="%deck.lang%"><head>${MARKERS.boot}<title>%deck.title%</title>${MARKERS.citeMeta}</head><body>${MARKERS.bar}<main>${MARKERS.article}</main>${MARKERS.slides}${MARKERS.dialogs}${MARKERS.cite}</body></html>`;

  it('fills the template: boot script, bar, article, slides in a template, the contents dialog', () => {
    const html = injectDeck(template, small, { bootScript: 'window.booted = 1;', slides: 'page' });
    expect(html).toContain('<html lang="en"><head><script>window.booted = 1;</script><title>A test deck</title>');
    expect(html).toContain('<main><article class="reading"');
    expect(html).toContain('<template id="deck-slides">\n<section id="title"');
    expect(html).toContain(renderSlides(small));
    expect(html).toContain(
      '<dialog id="toc-dialog" class="kit-dialog toc-dialog" aria-labelledby="toc-title"><div class="kit-dialog-head"><h2 id="toc-title">Contents</h2><button type="button" class="deck-tool kit-close" data-close>Close</button></div>',
    );
    expect(html).toContain('<meta name="citation_title" content="A test deck"');
    expect(html).toMatch(/<dialog[^>]*id="cite-dialog"/);
    expect(html).not.toContain('%deck.');
  });

  it('leaves the slides out of the page when they are a file beside it: the template names the file', () => {
    const html = injectDeck(template, small, { bootScript: '', slides: 'file' });
    expect(html).toContain(`<template id="deck-slides" data-src="${SLIDES_FILE}"></template>`);
    expect(html).not.toContain('<section id="title"');
    // Everything else is as in the page that carries them.
    const inPage = injectDeck(template, small, { bootScript: '', slides: 'page' });
    expect(html.replace(/<template[\s\S]*?<\/template>/, '')).toBe(inPage.replace(/<template[\s\S]*?<\/template>/, ''));
  });

  it('fails loudly when a marker is missing', () => {
    expect(() => injectDeck('<html></html>', small, { bootScript: '', slides: 'page' })).toThrow(/no boot marker/);
  });

  it('is pure: the same deck renders to the same HTML', () => {
    expect(renderDeck(small)).toEqual(renderDeck(small));
  });
});

describe('a reference', () => {
  const base = { id: 'x', short: 'X', publisher: 'Publisher', published: '2020', afterTalk: false } as const;
  const ZH = { lang: 'zh-Hans', messages: EN.messages } as const;

  it('marks a title in Latin letters with its language where it is not the page’s (English unless the source says)', () => {
    expect(renderReference({ ...base, title: 'China’s Partnerships' }, ZH)).toContain('<cite lang="en">China’s Partnerships</cite>');
    expect(renderReference({ ...base, title: 'China’s Partnerships' }, EN)).toContain('<cite>China’s Partnerships</cite>');
    expect(renderReference({ ...base, title: 'Łukaszenka zatwierdził', titleLang: 'pl' }, EN)).toContain('<cite lang="pl">');
    expect(titleLang('Łukaszenka zatwierdził', 'pl')).toBe('pl');
  });

  it('leaves a Cyrillic or Chinese title to its script runs', () => {
    expect(titleLang('Беларусь и Китай', undefined)).toBeUndefined();
    expect(renderReference({ ...base, title: '中白关系' }, EN)).toContain('<cite><span lang="zh">中白关系</span></cite>');
  });
});
