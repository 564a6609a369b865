/**
 * Rehearsal mode in the built deck, with the browser's clock in the test's hands (page.clock):
 * a short run across a few slides with a blackout and a step back, finished on the last slide;
 * the report's numbers; an abandoned run; runs surviving a reload; the speaker view paced by the
 * median; the CSV download; clearing the runs.
 */
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../src/base/csv.ts';
import { expectNoProblems, gotoSlide, slideById, waitForDeck, watch } from './support.ts';

const T0 = Date.UTC(2025, 2, 14, 9, 0, 0);

/** Moves the page's clock to `seconds` after T0 (timers keep running; Date.now() reads this). */
const at = (page: Page, seconds: number): Promise<void> => page.clock.setFixedTime(T0 + seconds * 1000);

/** The next or previous slide, whatever fragments it has (Alt skips them), and waits for it. */
async function step(page: Page, key: 'Alt+ArrowRight' | 'Alt+ArrowLeft' | 'End', id: string): Promise<void> {
  await page.keyboard.press(key);
  await expect(page.locator(slideById(id))).toHaveClass(/\bpresent\b/);
}

const report = (page: Page) => page.getByRole('dialog', { name: 'Rehearsal report' });

/** Esc closes the report and the deck has the keyboard again (focus leaves the dialog when its close event has run). */
async function closeReport(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(report(page)).toBeHidden();
  await expect(page.locator('dialog :focus')).toHaveCount(0);
}
/** A slide's row: planned, latest, ± and median cells. */
const cells = (page: Page, id: string) => report(page).locator(`tr[data-slide="${id}"] td`);
const seconds = async (page: Page, id: string): Promise<(number | null)[]> =>
  (await cells(page, id).all()).length === 0
    ? []
    : await cells(page, id).evaluateAll((tds) =>
        tds.slice(1).map((td) => (td.hasAttribute('data-seconds') ? Number(td.getAttribute('data-seconds')) : null)),
      );

