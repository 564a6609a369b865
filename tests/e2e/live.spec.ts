/**
 * Following the speaker, in real browsers against the live server over the built deck (dist/):
 * the phone remote drives the state and shows the script with its click points; a wrong or missing
 * token is refused and controls nothing; the CSP the server sends lets the pages run without a
 * violation.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import * as v from 'valibot';
import { CSP_FILE } from '../../src/build/csp.ts';
import { LIVE_PATHS, LiveIndex } from '../../src/live/protocol.ts';
import { startLiveServer, type LiveServer } from '../../src/server/live-server.ts';
import { expectNoProblems, watch } from './support.ts';

const TOKEN = 'e2e-live-token-0123456789';
const DIST = join(process.cwd(), process.env.DECK_OUT_DIR ?? 'dist');
const PHONE = { width: 390, height: 844 };
/** The address the server tells the presenter followers open (a documentation address, never dialled). */
const AUDIENCE = 'http://192.0.2.10:8080/?follow';

let live: LiveServer;
let index: LiveIndex;

test.beforeAll(async () => {
  index = v.parse(LiveIndex, JSON.parse(await readFile(join(DIST, LIVE_PATHS.index), 'utf8')));
  const policy = (await readFile(join(DIST, CSP_FILE), 'utf8')).trim();
  live = await startLiveServer(
    { root: DIST, index, token: TOKEN, contentSecurityPolicy: policy, audience: AUDIENCE },
    { port: 0, host: '127.0.0.1' },
  );
});

test.afterAll(async () => {
  await live.close();
});

test.describe('the phone remote', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('drives the talk: Next and Previous move the live state, the page shows the slide, its script and the clock', async ({ page }) => {
    const problems = watch(page);
    await fetch(new URL(LIVE_PATHS.state, live.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ slide: index.slides[0]?.id, step: 0 }),
    });
    await page.goto(`${live.url}remote.html?token=${TOKEN}`);
    // The token leaves the address bar at once (it stays for this tab only).
    await expect.poll(() => page.url()).not.toContain(TOKEN);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(index.slides[0]?.title ?? '');
    await expect(page.getByRole('status')).toContainText('Connected');

    const next = page.getByRole('button', { name: 'Next' });
    await next.click();
    const second = index.slides[1];
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second?.title ?? '');
    expect(live.state().slide).toBe(second?.id);
    await expect(page.locator('#remote-clock')).toContainText('elapsed');

    // Walk to a slide with build steps: the click points are marked and counted.
    const built = index.slides.findIndex((s) => s.steps > 0);
    for (let i = 2; i <= built; i += 1) {
      await next.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(index.slides[i]?.title ?? '');
    }
    const slide = index.slides[built];
    await expect(page.locator('#remote-position')).toContainText(`step 0 of ${slide?.steps ?? 0}`);
    await next.click();
    await expect(page.locator('#remote-position')).toContainText(`step 1 of ${slide?.steps ?? 0}`);
    expect(live.state()).toMatchObject({ slide: slide?.id, step: 1 });

    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(page.locator('#remote-position')).toContainText('step 0');
    await page.getByRole('button', { name: 'Blackout' }).click();
    await expect.poll(() => live.state().blackout).toBe(true);
    await page.getByRole('button', { name: /Resume/ }).click();
    await expect.poll(() => live.state().blackout).toBe(false);
    expectNoProblems(problems);
  });

  test('a wrong or missing token is refused and controls nothing', async ({ page }) => {
    const before = live.state();
    await page.goto(`${live.url}remote.html?token=not-the-right-token-at-all`);
    await expect(page.getByRole('status')).toContainText('wrong');
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    await page.goto(`${live.url}remote.html`);
    await expect(page.getByRole('status')).toContainText('no token');
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(live.state()).toEqual(before);
  });
});

test('the deck runs under the server’s Content-Security-Policy in the reading view', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const problems = watch(page);
  await page.setViewportSize(PHONE);
  await page.goto(live.url);
  await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true');
  expect(violations).toEqual([]);
  expectNoProblems(problems);
});

/** Where a page in the slide view is: the present slide's id and how many build steps are shown. */
const slidePosition = (page: Page) =>
  page.evaluate(() => {
    const current = document.querySelector<HTMLElement>('.reveal .slides section.present:not(.stack)');
    return { slide: current?.id ?? '', step: current?.querySelectorAll('.fragment.visible').length ?? 0 };
  });

