/**
 * The slides as an audience sees them: maps drawn from real geodata in the page as built, charts
 * that take the room, the slide number clear of the arrows, and the deck bar off the projector.
 */
import { expect, test } from '@playwright/test';
import { gotoSlide, slideById, waitForDeck } from './support.ts';

const MAPS = ['crossroads', 'land-bridge', 'unions'] as const;

test('each map is in the page as built, an image with its title and its finding as its description', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./?view=scroll');
  for (const id of MAPS) {
    const svg = page.locator(`#reading figure.map[data-map="${id}"] svg`);
    await expect(svg, id).toHaveAttribute('role', 'img');
    const title = (await svg.locator('title').textContent()) ?? '';
    const desc = (await svg.locator('desc').textContent()) ?? '';
    expect(title.length, `${id}: title`).toBeGreaterThan(5);
    expect(desc.length, `${id}: description`).toBeGreaterThan(20);
    // Its accessible name and description are those.
    await expect(svg).toHaveAccessibleName(title);
    await expect(svg).toHaveAccessibleDescription(desc);
    // And the text alternative is on show beneath it.
    await expect(page.locator(`#reading figure.map[data-map="${id}"] .map-alt li`).first()).toBeVisible();
  }
  await context.close();
});

test('on the slides each map fills its slide’s body and keeps its name', async ({ page }) => {
  for (const [slide, id] of [
    ['crossroads', 'crossroads'],
    ['transit-hub', 'land-bridge'],
    ['sco', 'unions'],
  ] as const) {
    await gotoSlide(page, slide);
    const svg = page.locator(`${slideById(slide)} figure.map[data-map="${id}"] svg`);
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg).toHaveAccessibleName(/\w{5,}/);
    const share = await svg.evaluate((el) => {
      const slideBox = el.closest('section')?.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return slideBox ? (box.width * box.height) / (slideBox.width * slideBox.height) : 0;
    });
    expect(share, `${id} covers this share of its slide`).toBeGreaterThan(0.35);
  }
});

test('the trade chart keeps at least 55% of the slide’s height', async ({ page }) => {
  await gotoSlide(page, 'trade-growth');
  const share = await page.locator(`${slideById('trade-growth')} .chart-box`).evaluate((box) => {
    const slide = box.closest('section')?.getBoundingClientRect();
    return slide ? box.getBoundingClientRect().height / slide.height : 0;
  });
  expect(share).toBeGreaterThanOrEqual(0.55);
});

test('the slide number is clear of the arrows at 1280×720', async ({ page }) => {
  await gotoSlide(page, 'crossroads');
  const [number, arrows] = await Promise.all([
    page.locator('.reveal .slide-number').boundingBox(),
    page.locator('.reveal .controls').boundingBox(),
  ]);
  expect(number && arrows).toBeTruthy();
  if (!number || !arrows) return;
  const overlaps =
    number.x < arrows.x + arrows.width &&
    arrows.x < number.x + number.width &&
    number.y < arrows.y + arrows.height &&
    arrows.y < number.y + number.height;
  expect(overlaps).toBe(false);
});

test('the deck bar is not printed', async ({ page }) => {
  await page.goto('./?print-pdf');
  await waitForDeck(page);
  await expect(page.locator('.deck-bar')).toBeHidden();
  await page.goto('./?view=scroll');
  await waitForDeck(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.deck-bar')).toBeHidden();
});
