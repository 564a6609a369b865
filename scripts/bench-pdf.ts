/**
 * `npm run bench:pdf -- [--runs N] [--cold]`: times `npm run export:pdf` as a user runs it (the
 * whole command: npm, Node, the export, the exit), N times (default 5) after one warm-up, for the
 * slides PDF and the handout, and prints the median of each stage as the export reports it with
 * `--timings` (start-up, build check, browser up, deck ready, printed, written; times since the
 * process started, the browser starting alongside the rest), what npm and the exit add, and the
 * file's size. A regression shows in the stage where it happened.
 * `--cold` also times the export after deleting the build (a build of its own under .cache, so
 * dist/ is left alone): the build included, in turns with warm runs (warm, cold, warm, cold, …)
 * so that load from elsewhere hits both alike, and the ratio of their medians. Not a timed test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, seconds } from './lib/bench.ts';
import { parseCommandLine, UsageError } from './lib/cli.ts';
import type { ExportStages } from './lib/pdf-export.ts';

const STAGES: readonly { key: keyof ExportStages; label: string }[] = [
  { key: 'startup', label: 'start-up (Node, modules, arguments)' },
  { key: 'build', label: 'build check' },
  { key: 'browser', label: 'browser up (started at once)' },
  { key: 'ready', label: 'deck ready' },
  { key: 'print', label: 'printed' },
  { key: 'write', label: 'outline, metadata, written' },
];

let runs = 5;
let cold = false;
try {
  const { values } = parseCommandLine(process.argv.slice(2), {
    runs: { type: 'string', default: '5' },
    cold: { type: 'boolean', default: false },
  });
  runs = Number(values.runs);
  cold = values.cold;
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs needs a whole number of runs, not "${values.runs}"`);
} catch (error) {
  console.error(`bench:pdf: ${error instanceof Error ? error.message : String(error)}\nUsage: npm run bench:pdf -- [--runs N] [--cold]`);
  process.exit(2);
}

interface Run {
  readonly ms: number;
  readonly stages: ExportStages;
  readonly rebuilt: boolean;
}

/** `npm run export:pdf -- …` to its end: wall time and the stages it reports. */
function exportOnce(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Run {
  const started = performance.now();
  const child = spawnSync('npm', ['run', '-s', 'export:pdf', '--', ...args, '--timings'], { encoding: 'utf8', env });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`export:pdf failed:\n${child.stderr}\n${child.stdout}`);
  const line = /timings (.*) \(since/.exec(child.stdout)?.[1] ?? '';
  const stages = Object.fromEntries(
    [...line.matchAll(/(\w+) (\d+\.\d+) s/g)].map((m) => [m[1] ?? '', Number(m[2]) * 1000]),
  ) as unknown as ExportStages;
  if (STAGES.some(({ key }) => typeof stages[key] !== 'number')) throw new Error(`export:pdf printed no timings:\n${child.stdout}`);
  return { ms, stages, rebuilt: /build\s+.*: building/.test(child.stdout) };
}

function report(name: string, results: readonly Run[], bytes: number): number {
  const whole = median(results.map((r) => r.ms));
  console.log(
    `\nbench:pdf ${name}: whole command median ${seconds(whole)} (min ${seconds(Math.min(...results.map((r) => r.ms)))}), ${(bytes / 1024).toFixed(0)} KB`,
  );
  let previous = 0;
  for (const { key, label } of STAGES) {
    const at = median(results.map((r) => r.stages[key]));
    console.log(`  ${label.padEnd(38)} at ${seconds(at)}  (+${seconds(Math.max(0, at - previous))})`);
    previous = at;
  }
  console.log(`  ${'npm and the exit'.padEnd(38)}    +${seconds(whole - previous)}`);
  return whole;
}

const work = await mkdtemp(join(tmpdir(), 'bench-pdf-'));
try {
  const loads: number[] = [loadavg()[0] ?? 0];
  const warm = exportOnce(['--out', join(work, 'warm.pdf')]);
  console.log(`bench:pdf ${warm.rebuilt ? 'built the deck, then ' : ''}${runs} runs each after one warm-up, ${cpus().length} CPUs`);
  let warmSlides = 0;
  for (const [name, extra] of [
    ['slides', []],
    ['handout', ['--notes']],
  ] as const) {
    const file = join(work, `${name}.pdf`);
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      results.push(exportOnce(['--out', file, ...extra]));
      loads.push(loadavg()[0] ?? 0);
    }
    const whole = report(name, results, (await stat(file)).size);
    if (name === 'slides') warmSlides = whole;
  }
  if (cold) {
    // Its own build folder, deleted before every run: the user's dist/ stays as it is.
    const outDir = join('.cache', 'bench-cold');
    const env = { ...process.env, DECK_OUT_DIR: outDir };
    const results: Run[] = [];
    const paired: Run[] = [];
    for (let i = 0; i < runs; i++) {
      paired.push(exportOnce(['--out', join(work, 'slides.pdf')]));
      await rm(outDir, { recursive: true, force: true });
      results.push(exportOnce(['--out', join(work, 'cold.pdf')], env));
      loads.push(loadavg()[0] ?? 0);
    }
    await rm(outDir, { recursive: true, force: true });
    const whole = report('slides after deleting the build', results, (await stat(join(work, 'cold.pdf'))).size);
    const warmBeside = median(paired.map((r) => r.ms));
    console.log(
      `  ${(whole / warmBeside).toFixed(2)} × the warm time of the runs in turn with these (${seconds(warmBeside)}; ${(whole / warmSlides).toFixed(2)} × the median above)`,
    );
  }
  console.log(`\nload average (1 min) during the runs: median ${median(loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
