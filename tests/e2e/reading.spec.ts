/**
 * The reading view (the article rendered at build time, with each slide's narration), the view
 * switch, the contents dialog, search, touch, the deck bar and deep links in both views. Slides in
 * the reading view are found by the article's own markup (`.page`), never by reveal.js's classes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { withoutClickMarks } from '../../src/model/steps.ts';
import { BAR_IDLE_MS } from '../../src/app/deck-bar.ts';
import { VIEWPORTS, expectNoProblems, waitForDeck, watch } from './support.ts';
import { SLIDES_FILE } from '../../src/render/page.ts';

interface ServedSlide {
  readonly id: string;
  /** The first paragraph of its spoken script ('' on a page that is only shown). */
  readonly note: string;
  /** Whether it builds step by step (then a "next" shows a step before it leaves the slide). */
  readonly steps: boolean;
  /** A page of the references after the first (an anchor in the article's one list). */
  readonly continuation: boolean;
}

const decode = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Slides in deck order, read from the files as served (before any script): the slides file beside the page. */
async function servedDeck(page: Page): Promise<ServedSlide[]> {
  const response = await page.request.get(`./${SLIDES_FILE}`);
  const html = await response.text();
  const slides: ServedSlide[] = [];
  // Slides never nest, so each <section …>…</section> is one slide; its script is the notes' text outside [data-cue].
  for (const match of html.matchAll(/<section id="([^"]+)"([\s\S]*?)<\/section>/g)) {
    const body = match[2] ?? '';
    const notes = /<aside class="notes"[^>]*>([\s\S]*?)<\/aside>/.exec(body)?.[1] ?? '';
    slides.push({
      id: match[1] ?? '',
      // The reader's narration is the script without the presenter's click markers.
      note: withoutClickMarks(
        decode((/<p>([\s\S]*?)<\/p>/.exec(notes)?.[1] ?? '').replace(/<span class="click-mark"[^>]*>▶<\/span>/g, '▶')),
      ),
      steps: /class="[^"]*\bfragment\b/.test(body),
      continuation: /data-fill="references"/.test(body) && !/<p>/.test(notes),
    });
  }
  expect(slides.length).toBeGreaterThan(1);
  return slides;
}

/** Top of the slide's section relative to the bottom of the deck bar (0 = just under it, with the anchor's gap). */
async function offsetUnderBar(page: Page, id: string): Promise<number> {
  return page.evaluate((target) => {
    const bar = document.querySelector('.deck-bar')?.getBoundingClientRect().bottom ?? 0;
    const el = document.getElementById(target);
    if (!el?.closest('#reading')) throw new Error(`#${target} is not in the article`);
    return Math.round(el.getBoundingClientRect().top - bar);
  }, id);
}

/** The slide is just under the deck bar (or as near as it gets: the article's head cannot go higher than the page's top). */
async function expectAtTop(page: Page, id: string): Promise<void> {
  await expect.poll(() => offsetUnderBar(page, id)).toBeGreaterThanOrEqual(0);
  await expect
    .poll(async () => {
      const offset = await offsetUnderBar(page, id);
      return offset <= 16 || (offset <= 40 && (await page.evaluate(() => window.scrollY)) === 0);
    })
    .toBe(true);
}

