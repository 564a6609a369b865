/**
 * Shared browser-test helpers: a page watcher that records console errors, page errors,
 * failed requests and any request that leaves the machine, and slide navigation helpers.
 */
import { expect, type Page } from '@playwright/test';

export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
  readonly externalRequests: string[];
}

const LOCAL = /^(?:https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\/|data:|blob:|about:|file:)/;

/** Starts recording problems on a page; assert on them with `expectNoProblems`. */
export function watch(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('request', (request) => {
    if (!LOCAL.test(request.url())) problems.externalRequests.push(request.url());
  });
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return problems;
}

/** Forgets the requests the browser aborted because the test left the page (a chart's chunk, a font still on its way). */
export function forgetAbortedByLeaving(problems: PageProblems): void {
  problems.failedRequests.splice(0, problems.failedRequests.length, ...problems.failedRequests.filter((e) => !/ERR_ABORTED/.test(e)));
}

export function expectNoProblems(problems: PageProblems): void {
  expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
  expect(problems.externalRequests, 'requests that leave localhost').toEqual([]);
}

/**
 * Test-only CSS, through CSSOM (a constructed style sheet): the page's Content-Security-Policy
 * refuses a <style> it has no hash for (Playwright's addStyleTag), as it should.
 */
export async function addTestStyle(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** Waits for the deck's own ready signal (fonts, reveal.js, charts in print view). */
export async function waitForDeck(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true');
}

/**
 * A slide, whatever the view: in the scroll (reading) view reveal.js wraps each
 * <section> in scroll-page containers, so "direct child of .slides" only holds in slide view.
 */
export const SLIDE = '.reveal .slides section.slide';
export const slideById = (id: string): string => `${SLIDE}#${id}`;

/** Slide ids in deck order, read from the built page. */
export async function slideIds(page: Page): Promise<string[]> {
  const ids = await page.locator(SLIDE).evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length, 'slides found in the page').toBeGreaterThan(1);
  return ids;
}

export async function gotoSlide(page: Page, id: string, query = ''): Promise<void> {
  await page.goto(`./${query}#/${id}`);
  await waitForDeck(page);
  await expect(page.locator(slideById(id))).toHaveClass(/\bpresent\b/);
}

export const VIEWPORTS = {
  projector: { width: 1920, height: 1080 },
  laptop: { width: 1280, height: 720 },
  /** A 4:3 projector. */
  projector43: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

/** Moves to a slide without reloading (reveal.js follows hash changes) and waits for it. */
export async function show(page: Page, id: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = `#/${target}`;
  }, id);
  await expect(page.locator(slideById(id))).toHaveClass(/\bpresent\b/);
}

/**
 * Everything visible on the slide must lie inside the slide's box, and no box may scroll:
 * returns a description of each element that sticks out.
 */
export async function overflowOf(page: Page, id: string): Promise<string[]> {
  return page.locator(slideById(id)).evaluate((section) => {
    const box = section.getBoundingClientRect();
    const out: string[] = [];
    const tolerance = 1;
    for (const el of section.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('aside.notes, .visually-hidden, .chart-data')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
      if (
        r.left < box.left - tolerance ||
        r.right > box.right + tolerance ||
        r.top < box.top - tolerance ||
        r.bottom > box.bottom + tolerance
      ) {
        out.push(
          `${name} "${el.textContent.trim().slice(0, 40)}" at ${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} ${Math.round(r.width)}x${Math.round(r.height)} outside ${Math.round(box.width)}x${Math.round(box.height)}`,
        );
      }
      if (
        (style.overflowY === 'auto' || style.overflowY === 'scroll' || style.overflowY === 'hidden') &&
        el.scrollHeight > el.clientHeight + tolerance &&
        !el.matches('canvas')
      ) {
        out.push(`${name} clips its content (${el.scrollHeight} > ${el.clientHeight})`);
      }
    }
    return out;
  });
}

/**
 * Every slide with the clicker's key (PageDown: each build step, then the next slide), from where the deck
 * stands to the last slide; `onSlide` runs once on each slide as it arrives. Checks that the walk met every
 * slide in order, and returns the ids it met.
 */
export async function walkWithClicker(page: Page, onSlide?: (id: string) => Promise<void>): Promise<string[]> {
  const ids = await slideIds(page);
  const fragments = await page.locator('.reveal .slides .fragment').count();
  const present = page.locator(`${SLIDE}.present`);
  const visited: string[] = [];
  for (let step = 0; step < ids.length + fragments + 2; step++) {
    const id = await present.getAttribute('id');
    if (id && visited.at(-1) !== id) {
      visited.push(id);
      if (onSlide) await onSlide(id);
    }
    if (id === ids.at(-1)) break;
    await page.keyboard.press('PageDown');
    await expect
      .poll(
        async () =>
          (await present.getAttribute('id')) !== id || (await page.locator('section.present .fragment.current-fragment').count()) > 0,
      )
      .toBe(true);
  }
  expect(visited).toEqual(ids);
  return visited;
}

/**
 * Puts the slides into the page's template as the slide view does (the site's page names the file
 * beside it that holds them, src/render/page.ts), for a test that reads them without the slide view,
 * JavaScript on or off. A page that carries them already is left as it is.
 */
export async function fillSlidesTemplate(page: Page): Promise<void> {
  const template = page.locator('template#deck-slides');
  const src = await template.getAttribute('data-src');
  if (!src) return;
  const response = await page.request.get(new URL(src, page.url()).href);
  expect(response.ok(), `${src} beside the page`).toBe(true);
  const html = await response.text();
  await template.evaluate((t, slides) => {
    if (t instanceof HTMLTemplateElement && t.content.childElementCount === 0) t.innerHTML = slides;
  }, html);
}
