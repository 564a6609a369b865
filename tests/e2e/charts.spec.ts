/**
 * The charts in a real browser: drawn (pixels, animation finished) on their slides, named by
 * their finding, with tables that match the data, a statistics switch that changes what is
 * drawn, every chart drawn before the ready signal in print view, and drawn as it nears in the reading view.
 */
import messages from '../../slides/interface.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ChartId } from '../../src/model/chart.ts';
import { chartIds } from '../../src/charts/registry.ts';
import { buildChartSummaries } from '../../src/charts/summaries.ts';
import { formatNumber } from '../../src/base/format.ts';
import { renderTable } from '../../src/render/blocks.ts';
import { imfSeries } from '../../src/data/trade.ts';
import { expectNoProblems, gotoSlide, slideById, slideIds, waitForDeck, watch } from './support.ts';

const chartSummaries = buildChartSummaries();
const summaryOf = (id: ChartId) => {
  const s = chartSummaries.get(id);
  if (!s) throw new Error(`no summary for ${id}`);
  return s;
};

const canvasOf = (page: Page, id: ChartId): Locator => page.locator(`${slideById(id)} figure.chart canvas`);

/** How much of the canvas is drawn on (non-transparent pixels), and a fingerprint of what is drawn. */
async function pixels(canvas: Locator): Promise<{ inked: number; fingerprint: number }> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let inked = 0;
    let fingerprint = 0;
    for (let i = 3; i < data.length; i += 4) {
      if ((data[i] ?? 0) > 0) {
        inked++;
        fingerprint = (fingerprint * 31 + (data[i - 3] ?? 0) + (data[i - 2] ?? 0) * 3 + (data[i - 1] ?? 0) * 7 + i) % 1_000_000_007;
      }
    }
    return { inked: inked / (c.width * c.height), fingerprint };
  });
}

/** The text of each cell of a rendered table's first body row (what the page should show). */
function firstRowText(html: string): string[] {
  const row = /<tbody><tr>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
  const decode = (t: string) =>
    t
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  return [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => decode(m[1] ?? ''));
}

async function expectDrawn(canvas: Locator): Promise<void> {
  await expect(canvas).toHaveAttribute('data-chart-state', 'drawn');
  // The figure says so too: waiters (the screenshot script) watch it.
  await expect(canvas.locator('xpath=ancestor::figure[1]')).toHaveAttribute('data-chart-state', 'drawn');
  const { inked } = await pixels(canvas);
  expect(inked, 'share of the canvas drawn on').toBeGreaterThan(0.03);
}

