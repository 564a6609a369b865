/**
 * The reading view (reveal.js scroll view with each slide's narration), the contents dialog,
 * search, touch, and deep links in both views.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { VIEWPORTS, expectNoProblems, waitForDeck, watch } from './support.ts';

interface ServedSlide {
  readonly id: string;
  /** The first paragraph of its spoken script ('' on a page that is only shown). */
  readonly note: string;
  /** Whether it builds step by step (then a "next" shows a step before it leaves the slide). */
  readonly steps: boolean;
}

/** Slides in deck order, read from the page as served (before any script). */
async function servedDeck(page: Page): Promise<ServedSlide[]> {
  const response = await page.request.get('./');
  const html = await response.text();
  const slides: ServedSlide[] = [];
  // Slides never nest, so each <section …>…</section> is one slide; its script is the notes' text outside [data-cue].
  for (const match of html.matchAll(/<section id="([^"]+)"([\s\S]*?)<\/section>/g)) {
    const notes = /<aside class="notes"[^>]*>([\s\S]*?)<\/aside>/.exec(match[2] ?? '')?.[1] ?? '';
    const script = /<p>([\s\S]*?)<\/p>/.exec(notes)?.[1] ?? '';
    slides.push({
      id: match[1] ?? '',
      note: script
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
      steps: /class="[^"]*\bfragment\b/.test(match[2] ?? ''),
    });
  }
  expect(slides.length).toBeGreaterThan(1);
  return slides;
}

/** Top of the slide's page relative to the bottom of the deck bar (0 = just under it, with the view's gap). */
async function offsetUnderBar(page: Page, id: string): Promise<number> {
  return page.evaluate((target) => {
    const bar = document.querySelector('.deck-bar')?.getBoundingClientRect().bottom ?? 0;
    const pageEl = document.getElementById(target)?.closest('.scroll-page');
    if (!pageEl) throw new Error(`#${target} is not in a reading view page`);
    return Math.round(pageEl.getBoundingClientRect().top - bar);
  }, id);
}

async function expectAtTop(page: Page, id: string): Promise<void> {
  await expect.poll(() => offsetUnderBar(page, id)).toBeGreaterThanOrEqual(0);
  await expect.poll(() => offsetUnderBar(page, id)).toBeLessThanOrEqual(16);
}

