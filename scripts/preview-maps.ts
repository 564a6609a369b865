/**
 * Preview of the maps: each SVG in a small page at the slide's size (1280×720, the map in the
 * 1180×470 slide body) and at a phone's width (390 px), screenshotted with the system Chromium
 * into /tmp/maps-preview/*.png.  npx tsx scripts/preview-maps.ts [map-id …]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { buildMaps, isMapId } from '../src/maps/index.ts';
import type { MapSummary } from '../src/maps/index.ts';

const OUT = process.env.MAPS_PREVIEW_DIR ?? '/tmp/maps-preview';
const fontFile = (name: string): string =>
  new URL(`../node_modules/@fontsource/source-sans-3/files/source-sans-3-${name}.woff2`, import.meta.url).href;
// The deck's body font and subsets (Latin, Cyrillic), straight from node_modules: fonts.css's package paths do not resolve from file://.
const fontFaces = (['400-normal', '600-normal', '700-normal', '400-italic'] as const)
  .flatMap((v) =>
    ['latin', 'cyrillic'].map((subset) => {
      const [weight, style] = v.split('-');
      return `@font-face{font-family:'Source Sans 3';font-weight:${weight};font-style:${style};src:url('${fontFile(`${subset}-${v}`)}') format('woff2')}`;
    }),
  )
  .join('');

function page(map: MapSummary, width: number): string {
  const slide = width >= 1280;
  const box = slide ? 'width:1180px;height:470px;margin:160px 50px 90px' : 'width:100%;margin:16px 0';
  const alt = map.alt.map((s) => `<h3>${s.heading}</h3><ul>${s.items.map((i) => `<li>${i}</li>`).join('')}</ul>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>${fontFaces}:root{--font-body:'Source Sans 3',Arial,sans-serif}body{margin:0;background:#fbfaf6;color:#1c2230;font-family:var(--font-body)}
.box{${box};display:flex}.box svg{flex:1;min-width:0}.alt{font-size:14px;padding:0 16px}</style></head>
<body><div class="box">${map.svg}</div>${slide ? '' : `<div class="alt"><p>${map.finding}</p>${alt}<p>${map.footnotes.join(' ')}</p></div>`}</body></html>`;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter(isMapId);
  await mkdir(OUT, { recursive: true });
  const maps = [...buildMaps().values()].filter((m) => wanted.length === 0 || wanted.includes(m.id));
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    let total = 0;
    for (const map of maps) {
      const gz = gzipSync(map.svg, { level: 9 }).length;
      total += gz;
      console.info(`${map.id}: ${(map.svg.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
      for (const [name, width, height] of [
        ['slide', 1280, 720],
        ['phone', 390, 844],
      ] as const) {
        const file = join(OUT, `${map.id}-${name}.html`);
        await writeFile(file, page(map, width));
        const tab = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: name === 'phone' ? 2 : 1 });
        await tab.goto(`file://${file}`);
        await tab.evaluate(() => document.fonts.ready);
        await tab.screenshot({ path: join(OUT, `${map.id}-${name}.png`), fullPage: name === 'phone' });
        await tab.close();
      }
    }
    console.info(`total: ${(total / 1024).toFixed(1)} KB gzip; screenshots in ${OUT}`);
  } finally {
    await browser.close();
  }
}

await main();
