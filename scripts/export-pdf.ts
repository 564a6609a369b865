/**
 * `npm run export:pdf -- [--out FILE.pdf] [--notes] [--fragments] [--timeout SECONDS] [--timings]`
 * Exit codes: 0 written, 1 export failed, 2 bad command line. See scripts/lib/pdf-export.ts.
 * npm runs it compiled (scripts/run.js); `npx tsx scripts/export-pdf.ts` runs the same code.
 */
import { dirname, resolve } from 'node:path';
import { buildDir, defaultExportPath, exportDir, insideBuildDir } from './lib/build-state.ts';
import { formatStages, exportPdf } from './lib/pdf-export.ts';
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
  options = parsePdfArgs(process.argv.slice(2), { out: (kind) => defaultExportPath({ format: 'pdf', ...kind }), cwd: root });
} catch (error) {
  fail(error, true);
}
if (!options) {
  console.log(USAGE);
  process.exit(0);
}

const log = (line: string): void => console.log(`export:pdf ${line}`);
if (insideBuildDir(options.out, root)) log(`warning ${options.out} is inside ${outDir}/, which the next build empties`);
// The default folder is made when missing; a folder named with --out must exist.
const defaultDir = resolve(root, exportDir());
try {
  const result = await exportPdf({
    ...options,
    root,
    outDir,
    ...(dirname(options.out) === defaultDir ? { createDir: defaultDir } : {}),
    log,
  });
  if (options.timings) log(formatStages(result.stages));
} catch (error) {
  fail(error, false);
}
