/**
 * html-validate (recommended preset, tests/html-validate.config.ts) over the built page: both
 * renderings (the article, and the slides from the file beside the page in their template), the bar
 * and the dialogs. The page is the
 * build's output, so this runs after `vite build` with the browser tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { htmlValidateConfig } from '../html-validate.config.ts';
import { SLIDES_FILE } from '../../src/render/page.ts';

test('the built page passes html-validate, with its slides in their template as the slide view puts them', async () => {
  const dir = process.env.DECK_OUT_DIR ?? 'dist';
  const file = join(dir, 'index.html');
  const empty = `<template id="deck-slides" data-src="${SLIDES_FILE}"></template>`;
  const page = readFileSync(file, 'utf8');
  expect(page, 'the page names the slides file beside it').toContain(empty);
  const html = page.replace(empty, () => `<template id="deck-slides">${readFileSync(join(dir, SLIDES_FILE), 'utf8')}</template>`);
  const report = await new HtmlValidate(htmlValidateConfig).validateString(html, file);
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message} (${m.selector ?? ''})`),
  );
  expect(messages).toEqual([]);
});
