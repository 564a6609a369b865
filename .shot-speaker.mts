import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.ts';
const base = 'http://127.0.0.1:4411/';
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
for (const dir of ['ru/', 'zh/']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}${dir}?view=slides#/trade-growth`);
  await page.locator('html[data-deck-ready]').waitFor({ state: 'attached', timeout: 30000 }).catch(() => undefined);
  await page.waitForTimeout(1500);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  speaker.on('console', (m) => { if (m.type() === 'error') console.error(dir, 'console:', m.text()); });
  await speaker.setViewportSize({ width: 1280, height: 800 });
  await speaker.waitForTimeout(3000);
  await page.keyboard.press('ArrowRight');
  await speaker.waitForTimeout(1500);
  await speaker.screenshot({ path: `/tmp/words/speaker-${dir.slice(0, 2)}.png` });
  const overflow = await speaker.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.speaker-top *, .speaker-keys, .speaker-label, .speaker-clocks')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible' || e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => `${e.className}: ${e.getBoundingClientRect().right}`),
  );
  console.log(dir, 'title:', await speaker.title(), 'overflow:', overflow);
  await speaker.keyboard.press('?');
  await speaker.waitForTimeout(800);
  await speaker.screenshot({ path: `/tmp/words/speaker-help-${dir.slice(0, 2)}.png` });
  await context.close();
}
await browser.close();
