/**
 * The formal level of China–Belarus relations, document by document (research.md section C.1).
 * The numeric level is the deck's own ordinal reading of China's partnership labels
 * (research.md C.2), not a figure from any source: the slide says so.
 */
import type { SourceId } from './sources.ts';
import { checkSource, checkValue, checkYears, where, type KnownSources } from './validate-dataset.ts';

export interface LadderStep {
  /** The date as precise as the sources give it: `YYYY-MM-DD` or `YYYY-MM` (written out through Intl). */
  readonly date: string;
  /** Decimal year for the time axis (mid-month where only the month is known). */
  readonly at: number;
  readonly year: number;
  readonly document: string;
  /** Short label drawn on the chart. */
  readonly label: string;
  /** The level wording in the document, in English. */
  readonly wording: string;
  /** The deck's ordinal code (see `ladderCoding`). */
  readonly level: number;
  readonly sources: readonly SourceId[];
}

/** The ordinal scale: code → what it stands for. No Belarus–China document codes as 4 (a plain strategic partnership). */
export const ladderCoding: readonly { readonly level: number; readonly name: string }[] = [
  { level: 0, name: 'no relations' },
  { level: 1, name: 'diplomatic relations' },
  { level: 2, name: 'comprehensive (friendly) cooperation' },
  { level: 3, name: 'strategic cooperation wording, no partnership label' },
  { level: 4, name: 'strategic partnership (no Belarus–China document at this level)' },
  { level: 5, name: 'comprehensive strategic partnership' },
  { level: 5.5, name: 'comprehensive strategic partnership with qualifiers' },
  { level: 6, name: 'all-weather comprehensive strategic partnership' },
];

/** Sources for the coding itself: China's partnership labels have a rank order. */
export const ladderCodingSources: readonly SourceId[] = ['piie-partnerships', 'csis-xiang'];

export const ladderDatasetId = 'partnership-ladder';

/** Where the ladder's last level is drawn to on the time axis (the chart and its PowerPoint form). */
export const ladderEnd = 2024;

export const partnershipLadder: readonly LadderStep[] = [
  {
    date: '1992-01-20',
    at: 1992.05,
    year: 1992,
    document: 'Agreement on the establishment of diplomatic relations',
    label: 'Diplomatic relations',
    wording: 'diplomatic relations',
    level: 1,
    sources: ['china-mfa-profile', 'joint-statement-2000'],
  },
  {
    date: '2000-07-27',
    at: 2000.57,
    year: 2000,
    document: 'Joint Statement on strengthening comprehensive cooperation in the 21st century',
    label: 'Joint Statement',
    wording: 'comprehensive friendly cooperation',
    level: 2,
    sources: ['joint-statement-2000'],
  },
  {
    date: '2001-04-23',
    at: 2001.31,
    year: 2001,
    document: 'Jiang–Lukashenko Joint Statement, Beijing',
    label: 'Joint Statement',
    wording: 'long-term, stable, highly trusting, mutually cooperative comprehensive friendly cooperation',
    level: 2,
    sources: ['gmw-2001'],
  },
  {
    date: '2005-12-05',
    at: 2005.93,
    year: 2005,
    document: 'Joint Declaration of the Republic of Belarus and the People’s Republic of China',
    label: 'Joint Declaration',
    wording: 'a qualitatively new stage of comprehensive development and strategic cooperation',
    level: 3,
    sources: ['declaration-2005'],
  },
  {
    date: '2013-07-16',
    at: 2013.54,
    year: 2013,
    document: 'Joint Declaration on establishing a comprehensive strategic partnership',
    label: 'Comprehensive strategic partnership',
    wording: 'comprehensive strategic partnership',
    level: 5,
    sources: ['china-mfa-profile', 'eliseev-2013'],
  },
  {
    date: '2015-05',
    at: 2015.36,
    year: 2015,
    document: 'Treaty on Friendship and Cooperation',
    label: 'Friendship treaty',
    wording: 'the relationship’s foundational treaty (level unchanged)',
    level: 5,
    sources: ['ont-2015-treaty'],
  },
  {
    date: '2016-09',
    at: 2016.74,
    year: 2016,
    document: 'Documents of the state visit, 28–30 Sep 2016',
    label: '+ mutual trust',
    wording: 'comprehensive strategic partnership of mutual trust and win-win cooperation',
    level: 5.5,
    sources: ['china-mfa-profile', 'voran-2016'],
  },
  {
    date: '2022-09-15',
    at: 2022.71,
    year: 2022,
    document: 'Joint Statement on establishing an all-weather comprehensive strategic partnership, Samarkand',
    label: 'All-weather',
    wording: 'all-weather comprehensive strategic partnership',
    level: 6,
    sources: ['ecns-2022', 'npr-by-2022'],
  },
];

/**
 * What the ladder chart draws: each document's date, axis position, year, level and sources (its
 * words come from the edition), and where the last level is drawn to. No words: the build writes
 * these into the page for the chart's browser half (src/charts/words.ts).
 */
export interface LadderChartSeries {
  readonly steps: readonly Pick<LadderStep, 'date' | 'at' | 'year' | 'level' | 'sources'>[];
  readonly end: number;
}

export function ladderChartSeries(): LadderChartSeries {
  return { steps: partnershipLadder.map(({ date, at, year, level, sources }) => ({ date, at, year, level, sources })), end: ladderEnd };
}

/* ---------- Checks ---------- */

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

/** Every problem in the ladder chart's data, its coding's sources included (empty when all is well). */
export function checkLadderData(known: KnownSources): string[] {
  const coding = ladderCodingSources
    .filter((id) => !known.has(id))
    .map((id) => `dataset "${ladderDatasetId}": coding source "${id}" is not in the source registry`);
  return [
    ...validateLadder(
      ladderDatasetId,
      partnershipLadder,
      ladderCoding.map((c) => c.level),
      known,
    ),
    ...coding,
  ];
}
