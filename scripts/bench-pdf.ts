/**
 * `npm run bench:pdf -- [--runs N]`: exports the deck N times (default 5) after one build
 * and prints the median wall time per export (serve, browser, print, outline, write) and
 * the PDF's size, for the slides PDF and the handout; then the same for the whole command
 * (`export:pdf` as a child process, Node and module start-up included). Not a timed test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDir } from './lib/build-state.ts';
import { median, runsFromCommandLine, seconds } from './lib/bench.ts';
import { exportPdf, type ExportResult } from './lib/pdf-export.ts';
import { DEFAULT_TIMEOUT_MS } from './lib/pdf-options.ts';

const runs = runsFromCommandLine('bench:pdf');

const root = process.cwd();
const outDir = buildDir();
const work = await mkdtemp(join(tmpdir(), 'bench-pdf-'));
try {
  // One export to build if needed (not timed), then the timed runs.
  const warm = await exportPdf({
    out: join(work, 'warm.pdf'),
    notes: false,
    fragments: false,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    root,
    outDir,
  });
  console.log(`bench:pdf ${warm.built ? 'built the deck, then ' : ''}${runs} runs each, ${cpus().length} CPUs, build dir ${outDir}/`);
  for (const notes of [false, true]) {
    const results: ExportResult[] = [];
    for (let i = 0; i < runs; i++) {
      results.push(
        await exportPdf({ out: join(work, `run-${i}.pdf`), notes, fragments: false, timeoutMs: DEFAULT_TIMEOUT_MS, root, outDir }),
      );
    }
    const times = results.map((r) => r.ms);
    const last = results[results.length - 1];
    console.log(
      [
        `bench:pdf ${notes ? 'handout' : 'slides '}`,
        `median ${seconds(median(times))}`,
        `(min ${seconds(Math.min(...times))}, max ${seconds(Math.max(...times))})`,
        `${last?.pages ?? 0} pages`,
        `${((last?.bytes ?? 0) / 1024).toFixed(0)} KB`,
      ].join('  '),
    );
  }
  const command: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-pdf.ts', '--out', join(work, 'cli.pdf')], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`export:pdf failed:\n${run.stderr}`);
    command.push(performance.now() - started);
  }
  console.log(`bench:pdf command  median ${seconds(median(command))}  (npm run export:pdf end to end, after the build)`);
} finally {
  await rm(work, { recursive: true, force: true });
}