const axeFindings = async (page: Page): Promise<string[]> =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test.describe('reading view', () => {
  test('shows every slide, in order, each with its notes beneath it as the narration', async ({ page }) => {
    const problems = watch(page);
    const expected = await servedDeck(page);
    await page.goto('./?view=scroll');
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'scroll');
    const pages = page.locator('.reveal .slides .scroll-page section.slide');
    await expect(pages).toHaveCount(expected.length);
    expect(await pages.evaluateAll((els) => els.map((e) => e.id))).toEqual(expected.map((s) => s.id));

    const layout = await pages.evaluateAll((sections) =>
      sections.map((section) => {
        const inner = section.querySelector('.slide-inner')?.getBoundingClientRect();
        const notes = section.querySelector('aside.notes');
        const box = notes?.getBoundingClientRect();
        return {
          id: section.id,
          top: section.getBoundingClientRect().top,
          notesBelowSlide: !!inner && !!box && box.top >= inner.bottom - 1,
          notesShown: !!notes && getComputedStyle(notes).display !== 'none' && (box?.height ?? 0) > 0,
          notesText: notes?.querySelector('p:not([data-cue])')?.textContent ?? '',
          cuesShown: [...section.querySelectorAll('[data-cue].cue')].some((c) => getComputedStyle(c).display !== 'none'),
          footnotesHidden: [...section.querySelectorAll('.slide-footnotes')].some((f) => getComputedStyle(f).display === 'none'),
        };
      }),
    );
    for (const [i, slide] of layout.entries()) {
      expect(slide.notesShown, `${slide.id}: notes shown`).toBe(true);
      expect(slide.notesBelowSlide, `${slide.id}: notes beneath the slide`).toBe(true);
      expect(slide.notesText, `${slide.id}: its own notes`).toBe(expected[i]?.note);
      expect(slide.cuesShown, `${slide.id}: stage directions are for the speaker view only`).toBe(false);
      expect(slide.footnotesHidden, `${slide.id}: footnotes are shown to readers`).toBe(false);
      if (i > 0) expect(slide.top, `${slide.id} comes after the slide before it`).toBeGreaterThan(layout[i - 1]?.top ?? 0);
    }
    // Every step of a slide is visible at once: a reader has no clicker.
    const hiddenSteps = await page
      .locator('.scroll-page .fragment')
      .evaluateAll((els) => els.filter((e) => Number(getComputedStyle(e).opacity) < 1).length);
    expect(hiddenSteps).toBe(0);
    expectNoProblems(problems);
  });

  test('a phone opens the reading view by default; nothing is wider than the screen; no axe violation', async ({ page }) => {
    const problems = watch(page);
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto('./');
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'scroll');
    await expect(page.locator('body')).toHaveClass(/\breveal-scroll\b/);
    await expect(page.getByRole('button', { name: 'Show as slides' })).toBeVisible();

    const wide = await page.evaluate((width) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        // A wide data table scrolls inside its own (keyboard-focusable) region.
        const scroller = el.parentElement?.closest<HTMLElement>('.chart-data');
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden' || el.closest('dialog:not([open])')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (scroller) {
          const s = scroller.getBoundingClientRect();
          if (s.right > width + 1) out.push(`.chart-data wider than the screen (${Math.round(s.right)})`);
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
    expect(await page.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    // Wide data tables can be scrolled from the keyboard.
    const unreachable = await page
      .locator('.scroll-page .chart-data')
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1 && e.tabIndex < 0).map((e) => e.id));
    expect(unreachable).toEqual([]);
    expect(await axeFindings(page)).toEqual([]);
    expectNoProblems(problems);
  });

  test('switching views keeps the reader’s place, both ways, and the URL records the view', async ({ page }) => {
    const problems = watch(page);
    const ids = (await servedDeck(page)).map((s) => s.id);
    const start = ids[4] ?? '';
    await page.goto(`./#/${start}`);
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'slides');
    await expect(page.locator(`section#${start}`)).toHaveClass(/\bpresent\b/);

    await page.getByRole('button', { name: 'Read as a page, with the narration' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-view', 'scroll');
    await expectAtTop(page, start);
    await expect(page).toHaveURL(new RegExp(`\\?view=scroll#/${start}$`));

    // Read on (scroll with the wheel): the slide under the bar becomes the current one, and the URL
    // follows without new history entries.
    const historyLength = await page.evaluate(() => history.length);
    await page.mouse.move(640, 400);
    const hashNow = (): Promise<string> => page.evaluate(() => window.location.hash);
    for (let i = 0; i < 20 && (await hashNow()) === `#/${start}`; i++) await page.mouse.wheel(0, 900);
    await expect.poll(hashNow).not.toBe(`#/${start}`);
    // The place is the slide whose page is under the bar once scrolling has settled.
    let later = '';
    await expect
      .poll(async () => {
        const before = await hashNow();
        await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
        later = (await hashNow()).replace('#/', '');
        return before === `#/${later}`;
      })
      .toBe(true);
    expect(later).not.toBe(start);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    const underBar = await page.evaluate(() => {
      const bar = document.querySelector('.deck-bar')?.getBoundingClientRect().bottom ?? 0;
      const pages = [...document.querySelectorAll('.scroll-page')];
      return pages
        .filter((p) => p.getBoundingClientRect().top <= bar + 16)
        .at(-1)
        ?.querySelector('section')?.id;
    });
    expect(underBar).toBe(later);

    await page.getByRole('button', { name: 'Show as slides' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-view', 'slides');
    await expect(page.locator(`.reveal .slides > section#${later}`)).toHaveClass(/\bpresent\b/);
    await expect(page).not.toHaveURL(/view=/);

    // "R" switches too.
    await page.keyboard.press('r');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'scroll');
    await expectAtTop(page, later);
    expectNoProblems(problems);
  });

  test('the reading view on a phone can be left for slides, which then stay', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.phone);
    const ids = (await servedDeck(page)).map((s) => s.id);
    await page.goto(`./#/${ids[2]}`);
    await waitForDeck(page);
    await expectAtTop(page, ids[2] ?? '');
    await page.getByRole('button', { name: 'Show as slides' }).click();
    await expect(page.locator(`.reveal .slides > section#${ids[2]}`)).toHaveClass(/\bpresent\b/);
    await expect(page).toHaveURL(/\?view=slides#/);
    await page.reload();
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'slides');
    await expect(page.locator(`.reveal .slides > section#${ids[2]}`)).toHaveClass(/\bpresent\b/);
  });

  test('deep links land on their slide in the reading view, and back/forward retrace the jumps', async ({ page }) => {
    const problems = watch(page);
    const ids = (await servedDeck(page)).map((s) => s.id);
    const [a, b] = [ids[6] ?? '', ids.at(-3) ?? ''];
    await page.goto(`./?view=scroll#/${a}`);
    await waitForDeck(page);
    await expectAtTop(page, a);
    // A link to another slide (as the contents use) is a history entry.
    await page.evaluate((target) => {
      window.location.hash = `#/${target}`;
    }, b);
    await expectAtTop(page, b);
    await page.goBack();
    await expectAtTop(page, a);
    await page.goForward();
    await expectAtTop(page, b);
    // PageDown/PageUp (clickers) step by slide.
    await page.keyboard.press('PageUp');
    await expectAtTop(page, ids.at(-4) ?? '');
    await page.keyboard.press('PageDown');
    await expectAtTop(page, b);
    expectNoProblems(problems);
  });

  test('axe-core finds no violations in the reading view at laptop size', async ({ page }) => {
    await page.goto('./?view=scroll');
    await waitForDeck(page);
    expect(await axeFindings(page)).toEqual([]);
  });
});

