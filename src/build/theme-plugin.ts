/**
 * Vite plugin: the theme (src/theme/tokens.ts) as the page's files.
 * - `import 'virtual:theme.css'` is a stylesheet of the theme's CSS custom properties, bundled into
 *   the CSS file the page links like any other (no inline style, for the Content-Security-Policy).
 *   Each page imports it under its own name (`virtual:theme-remote.css` for the phone remote):
 *   one name shared by two entries would become a stylesheet of its own, one more request.
 * - `favicon.svg` is drawn in the theme's accent and paper (served in dev, written by the build).
 * - A page names a theme colour as `%theme.colour.NAME%` (its `<meta name="theme-color">`), replaced
 *   by the colour; an unknown name fails the build.
 * Vite restarts the dev server when tokens.ts (a dependency of its config) changes.
 */
import type { Plugin } from 'vite';
import { themeCss } from '../theme/theme-css.ts';
import { theme, type Theme } from '../theme/tokens.ts';

export const THEME_CSS_ID = 'virtual:theme.css';
const THEME_CSS = /^virtual:theme(-[a-z]+)?\.css$/;
// Vite's CSS pipeline recognises a module by its `.css` ending; `\0` keeps other plugins off it.
const RESOLVED = /^\0virtual:theme(-[a-z]+)?\.css$/;

/** The deck's icon: three lines of text on an accent square. */
export function faviconSvg(t: Theme = theme): string {
  const { accent, paper } = t.colour;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${accent}"/>` +
    `<rect x="7" y="9" width="18" height="3" fill="${paper}"/><rect x="7" y="15" width="14" height="3" fill="${paper}"/>` +
    `<rect x="7" y="21" width="10" height="3" fill="${paper}"/></svg>\n`
  );
}

const COLOUR_PLACEHOLDER = /%theme\.colour\.(\w+)%/g;

/** `html` with each `%theme.colour.NAME%` replaced by that colour of `t`. */
export function themeHtml(html: string, t: Theme = theme): string {
  return html.replace(COLOUR_PLACEHOLDER, (_, name: string) => {
    const value = Object.entries(t.colour).find(([key]) => key === name)?.[1];
    if (value === undefined) throw new Error(`%theme.colour.${name}%: src/theme/tokens.ts has no colour "${name}"`);
    return value;
  });
}

export function themePlugin(t: Theme = theme): Plugin {
  return {
    name: 'deck:theme',
    resolveId(id) {
      return THEME_CSS.test(id) ? `\0${id}` : undefined;
    },
    load(id) {
      return RESOLVED.test(id) ? themeCss(t) : undefined;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/favicon.svg') {
          next();
          return;
        }
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(faviconSvg(t));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: faviconSvg(t) });
    },
    transformIndexHtml: { order: 'pre', handler: (html) => themeHtml(html, t) },
  };
}