test.describe('presenter and followers', () => {
  test.describe.configure({ timeout: 180_000 });

  test('stay in step through the talk, browse away and come back, and rejoin a restarted server', async ({ browser }) => {
    const presenterContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const slidesContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const phoneContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const presenter = await presenterContext.newPage();
    const follower = await slidesContext.newPage();
    const phone = await phoneContext.newPage();
    const problems = [watch(presenter), watch(follower), watch(phone)];

    await presenter.goto(`${live.url}?present=${TOKEN}#/${index.slides[0]?.id ?? ''}`);
    await expect(presenter.locator('html')).toHaveAttribute('data-deck-ready', 'true');
    // The token leaves the presenter's address bar too.
    expect(presenter.url()).not.toContain(TOKEN);
    await expect(presenter.locator('.live-pill')).toContainText('Live');
    // The audience's address and its QR code on the title slide the room sees (and on the closing one).
    await expect(presenter.locator('section#title .deck-link-url')).toHaveText('192.0.2.10:8080/?follow');
    await expect(presenter.locator('section#title .deck-link-qr svg')).toBeVisible();
    await expect(presenter.locator('section.slide--closing .deck-link-url')).toHaveAttribute('href', AUDIENCE);
    // One follower reads the Russian edition: the slide ids are the same, so it follows as well.
    await follower.goto(`${live.url}ru/?follow&view=slides`);
    await expect(follower.locator('html')).toHaveAttribute('lang', 'ru');
    await phone.goto(`${live.url}?follow`);
    await expect(follower.locator('.live-pill')).toContainText('Вы следите за докладчиком');
    await expect(phone.locator('html')).toHaveAttribute('data-view', 'reading');

    // Walk the spoken slides (every build step) with the presenter's keys.
    const spoken = index.slides.filter((s) => /^\d+$/.test(s.label));
    const clicks = spoken.slice(0, -1).reduce((sum, s) => sum + s.steps + 1, 0);
    for (let i = 0; i < clicks; i += 1) {
      await presenter.keyboard.press('ArrowRight');
      const at = await slidePosition(presenter);
      await expect.poll(() => live.state()).toMatchObject(at);
      await expect.poll(() => slidePosition(follower)).toEqual(at);
      await expect(phone.locator(`[id="${at.slide}"].live-current`)).toHaveCount(1);
    }
    await expect(presenter.locator('.live-pill')).toContainText('2 following');
    // The room never sees the presenter's control while all is well.
    await expect(presenter.locator('.live-pill')).toBeHidden();
    // The speaker view (its own window, with the token copied from the presenting tab) shows the count too.
    const [speaker] = await Promise.all([presenterContext.waitForEvent('page'), presenter.keyboard.press('s')]);
    await expect(speaker.locator('.speaker-live')).toHaveText('Live · 2 following · join at 192.0.2.10:8080/?follow');
    // (Closed at once, before its previews finish loading: the speaker spec checks that window's errors.)
    await speaker.close();

    // The phone reader browses away: following pauses, and the control brings them back.
    await phone.mouse.wheel(0, -1500);
    const back = phone.getByRole('button', { name: 'Back to the speaker' });
    await expect(back).toBeVisible();
    await presenter.keyboard.press('ArrowLeft');
    const now = { ...(await slidePosition(presenter)) };
    await back.click();
    await expect(phone.locator(`[id="${now.slide}"].live-current`)).toHaveCount(1);
    await expect(phone.locator('.live-pill')).toContainText('Following the speaker');

    // Blackout on the projector is a quiet note on a follower's screen, never a black page.
    await presenter.keyboard.press('b');
    await expect.poll(() => live.state().blackout).toBe(true);
    await expect(follower.locator('.live-pill')).toContainText('Докладчик приостановил показ');
    await expect(follower.locator('.reveal')).not.toHaveClass(/paused/);
    await presenter.keyboard.press('b');
    await expect.poll(() => live.state().blackout).toBe(false);

    // The phone remote (another sender on the channel) drives the projector and the followers.
    const target = spoken[3];
    const sent = await fetch(new URL(LIVE_PATHS.state, live.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ slide: target?.id, step: 0, by: 'remote-test' }),
    });
    expect(sent.status).toBe(200);
    await expect.poll(() => slidePosition(presenter)).toEqual({ slide: target?.id, step: 0 });
    await expect.poll(() => slidePosition(follower)).toEqual({ slide: target?.id, step: 0 });
    await presenter.keyboard.press('ArrowRight');
    const moved = await slidePosition(presenter);
    await expect.poll(() => live.state()).toMatchObject(moved);
    now.slide = moved.slide;

    // The server restarts mid-talk on the same port: everyone reconnects, and the presenter's page
    // tells the new server where the talk is.
    const port = Number(new URL(live.url).port);
    const policy = (await readFile(join(DIST, CSP_FILE), 'utf8')).trim();
    await live.close();
    live = await startLiveServer({ root: DIST, index, token: TOKEN, contentSecurityPolicy: policy }, { port, host: '127.0.0.1' });
    await expect.poll(() => live.state().slide, { timeout: 15_000 }).toBe(now.slide);
    await presenter.keyboard.press('ArrowRight');
    const after = await slidePosition(presenter);
    await expect.poll(() => slidePosition(follower), { timeout: 15_000 }).toEqual(after);
    await expect(phone.locator(`[id="${after.slide}"].live-current`)).toHaveCount(1, { timeout: 15_000 });

    // The token never reached a follower's page.
    for (const page of [follower, phone]) expect(await page.content()).not.toContain(TOKEN);
    for (const p of problems) {
      // The restart drops the event streams once: the browsers report that and reconnect.
      p.consoleErrors.splice(0, p.consoleErrors.length, ...p.consoleErrors.filter((e) => !/live\/events|ERR_/.test(e)));
      // While the server was down by design, whatever a page asked for was refused, or cut off if it
      // was in flight when the server stopped (a favicon request, now and then).
      p.failedRequests.splice(
        0,
        p.failedRequests.length,
        ...p.failedRequests.filter((e) => !/live\/events|ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET/.test(e)),
      );
      expectNoProblems(p);
    }
    await Promise.all([presenterContext.close(), slidesContext.close(), phoneContext.close()]);
  });
});
