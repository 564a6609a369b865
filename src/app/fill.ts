/**
 * The page holds the charts' data tables, the maps and the references once, in the article; the slides
 * name them (`data-fill`) and the slide view copies them in before reveal.js starts. Only the
 * slide view needs this, and it always runs scripts, so nothing is lost without JavaScript.
 */

/** Copies the article's content into the slides' `data-fill` places; throws naming what is missing. */
export function fillFromArticle(slides: ParentNode, article: ParentNode): void {
  const missing: string[] = [];
  for (const place of slides.querySelectorAll<HTMLElement>('[data-fill="chart-data"]')) {
    const id = place.dataset.chartId ?? '';
    const source = [...article.querySelectorAll<HTMLElement>('figure.chart[data-chart]')]
      .find((f) => f.dataset.chart === id)
      ?.querySelector('.chart-data-scroll');
    if (!source) missing.push(`chart data "${id}"`);
    else place.append(...[...source.childNodes].map((n) => n.cloneNode(true)));
  }
  for (const place of slides.querySelectorAll<HTMLElement>('[data-fill="map"]')) {
    const id = place.dataset.mapId ?? '';
    const drawing = [...article.querySelectorAll<HTMLElement>('figure.map[data-map]')]
      .find((f) => f.dataset.map === id)
      ?.querySelector('.map-art > svg');
    if (!drawing) missing.push(`map "${id}"`);
    else place.append(drawing.cloneNode(true));
  }
  const entries = [...article.querySelectorAll<HTMLElement>('ol.references > li')];
  for (const list of slides.querySelectorAll<HTMLOListElement>('ol[data-fill="references"]')) {
    const from = list.start - 1;
    const count = Number(list.dataset.count);
    const slice = entries.slice(from, from + count);
    if (slice.length !== count) missing.push(`references ${list.start}–${list.start + count - 1}`);
    for (const entry of slice) {
      const copy = entry.cloneNode(true);
      if (!(copy instanceof HTMLElement)) continue;
      // The article keeps the ids (link targets and old slide addresses); the slides must not repeat them.
      copy.removeAttribute('id');
      for (const anchor of copy.querySelectorAll('[id]')) anchor.remove();
      list.append(copy);
    }
  }
  if (missing.length > 0) throw new Error(`The slides cannot be completed from the article: ${missing.join(', ')} not found`);
}
