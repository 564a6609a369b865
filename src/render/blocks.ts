/**
 * Content blocks as HTML, for both renderings of the deck: on a slide (`slide`: build steps become
 * fragments, a chart gets its Data button and a stage of the slide's size) and in the reading
 * view's article (`article`: everything shown at once, a chart is a captioned figure with its data
 * beneath). Pure: strings in, strings out.
 */
import type { CompareColumn, Point } from '../model/authored.ts';
import type { Cell, ChartSummary, DataTable } from '../model/chart.ts';
import type { MapSummary } from '../model/map.ts';
import { formatNumber } from '../base/format.ts';
import { fill, plural, type Locale } from '../model/messages.ts';
import { viewStepValues } from '../model/steps.ts';
import type { ResolvedBlock } from '../model/resolved.ts';
import type { Source } from '../data/sources.ts';
import { cls, esc, join, txt } from '../base/html.ts';
import { primaryLanguage } from '../base/lang.ts';

export type Context = 'slide' | 'article';

/** "Since the talk" marks content first published after the talk. */
export const laterMark = (later: boolean | undefined, locale: Locale): string =>
  later === true ? ` <span class="later">${esc(locale.messages.sinceTheTalk)}</span>` : '';

/** Build steps are fragments on slides only: a reader has no clicker. */
const step = (context: Context, build: boolean | undefined): string | false => context === 'slide' && build === true && 'fragment';

function renderPoint(point: Point, className: string | false, locale: Locale): string {
  if (typeof point === 'string') return `<li${cls(className)}>${txt(point)}</li>`;
  const sub = point.sub?.length ? `<ul>${point.sub.map((s) => `<li>${txt(s)}</li>`).join('')}</ul>` : '';
  return `<li${cls(className)}>${txt(point.text)}${laterMark(point.later, locale)}${sub}</li>`;
}

function renderColumn(column: CompareColumn, className: string | false, context: Context, locale: Locale): string {
  // In the article a slide's title is an h3, so a column heading is one level below it.
  const heading = context === 'slide' ? 'h3' : 'h4';
  return join(
    `<div${cls('compare-column', className)}>`,
    `<${heading}>${txt(column.heading)}</${heading}>`,
    `<ul>${column.items.map((p) => renderPoint(p, false, locale)).join('')}</ul>`,
    `</div>`,
  );
}

export function renderBlock(block: ResolvedBlock, context: Context, locale: Locale): string {
  switch (block.kind) {
    case 'lead':
      return `<p class="lead">${txt(block.text)}${laterMark(block.later, locale)}</p>`;
    case 'points':
      return `<ul class="points">${block.items.map((p) => renderPoint(p, step(context, block.build), locale)).join('')}</ul>`;
    case 'compare':
      return `<div class="compare">${block.columns.map((c) => renderColumn(c, step(context, block.build), context, locale)).join('')}</div>`;
    case 'timeline':
      return join(
        `<ol class="timeline">`,
        block.items
          .map(
            (i) =>
              `<li${cls(step(context, block.build))}><span class="when">${txt(i.when)}</span> <span class="what">${txt(i.what)}${laterMark(i.later, locale)}</span></li>`,
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
              `<div${cls('figure', step(context, block.build))}><dt>${txt(i.label)}${i.derived ? ` <span class="derived">${esc(locale.messages.derived)}</span>` : ''}${laterMark(i.later, locale)}</dt><dd>${txt(i.value)}</dd></div>`,
          )
          .join(''),
        `</dl>`,
      );
    case 'document':
      return `<blockquote class="document"><p class="document-title">“${txt(block.title)}”</p><p class="document-meta">${txt(block.meta)}</p></blockquote>`;
    case 'table':
      return renderTable(
        { caption: block.caption, columns: block.head.map((label) => ({ label })), rows: block.rows },
        'content-table',
        locale,
      );
    case 'chart':
      return context === 'slide' ? renderSlideChart(block.chart, locale) : renderArticleChart(block.chart, locale);
    case 'map':
      return context === 'slide' ? renderSlideMap(block.map) : renderArticleMap(block.map, locale);
    case 'references':
      return renderReferences(block.items, block.start, context, locale);
  }
  // Exhaustiveness: a new block kind must be rendered above.
  const unreachable: never = block;
  return unreachable;
}

/** Row headers are labels (years), so they are never given thousands separators. */
const formatCell = (cell: Cell, locale: Locale, isLabel = false): string => {
  if (cell === null) return `<span class="no-data">–<span class="visually-hidden"> ${esc(locale.messages.noFigure)}</span></span>`;
  if (typeof cell === 'number') return esc(isLabel ? String(cell) : formatNumber(cell, 1, locale.lang));
  return txt(cell);
};

