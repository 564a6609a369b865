/**
 * Side-by-side timing on a shared, noisy machine: runs the given shell commands in turns (A, B,
 * A, B, …) so a burst of load from elsewhere hits both alike, and prints each one's median, min
 * and max wall time, the ratio of each median to the last command's, and the load average seen.
 * `npx tsx scripts/bench-alternate.ts [--runs N] [--warmup N] -- 'npm run export:pdf' 'marp deck.md --pdf'`
 * Not a test: a command that fails stops the benchmark with its output.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { median, seconds } from './lib/bench.ts';
import { parseCommandLine } from './lib/cli.ts';

const { values, positionals: commands } = parseCommandLine(
  process.argv.slice(2),
  { runs: { type: 'string', default: '7' }, warmup: { type: 'string', default: '1' } },
  true,
);
const runs = Number(values.runs);
const warmup = Number(values.warmup);
if (commands.length < 1 || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
  console.error("Usage: npx tsx scripts/bench-alternate.ts [--runs N] [--warmup N] -- 'command A' 'command B' …");
  process.exit(2);
}

function timed(command: string): number {
  const started = performance.now();
  const run = spawnSync('sh', ['-c', command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`"${command}" failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  return ms;
}

for (let i = 0; i < warmup; i++) for (const command of commands) timed(command);
const times = commands.map((): number[] => []);
const loads: number[] = [];
for (let i = 0; i < runs; i++) {
  commands.forEach((command, c) => {
    loads.push(loadavg()[0] ?? 0);
    times[c]?.push(timed(command));
  });
}
const medians = times.map((t) => median(t));
const reference = medians.at(-1) ?? 1;
console.log(`bench-alternate: ${runs} alternating runs each after ${warmup} warm-up, ${cpus().length} CPUs`);
commands.forEach((command, c) => {
  const t = times[c] ?? [];
  const ratio = c === commands.length - 1 ? '' : `  ${((medians[c] ?? 0) / reference).toFixed(2)} × the last`;
  console.log(`  median ${seconds(medians[c] ?? 0)}  (min ${seconds(Math.min(...t))}, max ${seconds(Math.max(...t))})${ratio}  ${command}`);
  console.log(`    runs: ${t.map((ms) => (ms / 1000).toFixed(2)).join(' ')}`);
});
console.log(
  `  load average (1 min) during the runs: median ${median(loads).toFixed(2)}, min ${Math.min(...loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)}`,
);