test.describe('charts in the slide view', () => {
  for (const id of chartIds) {
    test(`${id}: drawn on its slide, named by its finding, with a table of the same numbers`, async ({ page }) => {
      const problems = watch(page);
      await gotoSlide(page, id);
      const canvas = canvasOf(page, id);
      await expectDrawn(canvas);
      const summary = summaryOf(id);
      await expect(canvas).toHaveAttribute('role', 'img');
      await expect(canvas).toHaveAttribute('aria-label', summary.finding);
      // The table is in the page for screen readers whether shown or not.
      const figure = page.locator(`${slideById(id)} figure.chart`);
      const tables = figure.locator('table.data-table');
      await expect(tables).toHaveCount(summary.tables.length);
      for (const [i, table] of summary.tables.entries()) {
        const rows = tables.nth(i).locator('tbody tr');
        await expect(rows).toHaveCount(table.rows.length);
        await expect(rows.first().locator('th, td')).toHaveText(firstRowText(renderTable(table, 'data-table', { lang: 'en', messages })));
      }
      // The source line carries the chart's sources.
      await expect(page.locator(`${slideById(id)} .slide-sources`)).toBeVisible();
      const csv = await figure.locator('a.csv-link').getAttribute('href');
      expect(decodeURIComponent((csv ?? '').replace(/^data:text\/csv;charset=utf-8,/, ''))).toBe(summary.csv);
      expectNoProblems(problems);
    });
  }

  test('the statistics switch changes the drawn series, and the table of the shown statistics comes first', async ({ page }) => {
    const problems = watch(page);
    await gotoSlide(page, 'trade-growth');
    const canvas = canvasOf(page, 'trade-growth');
    await expectDrawn(canvas);
    const before = await pixels(canvas);
    const chinese = page.locator(`${slideById('trade-growth')} .chart-view[value="chn"]`);
    await chinese.click();
    await expect(chinese).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(`${slideById('trade-growth')} .chart-view[value="blr"]`)).toHaveAttribute('aria-pressed', 'false');
    await expect(canvas).toHaveAttribute('data-chart-view', 'chn');
    await expectDrawn(canvas);
    const after = await pixels(canvas);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    // China reports smaller imports: less of the canvas is covered by bars.
    expect(after.inked).toBeLessThan(before.inked);
    await page.keyboard.press('t');
    const firstTable = page.locator(`${slideById('trade-growth')} .chart-data table`).first();
    const visibleCaption = page.locator(`${slideById('trade-growth')} .chart-table[data-view="chn"] caption`);
    await expect(visibleCaption).toBeVisible();
    const chnTop = await visibleCaption.boundingBox();
    const blrTop = await page.locator(`${slideById('trade-growth')} .chart-table[data-view="blr"] caption`).boundingBox();
    expect(chnTop?.y ?? Infinity).toBeLessThan(blrTop?.y ?? 0);
    await expect(firstTable).toBeAttached();
    // The China-reported 2005 exports are in its table.
    const chn2005 = imfSeries('chn').years.find((y) => y.year === 2005);
    await expect(page.locator(`${slideById('trade-growth')} .chart-table[data-view="chn"] tr`, { hasText: '2005' })).toContainText(
      formatNumber(chn2005?.exports ?? 0),
    );
    expectNoProblems(problems);
  });

  test('the Data button and the T key show and hide the table on the slide', async ({ page }) => {
    const problems = watch(page);
    await gotoSlide(page, 'partner-shares');
    const figure = page.locator(`${slideById('partner-shares')} figure.chart`);
    const button = figure.locator('.chart-data-toggle');
    const panel = figure.locator('.chart-data');
    // Hidden = clipped to a pixel but still in the page (screen readers read it); shown = a panel over the chart.
    const shownHeight = () => panel.evaluate((el) => el.getBoundingClientRect().height);
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(await shownHeight()).toBeLessThanOrEqual(1);
    await expect(panel.locator('table').first()).toBeAttached();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(shownHeight).toBeGreaterThan(200);
    await page.keyboard.press('t');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(shownHeight).toBeLessThanOrEqual(1);
    await page.keyboard.press('t');
    await expect.poll(shownHeight).toBeGreaterThan(200);
    expectNoProblems(problems);
  });

  test('one owner: replays the animation on re-entry, destroys charts far away, respects reduced motion', async ({ page }) => {
    const problems = watch(page);
    const ids = await (async () => {
      await page.goto('./');
      await waitForDeck(page);
      return slideIds(page);
    })();
    const at = ids.indexOf('trade-growth');
    expect(at).toBeGreaterThan(1);
    // Slide by slide through the hash (arrow keys would also step through fragments).
    const go = async (id: string | undefined) => {
      await page.evaluate((target) => {
        window.location.hash = `#/${target ?? ''}`;
      }, id);
      await expect(page.locator(slideById(id ?? ''))).toHaveClass(/\bpresent\b/);
    };
    await gotoSlide(page, 'trade-growth');
    const canvas = canvasOf(page, 'trade-growth');
    await expectDrawn(canvas);
    await expect(canvas).toHaveAttribute('data-chart-animated', 'true');
    // Next door the chart is kept; coming back plays the entry animation again, then settles.
    await go(ids[at - 1]);
    await expect(canvas).toHaveAttribute('data-chart-state', 'drawn');
    await canvas.evaluate((el) => {
      const states: (string | null)[] = [];
      Reflect.set(window, '__chartStates', states);
      new MutationObserver(() => states.push(el.getAttribute('data-chart-state'))).observe(el, {
        attributes: true,
        attributeFilter: ['data-chart-state'],
      });
    });
    await go('trade-growth');
    await expect.poll(() => page.evaluate(() => Reflect.get(window, '__chartStates') as unknown)).toContain('animating');
    await expectDrawn(canvas);
    // Two slides away the chart is destroyed (its canvas is no longer marked).
    await go(ids[at - 2]);
    await expect(canvas).not.toHaveAttribute('data-chart-state', /.+/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await go('trade-growth');
    await expectDrawn(canvas);
    await expect(canvas).toHaveAttribute('data-chart-animated', 'false');
    expectNoProblems(problems);
  });

  test('a chart that cannot be drawn leaves its table and sources, and the console names it', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // The chart chunk never arrives.
    await page.route(/\/assets\/mount-[^/]*\.js$/, (route) => route.abort());
    await gotoSlide(page, 'partnership-ladder');
    const figure = page.locator(`${slideById('partnership-ladder')} figure.chart`);
    await expect(figure).toHaveClass(/chart--failed/);
    await expect(figure.locator('.chart-data caption').first()).toBeVisible();
    await expect(page.locator(`${slideById('partnership-ladder')} .slide-sources`)).toBeVisible();
    await expect.poll(() => errors.some((e) => e.includes('Chart "partnership-ladder" could not be drawn'))).toBe(true);
  });
});