export function renderTable(table: DataTable, className: string, locale: Locale): string {
  const head = table.columns
    .map((c) => `<th scope="col">${esc(c.label)}${c.unit ? ` <span class="unit">(${esc(c.unit)})</span>` : ''}</th>`)
    .join('');
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${formatCell(cell, locale, true)}</th>` : `<td>${formatCell(cell, locale)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<table class="${esc(className)}"><caption>${esc(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The switch between a chart's views (e.g. whose statistics), if it has views. */
function renderViews(chart: ChartSummary): string {
  const views = chart.views;
  const first = views?.options[0];
  if (!views || !first) return '';
  return join(
    `<div class="chart-views" role="group" aria-label="${esc(views.label)}">`,
    views.options
      .map(
        (o) =>
          `<button type="button" class="chart-view" value="${esc(o.value)}" aria-pressed="${o === first ? 'true' : 'false'}">${esc(o.label)}</button>`,
      )
      .join(''),
    `</div>`,
  );
}

/**
 * The view switch as build steps of the slide (empty fragments the slide view follows,
 * src/app/build-steps.ts): each other view in turn, then back to the first, so a clicker goes
 * through "Chinese statistics, and back" as two steps. Nothing here is seen or read out.
 */
function renderViewSteps(chart: ChartSummary): string {
  return viewStepValues(chart.views)
    .map((value) => `<span class="fragment chart-view-step" data-view-step="${esc(value)}" aria-hidden="true"></span>`)
    .join('');
}

/** The data behind a chart: its tables (each view's first when it is shown) and the CSV download. */
function renderChartData(chart: ChartSummary, locale: Locale): string {
  const csvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(chart.csv)}`;
  return join(
    chart.tables
      .map((t) =>
        t.view
          ? `<div class="chart-table" data-view="${esc(t.view)}">${renderTable(t, 'data-table', locale)}</div>`
          : renderTable(t, 'data-table', locale),
      )
      .join(''),
    `<p class="chart-csv"><a class="csv-link" download="${esc(chart.csvName)}" href="${esc(csvHref)}">${esc(locale.messages.downloadCsv)}</a></p>`,
  );
}

const figureAttrs = (chart: ChartSummary): string => {
  const first = chart.views?.options[0];
  return `class="chart" data-chart="${esc(chart.id)}"${first ? ` data-view="${esc(first.value)}"` : ''}`;
};

const canvas = (chart: ChartSummary): string => `<canvas role="img" aria-label="${esc(chart.finding)}"></canvas>`;

/**
 * A chart on a slide: the canvas (drawn later by the chart controller) with its finding as the
 * accessible name, the view buttons and the Data button, the footnotes, and the place of the data
 * tables (shown over the chart on request, always there for screen readers). The page holds the
 * tables once, in the article; the slide view, which always runs scripts, copies them in
 * (`data-fill`, src/app/slides-view.ts).
 */
export function renderSlideChart(chart: ChartSummary, locale: Locale): string {
  const dataId = `${chart.id}-data`;
  return join(
    `<figure ${figureAttrs(chart)}>`,
    `<div class="chart-bar">`,
    renderViews(chart),
    renderViewSteps(chart),
    `<button type="button" class="chart-data-toggle" aria-controls="${esc(dataId)}" aria-expanded="false" title="${esc(locale.messages.dataHint)}">${esc(locale.messages.data)}</button>`,
    `</div>`,
    `<div class="chart-stage">`,
    `<div class="chart-box">${canvas(chart)}</div>`,
    `<div class="chart-data" id="${esc(dataId)}" data-fill="chart-data" data-chart-id="${esc(chart.id)}"></div>`,
    `</div>`,
    // One line on the slide; the footnotes are for readers (the article, the handout).
    `<figcaption class="chart-notes">${esc(chart.caption)}</figcaption>`,
    `</figure>`,
  );
}

/**
 * A chart in the article: a figure captioned with its title and finding, the drawing in a box of
 * fixed height, its notes, and its data beneath (a disclosure that reads without JavaScript).
 */
export function renderArticleChart(chart: ChartSummary, locale: Locale): string {
  const notes = [...(chart.views ? [chart.views.note] : []), ...chart.footnotes];
  const tables = chart.tables.length;
  return join(
    `<figure ${figureAttrs(chart)}>`,
    `<figcaption class="chart-caption"><strong>${esc(chart.title)}${esc(locale.messages.fullStop)}</strong> ${esc(chart.finding)}</figcaption>`,
    chart.views ? `<div class="chart-bar">${renderViews(chart)}</div>` : '',
    `<div class="chart-box">${canvas(chart)}</div>`,
    notes.length ? `<p class="chart-notes">${notes.map((f) => esc(f)).join(' ')}</p>` : '',
    `<details class="chart-data-details"><summary>${esc(plural(locale.lang, locale.messages.dataBehindChart, tables))}</summary>`,
    `<section class="chart-data-scroll" tabindex="0" aria-label="${esc(fill(locale.messages.dataTables, { title: chart.title }))}">${renderChartData(chart, locale)}</section>`,
    `</details>`,
    `</figure>`,
  );
}

/**
 * A map on a slide: the drawing fills the room the slide leaves. The page
 * holds the SVG once, in the article; the slide view copies it in (`data-fill`), as it does the
 * charts' tables, so the drawing costs the page its size only once.
 */
export function renderSlideMap(map: MapSummary): string {
  // The drawing says on its face what it must (a stylised route, a date since the talk); its caveats are for readers.
  return `<figure class="map" data-map="${esc(map.id)}"><div class="map-art" data-fill="map" data-map-id="${esc(map.id)}"></div></figure>`;
}

/**
 * A map in the article: captioned with its title and finding, the drawing, then its text
 * alternative (places, routes, distances, memberships) for readers who cannot see it, then its caveats.
 */
export function renderArticleMap(map: MapSummary, locale: Locale): string {
  return join(
    `<figure class="map" data-map="${esc(map.id)}">`,
    `<figcaption class="map-caption"><strong>${esc(map.title)}${esc(locale.messages.fullStop)}</strong> ${esc(map.finding)}</figcaption>`,
    `<div class="map-art">${map.svg}</div>`,
    // On a phone the drawing is a third of its size: this opens it full screen, to pan and zoom (src/app/map-viewer.ts).
    `<p class="map-open-line"><button type="button" class="map-open deck-tool">${esc(locale.messages.openMap)}</button></p>`,
    `<div class="map-alt">`,
    map.alt
      .map((a) => `<p class="map-alt-heading">${esc(a.heading)}</p><ul>${a.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`)
      .join(''),
    `</div>`,
    map.footnotes.length ? `<p class="map-notes">${map.footnotes.map(esc).join(' ')}</p>` : '',
    `</figure>`,
  );
}

/**
 * The language of a source's title written in Latin letters (its `titleLang`, or English): a screen reader reads an English
 * title on the Chinese page in an English voice. Cyrillic and Chinese titles are marked run by run (txt). Pure.
 */
export function titleLang(title: string, declared: string | undefined): string | undefined {
  return /\p{Script=Latin}/u.test(title) ? (declared ?? 'en') : undefined;
}

/** ` lang="…"` where a passage's language is not the page's. */
const langAttr = (lang: string | undefined, page: string): string =>
  lang && primaryLanguage(lang) !== primaryLanguage(page) ? ` lang="${esc(lang)}"` : '';

/** One source as the references list gives it: short label, publisher, its own title or the deck's description, date, address, caveat. */
export function renderReference(s: Source, locale: Locale): string {
  // Punctuated as the edition's language writes it (Chinese full-width ，：（）。).
  const m = locale.messages;
  const stop = m.fullStop.trim();
  const after = m.fullStop === '.' ? ' ' : '';
  return join(
    `<span class="ref-short">${esc(s.short)}${esc(stop)}</span>${after}`,
    // A title is the source's own and is cited as such; a description is the deck's words.
    txt(s.publisher),
    s.title ? `${esc(m.comma)}<cite${langAttr(titleLang(s.title, s.titleLang), locale.lang)}>${txt(s.title)}</cite>` : '',
    s.description ? `${esc(s.title ? m.openParen : m.labelSeparator)}${txt(s.description)}${s.title ? esc(m.closeParen) : ''}` : '',
    s.date ? `${esc(m.comma)}${esc(s.date)}` : '',
    // A date that ends in its own full stop (Russian "2018 г.") takes no second one.
    s.date?.endsWith('.') ? '' : esc(stop),
    s.url ? ` <a href="${esc(s.url)}" rel="noopener">${esc(displayUrl(s.url))}</a>` : '',
    s.note ? ` <span class="ref-note">${txt(s.note)}</span>` : '',
  );
}

/**
 * A page of the references. In the article the list is written out (src/render/article.ts); on a
 * slide it names the entries it shows, which the slide view copies from the article's list.
 */
function renderReferences(items: readonly Source[], start: number, context: Context, locale: Locale): string {
  if (context === 'slide') {
    return `<ol class="references" start="${esc(start)}" data-fill="references" data-count="${esc(items.length)}"></ol>`;
  }
  return `<ol class="references" start="${esc(start)}">${items.map((s) => `<li id="ref-${esc(s.id)}">${renderReference(s, locale)}</li>`).join('')}</ol>`;
}

/** A URL without its scheme, shortened for the slide (the link keeps the full address). */
export function displayUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return bare.length > 60 ? `${bare.slice(0, 57)}…` : bare;
}
