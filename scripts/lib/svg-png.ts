/**
 * SVG pictures to PNG in a Chromium driven over the DevTools pipe (scripts/lib/cdp.ts): the
 * PowerPoint export's fallback pictures for its maps, without loading Playwright. The browser is
 * the caller's, so it can be launched at start and come up while the deck loads.
 */
import type { Chromium } from './cdp.ts';
import { sizedSvg, type SvgRenderer } from './pptx/svg.ts';

export function cdpSvgRenderer(browser: Chromium, scale = 2): SvgRenderer {
  return {
    async png(svg, width, height) {
      const page = await browser.newPage({ width: Math.ceil(width), height: Math.ceil(height), deviceScaleFactor: scale });
      try {
        // The SVG is the whole document: nothing else on the page, a transparent background.
        await page.setContent(
          `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sizedSvg(svg, width, height)}`,
        );
        return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
