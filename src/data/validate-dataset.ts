/**
 * What every dataset's checks share: the error the build throws and the rules each data module's
 * own checks are made of (years in order, a known source per point, values that are numbers, one
 * value per year). Each data module owns its checks (`check…` beside its data); a chart cannot be
 * registered without them (src/charts/chart-module.ts), and the deck loader runs every registered
 * chart's checks (src/charts/summaries.ts), so a typo in a data module fails the build, naming the
 * dataset and the year, instead of drawing a wrong chart.
 */

export class DatasetValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} dataset problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DatasetValidationError';
  }
}

/** Which source ids exist: the registry's keys. */
export type KnownSources = ReadonlyMap<string, unknown> | ReadonlySet<string>;

export const where = (dataset: string, year?: number | string): string =>
  year === undefined ? `dataset "${dataset}"` : `dataset "${dataset}", year ${year}`;

/** Years must rise strictly: a repeat or a step back is a copy mistake. */
export function checkYears(dataset: string, years: readonly number[], problems: string[]): void {
  years.forEach((year, i) => {
    if (!Number.isInteger(year)) problems.push(`${where(dataset, year)}: is not a whole year`);
    const previous = years[i - 1];
    if (previous === undefined) return;
    if (year === previous) problems.push(`${where(dataset, year)}: year repeated`);
    else if (year < previous) problems.push(`${where(dataset, year)}: year out of order (comes after ${previous})`);
  });
}

export function checkSource(dataset: string, year: number, id: string | undefined, known: KnownSources, problems: string[]): void {
  if (id === undefined || id === '') problems.push(`${where(dataset, year)}: missing source`);
  else if (!known.has(id)) problems.push(`${where(dataset, year)}: source "${id}" is not in the source registry`);
}

export function checkValue(dataset: string, year: number, field: string, value: number | null, problems: string[]): void {
  if (value === null) return;
  if (!Number.isFinite(value)) problems.push(`${where(dataset, year)}: ${field} is not a number`);
  else if (value < 0) problems.push(`${where(dataset, year)}: ${field} is negative (${value})`);
}

/** A series must have one value per label; the message names the first year without a partner. */
export function checkLength(
  dataset: string,
  series: string,
  labels: readonly number[],
  values: readonly unknown[],
  problems: string[],
): void {
  if (values.length === labels.length) return;
  const at = Math.min(values.length, labels.length);
  const year = labels[at] ?? '(after the last label)';
  problems.push(
    `${where(dataset, year)}: series "${series}" has ${values.length} values for ${labels.length} years (lengths differ from year ${year})`,
  );
}

/** A figure to one decimal, for messages. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
