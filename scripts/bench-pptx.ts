/**
 * `npm run bench:pptx -- [--runs N]`: exports the PowerPoint file N times (default 5) after one
 * warm-up export and prints the median wall time per export (layout, pptxgenjs, the package
 * fixes, the write) and the file's size; then the same for the whole command (`export:pptx` as
 * a child process, Node and module start-up included). Target: under 5 s. Not a timed test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, runsFromCommandLine, seconds } from './lib/bench.ts';
import { exportPptx, type PptxResult } from './lib/pptx/export.ts';
import { chromiumSvgRenderer } from './lib/pptx/svg.ts';

const runs = runsFromCommandLine('bench:pptx');

const work = await mkdtemp(join(tmpdir(), 'bench-pptx-'));
try {
  await exportPptx({ out: join(work, 'warm.pptx'), svg: () => chromiumSvgRenderer() });
  console.log(`bench:pptx ${runs} runs after one warm-up, ${cpus().length} CPUs`);
  const results: PptxResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await exportPptx({ out: join(work, `run-${i}.pptx`), svg: () => chromiumSvgRenderer() }));
  const times = results.map((r) => r.ms);
  const last = results.at(-1);
  console.log(
    [
      'bench:pptx export ',
      `median ${seconds(median(times))}`,
      `(min ${seconds(Math.min(...times))}, max ${seconds(Math.max(...times))})`,
      `${last?.slides ?? 0} slides, ${last?.charts ?? 0} charts`,
      `${((last?.bytes ?? 0) / 1024).toFixed(0)} KB`,
    ].join('  '),
  );
  const command: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    // As a user runs it: npm, Node and the compiled tool (scripts/run.js).
    const child = spawnSync('npm', ['run', '-s', 'export:pptx', '--', '--out', join(work, 'cli.pptx')], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`export:pptx failed:\n${child.stderr}`);
    command.push(performance.now() - started);
  }
  console.log(
    `bench:pptx command median ${seconds(median(command))}  (npm run export:pptx end to end: npm, Node and module start-up included)`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
