/**
 * The slide view as a screen reader meets it (issue 21): the accessibility tree of a chart slide, a
 * map slide and a build-step slide (Playwright's ARIA snapshots), the live region, the data panel,
 * and the language of passages in another script. Titles are read from the page, so a reworded
 * slide does not break the test; what is asserted is the shape a reader hears.
 */
import { expect, test, type Page } from '@playwright/test';
import { fillSlidesTemplate, gotoSlide, slideById } from './support.ts';

/** A snapshot line's key, `role "name" [attrs]`, quoted whole for YAML (names hold colons and quotes). */
const key = (role: string, name: string, attrs = ''): string => `'${`${role} ${JSON.stringify(name)}${attrs}`.replace(/'/g, "''")}'`;
/** A text value, quoted for YAML. */
const quote = (text: string): string => JSON.stringify(text);

async function titleOf(page: Page, id: string): Promise<string> {
  return (await page.locator(`${slideById(id)} .slide-head :is(h1, h2)`).textContent())?.trim() ?? '';
}

async function eyebrowOf(page: Page, id: string): Promise<string> {
  return (await page.locator(`${slideById(id)} .eyebrow`).textContent())?.trim() ?? '';
}

/** The one live region a reader hears, and what it says. */
async function liveRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')]
      .filter((el) => !el.closest('[aria-hidden="true"], [hidden], [inert]'))
      .map((el) => el.textContent.trim()),
  );
}

test.describe('slides that speak', () => {
  test('the deck is not an application, and the live region says only the new slide’s title', async ({ page }) => {
    await gotoSlide(page, 'crossroads');
    await expect(page.locator('.reveal')).not.toHaveAttribute('role', /./);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const id = await page.locator('.reveal .slides > section.present').getAttribute('id');
    const title = await titleOf(page, id ?? '');
    await expect.poll(() => liveRegions(page)).toEqual([title]);
    // reveal.js's own region (the whole slide's text) is hidden from assistive technology.
    await expect(page.locator('.reveal .aria-status')).toHaveAttribute('aria-hidden', 'true');
  });

  test('a map slide: its title, then the map as an image named by its title', async ({ page }) => {
    await gotoSlide(page, 'crossroads');
    const title = await titleOf(page, 'crossroads');
    const mapTitle =
      (
        await page
          .locator(`${slideById('crossroads')} svg title`)
          .first()
          .textContent()
      )?.trim() ?? '';
    await expect(page.locator(slideById('crossroads'))).toMatchAriaSnapshot(`
      - ${key('group', title)}:
        - paragraph: ${quote(await eyebrowOf(page, 'crossroads'))}
        - ${key('heading', title, ' [level=2]')}
        - figure:
          - ${key('img', mapTitle)}
        - paragraph: /^Sources?:/
    `);
    // Its description is the map's finding, not its style sheet.
    const description = await page
      .locator(`${slideById('crossroads')} svg[role="img"]`)
      .evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(description.length).toBeGreaterThan(20);
    expect(description).not.toMatch(/[{}]/);
  });

  test('a chart slide: the finding as the chart’s name, the table only once opened', async ({ page }) => {
    await gotoSlide(page, 'trade-growth');
    const slide = page.locator(slideById('trade-growth'));
    const title = await titleOf(page, 'trade-growth');
    const finding = (await slide.locator('canvas').getAttribute('aria-label')) ?? '';
    expect(finding.length).toBeGreaterThan(20);
    await expect(slide).toMatchAriaSnapshot(`
      - ${key('group', title)}:
        - paragraph: ${quote(await eyebrowOf(page, 'trade-growth'))}
        - ${key('heading', title, ' [level=2]')}
        - figure:
          - group "Whose statistics":
            - button "Belarusian statistics" [pressed]
            - button "Chinese statistics"
          - button "Data" [expanded=false]
          - ${key('img', finding)}
          - /children: equal
          - text: /.+/
        - paragraph: /^Sources?:/
    `);
    // Closed: no table, and Tab goes from the Data button past the panel.
    await expect(slide.getByRole('table')).toHaveCount(0);
    await slide.getByRole('button', { name: 'Data' }).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('.chart-data') !== null);
    expect(focused, 'focus went into the closed data panel').toBe(false);

    await slide.getByRole('button', { name: 'Data' }).click();
    await expect(slide.getByRole('button', { name: 'Data' })).toHaveAttribute('aria-expanded', 'true');
    const caption = (await slide.locator('.chart-data table:visible caption').first().textContent())?.trim() ?? '';
    await expect(slide).toMatchAriaSnapshot(`
      - ${key('group', title)}:
        - figure:
          - button "Data" [expanded]
          - ${key('table', caption)}:
            - rowgroup:
              - row
          - paragraph:
            - link "Download the data (CSV)"
    `);
  });

  test('a build-step slide: steps not yet shown are not read', async ({ page }) => {
    await gotoSlide(page, 'russia-ally');
    const slide = page.locator(slideById('russia-ally'));
    const title = await titleOf(page, 'russia-ally');
    const steps = await slide.locator('.fragment').count();
    expect(steps, 'russia-ally has build steps').toBeGreaterThan(1);
    const eyebrow = await eyebrowOf(page, 'russia-ally');
    await expect(slide).toMatchAriaSnapshot(`
      - ${key('group', title)}:
        - /children: equal
        - paragraph: ${quote(eyebrow)}
        - ${key('heading', title, ' [level=2]')}
        - paragraph: /^Sources?:/
    `);
    // One step: the first is read, the rest still are not.
    await page.keyboard.press('ArrowRight');
    const first = slide.locator('.fragment').first();
    await expect(first).toHaveClass(/\bvisible\b/);
    const firstHeading = (await first.locator('h3').textContent())?.trim() ?? '';
    const secondHeading = (await slide.locator('.fragment').nth(1).locator('h3').textContent())?.trim() ?? '';
    await expect(slide.getByRole('heading', { name: firstHeading })).toBeVisible();
    await expect(slide.getByRole('heading', { name: secondHeading })).toHaveCount(0);
    await expect.poll(() => liveRegions(page)).toEqual([(await first.textContent())?.replace(/\s+/g, ' ').trim()]);
  });

  test('hidden slides take no focus: Tab stays on the present slide and the deck’s tools', async ({ page }) => {
    await gotoSlide(page, 'trade-growth');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const inHidden = await page.evaluate(() => document.activeElement?.closest('section.slide:not(.present)') !== null);
      expect(inHidden, 'focus in a slide not on screen').toBe(false);
    }
  });
});

test('passages in Russian, Chinese and Japanese carry their language', async ({ page }) => {
  await page.goto('./?view=scroll');
  await fillSlidesTemplate(page);
  const unmarked = await page.evaluate(() => {
    const out: string[] = [];
    const roots = [document.getElementById('reading'), (document.getElementById('deck-slides') as HTMLTemplateElement | null)?.content];
    for (const root of roots) {
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/[\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(node.textContent ?? '')) continue;
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
        if (!lang || lang.startsWith('en')) out.push(node.textContent ?? '');
      }
    }
    return out;
  });
  expect(unmarked).toEqual([]);
  await expect(page.locator('#reading [lang="ru"]').first()).toBeAttached();
  await expect(page.locator('#reading [lang="zh"]').first()).toBeAttached();
  await expect(page.locator('#reading [lang="ja"]').first()).toBeAttached();
});
