/**
 * "Cite this talk": the record in APA, Chicago, BibTeX and CSL-JSON, the Highwire tags for
 * reference managers, and the build that writes them into and beside the page. BibTeX and
 * CSL-JSON are read back with a real parser (citation-js), which must find the title and year.
 */
import { EN } from './fixtures/decks.ts';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bibtex, bibText, bibTitle, citationFor, citationKey, conferenceName, cslJson, type Citation } from '../../src/cite/formats.ts';
import { apa, chicago, citationMetaTags, renderCiteDialog } from '../../src/render/cite.ts';
import { loadDeck } from '../../src/deck.ts';

const TITLE = 'China–Belarus cooperation as the factor of the foreign policy self-identification of the Republic of Belarus (2000–2022s)';
const CONFERENCE = '11th East Asian Conference on Slavic-Eurasian Studies';
const deck = loadDeck();
const plain = citationFor(deck);
const online = citationFor(loadDeck({ url: 'https://example.org/talk/' }));

/** What citation-js reads from a string or object: title, year, type, event. */
async function parse(input: string | object): Promise<{ title?: string; year?: unknown; type?: string; event?: string; url?: string }[]> {
  const cite = await Cite.async(input);
  return cite.data.map((item) => ({
    title: item.title,
    year: item.issued?.['date-parts']?.[0]?.[0],
    type: item.type,
    event: item['event-title'],
    url: item.URL,
  }));
}

describe('the citation record', () => {
  it('comes from the deck: title, conference without the year, year, language; an address only when built with one', () => {
    expect(plain).toMatchObject({ title: TITLE, conference: CONFERENCE, year: 2022, lang: 'en', key: 'ChinaBelarusCooperation2022' });
    expect(plain.url).toBeUndefined();
    expect(online.url).toBe('https://example.org/talk/');
    expect(conferenceName('Some Meeting, 2022', 2022)).toBe('Some Meeting');
    expect(conferenceName('Some Meeting 2021', 2022)).toBe('Some Meeting 2021');
    expect(citationKey('Ça va: a talk', 2019)).toBe('CaVaA2019');
  });

  it('APA 7 and Chicago author-date put the title first (the talk names no author)', () => {
    expect(apa(plain).text).toBe(`${TITLE} [Conference presentation]. (2022). ${CONFERENCE}.`);
    expect(apa(online).text).toBe(`${TITLE} [Conference presentation]. (2022). ${CONFERENCE}. https://example.org/talk/`);
    expect(apa(online).html).toContain(`<i>${TITLE}</i> [Conference presentation]. (2022).`);
    expect(chicago(plain).text).toBe(`“${TITLE}.” 2022. Paper presented at the ${CONFERENCE}.`);
    expect(chicago(online).html).toContain('<a href="https://example.org/talk/">https://example.org/talk/</a>.');
  });

  it('BibTeX escapes TeX and keeps capitals', () => {
    expect(bibText('R&D at 50% for $5 #1 a_b ~ ^ {x} \\')).toBe(
      'R\\&D at 50\\% for \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} x \\textbackslash{}',
    );
    expect(bibTitle('China–Belarus and the EAEU')).toBe('{China}--{Belarus} and the {EAEU}');
  });
});

describe('BibTeX and CSL-JSON read back with citation-js', () => {
  it('BibTeX: one entry with the title, the year, the event and the address', async () => {
    const items = await parse(bibtex(online));
    expect(items).toEqual([{ title: TITLE, year: 2022, type: 'document', event: CONFERENCE, url: 'https://example.org/talk/' }]);
    expect(bibtex(plain)).not.toMatch(/\burl\b/);
    expect(bibtex(plain)).not.toMatch(/\bauthor\b/);
  });

  it('CSL-JSON: a speech (a conference presentation) with the title and the year', async () => {
    const json: unknown = JSON.parse(cslJson(plain));
    const items = await parse(json as object);
    expect(items).toEqual([{ title: TITLE, year: 2022, type: 'speech', event: CONFERENCE, url: undefined }]);
    expect(JSON.stringify(json)).not.toContain('author');
  });

  it('a citation processor formats them with the title first', async () => {
    const cite = await Cite.async(JSON.parse(cslJson(online)) as object);
    const text = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    expect(text.trim()).toBe(`${TITLE}. (2022). [Conference presentation]. ${CONFERENCE}. https://example.org/talk/`);
    // citeproc compiles its APA style on first use: seconds of CPU on a busy 2-core machine.
  }, 30_000);
});

