/**
 * "Cite this talk" in the built deck: the dialog (?cite), its downloads served beside the page and
 * read back with citation-js, keys going back to the deck when it closes, and no accessibility
 * violations in the kit's dialogs (Cite, rehearsal report).
 */
import AxeBuilder from '@axe-core/playwright';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { expect, test } from '@playwright/test';
import { expectNoProblems, gotoSlide, slideById, waitForDeck, watch } from './support.ts';

const TITLE = 'China–Belarus cooperation as the factor of the foreign policy self-identification of the Republic of Belarus (2000–2022s)';

test('?cite opens the Cite dialog: APA and Chicago with the title first, BibTeX and CSL-JSON beside the page', async ({
  page,
  request,
}) => {
  const problems = watch(page);
  await gotoSlide(page, 'title', '?cite');
  const dialog = page.getByRole('dialog', { name: 'Cite this talk' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'APA (7th edition)' })).toContainText(
    `${TITLE} [Conference presentation]. (2022). 11th East Asian Conference on Slavic-Eurasian Studies.`,
  );
  await expect(dialog.getByRole('region', { name: 'Chicago (author-date)' })).toContainText(
    `“${TITLE}.” 2022. Paper presented at the 11th East Asian Conference on Slavic-Eurasian Studies.`,
  );

  for (const [name, file] of [
    ['BibTeX (.bib)', 'cite.bib'],
    ['CSL-JSON (.json)', 'cite.json'],
  ] as const) {
    const link = dialog.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', `./${file}`);
    await expect(link).toHaveAttribute('download', file);
    const response = await request.get(`./${file}`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    const cite = await Cite.async(file.endsWith('.json') ? (JSON.parse(text) as object) : text);
    expect(cite.data).toHaveLength(1);
    expect(cite.data[0]?.title).toBe(TITLE);
    expect(cite.data[0]?.issued?.['date-parts']?.[0]?.[0]).toBe(2022);
  }

  // Esc closes it, and the deck has the keys again.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('dialog :focus')).toHaveCount(0);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.locator(slideById('crossroads'))).toHaveClass(/\bpresent\b/);
  expectNoProblems(problems);
});

test('the kit’s dialogs pass axe', async ({ page }) => {
  await gotoSlide(page, 'title', '?cite');
  await expect(page.locator('#cite-dialog')).toBeVisible();
  const cite = await new AxeBuilder({ page }).include('#cite-dialog').analyze();
  await page.goto('./?rehearsal-report#/title');
  await waitForDeck(page);
  await expect(page.locator('#rehearsal-report')).toBeVisible();
  const report = await new AxeBuilder({ page }).include('#rehearsal-report').analyze();
  const list = (r: typeof cite) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect({ cite: list(cite), report: list(report) }).toEqual({ cite: [], report: [] });
});
