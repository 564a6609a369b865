import { expect, test, type Page } from '@playwright/test';
import { SLIDE, expectNoProblems, gotoSlide, slideById, slideIds, waitForDeck, watch } from './support.ts';

/** Opens the speaker view with S and waits until it shows the room's state. */
async function openSpeaker(page: Page): Promise<Page> {
  const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.locator('html')).toHaveAttribute('data-view', 'speaker');
  await expect(speaker.locator('html')).toHaveAttribute(
    'data-speaker-state',
    (await page.locator('html').getAttribute('data-deck-state')) ?? '',
  );
  return speaker;
}

/** The room and the speaker's "Now" preview show the same slide and build step. */
async function expectInStep(page: Page, speaker: Page): Promise<string> {
  const state = (await page.locator('html').getAttribute('data-deck-state')) ?? '';
  expect(state).not.toBe('');
  await expect(speaker.locator('html')).toHaveAttribute('data-speaker-state', state);
  await expect(speaker.frameLocator('.speaker-current iframe').locator('html')).toHaveAttribute('data-deck-state', state);
  return state;
}

test.describe('presenting with the speaker view', () => {
  test('R and back several times: the reading view draws its charts and neither window logs an error', async ({ page }) => {
    const problems = watch(page);
    await gotoSlide(page, 'trade-growth');
    const speaker = await openSpeaker(page);
    const speakerProblems = watch(speaker);
    for (let round = 0; round < 3; round++) {
      await page.keyboard.press('r');
      await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
      const figure = page.locator('#reading figure.chart[data-chart="trade-growth"]');
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toHaveAttribute('data-chart-state', 'drawn');
      await page.keyboard.press('r');
      await expect(page.locator('html')).toHaveAttribute('data-view', 'slides');
      await expect(page.locator(slideById('trade-growth'))).toHaveClass(/\bpresent\b/);
      await expectInStep(page, speaker);
    }
    expectNoProblems(problems);
    expectNoProblems(speakerProblems);
  });

  test('W on slide 10 asks first and the room does not move until confirmed', async ({ page }) => {
    const ids = await (async () => {
      await page.goto('./');
      await waitForDeck(page);
      return slideIds(page);
    })();
    const tenth = ids[9] ?? '';
    await gotoSlide(page, tenth);
    await page.keyboard.press('w');
    const ask = page.locator('dialog#deck-confirm');
    await expect(ask).toBeVisible();
    await expect(page.locator(`${SLIDE}.present`)).toHaveId(tenth);
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(page.locator(`${SLIDE}.present`)).toHaveId(tenth);
    await expect(page.locator('html')).not.toHaveAttribute('data-rehearsal', /.*/);
    // Confirmed, it starts from slide 1.
    await page.keyboard.press('w');
    await ask.getByRole('button', { name: 'Start from slide 1' }).click();
    await expect(page.locator(`${SLIDE}.present`)).toHaveId(ids[0] ?? '');
    await expect(page.locator('html')).toHaveAttribute('data-rehearsal', 'recording');
  });

  test('with the speaker view open, W asks in the speaker window and the report opens there', async ({ page }) => {
    await gotoSlide(page, 'trade-growth');
    const speaker = await openSpeaker(page);
    await page.keyboard.press('w');
    const ask = speaker.locator('dialog#deck-confirm');
    await expect(ask).toBeVisible();
    await expect(page.locator('dialog#deck-confirm')).toHaveCount(0);
    await expect(page.locator(`${SLIDE}.present`)).toHaveId('trade-growth');
    await ask.getByRole('button', { name: 'Start from slide 1' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-rehearsal', 'recording');
    await expect(speaker.locator('.speaker-status')).toContainText('Rehearsing');
    await page.keyboard.press('w');
    await expect(speaker.locator('dialog#rehearsal-report')).toBeVisible();
    await expect(page.locator('dialog#rehearsal-report')).toHaveCount(0);
  });

  test('the speaker view: clock waits for the first change, steps, click marks, slot, no deck bar in the previews', async ({ page }) => {
    await gotoSlide(page, 'intensification');
    const speaker = await openSpeaker(page);
    await expect(speaker.locator('html')).toHaveAttribute('data-clock', 'stopped');
    await expect(speaker.locator('.speaker-step')).toHaveText(/^Step 0 of 6$/);
    await expect(speaker.locator('.speaker-notes .click-mark')).toHaveCount(6);
    await expect(speaker.locator('.speaker-notes .click-mark.click-next')).toHaveText('▶1');
    await expect(speaker.locator('[data-clock="talk"] .speaker-clock-of')).toContainText('of 15:00');
    await page.keyboard.press('PageDown');
    await expect(speaker.locator('html')).toHaveAttribute('data-clock', 'running');
    await expect(speaker.locator('.speaker-step')).toHaveText(/^Step 1 of 6$/);
    await expect(speaker.locator('.speaker-notes .click-mark.click-next')).toHaveText('▶2');
    // The previews show the slide alone.
    for (const pane of ['.speaker-current', '.speaker-next'])
      await expect(speaker.frameLocator(`${pane} iframe`).locator('.deck-bar')).toBeHidden();
    // Pause and reset are buttons, and keys.
    await speaker.keyboard.press('k');
    await expect(speaker.locator('html')).toHaveAttribute('data-clock', 'stopped');
    await speaker.getByRole('button', { name: /Reset/ }).click();
    await expect(speaker.locator('[data-clock="talk"] .speaker-clock-value')).toHaveText('0:00');
    // Next from the speaker window moves the room.
    await speaker.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('data-deck-state', 'intensification:1');
    await expectInStep(page, speaker);
  });

  test('on a 4:3 projector the previews take the room’s shape and its 4:3 layout, and follow it back to 16:9', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await gotoSlide(page, 'trade-growth');
    await expect(page.locator('.reveal')).toHaveAttribute('data-layout', '4:3');
    const speaker = await openSpeaker(page);
    await speaker.setViewportSize({ width: 1280, height: 800 });
    const ratio = (pane: string): Promise<number> =>
      speaker.locator(`${pane} .speaker-frame`).evaluate((el) => el.getBoundingClientRect().width / el.getBoundingClientRect().height);
    for (const pane of ['.speaker-current', '.speaker-next']) {
      await expect.poll(() => ratio(pane)).toBeCloseTo(4 / 3, 1);
      await expect(speaker.frameLocator(`${pane} iframe`).locator('.reveal')).toHaveAttribute('data-layout', '4:3');
    }
    // The laptop goes back to its own 16:9 screen: so do the previews.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.locator('.reveal')).toHaveAttribute('data-layout', '16:9');
    for (const pane of ['.speaker-current', '.speaker-next']) {
      await expect.poll(() => ratio(pane)).toBeCloseTo(16 / 9, 1);
      await expect(speaker.frameLocator(`${pane} iframe`).locator('.reveal')).toHaveAttribute('data-layout', '16:9');
    }
    await expectInStep(page, speaker);
  });

  test('a speaker window the browser blocks is said where the presenter looks, not only in the console', async ({ page }) => {
    // A browser that blocks pop-ups returns no window.
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await gotoSlide(page, 'crossroads');
    await page.keyboard.press('s');
    const notice = page.locator('.deck-notice');
    await expect(notice).toHaveText('The speaker view was blocked: allow pop-ups for this page.');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toBeHidden({ timeout: 10_000 });
    // The room is where it was.
    await expect(page.locator(slideById('crossroads'))).toHaveClass(/\bpresent\b/);
  });

  test('blackout shows the audience nothing and the clicker’s next brings the slide back', async ({ page }) => {
    await gotoSlide(page, 'trade-growth');
    await page.keyboard.press('b');
    const reveal = page.locator('.reveal');
    await expect(reveal).toHaveClass(/\bpaused\b/);
    await expect(page.locator('.reveal .resume-button')).toBeHidden();
    await expect(page.locator('.deck-bar')).toBeHidden();
    await page.keyboard.press('PageDown');
    await expect(reveal).not.toHaveClass(/\bpaused\b/);
    await expect(page.locator('html')).toHaveAttribute('data-deck-state', 'trade-growth:-1');
  });

  test('a typed slide number and Enter go there; the audience’s numbers count the talk, the references are an appendix', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForDeck(page);
    await page.keyboard.type('12');
    await expect(page.locator('.slide-jump')).toContainText('12');
    await page.keyboard.press('Enter');
    await expect(page.locator(`${SLIDE}.present`)).toHaveAttribute('data-slide-label', '12');
    // The talk's slides (those before the appendix) and the appendix's last page, from the page itself.
    const spoken = await page.locator(`${SLIDE}:not([data-appendix])`).count();
    const last = await page.locator(`${SLIDE}[data-appendix]`).last().getAttribute('data-slide-label');
    expect(last).toMatch(/^A\d+$/);
    await expect(page.locator('.reveal .slide-number')).toHaveText(new RegExp(`^\\s*12\\s*/\\s*${spoken}\\s*$`));
    await page.keyboard.press('End');
    await expect(page.locator('.reveal .slide-number')).toHaveText(new RegExp(`^\\s*${last ?? ''}\\s*$`));
    // The contents list the numbers.
    await page.keyboard.press('c');
    await expect(page.locator('#toc-dialog .toc-slide').first()).toContainText(/^1\s/);
    await page.keyboard.press('Escape');
    await expect(page.locator('#toc-dialog')).toBeHidden();
  });

  test('the whole talk with next only, the statistics switch included: both windows match at every step', async ({ page }) => {
    test.setTimeout(180_000);
    const problems = watch(page);
    await page.goto('./');
    await waitForDeck(page);
    const speaker = await openSpeaker(page);
    const speakerProblems = watch(speaker);
    const closing = (await page.locator(`${SLIDE}:not([data-appendix])`).evaluateAll((s) => s.map((e) => e.id))).at(-1) ?? '';
    const seen: string[] = [];
    for (let step = 0; step < 120; step++) {
      const state = await expectInStep(page, speaker);
      seen.push(state);
      if (state.startsWith('trade-growth:')) {
        // The switch as build steps: Belarusian, then Chinese, then Belarusian again, in the room and in the preview.
        const expected = state === 'trade-growth:0' ? 'chn' : 'blr';
        const room = page.locator('section#trade-growth figure.chart');
        const preview = speaker.frameLocator('.speaker-current iframe').locator('section#trade-growth figure.chart');
        await expect(room).toHaveAttribute('data-view', new RegExp(expected, 'i'));
        await expect(preview).toHaveAttribute('data-view', new RegExp(expected, 'i'));
      }
      if (state.startsWith(`${closing}:`)) break;
      await page.keyboard.press('PageDown');
      await expect(page.locator('html')).not.toHaveAttribute('data-deck-state', state);
    }
    expect(seen.filter((s) => s.startsWith('trade-growth:'))).toEqual(['trade-growth:-1', 'trade-growth:0', 'trade-growth:1']);
    expect(seen.at(-1)).toBe(`${closing}:-1`);
    expectNoProblems(problems);
    expectNoProblems(speakerProblems);
  });
});
