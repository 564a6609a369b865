/**
 * html-validate's configuration for the built page (tests/e2e/html-validate.spec.ts): the
 * recommended preset, with the rules below off, each for its reason. Everything else is fixed in
 * the markup, never here.
 */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Style only: Prettier writes `<!doctype html>` in lower case, and HTML treats both alike.
    'doctype-style': 'off',
    // Style only: Prettier writes void elements self-closed (`<meta />`), which HTML parses identically.
    'void-style': 'off',
    // The page's title is the talk's official title, quoted exactly (the citation tags and the PDF
    // carry the same); cutting it to 70 characters would misquote it.
    'long-title': 'off',
  },
};
