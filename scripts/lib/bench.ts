/** What the export benchmarks share: how many runs to make, the median and how times print. */
import { parseCommandLine, UsageError } from './cli.ts';

/** `--runs N` (default 5) for `npm run <command>`; a usage line and exit code 2 on a mistake. */
export function runsFromCommandLine(command: string, argv = process.argv.slice(2)): number {
  try {
    const { values } = parseCommandLine(argv, { runs: { type: 'string', default: '5' } });
    const runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs needs a whole number of runs, not "${values.runs}"`);
    return runs;
  } catch (error) {
    console.error(`${command}: ${error instanceof Error ? error.message : String(error)}\nUsage: npm run ${command} -- [--runs N]`);
    process.exit(2);
  }
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
