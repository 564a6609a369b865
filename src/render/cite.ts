/**
 * The page HTML of "Cite this talk", from the record src/cite/formats.ts makes: the APA and Chicago
 * forms (HTML and plain text), the Highwire tags for the head, and the Cite dialog. Pure.
 */
import { dialogMarkup } from '../theme/dialog.ts';
import { fill, type Messages } from '../model/messages.ts';
import { esc } from '../base/html.ts';
import { CITE_FILES, type Citation } from '../cite/formats.ts';

export interface Formatted {
  readonly html: string;
  readonly text: string;
}

/** How the two styles read in an edition's language: templates with {title}, {year} and {conference}. */
export type CiteWords = Pick<Messages, 'citeApa' | 'citeChicago'>;

/** The English forms, which the style guides give. */
export const ENGLISH_CITE: CiteWords = {
  citeApa: '{title} [Conference presentation]. ({year}). {conference}.',
  citeChicago: '“{title}.” {year}. Paper presented at the {conference}.',
};

/** A style's template filled twice: as text, and as HTML (the title in italics where the style sets it so). */
function formatted(template: string, c: Citation, italicTitle: boolean, urlEnd: string): Formatted {
  // A title that ends in its own mark takes no second one (“Why?.” → “Why?”).
  const tidy = (text: string): string => text.replace(/([.?!])\.(?=[”»]|<\/i>)/g, '$1');
  const html = fill(esc(template), {
    title: italicTitle ? `<i>${esc(c.title)}</i>` : esc(c.title),
    year: esc(c.year),
    conference: esc(c.conference),
  });
  return {
    html: `${tidy(html)}${c.url ? ` <a href="${esc(c.url)}">${esc(c.url)}</a>${urlEnd}` : ''}`,
    text: `${tidy(fill(template, { title: c.title, year: c.year, conference: c.conference }))}${c.url ? ` ${c.url}${urlEnd}` : ''}`,
  };
}

/** APA 7, conference presentation without an author: the title (italic, with its description) takes the author's place. */
export function apa(c: Citation, w: CiteWords = ENGLISH_CITE): Formatted {
  return formatted(w.citeApa, c, true, '');
}

/** Chicago author-date (17th ed.), a paper presented at a meeting, without an author: the title leads, then the year. */
export function chicago(c: Citation, w: CiteWords = ENGLISH_CITE): Formatted {
  return formatted(w.citeChicago, c, false, '.');
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
export function renderCiteDialog(
  c: Citation,
  m: Pick<Messages, 'citeTitle' | 'citeNote' | 'close' | 'citeApa' | 'citeChicago' | 'citeApaName' | 'citeChicagoName'>,
): string {
  const style = (id: string, name: string, f: Formatted): string =>
    `<section class="cite-style" data-style="${id}" aria-labelledby="cite-${id}"><h3 id="cite-${id}">${name}</h3><p class="cite-text">${f.html}</p></section>`;
  const body = [
    `<p class="cite-note">${esc(m.citeNote)}</p>`,
    style('apa', esc(m.citeApaName), apa(c, m)),
    style('chicago', esc(m.citeChicagoName), chicago(c, m)),
    '<p class="cite-downloads">',
    `<a class="deck-tool" href="./${CITE_FILES.bib}" download="${CITE_FILES.bib}" type="application/x-bibtex">BibTeX (.bib)</a> `,
    `<a class="deck-tool" href="./${CITE_FILES.json}" download="${CITE_FILES.json}" type="application/vnd.citationstyles.csl+json">CSL-JSON (.json)</a>`,
    '</p>',
  ].join('');
  return dialogMarkup({ id: 'cite-dialog', titleId: 'cite-title', className: 'cite-dialog', title: m.citeTitle, close: m.close, body });
}
