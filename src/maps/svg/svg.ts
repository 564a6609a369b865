/** Small SVG string helpers and the root renderer. Every text and attribute value is escaped. */
import { esc } from '../../base/html.ts';
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

/** Room around a label's text on its plate, px. */
export const PLATE_PAD = 2;

/**
 * A label. One with the `halo` class sits on a plate: a pale rectangle behind the text that keeps
 * it legible over borders and routes. Not a stroke round the letters: Chromium's PDF writes stroked
 * text a second time (as outlines plus an invisible copy), so search and copying would double every
 * label, and LibreOffice paints a stroke over the letters.
 */
export function label(l: PlacedLabel): string {
  const anchor = l.textAnchor === 'start' ? undefined : l.textAnchor;
  const classes = l.request.className.split(/\s+/);
  const plate = classes.includes('halo') ? platesFor(l.box) : '';
  const className = classes.filter((c) => c !== 'halo').join(' ');
  return `${plate}<text${attrs({ class: className, x: l.x, y: l.y, 'text-anchor': anchor })}>${esc(l.request.text)}</text>`;
}

/** The plate behind a text box. */
export const platesFor = (box: { x: number; y: number; w: number; h: number }): string =>
  `<rect${attrs({ class: 'plate', x: box.x - PLATE_PAD, y: box.y - PLATE_PAD / 2, width: box.w + 2 * PLATE_PAD, height: box.h + PLATE_PAD, rx: 3 })}/>`;

/* ---------- Styles as presentation attributes ---------- */

/** CSS properties written as SVG presentation attributes. */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'paint-order',
  'opacity',
]);

interface Rule {
  readonly tag?: string;
  readonly classes: readonly string[];
  /** 0 for the root (`#id`), then CSS specificity. */
  readonly specificity: number;
  readonly order: number;
  readonly decls: readonly (readonly [string, string])[];
}

/** `var(--x, fallback)` → fallback: a presentation attribute cannot hold a custom property. */
export function resolveVars(value: string): string {
  let out = value;
  for (let guard = 0; guard < 8 && out.includes('var('); guard++) {
    out = out.replace(/var\(\s*--[\w-]+\s*,\s*((?:[^()]|\([^()]*\))*)\)/g, (_all, fallback: string) => fallback.trim());
  }
  if (out.includes('var(')) throw new Error(`map style "${value}": a custom property without a fallback`);
  return out;
}

/** Parses the maps' simple stylesheets: `#id`, `#id tag` and `#id .a.b` selectors, comma lists. */
export function parseMapCss(css: string, idSelector: string): Rule[] {
  const rules: Rule[] = [];
  let order = 0;
  for (const block of css.split('}')) {
    const open = block.indexOf('{');
    if (open < 0) continue;
    const decls = block
      .slice(open + 1)
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d): [string, string] => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]);
    for (const raw of block.slice(0, open).split(',')) {
      const selector = raw.trim();
      if (!selector.startsWith(idSelector)) throw new Error(`map style: selector "${selector}" is not scoped to ${idSelector}`);
      const rest = selector.slice(idSelector.length).trim();
      if (rest === '') rules.push({ classes: [], specificity: 0, order: order++, decls });
      else if (/^[a-z]+$/.test(rest)) rules.push({ tag: rest, classes: [], specificity: 1, order: order++, decls });
      else if (/^(\.[\w-]+)+$/.test(rest)) {
        const classes = rest.slice(1).split('.');
        rules.push({ classes, specificity: 10 * classes.length, order: order++, decls });
      } else throw new Error(`map style: selector "${selector}" is not one the inliner knows`);
    }
  }
  return rules;
}

const px = (v: string): string => v.replace(/^(-?[\d.]+)px$/, '$1');

/**
 * The stylesheet written onto the elements as presentation attributes, so every renderer
 * (LibreOffice, PowerPoint, a page whose CSP forbids inline styles) draws the map as the browser
 * does. Inherited text properties (the font) go on every `<text>`: LibreOffice does not inherit
 * them from the root. Attributes already on an element win. Pure.
 */
export function inlineMapStyles(body: string, css: string, idSelector: string): { body: string; root: string } {
  const rules = parseMapCss(css, idSelector);
  const sorted = [...rules].sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  const rootDecls = new Map<string, string>();
  for (const r of sorted) if (r.specificity === 0) for (const [k, v] of r.decls) rootDecls.set(k, resolveVars(v));
  const out = body.replace(/<([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g, (_all, tag: string, attrText: string, close: string) => {
    const present = new Set([...attrText.matchAll(/\s([\w:-]+)="/g)].map((m) => m[1]));
    const classes = /\sclass="([^"]*)"/.exec(attrText)?.[1]?.split(/\s+/) ?? [];
    const values = new Map<string, string>();
    // Text inherits the root's font; LibreOffice needs it on the element.
    if (tag === 'text') for (const [k, v] of rootDecls) if (PRESENTATION.has(k)) values.set(k, v);
    for (const r of sorted) {
      if (r.specificity === 0) continue;
      if (r.tag ? r.tag !== tag : !r.classes.every((c) => classes.includes(c))) continue;
      for (const [k, v] of r.decls) values.set(k, resolveVars(v));
    }
    const size = Number(px(values.get('font-size') ?? '0'));
    const extra: string[] = [];
    for (const [k, v] of values) {
      if (!PRESENTATION.has(k) || present.has(k)) continue;
      let value = px(v);
      // Letter-spacing in em is in px on paper (LibreOffice reads no em here).
      if (k === 'letter-spacing' && value.endsWith('em') && size > 0)
        value = String(Math.round(Number.parseFloat(value) * size * 100) / 100);
      extra.push(` ${k}="${esc(value)}"`);
    }
    return `<${tag}${attrText}${extra.join('')}${close ? '/' : ''}>`;
  });
  const root = [...rootDecls]
    .filter(([k]) => PRESENTATION.has(k))
    .map(([k, v]) => ` ${k}="${esc(px(v))}"`)
    .join('');
  return { body: out, root };
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
  // No <style>: the styles are written onto the elements (see inlineMapStyles).
  const styled = inlineMapStyles(fill(drawing.body), fill(drawing.css), `#${p}`);
  return (
    `<svg id="${p}" class="deck-map deck-map--${esc(drawing.id)}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${p}-title" aria-describedby="${p}-desc"${styled.root}>` +
    `<title id="${p}-title">${esc(drawing.title)}</title>` +
    `<desc id="${p}-desc">${esc(drawing.desc)}</desc>` +
    styled.body +
    `</svg>`
  );
}
