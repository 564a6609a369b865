/** Small SVG string helpers and the root renderer. Every text and attribute value is escaped. */
import { esc } from '../../render/html.ts';
import { ID_TOKEN } from '../types.ts';
import type { MapDrawing } from '../types.ts';
import type { PlacedLabel } from './labels.ts';

/** `k="v"` pairs, skipping undefined values; numbers rounded to one decimal. */
export function attrs(values: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? String(Math.round(v * 10) / 10) : esc(v)}"`)
    .join('');
}

export const path = (d: string, className: string): string => (d === '' ? '' : `<path class="${className}" d="${d}"/>`);

export function label(l: PlacedLabel): string {
  const anchor = l.textAnchor === 'start' ? undefined : l.textAnchor;
  return `<text${attrs({ class: l.request.className, x: l.x, y: l.y, 'text-anchor': anchor })}>${esc(l.request.text)}</text>`;
}

/** A safe id prefix: letters, digits, '-' and '_', starting with a letter. */
export function checkIdPrefix(prefix: string): string {
  if (!/^[A-Za-z][\w-]*$/.test(prefix))
    throw new Error(`map id prefix "${prefix}" must start with a letter and use only letters, digits, "-" and "_"`);
  return prefix;
}

/**
 * The `<svg>` for a drawing: role="img", named by its `<title>` and `<desc>` (the finding), a viewBox and
 * no fixed size (it scales to its box), every internal id prefixed so the map can appear twice in a page.
 */
export function renderMapSvg(drawing: MapDrawing, options: { readonly idPrefix: string }): string {
  const p = checkIdPrefix(options.idPrefix);
  const fill = (s: string): string => s.split(ID_TOKEN).join(p);
  const { width, height } = drawing.frame;
  return (
    `<svg id="${p}" class="deck-map deck-map--${esc(drawing.id)}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${p}-title" aria-describedby="${p}-desc">` +
    `<title id="${p}-title">${esc(drawing.title)}</title>` +
    `<desc id="${p}-desc">${esc(drawing.desc)}</desc>` +
    `<style>${fill(drawing.css)}</style>` +
    fill(drawing.body) +
    `</svg>`
  );
}
