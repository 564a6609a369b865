/**
 * Belarus's goods trade by partner: each partner's share of Belarus's total goods trade
 * (exports + imports), in per cent. research.md section B.1: shares computed from IMF DOTS
 * values with Belarus as reporter, so every share is a derived value.
 * Kept as columns (one array per partner, aligned with `years`), the shape the chart draws.
 */
import type { SourceId } from './sources.ts';
import { checkLength, checkSource, checkValue, checkYears, round1, where, type KnownSources } from './validate-dataset.ts';

export const partnerIds = ['russia', 'eu27', 'ukraine', 'china'] as const;
export type PartnerId = (typeof partnerIds)[number];

export interface PartnerSharesDataset {
  readonly id: string;
  readonly years: readonly number[];
  /** Belarus's total goods trade with the world, US$ million. */
  readonly totalUsdM: readonly number[];
  /** Share of total trade, %, per partner; same length as `years`. */
  readonly shares: Readonly<Record<PartnerId, readonly number[]>>;
  /** EU27 plus the United Kingdom, for comparison with Belstat's pre-2020 "EU". */
  readonly eu27PlusUk: readonly number[];
  /** Source of each year's figures; same length as `years`. */
  readonly sources: readonly SourceId[];
}

export const partnerLabels: Record<PartnerId, string> = {
  russia: 'Russia',
  eu27: 'EU (27)',
  ukraine: 'Ukraine',
  china: 'China',
};

const dots: SourceId = 'imf-dots-blr';

export const partnerShares: PartnerSharesDataset = {
  id: 'partner-shares-imf-dots',
  years: [1995, 2000, 2005, 2010, 2013, 2015, 2017, 2019, 2020],
  totalUsdM: [10146, 15977, 32650, 60168, 80155, 56883, 63475, 72432, 61947],
  shares: {
    russia: [50.8, 58.3, 48.5, 46.6, 49.6, 48.4, 51.2, 49.3, 47.9],
    eu27: [25.8, 23.5, 29.1, 23.2, 24.4, 19.8, 18.7, 18.1, 19.3],
    ukraine: [11.7, 5.6, 5.5, 7.4, 7.8, 6.1, 7.2, 8.1, 7.3],
    china: [0.3, 1.1, 2.2, 3.6, 4.1, 5.6, 4.9, 6.2, 7.2],
  },
  eu27PlusUk: [26.8, 24.8, 33.0, 25.3, 26.2, 25.3, 22.8, 21.7, 20.9],
  sources: [dots, dots, dots, dots, dots, dots, dots, dots, dots],
};

/** A later official figure: drawn as a separate point, never joined to the IMF-based line. */
export interface OfficialShare {
  readonly year: number;
  readonly partner: PartnerId;
  readonly share: number;
  readonly source: SourceId;
  readonly what: string;
}

export const officialShares: readonly OfficialShare[] = [
  {
    year: 2021,
    partner: 'russia',
    share: 49,
    source: 'belarus-mfa-2021',
    what: 'Belarus MFA annual report: Russia 49% of goods turnover in 2021',
  },
];

/**
 * What the partner-shares chart draws: plain numbers and source ids, no words. The build writes
 * these into the page for the chart's browser half (src/charts/words.ts).
 */
export interface PartnerSharesChartSeries {
  readonly years: readonly number[];
  readonly partners: readonly PartnerId[];
  readonly shares: Readonly<Record<PartnerId, readonly number[]>>;
  readonly sources: readonly SourceId[];
  readonly official: readonly { readonly year: number; readonly partner: PartnerId; readonly share: number; readonly source: SourceId }[];
}

export function partnerSharesChartSeries(): PartnerSharesChartSeries {
  return {
    years: partnerShares.years,
    partners: partnerIds,
    shares: partnerShares.shares,
    sources: partnerShares.sources,
    official: officialShares.map(({ year, partner, share, source }) => ({ year, partner, share, source })),
  };
}

/* ---------- Checks ---------- */

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

/** Every problem in the partner-shares chart's data (empty when all is well). */
export function checkPartnerSharesData(known: KnownSources): string[] {
  return [...validatePartnerShares(partnerShares, known), ...validateOfficialShares('partner-shares-official', officialShares, known)];
}
