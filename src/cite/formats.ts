/**
 * "Cite this talk": the talk's bibliographic record in the forms people and reference managers
 * read. Pure: the resolved deck in, strings out; the build writes them into the page (Highwire
 * `citation_*` tags and the Cite dialog) and beside it (cite.bib, cite.json).
 *
 * The talk names no author, so none is invented: each style puts the title first, as APA and
 * Chicago do for a work without an author, and no `citation_author` tag is written.
 */
import { dialogMarkup } from '../theme/dialog.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import type { Messages } from '../model/messages.ts';
import { esc } from '../base/html.ts';

export interface Citation {
  readonly title: string;
  /** The conference's name, without the year. */
  readonly conference: string;
  readonly year: number;
  /** BCP 47 language of the talk ("en"). */
  readonly lang: string;
  readonly abstract: string;
  /** The deck's public address, when the build was given one. */
  readonly url?: string;
  /** A key for BibTeX and CSL-JSON. */
  readonly key: string;
}

/** Files the build writes beside index.html (relative URLs: the site works under any sub-path). */
export const CITE_FILES = { bib: 'cite.bib', json: 'cite.json' } as const;

/** The event as the deck names it ("…Studies, 2022") without its trailing year. Pure. */
export function conferenceName(event: string, year: number): string {
  return event.replace(new RegExp(`[,\\s]+${year}\\s*$`), '').trim();
}

/** "ChinaBelarusCooperation2022": the title's first three words and the year. */
export function citationKey(title: string, year: number): string {
  const words = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s–-]/gu, '')
    .split(/[\s–-]+/)
    .filter((w) => /^[A-Za-z0-9]+$/.test(w))
    .slice(0, 3);
  return `${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}${year}`;
}

export function citationFor(deck: ResolvedDeck): Citation {
  return {
    title: deck.title,
    conference: conferenceName(deck.event, deck.year),
    year: deck.year,
    lang: deck.lang,
    abstract: deck.description,
    key: citationKey(deck.title, deck.year),
    ...(deck.link ? { url: deck.link.url } : {}),
  };
}

/** A title ends with the style's full stop unless it already ends with punctuation. */
const period = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

export interface Formatted {
  readonly html: string;
  readonly text: string;
}

/** APA 7, conference presentation without an author: the title (italic, with its description) takes the author's place. */
export function apa(c: Citation): Formatted {
  const tail = `${c.conference}.${c.url ? ` ${c.url}` : ''}`;
  return {
    html: `<i>${esc(c.title)}</i> [Conference presentation]. (${c.year}). ${esc(c.conference)}.${c.url ? ` <a href="${esc(c.url)}">${esc(c.url)}</a>` : ''}`,
    text: `${c.title} [Conference presentation]. (${c.year}). ${tail}`,
  };
}

/** Chicago author-date (17th ed.), a paper presented at a meeting, without an author: the title leads, then the year. */
export function chicago(c: Citation): Formatted {
  const title = period(c.title);
  return {
    html: `“${esc(title)}” ${c.year}. Paper presented at the ${esc(c.conference)}.${c.url ? ` <a href="${esc(c.url)}">${esc(c.url)}</a>.` : ''}`,
    text: `“${title}” ${c.year}. Paper presented at the ${c.conference}.${c.url ? ` ${c.url}.` : ''}`,
  };
}

const LANGID: Record<string, string> = { en: 'english', ru: 'russian', be: 'belarusian', zh: 'chinese' };

/** Text for a BibTeX field: TeX's special characters escaped, dashes as TeX writes them. */
export function bibText(text: string): string {
  return text
    .replace(/[{}]/g, '')
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/—/g, '---')
    .replace(/–/g, '--');
}

/** A title whose capitalised words keep their capitals whatever the bibliography style does. */
export const bibTitle = (title: string): string => bibText(title).replace(/\p{Lu}[\p{L}\p{N}]*/gu, (word) => `{${word}}`);

/** A BibTeX (biblatex-friendly) record: @misc with the event, as reference managers export a presentation. */
export function bibtex(c: Citation): string {
  const fields: [string, string][] = [
    ['title', bibTitle(c.title)],
    ['howpublished', 'Conference presentation'],
    ['eventtitle', bibText(c.conference)],
    ['year', String(c.year)],
    ['langid', LANGID[c.lang] ?? c.lang],
    ['abstract', bibText(c.abstract)],
    ...(c.url ? ([['url', c.url]] as [string, string][]) : []),
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@misc{${c.key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n')}\n}\n`;
}

/** CSL-JSON (an array of one item): what Zotero, Mendeley and citation processors read. */
export function cslJson(c: Citation): string {
  const item = {
    id: c.key,
    type: 'speech',
    genre: 'Conference presentation',
    title: c.title,
    'event-title': c.conference,
    issued: { 'date-parts': [[c.year]] },
    language: c.lang,
    abstract: c.abstract,
    ...(c.url ? { URL: c.url } : {}),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

/**
 * Highwire Press tags, which Zotero and Google Scholar read from a page's head: a conference
 * presentation (citation_conference_title), its year and language, its address when known.
 */
export function citationMetaTags(c: Citation): string {
  const tags: [string, string][] = [
    ['citation_title', c.title],
    ['citation_conference_title', c.conference],
    ['citation_publication_date', String(c.year)],
    ['citation_date', String(c.year)],
    ['citation_language', c.lang],
    ['citation_abstract', c.abstract],
    ...(c.url
      ? ([
          ['citation_public_url', c.url],
          ['citation_abstract_html_url', c.url],
        ] as [string, string][])
      : []),
  ];
  return tags.map(([name, content]) => `<meta name="${name}" content="${esc(content)}" />`).join('\n    ');
}

/**
 * The Cite dialog, rendered into the page at build time (closed until opened), in the deck's one
 * dialog family (src/theme/dialog.ts). The downloads are files beside the page, by relative URL.
 */
export function renderCiteDialog(c: Citation, m: Pick<Messages, 'citeTitle' | 'citeNote' | 'close'>): string {
  const style = (id: string, name: string, f: Formatted): string =>
    `<section class="cite-style" data-style="${id}" aria-labelledby="cite-${id}"><h3 id="cite-${id}">${name}</h3><p class="cite-text">${f.html}</p></section>`;
  const body = [
    `<p class="cite-note">${esc(m.citeNote)}</p>`,
    style('apa', 'APA (7th edition)', apa(c)),
    style('chicago', 'Chicago (author-date)', chicago(c)),
    '<p class="cite-downloads">',
    `<a class="deck-tool" href="./${CITE_FILES.bib}" download="${CITE_FILES.bib}" type="application/x-bibtex">BibTeX (.bib)</a> `,
    `<a class="deck-tool" href="./${CITE_FILES.json}" download="${CITE_FILES.json}" type="application/vnd.citationstyles.csl+json">CSL-JSON (.json)</a>`,
    '</p>',
  ].join('');
  return dialogMarkup({ id: 'cite-dialog', titleId: 'cite-title', className: 'cite-dialog', title: m.citeTitle, close: m.close, body });
}
