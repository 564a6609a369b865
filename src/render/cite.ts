/**
 * The page HTML of "Cite this talk", from the record src/cite/formats.ts makes: the APA and Chicago
 * forms (HTML and plain text), the Highwire tags for the head, and the Cite dialog. Pure.
 */
import { dialogMarkup } from '../theme/dialog.ts';
import type { Messages } from '../model/messages.ts';
import { esc } from '../base/html.ts';
import { CITE_FILES, type Citation } from '../cite/formats.ts';

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
