import { expect, test } from '@playwright/test';
import { wordCount } from '../../src/model/text.ts';
import {
  SLIDE,
  expectNoProblems,
  fillSlidesTemplate,
  gotoSlide,
  slideById,
  slideIds,
  waitForDeck,
  walkWithClicker,
  watch,
} from './support.ts';
import { SLIDES_FILE } from '../../src/render/page.ts';

test.describe('presenting the built deck', () => {
  test('walks every slide with the clicker keys, with no console error and no request off the machine', async ({ page }) => {
    const problems = watch(page);
    await page.goto('./');
    await waitForDeck(page);
    const ids = await slideIds(page);
    expect(ids.length).toBeGreaterThan(1);
    // PageDown is what presentation clickers send; it steps through fragments, then slides.
    expect(await walkWithClicker(page)).toEqual(ids);
    await expect(page).toHaveURL(new RegExp(`#/${ids.at(-1)}$`));

    // And back with PageUp: the previous slide (or its last fragment).
    await page.keyboard.press('PageUp');
    await expect(page.locator(`${SLIDE}.present`)).toHaveId(ids.at(-2) ?? '');
    expectNoProblems(problems);
  });

  test('the script as tools count it: each slide’s spoken words (notes outside [data-cue]) fit its planned time', async ({ browser }) => {
    // Read from the page as built, without JavaScript: what a prompter, a translator or a checker would read.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    // The slides wait in a file beside the page (the page shows the article until the slide view builds reveal.js from them).
    await fillSlidesTemplate(page);
    const read = await page.locator('template#deck-slides').evaluate((template) =>
      [...(template as HTMLTemplateElement).content.querySelectorAll('section.slide')].map((section) => {
        const notes = section.querySelector('aside.notes');
        const copy = notes?.cloneNode(true);
        if (copy instanceof Element) for (const cue of copy.querySelectorAll('[data-cue]')) cue.remove();
        return {
          id: section.id,
          seconds: Number(notes?.getAttribute('data-seconds')),
          text: copy?.textContent ?? '',
          stated: Number(notes?.getAttribute('data-words')),
        };
      }),
    );
    // Counted as the deck counts a script: numbers as they are said ("257,000" is five words), click markers not at all.
    const slides = read.map((s) => ({ ...s, words: wordCount(s.text) }));
    expect(slides.length).toBeGreaterThan(20);
    for (const slide of slides) {
      expect(slide.seconds, `${slide.id}: planned seconds`).toBeGreaterThan(0);
      expect(slide.words, `${slide.id}: data-words is the count of the spoken text`).toBe(slide.stated);
      if (slide.words > 0) {
        expect((slide.words * 60) / slide.seconds, `${slide.id}: words a minute`).toBeLessThanOrEqual(150);
        expect((slide.words * 60) / slide.seconds, `${slide.id}: words a minute`).toBeGreaterThanOrEqual(120);
      }
    }
    const words = slides.reduce((n, s) => n + s.words, 0);
    const seconds = slides.reduce((n, s) => n + s.seconds, 0);
    expect((words * 60) / seconds).toBeLessThanOrEqual(150);
    expect(words / 150).toBeGreaterThanOrEqual(13);
    expect(words / 150).toBeLessThanOrEqual(15);
    await context.close();
  });

  test('the built HTML (the page and the slides beside it) has every slide’s text before JavaScript runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    await fillSlidesTemplate(page);
    const slides = await page.locator('template#deck-slides').evaluate((template) =>
      [...(template as HTMLTemplateElement).content.querySelectorAll('section.slide')].map((s) => ({
        title: s.getAttribute('data-title'),
        heading: s.querySelector('h1, h2')?.textContent ?? '',
        notes: s.querySelectorAll(':scope > aside.notes').length,
      })),
    );
    expect(slides.length).toBeGreaterThan(20);
    for (const slide of slides) {
      expect(slide.title).toBeTruthy();
      expect(slide.heading).toBe(slide.title);
      expect(slide.notes).toBe(1);
    }
    // And every title is on show in the article, the page a reader without scripts gets.
    for (const { title } of slides.filter((s) => !/\(\d+\/\d+\)$/.test(s.title ?? ''))) {
      await expect(
        page
          .getByRole('article')
          .getByText(title ?? '', { exact: true })
          .first(),
      ).toBeVisible();
    }
    await context.close();
  });

  test('at the talk’s start the slide view shows its title at once, while the slides’ script loads; a deep link shows no card', async ({
    page,
  }) => {
    // Hold the slides' chunk: what shows meanwhile is what a slow connection shows.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/slides-view-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    const card = page.locator('article.reading');
    await expect(card.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(card.locator('.reading-event')).toBeVisible();
    // The card is the head's event and title only, not the article.
    await expect(card.locator('.reading-standfirst')).toBeHidden();
    await expect(card.locator('.page').first()).toBeHidden();
    release();
    await waitForDeck(page);
    await expect(page.locator('html')).not.toHaveAttribute('data-title-card');
    await expect(page.locator('article.reading')).toHaveCount(0);
    await expect(page.locator(slideById('title'))).toHaveClass(/\bpresent\b/);

    await page.goto('about:blank');
    await page.goto('./#/crossroads');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'slides');
    await expect(page.locator('html')).not.toHaveAttribute('data-title-card');
    await waitForDeck(page);
  });

  test('when the slides file cannot be loaded, the talk stays on screen as the article and the console says why', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.route(new RegExp(`/${SLIDES_FILE.replace('.', '\\.')}$`), (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto('./#/crossroads');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'reading');
    await expect(page.locator('article.reading .page#crossroads')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-title-card');
    await expect(page.locator('.reveal')).toHaveCount(0);
    await expect.poll(() => errors.join('\n')).toMatch(new RegExp(`slide view could not be loaded: .*${SLIDES_FILE}.*HTTP 503`));
    // Once the file is back, the reader's next switch to the slides works.
    await page.unroute(new RegExp(`/${SLIDES_FILE.replace('.', '\\.')}$`));
    await page.getByRole('button', { name: 'Slides', exact: true }).click();
    await waitForDeck(page);
    await expect(page.locator(slideById('crossroads'))).toHaveClass(/\bpresent\b/);
  });

  test('deep links open the right slide and show "current/total" of the talk', async ({ page }) => {
    await page.goto('./');
    await waitForDeck(page);
    const ids = await slideIds(page);
    const middle = Math.floor(ids.length / 2);
    await gotoSlide(page, ids[middle] ?? '');
    // The talk's slides are counted without the appendix (the references after "Thank you").
    const spoken = await page.locator(`${SLIDE}:not([data-appendix])`).count();
    expect(spoken).toBeLessThan(ids.length);
    await expect(page.locator('.reveal .slide-number')).toHaveText(new RegExp(`^\\s*${middle + 1}\\s*/\\s*${spoken}\\s*$`));
    await expect(page.locator('.reveal .progress')).toBeVisible();
  });

  test('presenter keys: overview, blackout, and the key help listing fullscreen', async ({ page }) => {
    const problems = watch(page);
    await page.goto('./');
    await waitForDeck(page);
    const reveal = page.locator('.reveal');
    await page.keyboard.press('o');
    await expect(reveal).toHaveClass(/\boverview\b/);
    await page.keyboard.press('Escape');
    await expect(reveal).not.toHaveClass(/\boverview\b/);
    await page.keyboard.press('b');
    await expect(reveal).toHaveClass(/\bpaused\b/);
    await page.keyboard.press('b');
    await expect(reveal).not.toHaveClass(/\bpaused\b/);
    await page.keyboard.press('Shift+Slash');
    // The deck's own help, from the one key map: every presenter key, clickers' included.
    const help = page.locator('dialog#deck-keys');
    await expect(help).toBeVisible();
    // Fullscreen itself needs a user gesture the headless browser won't grant; its key must be bound.
    await expect(help.locator('tr', { hasText: /full ?screen/i })).toHaveCount(1);
    await expect(help.locator('tr', { hasText: /pause/i })).not.toHaveCount(0);
    for (const key of ['PageDown', 'Home', 'End', 'Ctrl+Shift+F', 'G'])
      await expect(help.locator('kbd', { hasText: key }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    // Esc is not the overview key (in a browser it first leaves fullscreen).
    await page.keyboard.press('Escape');
    await expect(reveal).not.toHaveClass(/\boverview\b/);
    expectNoProblems(problems);
  });

  test('the speaker view opens and shows the current slide’s notes and pacing', async ({ page, context }) => {
    const problems = watch(page);
    await page.goto('./');
    await waitForDeck(page);
    const ids = await slideIds(page);
    // A slide with a cue: the speaker view shows the stage direction with the script.
    const target = ids.find((id) => id === 'partner-shares') ?? '';
    await gotoSlide(page, target);
    // The longest run of the script between click marks (the speaker view numbers the marks: ▶1, ▶2…).
    const expectedNotes =
      ((await page.locator(`section#${target} > aside.notes > p:not([data-cue])`).first().textContent()) ?? '')
        .split('▶')
        .map((part) => part.trim())
        .sort((a, b) => b.length - a.length)[0] ?? '';
    const expectedCue = (await page.locator(`section#${target} > aside.notes > p.cue`).first().textContent()) ?? '';
    expect(expectedCue.length).toBeGreaterThan(0);
    expect(expectedNotes.length).toBeGreaterThan(0);

    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const speakerProblems = watch(speaker);
    const notes = speaker.locator('.speaker-notes');
    await expect(notes).toContainText(expectedNotes);
    await expect(notes.locator('.cue')).toHaveText(expectedCue);
    await expect(speaker.locator('.speaker-current iframe')).toBeVisible();
    await expect(speaker.locator('.speaker-next iframe')).toBeVisible();
    await expect(speaker.locator('[data-clock="slide"] .speaker-clock-of')).toHaveText(/^of \d+:\d\d$/);

    // Moving on in the main window moves the notes on (a hash change navigates without a reload).
    const next = ids[ids.indexOf(target) + 1] ?? '';
    const nextNotes =
      ((await page.locator(`section#${next} > aside.notes > p:not([data-cue])`).first().textContent()) ?? '')
        .split('▶')
        .map((part) => part.trim())
        .sort((a, b) => b.length - a.length)[0] ?? '';
    await page.evaluate((id) => {
      window.location.hash = `#/${id}`;
    }, next);
    await expect(page.locator(slideById(next))).toHaveClass(/\bpresent\b/);
    await expect(speaker.locator('.speaker-notes')).toContainText(nextNotes);
    expectNoProblems(problems);
    expectNoProblems(speakerProblems);
  });
});
