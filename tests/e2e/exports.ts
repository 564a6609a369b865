/**
 * What the PDF and PowerPoint specs share: running an export command as a user would, and reading
 * a PDF's pages as pixels with poppler (pdftoppm), to check that what was drawn is on the page.
 */
import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, type Browser } from '@playwright/test';
import { PNG } from 'pngjs';
import { fontsLoaded, svgPage } from '../../scripts/lib/pptx/svg.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Cli {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run <script> -- ...args` for a script in scripts/, without npm's own start-up. */
export function runScript(script: string, ...args: string[]): Promise<Cli> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], { cwd: ROOT, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface GreyPage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Buffer;
}

/** One page rendered to greyscale pixels (PGM) by pdftoppm, written at `${prefix}.pgm`. */
export async function renderPage(file: string, page: number, dpi: number, prefix: string): Promise<GreyPage> {
  await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const data = await readFile(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'));
  if (!header?.[1] || !header[2]) throw new Error('pdftoppm did not write a binary PGM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

/** Share of pixels in a box that differ clearly from the box's most common (background) grey. */
export function inkShare(img: Pick<GreyPage, 'width' | 'pixels'>, box: { x: number; y: number; w: number; h: number }): number {
  const counts = new Array<number>(256).fill(0);
  const values: number[] = [];
  for (let y = Math.round(box.y); y < Math.round(box.y + box.h); y++) {
    for (let x = Math.round(box.x); x < Math.round(box.x + box.w); x++) {
      const v = img.pixels[y * img.width + x] ?? 0;
      values.push(v);
      counts[v] = (counts[v] ?? 0) + 1;
    }
  }
  const background = counts.indexOf(Math.max(...counts));
  return values.filter((v) => Math.abs(v - background) > 40).length / Math.max(values.length, 1);
}

/** An SVG drawn as the exporter draws its fallbacks (twice the size), with `css` added to the page. */
export async function drawSvg(browser: Browser, svg: string, width: number, height: number, css = ''): Promise<PNG> {
  const page = await browser.newPage({ viewport: { width: Math.ceil(width), height: Math.ceil(height) }, deviceScaleFactor: 2 });
  try {
    await page.setContent((await svgPage(svg, width, height)).replace('</style>', `${css}</style>`));
    await page.evaluate(fontsLoaded);
    return PNG.sync.read(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } }));
  } finally {
    await page.close();
  }
}

/** Mean difference of two pictures' RGBA values, 0–255, over the part they share (a fractional height rounds either way). */
export function pictureDifference(a: PNG, b: PNG): number {
  expect(Math.abs(a.width - b.width) + Math.abs(a.height - b.height)).toBeLessThanOrEqual(2);
  const [w, h] = [Math.min(a.width, b.width), Math.min(a.height, b.height)];
  let sum = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w * 4; x++) sum += Math.abs((a.data[y * a.width * 4 + x] ?? 0) - (b.data[y * b.width * 4 + x] ?? 0));
  return sum / (w * h * 4);
}
