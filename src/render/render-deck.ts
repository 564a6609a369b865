/**
 * Rendering: a pure function from the resolved deck to HTML strings.
 * No DOM, no globals: unit tests call it directly and the build injects its
 * output into index.html, so every slide's text is in the page before JavaScript runs.
 */
import type { ResolvedBlock, ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';
import type { CompareColumn, Point } from '../model/authored.ts';
import type { Cell, ChartSummary, DataTable } from '../charts/chart-ids.ts';
import type { Source } from '../data/sources.ts';
import type { DeckLink } from '../qr/deck-link.ts';
import { renderDeckLink } from '../qr/render-link.ts';
import { cls, esc, join } from './html.ts';

export interface RenderedDeck {
  /** The `<section>` elements that go inside `.reveal > .slides`. */
  readonly slides: string;
  /** The table of contents: sections linked to their first slides. */
  readonly toc: string;
}

export function renderDeck(deck: ResolvedDeck): RenderedDeck {
  return {
    slides: deck.slides.map((slide) => renderSlide(slide, deck.link)).join('\n'),
    toc: renderToc(deck),
  };
}

/**
 * The table of contents: each section linked to its first slide, with its slides' titles beneath.
 * Read in order, the titles are the talk's argument.
 */
export function renderToc(deck: ResolvedDeck): string {
  const link = (id: string, text: string, className: string): string =>
    `<a class="${className}" href="#/${esc(id)}" data-slide-id="${esc(id)}">${esc(text)}</a>`;
  const items = deck.sections
    .map((section) => {
      const first = section.slides[0];
      if (!first) return '';
      const slides = section.slides
        .filter((s) => !s.continuation)
        .map((s) => `<li>${link(s.id, s.title, 'toc-slide')}</li>`)
        .join('');
      return `<li>${link(first.id, section.title, 'toc-section')}<ol class="toc-slides">${slides}</ol></li>`;
    })
    .join('');
  return `<ol class="toc-list">${items}</ol>`;
}

/** `link`: the deck's address and QR code, shown on the title and closing slides when the build has one. */
export function renderSlide(slide: ResolvedSlide, link?: DeckLink): string {
  const headingId = `${slide.id}-title`;
  const heading =
    slide.layout === 'title'
      ? `<h1 id="${esc(headingId)}">${esc(slide.title)}</h1>`
      : `<h2 id="${esc(headingId)}">${esc(slide.title)}</h2>`;
  const eyebrow = slide.layout === 'title' ? '' : `<p class="eyebrow">${esc(slide.sectionNumber)}. ${esc(slide.sectionTitle)}</p>`;
  const attrs = [
    `id="${esc(slide.id)}"`,
    `data-timing="${esc(slide.seconds)}"`,
    `data-section="${esc(slide.sectionId)}"`,
    `data-slide-number="${esc(slide.number)}"`,
    `data-title="${esc(slide.title)}"`,
    `aria-labelledby="${esc(headingId)}"`,
    ...(slide.aliases.length ? [`data-aliases="${esc(slide.aliases.join(' '))}"`] : []),
  ].join(' ');
  return join(
    `<section ${attrs}${cls('slide', `slide--${slide.layout}`)}>`,
    `<div class="slide-inner">`,
    `<header class="slide-head">${eyebrow}${heading}</header>`,
    `<div class="slide-body">${slide.blocks.map(renderBlock).join('')}</div>`,
    link && (slide.layout === 'title' || slide.layout === 'closing') ? renderDeckLink(link) : '',
    // The title and closing slides are the talk itself: a source line there would say nothing.
    slide.layout === 'title' || slide.layout === 'closing' ? '' : renderSourceLine(slide.sources),
    `</div>`,
    renderNotes(slide),
    // After the notes: readers (reading view, handout) meet them under the narration.
    renderFootnotes(slide),
    `</section>`,
  );
}

/** "About 1 min 35 s". */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `${minutes} min ${rest > 0 ? `${rest} s` : ''}`.trim() : `${rest} s`;
}

/**
 * The speaker view's notes: the planned time and the cues (both marked `data-cue`: not spoken),
 * then the script as paragraphs. A slide's spoken script is the aside's text outside `[data-cue]`.
 */
