/**
 * `npm run export:pdf -- [--out FILE.pdf] [--notes] [--fragments] [--timeout SECONDS]`
 * Exit codes: 0 written, 1 export failed, 2 bad command line. See scripts/lib/pdf-export.ts.
 */
import { join } from 'node:path';
import { buildDir } from './lib/build-state.ts';
import { parsePdfArgs, USAGE, UsageError, type PdfOptions } from './lib/pdf-options.ts';

const root = process.cwd();
const outDir = buildDir();

function fail(error: unknown, usage: boolean): never {
  console.error(`export:pdf: ${error instanceof Error ? error.message : String(error)}`);
  if (usage) console.error(`\n${USAGE}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}

let options: PdfOptions | null;
try {
  options = parsePdfArgs(process.argv.slice(2), { out: join(outDir, 'deck.pdf'), cwd: root });
} catch (error) {
  fail(error, true);
}
if (!options) {
  console.log(USAGE);
  process.exit(0);
}

// Loaded after the arguments are checked: a typo fails in a blink, not after Playwright and Vite load.
const { exportPdf } = await import('./lib/pdf-export.ts');
try {
  await exportPdf({ ...options, root, outDir, log: (line) => console.log(`export:pdf ${line}`) });
} catch (error) {
  fail(error, false);
}
