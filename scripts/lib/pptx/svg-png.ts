/**
 * SVG pictures to PNG in a Chromium driven over the DevTools pipe (scripts/lib/cdp.ts): the
 * PowerPoint export's fallback pictures for its maps, without loading Playwright. The browser is
 * the caller's, so it can be launched at start and come up while the deck loads.
 */
import type { Chromium } from '../cdp.ts';
import { fontsLoaded, svgPage, type SvgRenderer } from './svg.ts';

export function cdpSvgRenderer(browser: Chromium, scale = 2): SvgRenderer {
  return {
    async png(svg, width, height) {
      const page = await browser.newPage({ width: Math.ceil(width), height: Math.ceil(height), deviceScaleFactor: scale });
      try {
        // The same page as every renderer's: the SVG alone, with the deck's fonts loaded.
        await page.setContent(await svgPage(svg, width, height));
        await page.evaluate(fontsLoaded);
        return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
