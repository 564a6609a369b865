/**
 * html-validate (recommended preset, tests/html-validate.config.ts) over the built page: both
 * renderings (the article and the slides' template), the bar and the dialogs. The page is the
 * build's output, so this runs after `vite build` with the browser tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { htmlValidateConfig } from '../html-validate.config.ts';

test('the built page passes html-validate', async () => {
  const file = join(process.env.DECK_OUT_DIR ?? 'dist', 'index.html');
  const report = await new HtmlValidate(htmlValidateConfig).validateString(readFileSync(file, 'utf8'), file);
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message} (${m.selector ?? ''})`),
  );
  expect(messages).toEqual([]);
});
