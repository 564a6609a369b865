import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addTestStyle, VIEWPORTS, expectNoProblems, overflowOf, show, slideById, slideIds, waitForDeck, watch } from './support.ts';

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`nothing overflows its slide at ${name} size (${viewport.width}×${viewport.height})`, async ({ page }) => {
    const problems = watch(page);
    await page.setViewportSize(viewport);
    // The slides, even on a phone (which opens the reading view unless the slides are asked for).
    await page.goto('./?view=slides');
    await waitForDeck(page);
    const ids = await slideIds(page);
    // Show every fragment: the slide must fit when fully built.
    await addTestStyle(page, '.reveal .slides section .fragment { opacity: 1 !important; visibility: visible !important; }');
    const report: Record<string, string[]> = {};
    for (const id of ids) {
      await show(page, id);
      const out = await overflowOf(page, id);
      if (out.length) report[id] = out;
    }
    expect(report).toEqual({});
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, 'the page scrolls sideways').toBeLessThanOrEqual(viewport.width);
    expectNoProblems(problems);
  });
}

test('axe-core finds no accessibility violations on any slide', async ({ page }) => {
  test.setTimeout(180_000);
  // No slide transition: contrast is measured on the settled slide, not mid-fade.
  await page.goto('./?transition=none');
  await waitForDeck(page);
  await addTestStyle(page, '.reveal .slides section .fragment { transition: none !important; }');
  const ids = await slideIds(page);
  const violations: Record<string, string[]> = {};
  for (const id of ids) {
    await show(page, id);
    // Every fragment shown, so contrast is checked on the built slide.
    await page.evaluate(() => {
      for (const f of document.querySelectorAll('section.present .fragment')) f.classList.add('visible');
    });
    const result = await new AxeBuilder({ page }).include(slideById(id)).analyze();
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    if (found.length) violations[id] = found;
  }
  // And the page as a whole (landmarks, title, lang, controls), once.
  const whole = await new AxeBuilder({ page }).analyze();
  const pageLevel = whole.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect({ slides: violations, page: pageLevel }).toEqual({ slides: {}, page: [] });
});