function renderNotes(slide: ResolvedSlide): string {
  return join(
    `<aside class="notes" data-seconds="${esc(slide.seconds)}" data-words="${esc(slide.words)}">`,
    `<p class="notes-timing" data-cue>About ${esc(formatDuration(slide.seconds))}${slide.words > 0 ? ` · ${esc(slide.words)} words` : ''}</p>`,
    // Paragraphs on their own lines, so that a tool reading the text never runs two words together.
    slide.cues.map((c) => `\n<p class="cue" data-cue><em>[${esc(c)}]</em></p>`).join(''),
    slide.notes.map((n) => `\n<p>${esc(n)}</p>`).join(''),
    '\n',
    `</aside>`,
  );
}

/** "Since the talk" marks content first published after the talk. */
const laterMark = (later: boolean | undefined): string => (later === true ? ' <span class="later">since the talk</span>' : '');

/** Footnotes for readers (the reading view and the handout show them; the slide view does not). */
function renderFootnotes(slide: ResolvedSlide): string {
  if (slide.footnotes.length === 0) return '';
  const items = slide.footnotes
    .map((f) => {
      const sources = f.sources.length ? ` <span class="footnote-sources">(${f.sources.map((s) => esc(s.short)).join('; ')})</span>` : '';
      return `<li>${f.later ? '<span class="later">Since the talk:</span> ' : ''}${esc(f.text)}${sources}</li>`;
    })
    .join('');
  return `<div class="slide-footnotes"><p class="footnotes-label">Notes on the sources</p><ol>${items}</ol></div>`;
}

function renderSourceLine(sources: readonly Source[]): string {
  if (sources.length === 0) return '';
  const label = sources.length === 1 ? 'Source' : 'Sources';
  const items = sources.map((s) => `<span class="source-item">${esc(s.short)}</span>`).join('; ');
  return `<p class="slide-sources"><span class="source-label">${label}:</span> ${items}</p>`;
}

const fragment = (build: boolean | undefined): string | false => build === true && 'fragment';

