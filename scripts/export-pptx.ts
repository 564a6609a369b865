/**
 * `npm run export:pptx -- [--out FILE.pptx]`: the deck as a PowerPoint file, built from the slide
 * modules (no build, no browser). Exit codes: 0 written, 1 export failed, 2 bad command line.
 * See scripts/lib/pptx/export.ts.
 */
import { join, resolve } from 'node:path';
import { buildDir } from './lib/build-state.ts';
import { parsePptxArgs, PPTX_USAGE, UsageError, type PptxOptions } from './lib/pptx/options.ts';

function fail(error: unknown, usage: boolean): never {
  console.error(`export:pptx: ${error instanceof Error ? error.message : String(error)}`);
  if (usage) console.error(`\n${PPTX_USAGE}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}

let options: PptxOptions | null;
try {
  options = parsePptxArgs(process.argv.slice(2), { out: join(buildDir(), 'deck.pptx'), cwd: process.cwd() });
} catch (error) {
  fail(error, true);
}
if (!options) {
  console.log(PPTX_USAGE);
  process.exit(0);
}

// Loaded after the arguments are checked: a typo fails before the deck and pptxgenjs load.
const { exportPptx } = await import('./lib/pptx/export.ts');
const { chromiumSvgRenderer } = await import('./lib/pptx/svg.ts');
try {
  // The default file goes into the build folder, made if missing (the export itself needs no build).
  const createDir = options.out === resolve(buildDir(), 'deck.pptx') ? resolve(buildDir()) : undefined;
  await exportPptx({
    ...options,
    ...(createDir ? { createDir } : {}),
    svg: () => chromiumSvgRenderer(),
    log: (line) => console.log(`export:pptx ${line}`),
  });
} catch (error) {
  fail(error, error instanceof UsageError);
}