const axeFindings = async (page: Page): Promise<string[]> =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test.describe('reading view', () => {
  test('the article and all its narration are in the page before any script runs, and read without one', async ({ browser, page }) => {
    const expected = (await servedDeck(page)).filter((s) => s.note !== '');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto('./?view=scroll');
    const article = bare.getByRole('article');
    await expect(article).toBeVisible();
    await expect(bare.getByRole('heading', { level: 1 })).toBeVisible();
    // Every slide's script is prose in the article, and visible.
    for (const slide of expected) await expect(article.getByText(slide.note, { exact: true }), slide.id).toBeVisible();
    // No slide markup on show, no deck bar with dead buttons.
    await expect(bare.locator('.reveal')).toHaveCount(0);
    await expect(bare.locator('.deck-bar')).toBeHidden();
    // Native anchors work without a script: the contents' links go to the slides' sections.
    const link = article.locator('.reading-contents a.toc-slide').nth(5);
    const id = (await link.getAttribute('data-slide-id')) ?? '';
    await link.click();
    await expect(bare).toHaveURL(new RegExp(`#${id}$`));
    await expect
      .poll(() => bare.evaluate((t) => Math.round(document.getElementById(t)?.getBoundingClientRect().top ?? -1), id))
      .toBeLessThan(80);
    await context.close();
  });

  test('shows every slide, in order, each with its narration as prose and its footnotes; no stage directions', async ({ page }) => {
    const problems = watch(page);
    const expected = (await servedDeck(page)).filter((s) => !s.continuation);
    await page.goto('./?view=scroll');
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
    // The title slide is the article's head; every other slide is a section.
    const pages = page.locator('#reading :is(.reading-head, .page)');
    await expect(pages).toHaveCount(expected.length);
    expect(await pages.evaluateAll((els) => els.map((e) => e.id))).toEqual(expected.map((s) => s.id));
    const layout = await pages.evaluateAll((sections) =>
      sections.map((section) => ({
        id: section.id,
        top: section.getBoundingClientRect().top,
        narration: section.querySelector('.narration p')?.textContent ?? '',
        prose: section.querySelectorAll('.narration li').length === 0,
        cues: section.querySelectorAll('.cue, [data-cue]').length,
      })),
    );
    for (const [i, slide] of layout.entries()) {
      expect(slide.narration, `${slide.id}: its own narration`).toBe(expected[i]?.note);
      expect(slide.prose, `${slide.id}: narration as paragraphs`).toBe(true);
      expect(slide.cues, `${slide.id}: stage directions are for the speaker view only`).toBe(0);
      if (i > 0) expect(slide.top, `${slide.id} comes after the slide before it`).toBeGreaterThan(layout[i - 1]?.top ?? 0);
    }
    await expect(page.locator('#reading .footnotes').first()).toBeVisible();
    // Sources link to the references at the end.
    const ref = page.locator('#reading .page-sources a').first();
    const href = (await ref.getAttribute('href')) ?? '';
    await expect(page.locator(href)).toHaveCount(1);
    // No reveal.js in the reading view.
    await expect(page.locator('.reveal')).toHaveCount(0);
    expect(await page.evaluate(() => 'Reveal' in window || document.querySelector('.reveal-viewport') !== null)).toBe(false);
    expectNoProblems(problems);
  });

  test('a phone opens the reading view by default, without fetching reveal.js or the slides; nothing is wider than the screen; no axe violation', async ({
    page,
  }) => {
    const problems = watch(page);
    const scripts: string[] = [];
    const requests: string[] = [];
    page.on('request', (r) => {
      requests.push(r.url());
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto('./');
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
    await expect(page.getByRole('button', { name: 'Slides', exact: true })).toBeVisible();
    expect(
      scripts.filter((u) => /slides-view/.test(u)),
      'the slide view is not fetched',
    ).toEqual([]);
    expect(requests.length, 'requests seen').toBeGreaterThan(3);
    expect(
      requests.filter((u) => u.includes(SLIDES_FILE)),
      'the slides file is not fetched',
    ).toEqual([]);
    expect(
      requests.filter((u) => /\/reveal-[\w-]+\.css$/.test(u)),
      'reveal.js’s stylesheet is not fetched',
    ).toEqual([]);

    const wide = await page.evaluate((width) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        // A wide data table scrolls inside its own (keyboard-focusable) region.
        const scroller = el.parentElement?.closest<HTMLElement>('.chart-data-scroll');
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden' || el.closest('dialog:not([open]), details:not([open])')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (scroller) {
          const s = scroller.getBoundingClientRect();
          if (s.right > width + 1) out.push(`.chart-data-scroll wider than the screen (${Math.round(s.right)})`);
          continue;
        }
        if (r.left < -1 || r.right > width + 1)
          out.push(
            `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" spans ${Math.round(r.left)}–${Math.round(r.right)}`,
          );
      }
      return [...new Set(out)];
    }, VIEWPORTS.phone.width);
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    // Wide data tables can be scrolled from the keyboard.
    const unreachable = await page
      .locator('#reading .chart-data-scroll')
      .evaluateAll((els) => els.filter((e) => e.tabIndex < 0 || !e.getAttribute('aria-label')).length);
    expect(unreachable).toBe(0);
    expect(await axeFindings(page)).toEqual([]);
    expectNoProblems(problems);
  });

  test('switching views keeps the reader’s place, both ways, and the address records view and place', async ({ page }) => {
    const problems = watch(page);
    const ids = (await servedDeck(page)).map((s) => s.id);
    const start = ids[4] ?? '';
    await page.goto(`./#/${start}`);
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'slides');
    await expect(page.locator(`.reveal section#${start}`)).toHaveClass(/\bpresent\b/);

    await page.getByRole('button', { name: 'Reading view' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
    await expectAtTop(page, start);
    await expect(page).toHaveURL(new RegExp(`\\?view=scroll#${start}$`));
    // One rendering at a time: the slides are gone.
    await expect(page.locator('.reveal')).toHaveCount(0);

    // Read on (scroll with the wheel): the slide being read becomes the place, and the address
    // follows without new history entries.
    const historyLength = await page.evaluate(() => history.length);
    await page.mouse.move(640, 400);
    const hashNow = (): Promise<string> => page.evaluate(() => window.location.hash);
    for (let i = 0; i < 20 && (await hashNow()) === `#${start}`; i++) await page.mouse.wheel(0, 700);
    await expect.poll(hashNow).not.toBe(`#${start}`);
    let later = '';
    await expect
      .poll(async () => {
        const before = await hashNow();
        await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
        later = (await hashNow()).replace('#', '');
        return before === `#${later}`;
      })
      .toBe(true);
    expect(later).not.toBe(start);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    // The place is the last slide reaching into the top third of the screen.
    const reading = await page.evaluate(() => {
      const line = window.innerHeight / 3;
      return [...document.querySelectorAll<HTMLElement>('#reading .page')].filter((p) => p.getBoundingClientRect().top < line).at(-1)?.id;
    });
    expect(reading).toBe(later);

    await page.getByRole('button', { name: 'Slides', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-view', 'slides');
    await expect(page.locator(`.reveal section#${later}`)).toHaveClass(/\bpresent\b/);
    await expect(page).not.toHaveURL(/view=/);
    await expect(page).toHaveURL(new RegExp(`#/${later}$`));
    await expect(page.locator('#reading')).toHaveCount(0);

    // "R" switches too, and back.
    await page.keyboard.press('r');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
    await expectAtTop(page, later);
    await page.keyboard.press('r');
    await expect(page.locator(`.reveal section#${later}`)).toHaveClass(/\bpresent\b/);
    expectNoProblems(problems);
  });

  test('a slide’s number in the article opens that slide', async ({ page }) => {
    const ids = (await servedDeck(page)).map((s) => s.id);
    const target = ids[9] ?? '';
    await page.goto(`./?view=scroll#${target}`);
    await waitForDeck(page);
    await page.locator(`#${target} .slide-link`).click();
    await expect(page.locator(`.reveal section#${target}`)).toHaveClass(/\bpresent\b/);
  });

  test('the reading view on a phone can be left for slides, which then stay', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.phone);
    const ids = (await servedDeck(page)).map((s) => s.id);
    await page.goto(`./#/${ids[2]}`);
    await waitForDeck(page);
    await expectAtTop(page, ids[2] ?? '');
    await page.getByRole('button', { name: 'Slides', exact: true }).click();
    await expect(page.locator(`.reveal section#${ids[2]}`)).toHaveClass(/\bpresent\b/);
    await expect(page).toHaveURL(/\?view=slides#/);
    // reveal.js's stylesheet came with the slides, and stands before the page's own, as the theme's rules expect.
    const sheets = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href') ?? ''),
    );
    expect(sheets[0] ?? '').toMatch(/reveal-[\w-]+\.css$/);
    expect(sheets.length).toBeGreaterThan(1);
    await page.reload();
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'slides');
    await expect(page.locator(`.reveal section#${ids[2]}`)).toHaveClass(/\bpresent\b/);
  });

  test('deep links land on their slide in the reading view (old and new forms), and back/forward retrace the jumps', async ({ page }) => {
    const problems = watch(page);
    const ids = (await servedDeck(page)).filter((s) => !s.continuation).map((s) => s.id);
    const [a, b] = [ids[6] ?? '', ids.at(-4) ?? ''];
    // The old form (reveal.js's scroll view wrote `#/id`) lands, and the address takes the new one.
    await page.goto(`./?view=scroll#/${a}`);
    await waitForDeck(page);
    await expectAtTop(page, a);
    await expect(page).toHaveURL(new RegExp(`#${a}$`));
    // A link to another slide (as the contents use) is a history entry.
    await page.evaluate((target) => {
      window.location.hash = `#${target}`;
    }, b);
    await expectAtTop(page, b);
    await page.goBack();
    await expectAtTop(page, a);
    await page.goForward();
    await expectAtTop(page, b);
    // PageDown/PageUp (clickers) step by slide.
    await page.keyboard.press('PageUp');
    await expectAtTop(page, ids.at(-5) ?? '');
    await page.keyboard.press('PageDown');
    await expectAtTop(page, b);
    expectNoProblems(problems);
  });

  test('an old slide id lands on the slide it was merged into, in both views', async ({ page }) => {
    await page.goto('./?view=scroll#/all-weather');
    await waitForDeck(page);
    await expect(page).toHaveURL(/#china-belarus$/);
    await expectAtTop(page, 'china-belarus');
    await page.goto('./?view=slides#/eaeu-asean-sco');
    await waitForDeck(page);
    await expect(page.locator('.reveal section#sco')).toHaveClass(/\bpresent\b/);
    await expect(page).toHaveURL(/#\/sco$/);
  });

  test('axe-core finds no violations in the reading view at laptop size', async ({ page }) => {
    await page.goto('./?view=scroll');
    await waitForDeck(page);
    expect(await axeFindings(page)).toEqual([]);
  });

  test('printing the reading view draws every chart first', async ({ page }) => {
    await page.goto('./?view=scroll');
    await waitForDeck(page);
    // Far from the charts nothing is drawn yet…
    await expect(page.locator('#reading figure.chart[data-chart-state="drawn"]')).toHaveCount(0);
    // …until the page is about to print (the chart code arrives while the page is idle).
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /\/mount-[\w-]+\.js$/.test(r.name)));
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('#reading figure.chart[data-chart-state="drawn"]')).toHaveCount(
      await page.locator('#reading figure.chart').count(),
    );
  });
});

