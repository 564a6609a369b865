/**
 * The theme (src/theme/tokens.ts) as CSS custom properties on `:root`. Pure: the build serves the
 * result as a stylesheet the page links (`virtual:theme.css`, src/build/theme-plugin.ts), never an
 * inline style, so the page's Content-Security-Policy needs no 'unsafe-inline' for styles.
 */
import type { Theme } from './tokens.ts';

/** `inkSoft` → `ink-soft`, `chart1` → `chart-1`, `padX` → `pad-x`. */
export function kebab(name: string): string {
  return name.replace(/([a-z])([A-Z0-9])/g, '$1-$2').toLowerCase();
}

/** `#rrggbb` → `r, g, b` (decimal): what reveal.js's overlay variables take (it wraps them in rgba()). */
export function rgbTriple(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`theme colour ${hex} is not #rrggbb`);
  return [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16)).join(', ');
}

/** A type token's CSS value: `line` is unitless, `spacing` em, everything else px. */
function typeValue(key: string, value: number): string {
  if (key === 'line') return String(value);
  if (key === 'spacing') return `${value}em`;
  return `${value}px`;
}

/** The `:root` rule declaring every colour, font stack and type size of `theme`. */
export function themeCss(theme: Theme): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(theme.colour)) lines.push(`--${kebab(name)}: ${value};`);
  // reveal.js's overlays take a colour as "r, g, b".
  lines.push(`--ink-rgb: ${rgbTriple(theme.colour.ink)};`, `--paper-rgb: ${rgbTriple(theme.colour.paper)};`);
  for (const [name, value] of Object.entries(theme.font)) lines.push(`--font-${kebab(name)}: ${value};`);
  for (const [name, value] of Object.entries(theme.type)) {
    if (typeof value === 'number') {
      lines.push(`--type-${kebab(name)}: ${typeValue(name, value)};`);
      continue;
    }
    for (const [key, v] of Object.entries(value)) lines.push(`--type-${kebab(name)}-${kebab(key)}: ${typeValue(key, v)};`);
  }
  return `/* Generated from src/theme/tokens.ts by src/theme/theme-css.ts: edit the tokens, not this. */\n:root {\n${lines.map((l) => `  ${l}`).join('\n')}\n}\n`;
}
