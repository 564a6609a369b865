/**
 * html-validate's configuration for the built page (tests/e2e/html-validate.spec.ts): the
 * recommended preset, with the rules below off, each for its reason. Everything else is fixed in
 * the markup, never here.
 */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Prettier writes `<!doctype html>` in lower case (HTML treats both alike): hold the page to that.
    'doctype-style': ['error', { style: 'lowercase' }],
    // Style only, and two writers disagree: Prettier self-closes the template's void elements (`<meta />`),
    // Vite injects its `<link>`s without; HTML parses both identically.
    'void-style': 'off',
    // The page's title is the talk's official title, quoted exactly (the citation tags and the PDF
    // carry the same); cutting it to 70 characters would misquote it.
    'long-title': 'off',
  },
};
