import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { VIEWPORTS, expectNoProblems, slideById, slideIds, waitForDeck, watch } from './support.ts';

/** Moves to a slide without reloading (reveal.js follows hash changes) and waits for it. */
async function show(page: Page, id: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = `#/${target}`;
  }, id);
  await expect(page.locator(slideById(id))).toHaveClass(/\bpresent\b/);
}

/**
 * Everything visible on the slide must lie inside the slide's box, and no box may scroll:
 * returns a description of each element that sticks out.
 */
async function overflowOf(page: Page, id: string): Promise<string[]> {
  return page.locator(slideById(id)).evaluate((section) => {
    const box = section.getBoundingClientRect();
    const out: string[] = [];
    const tolerance = 1;
    for (const el of section.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('aside.notes, .visually-hidden, .chart-data')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
      if (
        r.left < box.left - tolerance ||
        r.right > box.right + tolerance ||
        r.top < box.top - tolerance ||
        r.bottom > box.bottom + tolerance
      ) {
        out.push(
          `${name} "${el.textContent.trim().slice(0, 40)}" at ${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} ${Math.round(r.width)}x${Math.round(r.height)} outside ${Math.round(box.width)}x${Math.round(box.height)}`,
        );
      }
      if (
        (style.overflowY === 'auto' || style.overflowY === 'scroll' || style.overflowY === 'hidden') &&
        el.scrollHeight > el.clientHeight + tolerance &&
        !el.matches('canvas')
      ) {
        out.push(`${name} clips its content (${el.scrollHeight} > ${el.clientHeight})`);
      }
    }
    return out;
  });
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`nothing overflows its slide at ${name} size (${viewport.width}×${viewport.height})`, async ({ page }) => {
    const problems = watch(page);
    await page.setViewportSize(viewport);
    // The slides, even on a phone (which opens the reading view unless the slides are asked for).
    await page.goto('./?view=slides');
    await waitForDeck(page);
    const ids = await slideIds(page);
    // Show every fragment: the slide must fit when fully built.
    await page.addStyleTag({ content: '.reveal .slides section .fragment { opacity: 1 !important; visibility: visible !important; }' });
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
  await page.addStyleTag({ content: '.reveal .slides section .fragment { transition: none !important; }' });
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