test.describe('the deck bar', () => {
  test('steps aside while presenting and comes back on pointer movement or focus; stays in the reading view', async ({ page }) => {
    await page.clock.install();
    await page.goto('./#/crossroads');
    await waitForDeck(page);
    const bar = page.locator('.deck-bar');
    await page.mouse.move(300, 300);
    await expect(bar).not.toHaveAttribute('data-away');
    await page.clock.runFor(BAR_IDLE_MS + 100);
    await expect(bar).toHaveAttribute('data-away', 'true');
    await expect(bar).toHaveCSS('opacity', '0');
    await page.mouse.move(320, 310);
    await expect(bar).not.toHaveAttribute('data-away');
    await page.clock.runFor(BAR_IDLE_MS + 100);
    await expect(bar).toHaveAttribute('data-away', 'true');
    // Keyboard users reach it: focus brings it back.
    await page.getByRole('button', { name: 'Contents' }).focus();
    await expect(bar).not.toHaveAttribute('data-away');
    await expect(bar).not.toHaveCSS('opacity', '0');
    // The reading view keeps it.
    await page.getByRole('button', { name: 'Reading view' }).click();
    await page.clock.runFor(BAR_IDLE_MS * 2);
    await expect(bar).not.toHaveAttribute('data-away');
  });
});