test.describe('contents', () => {
  for (const view of ['slides', 'scroll'] as const) {
    test(`every contents link lands on its section's first slide (${view} view), from the bar and with "C"`, async ({ page }) => {
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
        if (i % 2 === 0) await page.getByRole('button', { name: 'Table of contents' }).click();
        else await page.keyboard.press('c');
        await expect(dialog).toBeVisible();
        await dialog.getByRole('link', { name: target.text, exact: true }).click();
        await expect(dialog).toBeHidden();
        await expect(page).toHaveURL(new RegExp(`#/${target.id}$`));
        if (view === 'slides') await expect(page.locator(`.reveal .slides > section#${target.id}`)).toHaveClass(/\bpresent\b/);
        else await expectAtTop(page, target.id);
      }
      // Back retraces the last jump.
      await page.goBack();
      const previous = targets.at(-2)?.id ?? '';
      if (view === 'slides') await expect(page.locator(`.reveal .slides > section#${previous}`)).toHaveClass(/\bpresent\b/);
      else await expectAtTop(page, previous);
      expectNoProblems(problems);
    });
  }

  test('the open dialog marks the current section, closes with Esc without opening the overview, and passes axe', async ({ page }) => {
    const ids = (await servedDeck(page)).map((s) => s.id);
    await page.goto(`./#/${ids[3]}`);
    await waitForDeck(page);
    await page.getByRole('button', { name: 'Table of contents' }).click();
    const dialog = page.getByRole('dialog', { name: 'Contents' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('a[aria-current="location"]')).toHaveCount(1);
    await expect(dialog.locator('a[aria-current="location"]')).toBeFocused();
    expect(await axeFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('.reveal')).not.toHaveClass(/\boverview\b/);
    await expect(page.getByRole('button', { name: 'Table of contents' })).toBeFocused();
  });
});

test.describe('search', () => {
  test('Ctrl+Shift+F loads the search plugin on demand and finds a slide', async ({ page }) => {
    const problems = watch(page);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto('./');
    await waitForDeck(page);
    expect(loaded.filter((u) => /search/i.test(u))).toEqual([]);
    // A title found on one slide only, late in the deck, in plain words (the plugin takes a regular expression).
    const found = await page.evaluate(() => {
      const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
      for (const section of sections.slice(Math.floor(sections.length / 2))) {
        const title = section.querySelector('h2')?.textContent ?? '';
        const text = (el: Element): string => el.textContent.toLowerCase();
        if (/^[\p{L} ,’'-]+$/u.test(title) && sections.filter((s) => text(s).includes(title.toLowerCase())).length === 1)
          return { id: section.id, title };
      }
      return null;
    });
    expect(found, 'a slide whose title appears nowhere else').not.toBeNull();
    const target = found?.id ?? '';
    const word = found?.title ?? '';
    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('searchbox', { name: 'Search the slides' });
    await expect(box).toBeFocused();
    // Typed key by key: the plugin notices a new query on keyup.
    await box.pressSequentially(word);
    await box.press('Enter');
    await expect(page.locator(`.reveal .slides > section#${target}`)).toHaveClass(/\bpresent\b/);
    expect(loaded.filter((u) => /search/i.test(u)).length).toBeGreaterThan(0);
    expectNoProblems(problems);
  });
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
    await expect(page.locator(`.reveal .slides > section#${next}`)).toHaveClass(/\bpresent\b/);
    await swipe(page, { x: 60, y: 420 }, { x: 330, y: 430 });
    await expect(page.locator(`.reveal .slides > section#${here}`)).toHaveClass(/\bpresent\b/);
  });

  test('a drag scrolls the reading view like any page; a sideways swipe changes nothing', async ({ page }) => {
    await page.goto('./');
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'scroll');
    const scrollTop = (): Promise<number> => page.evaluate(() => document.body.scrollTop);
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
    const hash = await page.evaluate(() => window.location.hash);
    await swipe(page, { x: 340, y: 400 }, { x: 40, y: 405 });
    expect(Math.abs((await settled()) - before)).toBeLessThan(8);
    expect(await page.evaluate(() => window.location.hash)).toBe(hash);
    await expect(page.locator('html')).toHaveAttribute('data-view', 'scroll');
  });
});
