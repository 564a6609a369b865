/**
 * The Russian and Chinese editions, as their readers get them: each a complete site in its folder
 * (slides, reading view, dialogs), in its language, with every slide walked, nothing overflowing,
 * axe clean, nothing fetched from off the machine, and a language switch that keeps the slide.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EDITIONS } from '../../editions/index.ts';
import { characterMap } from '../../src/build/glyphs.ts';
import { firstScreenText } from '../../src/build/subset-fonts.ts';
import {
  addTestStyle,
  SLIDE,
  expectNoProblems,
  forgetAbortedByLeaving,
  overflowOf,
  show,
  slideById,
  slideIds,
  waitForDeck,
  watch,
} from './support.ts';

const editions = EDITIONS.filter((e) => e.dir !== '');

for (const edition of editions) {
  test.describe(`the ${edition.name} edition (${edition.dir})`, () => {
    test('declares its language, title and alternates, and shows its words', async ({ page }) => {
      const problems = watch(page);
      await page.goto(`./${edition.dir}?view=slides`);
      await waitForDeck(page);
      await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
      // Built without the site's address: no alternates (they must be absolute; tests/e2e/qr.spec.ts checks them with DECK_URL).
      await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
      // The interface speaks the edition's language: the bar is not the English one.
      await expect(page.locator('.deck-bar [data-tool="contents"]')).not.toHaveText('Contents');
      await expect(page.locator('.deck-languages a.deck-language').first()).toHaveAttribute('hreflang', 'en');
      expectNoProblems(problems);
    });

    test('walks every slide with the clicker, with nothing overflowing and no console error', async ({ page }) => {
      test.setTimeout(180_000);
      const problems = watch(page);
      await page.goto(`./${edition.dir}?view=slides&transition=none`);
      await waitForDeck(page);
      const ids = await slideIds(page);
      await addTestStyle(page, '.reveal .slides section .fragment { opacity: 1 !important; visibility: visible !important; }');
      const report: Record<string, string[]> = {};
      for (const id of ids) {
        await show(page, id);
        const out = await overflowOf(page, id);
        if (out.length) report[id] = out;
      }
      expect(report).toEqual({});
      expectNoProblems(problems);
    });

    test('axe finds no violation on the title, a chart, a map and the references, nor in the reading view', async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(`./${edition.dir}?view=slides&transition=none`);
      await waitForDeck(page);
      for (const id of ['title', 'trade-growth', 'sco', 'references']) {
        await show(page, id);
        const result = await new AxeBuilder({ page }).include(slideById(id)).analyze();
        expect(result.violations.map((v) => `${id}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      await page.goto(`./${edition.dir}?view=scroll`);
      await waitForDeck(page);
      const reading = await new AxeBuilder({ page }).include('#reading').analyze();
      expect(reading.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('the reading view reads without JavaScript, in the edition’s language', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`./${edition.dir}`);
      await expect(page.locator('article#reading')).toHaveAttribute('lang', edition.lang);
      await expect(page.locator('article#reading h1')).not.toBeEmpty();
      await expect(page.locator('#trade-growth h3')).toBeVisible();
      await context.close();
    });
  });
}

test('the language switch keeps the slide in the slide view and the place in the reading view', async ({ page }) => {
  const problems = watch(page);
  const [ru, zh] = editions;
  if (!ru || !zh) throw new Error('two editions expected');
  await page.goto(`./${ru.dir}?view=slides#/trade-growth`);
  await waitForDeck(page);
  await expect(page.locator(slideById('trade-growth'))).toHaveClass(/\bpresent\b/);
  await page.locator(`.deck-bar a.deck-language[hreflang="${zh.lang}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/${zh.dir}(\\?view=slides)?#/trade-growth$`));
  await waitForDeck(page);
  await expect(page.locator('html')).toHaveAttribute('lang', zh.lang);
  await expect(page.locator(`${SLIDE}.present`)).toHaveId('trade-growth');

  // The reading view: the place is the page the reader is at.
  await page.goto(`./${zh.dir}?view=scroll#eaeu`);
  await waitForDeck(page);
  await page.locator('.deck-bar a.deck-language[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/\?view=scroll#eaeu$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#eaeu')).toBeInViewport();
  // Following a link leaves the page: what it was still fetching (a chart's chunk, a font) is aborted by the browser.
  forgetAbortedByLeaving(problems);
  expectNoProblems(problems);
});

test('a reader whose browser prefers Russian is offered the Russian edition once, in Russian, without a redirect', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto('./?view=scroll#eaeu');
  await waitForDeck(page);
  await expect(page).toHaveURL(/\/\?view=scroll#eaeu$/);
  const offer = page.locator('aside.edition-offer[data-edition="ru"]');
  await expect(offer).toBeVisible();
  await expect(offer).toHaveAttribute('lang', 'ru');
  await expect(page.locator('aside.edition-offer[data-edition="zh"]')).toBeHidden();
  await offer.locator('a').click();
  await expect(page).toHaveURL(/\/ru\/\?view=scroll#eaeu$/);
  await waitForDeck(page);
  // The Russian page prefers nothing else; back on the English page, the offer is not made again.
  await expect(page.locator('aside.edition-offer:visible')).toHaveCount(0);
  await page.goto('./?view=scroll');
  await waitForDeck(page);
  await expect(page.locator('aside.edition-offer:visible')).toHaveCount(0);
  // Following the link and going back leave pages: what they were still fetching (the chart chunk near #eaeu) is aborted by the browser.
  forgetAbortedByLeaving(problems);
  expectNoProblems(problems);
  await context.close();
});

test('a reader whose browser prefers English is offered nothing', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('./?view=scroll');
  await waitForDeck(page);
  await expect(page.locator('aside.edition-offer:visible')).toHaveCount(0);
  await context.close();
});

test('the browser’s own dialogs speak the edition’s language: search in Chinese finds a Chinese slide', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./zh/?view=scroll');
  await waitForDeck(page);
  await page.keyboard.press('Control+Shift+F');
  const dialog = page.getByRole('dialog', { name: '搜索报告内容' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('巨石');
  await expect(dialog.locator('.search-status')).toHaveText(/^找到\d+张幻灯片$/);
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeVisible();
  expectNoProblems(problems);
});

test('the Russian speaker view speaks Russian: the slide and step lines, the clocks and their buttons, the keys', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./ru/?view=slides#/trade-growth');
  await waitForDeck(page);
  const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  const speakerProblems = watch(speaker);
  await expect(speaker.locator('html')).toHaveAttribute('data-view', 'speaker');
  await expect(speaker.locator('html')).toHaveAttribute(
    'data-speaker-state',
    (await page.locator('html').getAttribute('data-deck-state')) ?? '',
  );
  await expect(speaker).toHaveTitle(/^Режим докладчика — /);
  await expect(speaker.locator('.speaker-slide')).toHaveText(/^Слайд \d+ из \d+$/);
  await expect(speaker.locator('.speaker-step')).toHaveText('Шаг 0 из 2');
  await expect(speaker.locator('[data-do="clock-toggle"]')).toHaveText('Старт K');
  await expect(speaker.locator('[data-do="clock-reset"]')).toHaveText('Сброс X');
  await expect(speaker.locator('[data-clock="talk"] .speaker-clock-label')).toHaveText('Доклад');
  await expect(speaker.locator('[data-clock="talk"] .speaker-clock-of')).toHaveText(/^из 15:00 · осталось \d+:\d\d$/);
  await expect(speaker.getByRole('region', { name: 'Сейчас: что видит зал' })).toBeVisible();
  await expect(speaker.locator('.speaker-keys')).toContainText('все клавиши');
  // The clock starts with the talk's first click.
  await page.keyboard.press('ArrowRight');
  await expect(speaker.locator('.speaker-step')).toHaveText('Шаг 1 из 2');
  await expect(speaker.locator('[data-do="clock-toggle"]')).toHaveText('Пауза K');
  await expect(speaker.locator('.speaker-top')).not.toContainText(/\b(Slide|Step|Talk|This slide|Start|Pause|Reset|left)\b/);
  await expect(speaker.locator('.speaker-keys')).not.toContainText(/\b(next|back|all keys)\b/);
  expectNoProblems(problems);
  expectNoProblems(speakerProblems);
});

test('the Chinese key help describes each key in Chinese, and a typed slide number says where it goes in Chinese', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./zh/?view=slides');
  await waitForDeck(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: '快捷键' });
  await expect(help).toBeVisible();
  await expect(help.locator('thead th')).toHaveText(['按键', '功能']);
  await expect(help.locator('tbody tr', { has: page.locator('kbd', { hasText: /^Home$/ }) }).locator('td')).toHaveText('第一张幻灯片');
  await expect(help.locator('tbody td').first()).toContainText('翻页笔');
  await expect(help.locator('tbody')).not.toContainText(/\b(slide|the|speaker)\b/);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(page.locator('.slide-jump')).toHaveText('跳转到第12张幻灯片——按Enter确认');
  expectNoProblems(problems);
});

test('the Russian rehearsal: its status line while recording and its report are in Russian', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./ru/?view=slides&rehearse#/title');
  await waitForDeck(page);
  const status = page.locator('.rehearsal-status');
  await expect(status.locator('.rehearsal-status-label')).toHaveText('Репетиция');
  await expect(status.locator('.rehearsal-status-hint')).toHaveText('W — завершить прогон');
  await expect(status.locator('.rehearsal-status-time')).toHaveText(/^слайд 1\/\d+ · \d+:\d\d из \d+:\d\d · всего \d+:\d\d$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('w');
  const report = page.getByRole('dialog', { name: 'Отчет о репетициях' });
  await expect(report).toBeVisible();
  await expect(report.locator('[data-total="slot"] dt')).toHaveText('Регламент');
  await expect(report.locator('[data-total="latest"] .rehearsal-total-note')).toHaveText('прерван до последнего слайда');
  await expect(report.locator('[data-total="median"] dt')).toHaveText('Медиана по 0 завершенным прогонам');
  await expect(report.locator('thead th')).toHaveText(['№', 'Слайд', 'План', 'Последний', '±', 'Медиана']);
  await expect(report.getByRole('button', { name: 'Закрыть' })).toBeVisible();
  await report.getByLabel('Учитывать прерванные прогоны в медианах').check();
  await expect(report.locator('[data-total="median"] dt')).toHaveText('Медиана по 1 прогону, включая прерванные');
  // The run's date in Russian, through Intl.
  const started = (await report.locator('.rehearsal-date').textContent()) ?? '';
  expect(started).toMatch(/\d{4} г\., \d\d:\d\d/);
  await report.getByRole('button', { name: 'Удалить прогоны…' }).click();
  await expect(report.locator('.rehearsal-confirm-text')).toHaveText('Удалить 1 прогон из этого браузера?');
  await expect(report.locator('.rehearsal-table caption')).toContainText('«затянут»');
  await expect(report).not.toContainText(/\b(Slot|Planned|Latest run|Median|Runs|Total|Print)\b/);
  expectNoProblems(problems);
});

// Fonts that arrive after the first paint reflow the text (layout shift): each page preloads the
// faces its first screen needs, in its own script (Cyrillic on the Russian page, the first screen's
// Chinese characters on the Chinese one), and leaves the rest to load later.
for (const edition of EDITIONS) {
  test(`the ${edition.name} page preloads a face for every letter of its first screen`, async () => {
    const dist = resolve(process.env.DECK_OUT_DIR ?? 'dist');
    const html = await readFile(join(dist, edition.dir, 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="preload" href="([^"]+\.woff2)"/g)].map((m) => m[1] ?? '');
    expect(preloaded.length, 'preloaded fonts').toBeGreaterThan(0);
    const covered = new Set<number>();
    for (const href of preloaded) for (const cp of await characterMap(await readFile(join(dist, edition.dir, href)))) covered.add(cp);
    const letters = [...new Set(Array.from(firstScreenText(html)).filter((c) => /[\p{L}\p{N}]/u.test(c)))];
    expect(letters.length, 'distinct letters and digits on the first screen').toBeGreaterThan(30);
    expect(letters.filter((c) => !covered.has(c.codePointAt(0) ?? 0)).join('')).toBe('');
    // And no more than that: the Chinese page does not preload its whole font.
    const bytes = (await Promise.all(preloaded.map((href) => readFile(join(dist, edition.dir, href))))).reduce((n, b) => n + b.length, 0);
    expect(bytes, 'bytes of preloaded fonts').toBeLessThan(160_000);
  });
}

// What a phone lays out before the reader scrolls is drawn from the faces the Chinese page preloads (its head's and its
// contents'), never from the rest of its font (more than 200 KB), whatever that screen holds beyond the page's text: the
// ellipsis of the bar's cut-off title, the punctuation of the edition offer an English-speaking browser is shown.
test('the Chinese reading view on a phone fetches none of the rest of its font before the reader scrolls', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.woff2')) fonts.push(r.url().replace(/^.*\//, ''));
  });
  // The phone Lighthouse emulates: wide enough for the bar's title, cut off with an ellipsis.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('./zh/');
  await waitForDeck(page);
  await expect(page.locator('aside.edition-offer[data-edition="en"]')).toBeVisible();
  const title = page.locator('.deck-bar-title');
  await expect(title).toBeVisible();
  expect(await title.evaluate((el) => el.scrollWidth > el.clientWidth), 'the bar’s title is cut off').toBe(true);
  await page.evaluate(() => document.fonts.ready);
  const own = fonts.filter((f) => f.startsWith('noto-sans-sc-zh-'));
  expect(own.length, 'the page’s own faces fetched').toBeGreaterThan(1);
  expect(own.filter((f) => /-rest-/.test(f))).toEqual([]);
});
