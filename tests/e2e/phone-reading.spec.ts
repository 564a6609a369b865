/**
 * The reading view on a phone (issue 21, item 7): at the top of the talk it fetches no Chart.js and at
 * most 25 KB gzip of JavaScript in its first three seconds; the chart code arrives as the reader
 * nears a chart; printing before it arrived prints the charts' data tables in their place.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { VIEWPORTS, waitForDeck } from './support.ts';

const KB = 1024;
const CHART_CHUNK = /\/mount-[\w-]+\.js$/;

test.use({ viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true });

/** Every script the page fetches, with its gzip size. */
function recordScripts(page: Page): { url: string; gzip: number }[] {
  const scripts: { url: string; gzip: number }[] = [];
  page.on('response', (response) => {
    if (!/\.m?js(?:\?|$)/.test(response.url())) return;
    void response.body().then(
      (body) => scripts.push({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length }),
      () => undefined,
    );
  });
  return scripts;
}

test('at the top of the talk a phone fetches at most 25 KB gzip of JavaScript in 3 s, and no Chart.js', async ({ page }, testInfo) => {
  // The page's clock: its first three seconds of timers and idle callbacks run without a fixed sleep.
  await page.clock.install();
  const scripts = recordScripts(page);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
  await waitForDeck(page);
  await page.clock.runFor(3000);
  await page.waitForLoadState('networkidle');
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const note = `phone reading view, first 3 s: ${scripts.map((s) => `${s.url.split('/').pop() ?? ''} ${(s.gzip / KB).toFixed(1)} KB`).join(', ')} = ${(total / KB).toFixed(1)} KB gzip`;
  console.log(note);
  testInfo.annotations.push({ type: 'phone JS', description: note });
  expect(scripts.filter((s) => CHART_CHUNK.test(s.url))).toEqual([]);
  expect(total).toBeLessThanOrEqual(25 * KB);

  // Nearing the first chart fetches the chart code, and the chart is drawn.
  const figure = page.locator('#reading figure.chart').first();
  await figure.scrollIntoViewIfNeeded();
  await expect.poll(() => scripts.some((s) => CHART_CHUNK.test(s.url))).toBe(true);
  await expect(figure).toHaveAttribute('data-chart-state', 'drawn');
});

test('printing on a phone before the chart code arrived prints each chart’s data table in its place', async ({ page }) => {
  await page.goto('./');
  await waitForDeck(page);
  const figures = page.locator('#reading figure.chart');
  await expect(figures.first()).not.toHaveAttribute('data-chart-state', 'drawn');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    // Drawn by now, or its table open on the page.
    const drawn = (await figure.getAttribute('data-chart-state')) === 'drawn';
    if (!drawn) await expect(figure.locator('details.chart-data-details')).toHaveAttribute('open', '');
    if (!drawn) await expect(figure.locator('table').first()).toBeVisible();
  }
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  // The code was fetched for the next print, and every chart is drawn.
  await expect(page.locator('#reading figure.chart[data-chart-state="drawn"]')).toHaveCount(count);
  await expect(figures.first().locator('details.chart-data-details')).not.toHaveAttribute('open', '');
});
