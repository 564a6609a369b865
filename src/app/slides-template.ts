/**
 * The slides' template. The portable file and the dev server carry the slides in the page's own
 * `<template id="deck-slides">`; the site's page does not (a reader never needs them), and its
 * template names the file beside it that does (`data-src`, src/render/page.ts): the first view that
 * shows slides fills the template from it, once, and every later one reuses it.
 */
let filling: Promise<HTMLTemplateElement> | null = null;

export function slidesTemplate(template: HTMLTemplateElement): Promise<HTMLTemplateElement> {
  const src = template.dataset.src;
  if (!src || template.content.childElementCount > 0) return Promise.resolve(template);
  filling ??= fetch(new URL(src, document.baseURI))
    .then(async (response) => {
      if (!response.ok) throw new Error(`the slides (${response.url}) could not be loaded: HTTP ${response.status}`);
      // The build's own file, beside the page, under the page's Content-Security-Policy.
      template.innerHTML = await response.text();
      return template;
    })
    .catch((error: unknown) => {
      // A later view may try again (the connection came back).
      filling = null;
      throw error;
    });
  return filling;
}