test.describe('contents', () => {
  for (const view of ['slides', 'scroll'] as const) {
    test(`every section link lands on its section's first slide (${view} view), from the bar and with "C"`, async ({ page }) => {
      const problems = watch(page);
      await page.goto(`./?view=${view}`);
      await waitForDeck(page);
      const dialog = page.getByRole('dialog', { name: 'Contents' });
      await expect(dialog).toBeHidden();
      const targets = await page
        .locator('#toc a.toc-section')
        .evaluateAll((links) => links.map((l) => ({ id: l.getAttribute('data-slide-id') ?? '', text: l.textContent })));
      expect(targets.length).toBeGreaterThan(1);
      for (const [i, target] of targets.entries()) {
        if (i % 2 === 0) await page.getByRole('button', { name: 'Contents' }).click();
        else await page.keyboard.press('c');
        await expect(dialog).toBeVisible();
        await dialog.getByRole('link', { name: target.text, exact: true }).click();
        await expect(dialog).toBeHidden();
        await expect(page).toHaveURL(new RegExp(view === 'slides' ? `#/${target.id}$` : `#${target.id}$`));
        if (view === 'slides') await expect(page.locator(`.reveal section#${target.id}`)).toHaveClass(/\bpresent\b/);
        else await expectAtTop(page, target.id);
      }
      // Back retraces the last jump.
      await page.goBack();
      const previous = targets.at(-2)?.id ?? '';
      if (view === 'slides') await expect(page.locator(`.reveal section#${previous}`)).toHaveClass(/\bpresent\b/);
      else await expectAtTop(page, previous);
      expectNoProblems(problems);
    });
  }

  test('the dialog lists every slide’s title under its section, marks the current one, closes with Esc without opening the overview, and passes axe', async ({
    page,
  }) => {
    const ids = (await servedDeck(page)).filter((s) => !s.continuation).map((s) => s.id);
    await page.goto(`./#/${ids[3]}`);
    await waitForDeck(page);
    await page.getByRole('button', { name: 'Contents' }).click();
    const dialog = page.getByRole('dialog', { name: 'Contents' });
    await expect(dialog).toBeVisible();
    expect(await dialog.locator('a.toc-slide').evaluateAll((links) => links.map((l) => l.getAttribute('data-slide-id')))).toEqual(ids);
    await expect(dialog.locator('a[aria-current="location"]')).toHaveCount(1);
    await expect(dialog.locator('a[aria-current="location"]')).toHaveAttribute('data-slide-id', ids[3] ?? '');
    await expect(dialog.locator('a[aria-current="location"]')).toBeFocused();
    expect(await axeFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('.reveal')).not.toHaveClass(/\boverview\b/);
    await expect(page.getByRole('button', { name: 'Contents' })).toBeFocused();
  });
});