function renderPoint(point: Point, build: boolean | undefined): string {
  if (typeof point === 'string') return `<li${cls(fragment(build))}>${esc(point)}</li>`;
  const sub = point.sub?.length ? `<ul>${point.sub.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : '';
  return `<li${cls(fragment(build))}>${esc(point.text)}${laterMark(point.later)}${sub}</li>`;
}

function renderColumn(column: CompareColumn, build: boolean | undefined): string {
  return join(
    `<div${cls('compare-column', fragment(build))}>`,
    `<h3>${esc(column.heading)}</h3>`,
    `<ul>${column.items.map((p) => renderPoint(p, false)).join('')}</ul>`,
    `</div>`,
  );
}

export function renderBlock(block: ResolvedBlock): string {
  switch (block.kind) {
    case 'lead':
      return `<p class="lead">${esc(block.text)}${laterMark(block.later)}</p>`;
    case 'points':
      return `<ul class="points">${block.items.map((p) => renderPoint(p, block.build)).join('')}</ul>`;
    case 'compare':
      return `<div class="compare">${block.columns.map((c) => renderColumn(c, block.build)).join('')}</div>`;
    case 'timeline':
      return join(
        `<ol class="timeline">`,
        block.items
          .map(
            (i) =>
              `<li${cls(fragment(block.build))}><span class="when">${esc(i.when)}</span> <span class="what">${esc(i.what)}${laterMark(i.later)}</span></li>`,
          )
          .join(''),
        `</ol>`,
      );
    case 'figures':
      return join(
        `<dl class="figures">`,
        block.items
          .map(
            (i) =>
              `<div${cls('figure', fragment(block.build))}><dt>${esc(i.label)}${i.derived ? ' <span class="derived">(derived)</span>' : ''}${laterMark(i.later)}</dt><dd>${esc(i.value)}</dd></div>`,
          )
          .join(''),
        `</dl>`,
      );
    case 'document':
      return `<blockquote class="document"><p class="document-title">“${esc(block.title)}”</p><p class="document-meta">${esc(block.meta)}</p></blockquote>`;
    case 'table':
      return renderTable({ caption: block.caption, columns: block.head.map((label) => ({ label })), rows: block.rows }, 'content-table');
    case 'chart':
      return renderChart(block.chart);
    case 'references':
      return renderReferences(block.items, block.start);
  }
  // Exhaustiveness: a new block kind must be rendered above.
  const unreachable: never = block;
  return unreachable;
}

/** Row headers are labels (years), so they are never given thousands separators. */
const formatCell = (cell: Cell, isLabel = false): string => {
  if (cell === null) return '<span class="no-data">–<span class="visually-hidden"> no figure</span></span>';
  if (typeof cell === 'number') return esc(isLabel ? String(cell) : formatNumber(cell));
  return esc(cell);
};

/** Numbers as the tables show them: thousands separated, one decimal where the source has one. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

export function renderTable(table: DataTable, className: string): string {
  const head = table.columns
    .map((c) => `<th scope="col">${esc(c.label)}${c.unit ? ` <span class="unit">(${esc(c.unit)})</span>` : ''}</th>`)
    .join('');
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${formatCell(cell, true)}</th>` : `<td>${formatCell(cell)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<table class="${esc(className)}"><caption>${esc(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * A chart's place: the canvas (drawn later by the chart controller) with its finding as the
 * accessible name, the view buttons and the Data button, the footnotes, and the data tables with
 * a CSV download. Everything but the drawing is here before JavaScript runs.
 */
export function renderChart(chart: ChartSummary): string {
  const csvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(chart.csv)}`;
  const dataId = `${chart.id}-data`;
  const views = chart.views;
  const first = views?.options[0];
  const notes = [...(views ? [views.note] : []), ...chart.footnotes];
  return join(
    `<figure class="chart" data-chart="${esc(chart.id)}"${first ? ` data-view="${esc(first.value)}"` : ''}>`,
    `<div class="chart-bar">`,
    views
      ? join(
          `<div class="chart-views" role="group" aria-label="${esc(views.label)}">`,
          views.options
            .map(
              (o) =>
                `<button type="button" class="chart-view" value="${esc(o.value)}" aria-pressed="${o === first ? 'true' : 'false'}">${esc(o.label)}</button>`,
            )
            .join(''),
          `</div>`,
        )
      : '',
    `<button type="button" class="chart-data-toggle" aria-controls="${esc(dataId)}" aria-expanded="false" title="Show or hide the data table (T)">Data</button>`,
    `</div>`,
    `<div class="chart-stage">`,
    `<div class="chart-box"><canvas role="img" aria-label="${esc(chart.finding)}"></canvas></div>`,
    `<div class="chart-data" id="${esc(dataId)}">`,
    chart.tables
      .map((t) =>
        t.view ? `<div class="chart-table" data-view="${esc(t.view)}">${renderTable(t, 'data-table')}</div>` : renderTable(t, 'data-table'),
      )
      .join(''),
    `<p class="chart-csv"><a class="csv-link" download="${esc(chart.csvName)}" href="${esc(csvHref)}">Download the data (CSV)</a></p>`,
    `</div>`,
    `</div>`,
    notes.length ? `<figcaption class="chart-notes">${notes.map((f) => `<span>${esc(f)}</span>`).join(' ')}</figcaption>` : '',
    `</figure>`,
  );
}

function renderReferences(items: readonly Source[], start: number): string {
  const entries = items
    .map((s) =>
      join(
        `<li>`,
        `<span class="ref-short">${esc(s.short)}.</span> `,
        // A title is the source's own and is cited as such; a description is the deck's words.
        esc(s.publisher),
        s.title ? `, <cite>${esc(s.title)}</cite>` : '',
        s.description ? `${s.title ? ' (' : ': '}${esc(s.description)}${s.title ? ')' : ''}` : '',
        s.date ? `, ${esc(s.date)}` : '',
        '.',
        s.url ? ` <a href="${esc(s.url)}" rel="noopener">${esc(displayUrl(s.url))}</a>` : '',
        s.note ? ` <span class="ref-note">${esc(s.note)}</span>` : '',
        `</li>`,
      ),
    )
    .join('');
  return `<ol class="references" start="${esc(start)}">${entries}</ol>`;
}

/** A URL without its scheme, shortened for the slide (the link keeps the full address). */
export function displayUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return bare.length > 60 ? `${bare.slice(0, 57)}…` : bare;
}
