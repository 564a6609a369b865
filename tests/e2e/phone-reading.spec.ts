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

for (const size of [VIEWPORTS.phone, { width: 360, height: 740 }]) {
  test(`at ${size.width}×${size.height} each map opens full screen with every label at least 11 px, all of it in reach`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('./?view=scroll');
    await waitForDeck(page);
    const maps = page.locator('#reading figure.map');
    const count = await maps.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = maps.nth(i);
      // Inline, the drawing is too small to read: that is why the viewer exists.
      const opener = figure.getByRole('button', { name: 'Open the map full screen' });
      await opener.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const box = await dialog.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(size.width - 1);
      const sizes = await dialog
        .locator('svg text')
        .evaluateAll((texts) =>
          texts.map((t) => ((t as SVGTextElement).getScreenCTM()?.a ?? 0) * Number.parseFloat(getComputedStyle(t).fontSize)),
        );
      expect(sizes.length).toBeGreaterThan(3);
      expect(Math.min(...sizes), 'smallest map label, CSS px').toBeGreaterThanOrEqual(11);
      // The whole drawing can be scrolled into view: nothing is cut off on either side.
      const reach = await dialog.locator('.map-pan').evaluate((pan) => {
        const svg = pan.querySelector('svg')?.getBoundingClientRect();
        const view = pan.getBoundingClientRect();
        return { left: (svg?.left ?? 0) - view.left + pan.scrollLeft, width: svg?.width ?? 0, scrollWidth: pan.scrollWidth };
      });
      expect(reach.left).toBeGreaterThanOrEqual(0);
      expect(reach.left + reach.width).toBeLessThanOrEqual(reach.scrollWidth + 1);
      await dialog.getByRole('button', { name: 'Zoom in' }).click();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
      // The drawing is back in the article, and the keyboard back on the button that opened it.
      await expect(figure.locator('.map-art > svg')).toHaveCount(1);
      await expect(opener).toBeFocused();
    }
  });
}

interface LayoutItem {
  kind: 'legend' | 'tick' | 'label';
  text: string;
  box: { x: number; y: number; w: number; h: number };
}

for (const size of [VIEWPORTS.phone, { width: 360, height: 740 }]) {
  test(`at ${size.width}×${size.height} each chart takes its phone layout: nothing outside the canvas, no two labels overlapping, ticks ≥ 11 px`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('./?view=scroll');
    await waitForDeck(page);
    const figures = page.locator('#reading figure.chart');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const id = (await figure.getAttribute('data-chart')) ?? '';
      await figure.scrollIntoViewIfNeeded();
      const canvas = figure.locator('canvas');
      await expect(canvas).toHaveAttribute('data-chart-state', 'drawn');
      await expect(canvas).toHaveAttribute('data-chart-layout', 'compact');
      const layout = JSON.parse((await canvas.getAttribute('data-layout')) ?? '{}') as {
        width: number;
        height: number;
        items: LayoutItem[];
      };
      expect(layout.items.filter((it) => it.kind === 'tick').length, `${id}: tick labels`).toBeGreaterThan(4);
      const problems: string[] = [];
      for (const it of layout.items) {
        const { x, y, w, h } = it.box;
        if (x < -0.5 || y < -0.5 || x + w > layout.width + 0.5 || y + h > layout.height + 0.5)
          problems.push(`${it.kind} "${it.text}" outside the ${layout.width}×${layout.height} canvas (${x},${y} ${w}×${h})`);
      }
      // Labels, legend entries and tick labels: no two overlap (a pixel of touching is allowed).
      const items = layout.items;
      for (let a = 0; a < items.length; a++) {
        for (let b = a + 1; b < items.length; b++) {
          const p = items[a];
          const q = items[b];
          if (!p || !q) continue;
          const dx = Math.min(p.box.x + p.box.w, q.box.x + q.box.w) - Math.max(p.box.x, q.box.x);
          const dy = Math.min(p.box.y + p.box.h, q.box.y + q.box.h) - Math.max(p.box.y, q.box.y);
          if (dx > 1 && dy > 1) problems.push(`${p.kind} "${p.text}" overlaps ${q.kind} "${q.text}"`);
        }
      }
      expect(problems, id).toEqual([]);
      // Tick labels at least 11 px.
      const fontSize = await canvas.evaluate((el) => Number.parseFloat(getComputedStyle(el).getPropertyValue('--chart-font-size')));
      expect(fontSize, `${id}: chart text size`).toBeGreaterThanOrEqual(11);
    }
  });
}
