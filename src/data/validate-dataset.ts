/**
 * Dataset validation: every problem names its dataset and year, so a typo in a data module
 * fails the build (summaries.ts runs this when the build plugin loads it) instead of drawing a wrong chart.
 */
import type { TradeSeries } from './trade.ts';
import { tradeSeries } from './trade.ts';
import type { PartnerSharesDataset, OfficialShare } from './partner-shares.ts';
import { officialShares, partnerIds, partnerShares } from './partner-shares.ts';
import type { LadderStep } from './partnership-ladder.ts';
import { ladderCoding, ladderCodingSources, ladderDatasetId, partnershipLadder } from './partnership-ladder.ts';
import { tradeMilestones } from './trade.ts';

export class DatasetValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} dataset problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DatasetValidationError';
  }
}

/** Which source ids exist: the registry's keys. */
export type KnownSources = ReadonlyMap<string, unknown> | ReadonlySet<string>;

const where = (dataset: string, year?: number | string): string =>
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

/** Trade: turnover = exports + imports within the rounding of the source's figures. */
export function validateTradeSeries(series: TradeSeries, known: KnownSources): string[] {
  const problems: string[] = [];
  const name = series.id;
  if (series.years.length === 0) problems.push(`${where(name)}: has no years`);
  checkYears(
    name,
    series.years.map((y) => y.year),
    problems,
  );
  for (const point of series.years) {
    checkSource(name, point.year, point.source, known, problems);
    for (const d of point.derived ?? []) checkSource(name, point.year, d.from, known, problems);
    checkValue(name, point.year, 'exports', point.exports, problems);
    checkValue(name, point.year, 'imports', point.imports, problems);
    checkValue(name, point.year, 'turnover', point.turnover, problems);
    if (point.exports === null && point.imports === null && point.turnover === null) {
      problems.push(`${where(name, point.year)}: has no figure at all`);
    }
    if (point.exports !== null && point.imports !== null && point.turnover !== null) {
      const sum = point.exports + point.imports;
      const tolerance = 1.5 * unitOf(series, point.turnover);
      if (Math.abs(sum - point.turnover) > tolerance) {
        problems.push(
          `${where(name, point.year)}: turnover ${point.turnover} is not exports + imports (${point.exports} + ${point.imports} = ${round1(sum)}) within rounding (±${round1(tolerance)})`,
        );
      }
    }
  }
  return problems;
}

/** The unit of the last digit a source gives: IMF to 0.1 million, statements to ten millions ($x.xx bn). */
function unitOf(series: TradeSeries, turnover: number): number {
  if (series.kind === 'imf') return 0.1;
  return turnover % 100 === 0 ? 100 : 10;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function validatePartnerShares(ds: PartnerSharesDataset, known: KnownSources): string[] {
  const problems: string[] = [];
  const name = ds.id;
  checkYears(name, ds.years, problems);
  checkLength(name, 'total', ds.years, ds.totalUsdM, problems);
  checkLength(name, 'sources', ds.years, ds.sources, problems);
  checkLength(name, 'eu27PlusUk', ds.years, ds.eu27PlusUk, problems);
  for (const partner of partnerIds) checkLength(name, partner, ds.years, ds.shares[partner], problems);
  ds.years.forEach((year, i) => {
    checkSource(name, year, ds.sources[i], known, problems);
    checkValue(name, year, 'total', ds.totalUsdM[i] ?? null, problems);
    let sum = 0;
    for (const partner of partnerIds) {
      const share = ds.shares[partner][i] ?? null;
      checkValue(name, year, `${partner} share`, share, problems);
      if (share !== null && share > 100) problems.push(`${where(name, year)}: ${partner} share ${share}% is above 100%`);
      sum += share ?? 0;
    }
    if (sum > 100.05) problems.push(`${where(name, year)}: partner shares add up to ${round1(sum)}%, above 100%`);
    const eu = ds.shares.eu27[i];
    const euUk = ds.eu27PlusUk[i] ?? null;
    checkValue(name, year, 'eu27PlusUk share', euUk, problems);
    if (eu !== undefined && euUk !== null && euUk < eu)
      problems.push(`${where(name, year)}: EU27+UK share ${euUk}% is below the EU27 share ${eu}%`);
  });
  return problems;
}

export function validateOfficialShares(dataset: string, shares: readonly OfficialShare[], known: KnownSources): string[] {
  const problems: string[] = [];
  for (const partner of partnerIds) {
    checkYears(
      `${dataset}/${partner}`,
      shares.filter((s) => s.partner === partner).map((s) => s.year),
      problems,
    );
  }
  for (const s of shares) {
    checkSource(dataset, s.year, s.source, known, problems);
    checkValue(dataset, s.year, `${s.partner} share`, s.share, problems);
    if (s.share > 100) problems.push(`${where(dataset, s.year)}: ${s.partner} share ${s.share}% is above 100%`);
  }
  return problems;
}

export function validateLadder(dataset: string, steps: readonly LadderStep[], codes: readonly number[], known: KnownSources): string[] {
  const problems: string[] = [];
  checkYears(
    dataset,
    steps.map((s) => s.year),
    problems,
  );
  steps.forEach((step, i) => {
    if (Math.floor(step.at) !== step.year) problems.push(`${where(dataset, step.year)}: axis position ${step.at} is not in ${step.year}`);
    const previous = steps[i - 1];
    if (previous && step.at <= previous.at) problems.push(`${where(dataset, step.year)}: date out of order`);
    if (step.sources.length === 0) problems.push(`${where(dataset, step.year)}: missing source`);
    for (const id of step.sources) checkSource(dataset, step.year, id, known, problems);
    checkValue(dataset, step.year, 'level', step.level, problems);
    if (!codes.includes(step.level)) problems.push(`${where(dataset, step.year)}: level ${step.level} is not on the deck's coding scale`);
    if (step.document.trim() === '' || step.label.trim() === '') problems.push(`${where(dataset, step.year)}: has no document or label`);
  });
  return problems;
}

/** Every problem in the deck's own datasets (empty when all is well). */
export function validateDeckDatasets(known: KnownSources): string[] {
  const milestones: string[] = [];
  checkYears(
    'trade-milestones',
    tradeMilestones.map((m) => m.year),
    milestones,
  );
  for (const m of tradeMilestones) {
    checkSource('trade-milestones', m.year, m.source, known, milestones);
    if (!m.date.startsWith(`${m.year}-`)) milestones.push(`dataset "trade-milestones", ${m.year}: date ${m.date} is not in that year`);
  }
  const coding: string[] = [];
  for (const id of ladderCodingSources)
    if (!known.has(id)) coding.push(`dataset "${ladderDatasetId}": coding source "${id}" is not in the source registry`);
  return [
    ...tradeSeries.flatMap((s) => validateTradeSeries(s, known)),
    ...validatePartnerShares(partnerShares, known),
    ...validateOfficialShares('partner-shares-official', officialShares, known),
    ...validateLadder(
      ladderDatasetId,
      partnershipLadder,
      ladderCoding.map((c) => c.level),
      known,
    ),
    ...milestones,
    ...coding,
  ];
}

/** Throws when any dataset is wrong: the build calls this, so a bad dataset fails `vite build`. */
export function assertDeckDatasetsValid(known: KnownSources): void {
  const problems = validateDeckDatasets(known);
  if (problems.length > 0) throw new DatasetValidationError(problems);
}
