/**
 * "Cite this talk": the talk's bibliographic record in the forms people and reference managers
 * read. Pure: the resolved deck in, data and file texts out; the build writes the files beside the
 * page (cite.bib, cite.json) and the renderer (src/render/cite.ts) writes the page's HTML from the
 * record (Highwire `citation_*` tags, the APA and Chicago forms in the Cite dialog).
 *
 * The talk names no author, so none is invented: each style puts the title first, as APA and
 * Chicago do for a work without an author, and no `citation_author` tag is written.
 */
import type { ResolvedDeck } from '../model/resolved.ts';

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

/** The event as the deck names it ("…Studies, 2022", "…, 2022 г.", "…，2022年") without its trailing year. Pure. */
export function conferenceName(event: string, year: number): string {
  return event.replace(new RegExp(`[,，\\s]+${year}(?:\\s*г\\.|年)?\\s*$`), '').trim();
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