// One test in steps: the runs are kept in the page's localStorage, which a new test (a new context) would not have.
test('rehearsal: timed runs, the report, the median pacing, clearing', async ({ page, context }) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  await test.step('a run-through is timed per slide (pauses left out, going back adds up), and the report reads it', async () => {
    await at(page, 0);
    await gotoSlide(page, 'sco');
    const ids = await page.locator('.reveal .slides section.slide').evaluateAll((els) => els.map((e) => e.id));
    const last = ids[ids.length - 1] ?? '';

    // W away from the first slide asks first; confirmed, it starts a run from the first slide.
    await page.keyboard.press('w');
    await expect(page.locator(slideById('sco'))).toHaveClass(/\bpresent\b/);
    await page.locator('dialog#deck-confirm').getByRole('button', { name: 'Start from slide 1' }).click();
    await expect(page.locator(slideById('title'))).toHaveClass(/\bpresent\b/);
    const status = page.locator('.rehearsal-status');
    await expect(status).toContainText('Rehearsing');
    await expect(page.locator('html')).toHaveAttribute('data-rehearsal', 'recording');

    await at(page, 20);
    await step(page, 'Alt+ArrowRight', 'crossroads');
    await at(page, 30);
    await page.keyboard.press('b');
    await expect(page.locator('.reveal')).toHaveClass(/\bpaused\b/);
    await expect(status).toHaveAttribute('data-state', 'paused');
    await at(page, 90);
    await page.keyboard.press('b');
    await expect(page.locator('.reveal')).not.toHaveClass(/\bpaused\b/);
    await at(page, 100);
    await step(page, 'Alt+ArrowRight', 'self-identification');
    await at(page, 110);
    await step(page, 'Alt+ArrowLeft', 'crossroads');
    await at(page, 125);
    await step(page, 'Alt+ArrowRight', 'self-identification');
    await at(page, 150);
    await step(page, 'End', last);
    await at(page, 160);
    // The last page is the appendix's last (A10): past "Thank you", so the run is complete.
    await expect(status).toContainText(`slide A${ids.filter((id) => id.startsWith('references')).length} ·`);
    await expect(status).toContainText('0:10 of 0:01');
    await expect(status).toHaveAttribute('data-state', 'long');

    // W on the last slide finishes the run and opens the report.
    await page.keyboard.press('w');
    await expect(report(page)).toBeVisible();
    await expect(status).toHaveCount(0);
    // Planned, latest, median: the title 20 s; the crossroads 10 + 10 after the 60 s pause + 15 on the way back.
    expect(await seconds(page, 'title')).toEqual([29, 20, null, 20]);
    expect(await seconds(page, 'crossroads')).toEqual([34, 35, null, 35]);
    expect(await seconds(page, 'self-identification')).toEqual([35, 35, null, 35]);
    expect(await seconds(page, last)).toEqual([1, 10, null, 10]);
    // Skipped slides have no time.
    expect(await seconds(page, 'sco')).toEqual([46, null, null, null]);
    await expect(cells(page, 'title').nth(3)).toHaveText('-0:09');
    // Over 115% of the plan is highlighted, and says so in words.
    await expect(report(page).locator(`tr[data-slide="${last}"]`)).toHaveClass(/rehearsal-row-long/);
    await expect(cells(page, last).nth(2)).toContainText('long');
    await expect(report(page).locator('tr[data-slide="crossroads"]')).not.toHaveClass(/rehearsal-row-long/);
    // The total against the 15-minute slot.
    await expect(report(page).locator('[data-total="slot"] .rehearsal-total-value')).toHaveText('15:00');
    await expect(report(page).locator('[data-total="latest"] .rehearsal-total-value')).toHaveText('1:40');
    await expect(report(page).locator('[data-total="latest"] .rehearsal-total-note')).toHaveText('13:20 under the 15:00 slot');
    await expect(report(page).locator('[data-total="median"] dt')).toHaveText('Median of 1 complete run');
    await expect(report(page).locator('.rehearsal-runs li')).toHaveCount(1);
    // The chart: a planned bar per slide, an actual bar for each of the four slides shown.
    await expect(report(page).locator('svg.rehearsal-chart .rehearsal-chart-planned')).toHaveCount(ids.length);
    await expect(report(page).locator('svg.rehearsal-chart .rehearsal-chart-actual')).toHaveCount(4);

    // Esc closes it (and does not open reveal.js's overview).
    await page.keyboard.press('Escape');
    await expect(report(page)).toBeHidden();
    await expect(page.locator('.reveal')).not.toHaveClass(/\boverview\b/);
  });

  await test.step('a run stopped before the last slide is kept but flagged, and counts in medians only when asked', async () => {
    await at(page, 1000);
    await gotoSlide(page, 'title', '?rehearse');
    await expect(page.locator('.rehearsal-status')).toBeVisible();
    await at(page, 1030);
    await step(page, 'Alt+ArrowRight', 'crossroads');
    await at(page, 1040);
    await page.keyboard.press('w');
    await expect(report(page)).toBeVisible();
    await expect(report(page).locator('[data-total="latest"] .rehearsal-flag')).toHaveText('abandoned');
    await expect(report(page).locator('.rehearsal-runs li')).toHaveCount(2);
    await expect(report(page).locator('.rehearsal-runs li[data-status="abandoned"]')).toHaveCount(1);
    // Latest 30 s, median still the one complete run's 20 s.
    expect(await seconds(page, 'title')).toEqual([29, 30, null, 20]);
    await report(page).getByLabel('Count abandoned runs in the medians').check();
    expect(await seconds(page, 'title')).toEqual([29, 30, null, 25]);
    await expect(report(page).locator('[data-total="median"] dt')).toHaveText('Median of 2 ended runs');
  });

  await test.step('runs survive a reload; the speaker view paces by their median when asked, and by the plan again when not', async () => {
    await at(page, 2000);
    await gotoSlide(page, 'title', '?rehearsal-report');
    await expect(report(page)).toBeVisible();
    await expect(report(page).locator('.rehearsal-runs li')).toHaveCount(2);

    // The CSV download: a row per slide, every run as a column.
    const href = (await report(page).getByRole('link', { name: 'Download CSV' }).getAttribute('href')) ?? '';
    expect(href).toMatch(/^data:text\/csv;charset=utf-8,/);
    const rows = parseCsv(decodeURIComponent(href.slice(href.indexOf(',') + 1)));
    expect(rows[0]?.slice(0, 6)).toEqual(['slide', 'id', 'title', 'planned_s', 'latest_s', 'median_s']);
    expect(rows[0]).toHaveLength(8);
    expect(rows.find((r) => r[1] === 'crossroads')?.slice(3)).toEqual(['34', '10', '35', '35', '10']);

    const pacing = report(page).getByLabel(/Pace the speaker view by the median/);
    await expect(pacing).toBeEnabled();
    await pacing.check();
    const title = page.locator(slideById('title'));
    await expect(title).toHaveAttribute('data-timing', '20');
    await expect(title).toHaveAttribute('data-planned-timing', '29');
    await expect(page.locator(slideById('sco'))).toHaveAttribute('data-timing', '46');
    await closeReport(page);

    // The speaker view reads the times when it opens: 20 s for the first slide, not the planned 29.
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(speaker.locator('[data-clock="slide"] .speaker-clock-of')).toHaveText('of 0:20');
    await speaker.close();

    // The choice survives a reload (the address still asks for the report), and switching it off puts the plan back.
    await page.reload();
    await waitForDeck(page);
    await expect(title).toHaveAttribute('data-timing', '20');
    await expect(report(page)).toBeVisible();
    await expect(pacing).toBeChecked();
    await pacing.uncheck();
    await expect(title).toHaveAttribute('data-timing', '29');
    await expect(title).not.toHaveAttribute('data-planned-timing', /.*/);
    await closeReport(page);
    const [planned] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(planned.locator('[data-clock="slide"] .speaker-clock-of')).toHaveText('of 0:29');
    await planned.close();
  });

  await test.step('clearing the runs asks first', async () => {
    await at(page, 3000);
    // The page is at ?rehearsal-report already: a reload opens the report afresh.
    await page.reload();
    await waitForDeck(page);
    await expect(report(page).locator('.rehearsal-runs li')).toHaveCount(2);
    await report(page).getByRole('button', { name: 'Clear runs…' }).click();
    await report(page).getByRole('button', { name: 'Keep them' }).click();
    await expect(report(page).locator('.rehearsal-runs li')).toHaveCount(2);
    await report(page).getByRole('button', { name: 'Clear runs…' }).click();
    await expect(report(page).getByText('Delete all 2 runs from this browser?')).toBeVisible();
    await report(page).getByRole('button', { name: 'Delete them' }).click();
    await expect(report(page).locator('.rehearsal-runs li')).toHaveCount(0);
    await expect(report(page).getByText('No rehearsal yet')).toBeVisible();
    await expect(report(page).getByLabel(/Pace the speaker view by the median/)).toBeDisabled();
    await page.reload();
    await waitForDeck(page);
    expect(await page.evaluate(() => window.localStorage.getItem('china-belarus-deck:rehearsals:v1'))).toBe(
      JSON.stringify({ version: 1, runs: [], pacing: 'planned' }),
    );
  });
  expectNoProblems(problems);
});