describe('Highwire tags and the dialog', () => {
  it('names a conference presentation: title, conference, year, language; never an author', () => {
    const tags = citationMetaTags(plain);
    expect(tags).toContain(`<meta name="citation_title" content="${TITLE}" />`);
    expect(tags).toContain(`<meta name="citation_conference_title" content="${CONFERENCE}" />`);
    expect(tags).toContain('<meta name="citation_publication_date" content="2022" />');
    expect(tags).toContain('<meta name="citation_date" content="2022" />');
    expect(tags).toContain('<meta name="citation_language" content="en" />');
    expect(tags).not.toContain('citation_author');
    expect(tags).not.toContain('citation_public_url');
    expect(citationMetaTags(online)).toContain('<meta name="citation_public_url" content="https://example.org/talk/" />');
    expect(citationMetaTags(online)).toContain('<meta name="citation_abstract_html_url" content="https://example.org/talk/" />');
  });

  it('escapes what it writes into the page', () => {
    const odd: Citation = { ...plain, title: 'A "quoted" <b>title</b> & more' };
    expect(citationMetaTags(odd)).toContain('content="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(renderCiteDialog(odd, EN.messages)).toContain('<i>A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more</i>');
  });

  it('the dialog links the downloads by relative URL and is one of the deck’s dialogs (one close button, one family)', () => {
    const html = renderCiteDialog(plain, EN.messages);
    expect(html).toMatch(/^<dialog id="cite-dialog" class="kit-dialog cite-dialog" aria-labelledby="cite-title">/);
    expect(html).toContain('href="./cite.bib" download="cite.bib"');
    expect(html).toContain('href="./cite.json" download="cite.json"');
    expect(html).toContain(
      '<h2 id="cite-title">Cite this talk</h2><button type="button" class="deck-tool kit-close" data-close>Close</button>',
    );
    expect(html).not.toContain('<form');
  });
});

describe('the build', () => {
  let outDir = '';
  let html = '';

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'deck-cite-'));
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    html = await readFile(join(outDir, 'index.html'), 'utf8');
  }, 120_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('puts the citation tags in the head and the Cite dialog in the body', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<meta name="citation_title" content="${TITLE}" />`);
    expect(head).toContain(`<meta name="citation_conference_title" content="${CONFERENCE}" />`);
    expect(head).toContain('<meta name="citation_publication_date" content="2022" />');
    expect(head).toContain('<meta name="citation_language" content="en" />');
    expect(head).not.toContain('citation_author');
    expect(html).toContain('<dialog id="cite-dialog"');
    expect(html).not.toContain('<!-- deck:cite');
  });

  it('writes cite.bib and cite.json beside the page, which parse to the talk', async () => {
    const bib = await readFile(join(outDir, 'cite.bib'), 'utf8');
    const json = await readFile(join(outDir, 'cite.json'), 'utf8');
    expect((await parse(bib))[0]).toMatchObject({ title: TITLE, year: 2022 });
    expect((await parse(JSON.parse(json) as object))[0]).toMatchObject({ title: TITLE, year: 2022 });
  });
});

describe('citations in another edition', () => {
  it('drop the year from the event as each language writes it', () => {
    expect(conferenceName('11th East Asian Conference on Slavic-Eurasian Studies, 2022', 2022)).toBe(
      '11th East Asian Conference on Slavic-Eurasian Studies',
    );
    expect(conferenceName('11-я Восточноазиатская конференция по славяно-евразийским исследованиям, 2022 г.', 2022)).toBe(
      '11-я Восточноазиатская конференция по славяно-евразийским исследованиям',
    );
    expect(conferenceName('第11届东亚斯拉夫—欧亚研究会议，2022年', 2022)).toBe('第11届东亚斯拉夫—欧亚研究会议');
  });

  it('read in the edition’s own words and punctuation, with no English left', () => {
    const c = { title: '中白合作', conference: '第11届东亚斯拉夫—欧亚研究会议', year: 2022, lang: 'zh-Hans' } as Citation;
    const words = { citeApa: '{title}［会议报告］。（{year}）。{conference}。', citeChicago: '“{title}”。{year}。{conference}会议报告。' };
    expect(apa(c, words).text).toBe('中白合作［会议报告］。（2022）。第11届东亚斯拉夫—欧亚研究会议。');
    expect(apa(c, words).html).toContain('<i>中白合作</i>［会议报告］');
    expect(chicago(c, words).text).toBe('“中白合作”。2022。第11届东亚斯拉夫—欧亚研究会议会议报告。');
  });

  it('give a title that ends in its own mark no second one', () => {
    const c = { title: 'Why Minsk?', conference: 'A conference', year: 2022, lang: 'en' } as Citation;
    expect(chicago(c).text).toBe('“Why Minsk?” 2022. Paper presented at the A conference.');
  });
});
