/**
 * The built pages under their own Content-Security-Policy (src/build/csp.ts): each page declares it
 * in a <meta> at the top of its head, with nothing allowed inline by category, and a walk of every
 * slide in the slide view and the reading view, every dialog, the speaker view, rehearsal and its
 * report, and the print view reports no violation (collected in the page from the first script on,
 * in every window and frame, and from the console). `vite preview` sends no CSP header: the page's
 * own declaration is what the browser enforces here.
 */
import { createHash } from 'node:crypto';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { expectNoProblems, waitForDeck, walkWithClicker, watch } from './support.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation in each page and frame of the context, from before the page's first script. */
async function recordViolations(context: BrowserContext): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  await context.addInitScript(() => {
    const seen: string[] = [];
    window.__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  context.on('console', (message) => {
    if (/Refused to|Content.Security.Policy/i.test(message.text())) console.push(`${message.type()}: ${message.text()}`);
  });
  return async () => {
    const inPages: string[] = [];
    for (const page of context.pages()) {
      if (page.isClosed()) continue;
      for (const frame of page.frames()) {
        const found = await frame.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        inPages.push(...found.map((v) => `${frame.url()}: ${v}`));
      }
    }
    return [...inPages, ...console];
  };
}

/**
 * Every slide, with the clicker's key, from the first to the last: each chart is drawn on its slide
 * (a chart lives while its slide is shown) and each map coloured. Returns how many of each it saw.
 */
async function walkSlides(page: Page): Promise<{ charts: number; maps: number }> {
  const seen = { charts: 0, maps: 0 };
  await walkWithClicker(page, async (id) => {
    const canvases = await page.locator(`section#${id} canvas`).all();
    for (const canvas of canvases) await expect(canvas, `${id}: chart drawn`).toHaveAttribute('data-chart-state', 'drawn');
    seen.charts += canvases.length;
    if ((await page.locator(`section#${id} svg.deck-map`).count()) > 0) {
      await expectMapsColoured(page, `section#${id}`);
      seen.maps += 1;
    }
  });
  return seen;
}

/** The maps are coloured (presentation attributes, no <style>): a blocked style sheet in the SVG would leave them black. */
async function expectMapsColoured(page: Page, scope: string): Promise<void> {
  const fills = await page
    .locator(`${scope} svg.deck-map :is(path, rect, circle, ellipse, polygon)`)
    .evaluateAll((shapes) => shapes.map((s) => ({ stated: s.getAttribute('fill'), drawn: getComputedStyle(s).fill })));
  expect(fills.length).toBeGreaterThan(0);
  // Shapes that say a colour are drawn in it, not in the default black.
  const stated = fills.filter((f) => f.stated !== null && f.stated !== 'none' && !/^(#000|#000000|black)$/i.test(f.stated));
  expect(stated.length).toBeGreaterThan(0);
  expect(stated.filter((f) => f.drawn === 'rgb(0, 0, 0)')).toEqual([]);
  expect(new Set(fills.map((f) => f.drawn)).size, 'colours on the map').toBeGreaterThan(2);
}

/** Esc closed the open dialog and the deck has the keys again (focus leaves the dialog on its close event). */
async function expectClosed(page: Page): Promise<void> {
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(page.locator('dialog :focus')).toHaveCount(0);
}

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

for (const [edition, path] of [
  ['en', './'],
  ['ru', './ru/'],
  ['zh', './zh/'],
] as const) {
  test(`${edition}: the page declares its policy first in its head, and allows exactly its inline blocks by hash`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const head = parse(html)
      .childNodes.find((n): n is T.Element => 'tagName' in n && n.tagName === 'html')
      ?.childNodes.find((n): n is T.Element => 'tagName' in n && n.tagName === 'head');
    const elements = head?.childNodes.filter((n): n is T.Element => 'tagName' in n) ?? [];
    // <meta charset> must stay in the first 1024 bytes; the policy comes next, before anything that loads or runs.
    expect(elements[0]?.attrs).toEqual([{ name: 'charset', value: 'utf-8' }]);
    const meta = elements[1];
    expect(meta?.tagName).toBe('meta');
    expect(meta?.attrs.find((a) => a.name === 'http-equiv')?.value).toBe('Content-Security-Policy');
    const policy = meta?.attrs.find((a) => a.name === 'content')?.value ?? '';
    const directives = new Map(policy.split(/\s*;\s*/).map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1)]));
    expect(policy).not.toMatch(/unsafe-|\*|https?:/);
    // A <meta> policy cannot set frame-ancestors (the browser ignores it there and says so).
    expect(directives.has('frame-ancestors')).toBe(false);
    for (const name of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) expect(directives.has(name), name).toBe(true);
    const inline = { scripts: [] as string[], styles: [] as string[] };
    const visit = (node: T.ParentNode): void => {
      for (const el of node.childNodes) {
        if (!('tagName' in el)) continue;
        const text = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
        if (el.tagName === 'script' && !el.attrs.some((a) => a.name === 'src' || (a.name === 'type' && a.value === 'application/json')))
          inline.scripts.push(text);
        if (el.tagName === 'style') inline.styles.push(text);
        expect(el.attrs.filter((a) => a.name === 'style' || a.name.startsWith('on')).map((a) => `<${el.tagName} ${a.name}>`)).toEqual([]);
        if ('content' in el) visit(el.content);
        visit(el);
      }
    };
    visit(parse(html));
    // The boot script, in every edition; the Chinese page's own font faces.
    expect(inline.scripts.length).toBeGreaterThan(0);
    if (edition === 'zh') expect(inline.styles.length).toBeGreaterThan(0);
    for (const script of inline.scripts) expect(directives.get('script-src')).toContain(hash(script));
    for (const style of inline.styles) expect(directives.get('style-src')).toContain(hash(style));
  });
}

