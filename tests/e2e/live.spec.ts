/**
 * Following the speaker, in real browsers against the live server over the built deck (dist/):
 * the phone remote drives the state and shows the script with its click points; a wrong or missing
 * token is refused and controls nothing; the CSP the server sends lets the pages run without a
 * violation.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import * as v from 'valibot';
import { CSP_FILE } from '../../src/build/csp.ts';
import { LIVE_PATHS, LiveIndex } from '../../src/live/protocol.ts';
import { startLiveServer, type LiveServer } from '../../src/server/live-server.ts';
import { expectNoProblems, watch } from './support.ts';

const TOKEN = 'e2e-live-token-0123456789';
const DIST = join(process.cwd(), process.env.DECK_OUT_DIR ?? 'dist');
const PHONE = { width: 390, height: 844 };

let live: LiveServer;
let index: LiveIndex;

test.beforeAll(async () => {
  index = v.parse(LiveIndex, JSON.parse(await readFile(join(DIST, LIVE_PATHS.index), 'utf8')));
  const policy = (await readFile(join(DIST, CSP_FILE), 'utf8')).trim();
  live = await startLiveServer({ root: DIST, index, token: TOKEN, contentSecurityPolicy: policy }, { port: 0, host: '127.0.0.1' });
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
