/**
 * The theme as built: the page's colours, fonts and type sizes come from src/theme/tokens.ts through
 * a stylesheet the page links (no inline style), and the slides, the charts and the maps the
 * browser draws use them.
 */
import { expect, test } from '@playwright/test';
import { faviconSvg } from '../../src/build/theme-plugin.ts';
import { colour, font, type } from '../../src/theme/tokens.ts';
import { gotoSlide, slideById } from './support.ts';

/** `#rrggbb` as getComputedStyle writes a colour. */
const rgb = (hex: string): string => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

test('the deck and the phone remote take their theme from tokens.ts, through linked stylesheets only', async ({ request }) => {
  for (const [path, themeColour] of [
    ['./', colour.paper],
    ['./remote.html', colour.ink],
  ] as const) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<style\b/);
    expect(html, path).toContain(`<meta name="theme-color" content="${themeColour}"`);
    const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
    // One stylesheet per page: the theme is bundled into it, not a request of its own.
    expect(sheets, path).toHaveLength(1);
    const css = await (await request.get(`.${new URL(sheets[0] ?? '', new URL(path, 'http://deck/')).pathname}`)).text();
    expect(css, path).toMatch(new RegExp(`--accent:\\s*${colour.accent}`));
  }
  expect(await (await request.get('./favicon.svg')).text()).toBe(faviconSvg());
});

test('the slides, a chart and a map are drawn in the theme’s colours, fonts and sizes', async ({ page }) => {
  await gotoSlide(page, 'title');
  const title = page.locator(`${slideById('title')} h1`);
  await expect(title).toHaveCSS('color', rgb(colour.ink));
  await expect(title).toHaveCSS('font-size', `${type.titleSlide.size}px`);
  await expect(title).toHaveCSS('font-family', font.heading.replace(/'/g, '"'));
  await expect(page.locator('html')).toHaveCSS('background-color', rgb(colour.paper));

  await gotoSlide(page, 'trade-growth');
  // The chart reads the page's variables, which are the tokens.
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  expect(accent).toBe(colour.accent);
  await expect(page.locator(`${slideById('trade-growth')} .eyebrow`)).toHaveCSS('color', rgb(colour.accent));

  await gotoSlide(page, 'crossroads');
  // Belarus's outline on the map: the accent, as a presentation attribute drawn at build time.
  await expect(page.locator(`${slideById('crossroads')} svg .hi-edge`)).toHaveAttribute('stroke', colour.accent);
});