test.describe('under the Content-Security-Policy', () => {
  test.describe.configure({ timeout: 180_000 });

  test('English slide view: every slide, each dialog, the data table; charts drawn, maps coloured, no violation', async ({
    page,
    context,
  }) => {
    const violations = await recordViolations(context);
    const problems = watch(page);
    await page.goto('./');
    await waitForDeck(page);
    const seen = await walkSlides(page);
    // Every chart and map of the deck, each on its slide.
    expect(seen.charts).toBeGreaterThan(0);
    expect(seen.charts).toBe(await page.locator('.reveal .slides canvas').count());
    expect(seen.maps).toBe(3);

    await page.goto('./#/trade-growth');
    await waitForDeck(page);
    await expect(page.locator('section#trade-growth canvas')).toHaveAttribute('data-chart-state', 'drawn');
    // C: contents.
    await page.keyboard.press('c');
    await expect(page.getByRole('dialog', { name: 'Contents' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expectClosed(page);
    // Ctrl+Shift+F: search (loaded on demand), with results.
    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('searchbox', { name: 'Search the talk' });
    await expect(box).toBeFocused();
    await box.fill('Great Stone');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/matching slide/);
    await page.keyboard.press('Escape');
    await expectClosed(page);
    // ?: the keys.
    await page.keyboard.press('Shift+Slash');
    await expect(page.locator('dialog#deck-keys')).toBeVisible();
    await page.keyboard.press('Escape');
    await expectClosed(page);
    // Cite, from the deck bar (it fades while the pointer is still: moving the pointer brings it back).
    await page.mouse.move(640, 300);
    await page.mouse.move(640, 20);
    await page.locator('.deck-tool[data-tool="cite"]').click();
    await expect(page.getByRole('dialog', { name: 'Cite this talk' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expectClosed(page);
    // G: reveal.js's field to go to a slide.
    await page.keyboard.press('g');
    await expect(page.locator('.jump-to-slide-input')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('.jump-to-slide-input')).toHaveCount(0);
    // T: the chart's data table.
    await page.keyboard.press('t');
    await expect(page.locator('section#trade-growth .chart-data table').first()).toBeVisible();
    await page.keyboard.press('t');
    // Overview and blackout.
    await page.keyboard.press('o');
    await expect(page.locator('.reveal')).toHaveClass(/\boverview\b/);
    await page.keyboard.press('o');
    await page.keyboard.press('b');
    await expect(page.locator('.reveal')).toHaveClass(/\bpaused\b/);
    await page.keyboard.press('b');
    expect(await violations()).toEqual([]);
    expectNoProblems(problems);
  });

  test('English reading view: every section, charts drawn, the full-screen map, contents and search; no violation', async ({
    page,
    context,
  }) => {
    const violations = await recordViolations(context);
    const problems = watch(page);
    await page.goto('./?view=reading');
    await waitForDeck(page);
    // Each slide's section in turn, so every chart draws as it comes into view.
    for (const section of await page.locator('#reading section[id]').all()) await section.scrollIntoViewIfNeeded();
    const charts = page.locator('#reading figure.chart');
    expect(await charts.count()).toBeGreaterThan(0);
    await expect(page.locator('#reading figure.chart:not([data-chart-state="drawn"])')).toHaveCount(0);
    await expectMapsColoured(page, '#reading');
    // The map at full size, zoomed.
    const opener = page.getByRole('button', { name: 'Open the map full screen' }).first();
    await opener.scrollIntoViewIfNeeded();
    await opener.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Zoom in' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expectClosed(page);
    await page.keyboard.press('c');
    await expect(page.getByRole('dialog', { name: 'Contents' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expectClosed(page);
    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('searchbox', { name: 'Search the talk' }).fill('Belt and Road');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/matching slide/);
    await page.keyboard.press('Escape');
    await expectClosed(page);
    await page.keyboard.press('Shift+Slash');
    await expect(page.locator('dialog#deck-keys')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await violations()).toEqual([]);
    expectNoProblems(problems);
  });

  test('the speaker view (with its previews), a rehearsal and its report; no violation in any window or frame', async ({
    page,
    context,
  }) => {
    const violations = await recordViolations(context);
    const problems = watch(page);
    await page.goto('./');
    await waitForDeck(page);
    // A rehearsal from slide 1 (W starts at once there), ended on the last slide: the report opens.
    await page.keyboard.press('w');
    await expect(page.locator('html')).toHaveAttribute('data-rehearsal', 'recording');
    await expect(page.locator('.rehearsal-status')).toBeVisible();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('End');
    await page.keyboard.press('w');
    const report = page.locator('dialog#rehearsal-report');
    await expect(report).toBeVisible();
    await expect(report.locator('svg.rehearsal-chart')).toBeVisible();
    await page.keyboard.press('Escape');
    await expectClosed(page);

    // S: the speaker view in its own window, following the room through a few steps.
    await page.keyboard.press('Home');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const speakerProblems = watch(speaker);
    await expect(speaker.locator('html')).toHaveAttribute('data-view', 'speaker');
    const roomState = page.locator('html');
    for (let i = 0; i < 6; i++) {
      const before = (await roomState.getAttribute('data-deck-state')) ?? '';
      await speaker.keyboard.press('PageDown');
      await expect(roomState).not.toHaveAttribute('data-deck-state', before);
      const state = (await roomState.getAttribute('data-deck-state')) ?? '';
      await expect(speaker.locator('html')).toHaveAttribute('data-speaker-state', state);
      await expect(speaker.frameLocator('.speaker-current iframe').locator('html')).toHaveAttribute('data-deck-state', state);
    }
    await expect(speaker.frameLocator('.speaker-next iframe').locator('.reveal')).toBeVisible();
    await speaker.keyboard.press('Shift+Slash');
    await expect(speaker.locator('dialog#deck-keys')).toBeVisible();
    await speaker.keyboard.press('Escape');
    await expectClosed(speaker);

    // The report on its own address.
    await page.goto('./?rehearsal-report#/title');
    await waitForDeck(page);
    await expect(page.locator('dialog#rehearsal-report')).toBeVisible();
    expect(await violations()).toEqual([]);
    expectNoProblems(problems);
    expectNoProblems(speakerProblems);
  });

  test('the print view (?print-pdf, reveal.js’s own print styles allowed by hash); no violation', async ({ page, context }) => {
    const violations = await recordViolations(context);
    await page.goto('./?print-pdf');
    await expect(page.locator('html')).toHaveAttribute('data-print-layout', 'done', { timeout: 60_000 });
    // reveal.js's page size reached the page (a blocked <style> would leave no @page rule).
    const pageRule = await page.evaluate(() =>
      [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((r) => r instanceof CSSPageRule && /1280px 720px/.test(r.cssText)),
    );
    expect(pageRule).toBe(true);
    expect(await violations()).toEqual([]);
  });

  test('the Chinese edition (its inline font faces): slides, reading view, dialogs and the speaker view; no violation', async ({
    page,
    context,
  }) => {
    const violations = await recordViolations(context);
    const problems = watch(page);
    await page.goto('./zh/');
    await waitForDeck(page);
    // The inline faces apply (a blocked <style> has no sheet) and the page's Chinese text fetches the edition's own font.
    expect(
      await page.locator('style[data-fonts]').evaluate((style) => (style as HTMLStyleElement).sheet?.cssRules.length ?? 0),
    ).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /noto-sans-sc-zh-400/.test(e.name))))
      .toBe(true);
    const seen = await walkSlides(page);
    // Every chart and map of the deck, each on its slide.
    expect(seen.charts).toBeGreaterThan(0);
    expect(seen.charts).toBe(await page.locator('.reveal .slides canvas').count());
    expect(seen.maps).toBe(3);
    await page.keyboard.press('c');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expectClosed(page);
    await page.keyboard.press('Shift+Slash');
    await expect(page.locator('dialog#deck-keys')).toBeVisible();
    await page.keyboard.press('Escape');
    await expectClosed(page);
    await page.keyboard.press('Home');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(speaker.locator('html')).toHaveAttribute('data-view', 'speaker');
    const before = (await page.locator('html').getAttribute('data-deck-state')) ?? '';
    await speaker.keyboard.press('PageDown');
    await expect(page.locator('html')).not.toHaveAttribute('data-deck-state', before);
    await expect(speaker.frameLocator('.speaker-current iframe').locator('html')).toHaveAttribute(
      'data-deck-state',
      (await page.locator('html').getAttribute('data-deck-state')) ?? '',
    );
    await speaker.close();
    await page.goto('./zh/?view=reading');
    await waitForDeck(page);
    for (const section of await page.locator('#reading section[id]').all()) await section.scrollIntoViewIfNeeded();
    await expect(page.locator('#reading figure.chart:not([data-chart-state="drawn"])')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+F');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    expect(await violations()).toEqual([]);
    expectNoProblems(problems);
  });
});