test.describe('search', () => {
  for (const view of ['slides', 'scroll'] as const) {
    test(`Ctrl+Shift+F loads search on demand and finds a slide by its narration (${view} view)`, async ({ page }) => {
      const problems = watch(page);
      const loaded: string[] = [];
      page.on('request', (r) => loaded.push(r.url()));
      const deck = await servedDeck(page);
      // A phrase spoken on one slide only, late in the deck.
      const target = deck.filter((s) => s.note.split(' ').length > 12).at(-3);
      const phrase = target?.note.split(' ').slice(2, 7).join(' ') ?? '';
      await page.goto(`./?view=${view}`);
      await waitForDeck(page);
      expect(loaded.filter((u) => /search/i.test(u))).toEqual([]);
      await page.keyboard.press('Control+Shift+F');
      const box = page.getByRole('searchbox', { name: 'Search the talk' });
      await expect(box).toBeFocused();
      await box.fill(phrase);
      // The search's own status (the slide view has a live region of its own behind the dialog).
      await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/1 matching slide/);
      await box.press('Enter');
      if (view === 'slides') await expect(page.locator(`.reveal section#${target?.id}`)).toHaveClass(/\bpresent\b/);
      else await expectAtTop(page, target?.id ?? '');
      expect(loaded.filter((u) => /search/i.test(u)).length).toBeGreaterThan(0);
      expectNoProblems(problems);
    });
  }
});

test.describe('touch', () => {
  test.use({ hasTouch: true, viewport: VIEWPORTS.phone });

  async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let i = 1; i <= 5; i++) {
      const at = { x: from.x + ((to.x - from.x) * i) / 5, y: from.y + ((to.y - from.y) * i) / 5 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  test('a swipe changes slides in the slide view', async ({ page }) => {
    const deck = await servedDeck(page);
    // A slide without steps, so that a swipe leaves it (rather than showing its next step).
    const at = deck.findIndex((s, i) => i > 0 && !s.steps);
    const [here, next] = [deck[at]?.id ?? '', deck[at + 1]?.id ?? ''];
    await page.goto(`./?view=slides#/${here}`);
    await waitForDeck(page);
    await swipe(page, { x: 330, y: 420 }, { x: 60, y: 430 });
    await expect(page.locator(`.reveal section#${next}`)).toHaveClass(/\bpresent\b/);
    await swipe(page, { x: 60, y: 420 }, { x: 330, y: 430 });
    await expect(page.locator(`.reveal section#${here}`)).toHaveClass(/\bpresent\b/);
  });

  test('a drag scrolls the reading view like any page; a sideways swipe changes nothing', async ({ page }) => {
    await page.goto('./');
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
    const scrollTop = (): Promise<number> => page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
    await swipe(page, { x: 200, y: 700 }, { x: 200, y: 300 });
    await expect.poll(scrollTop).toBeGreaterThan(200);
    const settled = async (): Promise<number> => {
      let last = -1;
      await expect
        .poll(async () => {
          const now = await scrollTop();
          const still = now === last;
          last = now;
          return still;
        })
        .toBe(true);
      return last;
    };
    const before = await settled();
    await swipe(page, { x: 340, y: 400 }, { x: 40, y: 405 });
    expect(Math.abs((await settled()) - before)).toBeLessThan(8);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
  });
});