test('reading view: each chart is drawn, without animation, as the reader nears it', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./?view=scroll');
  await waitForDeck(page);
  // At the title, no chart is near: none has been drawn (the reading view opens without chart work).
  const early = await page
    .locator('figure.chart canvas')
    .evaluateAll((els) => els.map((c) => (c as HTMLElement).dataset.chartState ?? 'none'));
  expect(early).toEqual(chartIds.map(() => 'none'));
  for (const id of chartIds) {
    const canvas = page.locator(`#reading figure.chart[data-chart="${id}"] canvas`);
    await canvas.scrollIntoViewIfNeeded();
    await expectDrawn(canvas);
    await expect(canvas).toHaveAttribute('data-chart-animated', 'false');
  }
  await expect(page.locator('html')).not.toHaveAttribute('data-deck-ready-error', /.+/);
  expectNoProblems(problems);
});

test('reading view: a deep link to a chart slide is ready only once that chart is drawn', async ({ page }) => {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.documentElement.dataset.deckReady !== 'true') return;
      const canvas = document.querySelector<HTMLElement>('figure.chart[data-chart="partnership-ladder"] canvas');
      Reflect.set(window, '__ladderAtReady', canvas?.dataset.chartState ?? 'none');
      observer.disconnect();
    });
    observer.observe(document, { attributes: true, attributeFilter: ['data-deck-ready'], subtree: true });
  });
  await page.goto('./?view=scroll#partnership-ladder');
  await waitForDeck(page);
  expect(await page.evaluate(() => Reflect.get(window, '__ladderAtReady') as unknown)).toBe('drawn');
});

for (const [name, query] of [['print', '?print-pdf']] as const) {
  test(`${name} view: every chart is drawn, without animation, before the ready signal`, async ({ page }) => {
    const problems = watch(page);
    // Record each canvas's state at the moment the deck says it is ready.
    await page.addInitScript(() => {
      const record = (): void => {
        if (document.documentElement.dataset.deckReady !== 'true') return;
        const states = [...document.querySelectorAll('figure.chart canvas')].map((c) => (c as HTMLElement).dataset.chartState ?? 'none');
        Reflect.set(window, '__chartStatesAtReady', states);
        observer.disconnect();
      };
      // Init scripts run before <html> exists: watch the whole document.
      const observer = new MutationObserver(record);
      observer.observe(document, { attributes: true, attributeFilter: ['data-deck-ready'], subtree: true });
    });
    await page.goto(`./${query}`);
    await waitForDeck(page);
    const states = await page.evaluate(() => Reflect.get(window, '__chartStatesAtReady') as unknown);
    // Every canvas drawn (in print, a chart with two views prints both: one canvas more).
    expect(Array.isArray(states) && states.length >= chartIds.length).toBe(true);
    expect(states).toEqual((states as unknown[]).map(() => 'drawn'));
    for (const id of chartIds) {
      for (const canvas of await canvasOf(page, id).all()) {
        await expectDrawn(canvas);
        await expect(canvas).toHaveAttribute('data-chart-animated', 'false');
      }
    }
    await expect(page.locator('html')).not.toHaveAttribute('data-deck-ready-error', /.+/);
    expectNoProblems(problems);
  });
}
