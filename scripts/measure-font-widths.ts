/**
 * Measures Source Sans 3's advance widths (em, per character, at weights 400, 600 and 700) in
 * Chromium, for the map labels' collision check (src/maps/svg/font-widths.ts). Run again if the
 * font package changes:  npx tsx scripts/measure-font-widths.ts > src/maps/svg/font-widths.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';

const CHARS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...Array.from('ÜüÓóŁłŹźŃńŚśĆćĘęĄąÖöÄä’‘–—·…°×')].join(
  '',
);
// Font bytes go to the page as base64: a blank page may not load file:// URLs.
const file = (name: string): string =>
  readFileSync(new URL(`../node_modules/@fontsource/source-sans-3/files/source-sans-3-${name}.woff2`, import.meta.url)).toString('base64');

const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  const widths = await page.evaluate(
    async ({ chars, faces }) => {
      for (const f of faces) {
        const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
        const face = new FontFace('M', bytes, { weight: f.weight, style: f.style });
        document.fonts.add(await face.load());
      }
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) throw new Error('no canvas');
      const out: Record<string, Record<string, number>> = {};
      for (const w of ['400', '600', '700']) {
        ctx.font = `${w} 1000px M`;
        out[w] = Object.fromEntries(Array.from(chars).map((c) => [c, Math.round(ctx.measureText(c).width)]));
      }
      return out;
    },
    {
      chars: CHARS,
      faces: ['400', '600', '700'].flatMap((w) =>
        ['latin', 'latin-ext'].map((s) => ({ data: file(`${s}-${w}-normal`), weight: w, style: 'normal' })),
      ),
    },
  );
  const lines = Object.entries(widths).map(([w, table]) => `  ${w}: ${JSON.stringify(table)},`);
  console.log(`/** Source Sans 3 advance widths in thousandths of an em, measured in Chromium by scripts/measure-font-widths.ts. */
// prettier-ignore
export const ADVANCE: Readonly<Record<'400' | '600' | '700', Readonly<Record<string, number>>>> = {
${lines.join('\n')}
};`);
} finally {
  await browser.close();
}
