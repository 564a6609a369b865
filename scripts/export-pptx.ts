/**
 * `npm run export:pptx -- [--out FILE.pptx]`: the deck as a PowerPoint file, built from the slide
 * modules (no build; a browser only for the maps' PNG fallbacks). Exit codes: 0 written, 1 export
 * failed, 2 bad command line. See scripts/lib/pptx/export.ts.
 * npm runs it compiled (scripts/run.js); `npx tsx scripts/export-pptx.ts` runs the same code.
 */
import { dirname, resolve } from 'node:path';
import { defaultExportPath, exportDir, insideBuildDir } from './lib/build-state.ts';
import { launchChromium } from './lib/cdp.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { parsePptxArgs, PPTX_USAGE, UsageError, type PptxOptions } from './lib/pptx/options.ts';

function fail(error: unknown, usage: boolean): never {
  console.error(`export:pptx: ${error instanceof Error ? error.message : String(error)}`);
  if (usage) console.error(`\n${PPTX_USAGE}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}

let options: PptxOptions | null;
try {
  options = parsePptxArgs(process.argv.slice(2), {
    out: (lang) => defaultExportPath({ format: 'pptx', ...(lang ? { lang } : {}) }),
    cwd: process.cwd(),
  });
} catch (error) {
  fail(error, true);
}
if (!options) {
  console.log(PPTX_USAGE);
  process.exit(0);
}

const log = (line: string): void => console.log(`export:pptx ${line}`);
if (insideBuildDir(options.out, process.cwd())) log(`warning ${options.out} is inside the build folder, which the next build empties`);
// The maps need Chromium for their PNG fallbacks: it starts now and is up by the time the deck is loaded.
const browser = launchChromium(findChromium(), CHROMIUM_ARGS);
// Loaded after the arguments are checked: a typo fails before the deck and pptxgenjs load.
const { exportPptx } = await import('./lib/pptx/export.ts');
const { cdpSvgRenderer } = await import('./lib/pptx/svg-png.ts');
try {
  // The default folder is made when missing; a folder named with --out must exist.
  const defaultDir = resolve(exportDir());
  await exportPptx({
    ...options,
    ...(dirname(options.out) === defaultDir ? { createDir: defaultDir } : {}),
    svg: () => cdpSvgRenderer(browser),
    log,
  });
} catch (error) {
  await browser.close();
  fail(error, error instanceof UsageError);
}
await browser.close();
