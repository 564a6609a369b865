/**
 * Belarus–China goods trade, US$ million, from Belarus's side: exports = Belarus → China,
 * imports = China → Belarus. Copied from ../shared/data/trade_*.csv (a unit test cross-checks
 * them when that folder is present); the product never reads the CSVs.
 *
 * The IMF series (an early-2022 download, so they stop at 2020) and the later official statements
 * are different vintages: they are kept as separate series and never joined.
 */
import type { SourceId } from './sources.ts';
import { checkSource, checkValue, checkYears, round1, where, type KnownSources } from './validate-dataset.ts';

export type Reporter = 'blr' | 'chn';
export type TradeField = 'exports' | 'imports' | 'turnover';

export interface TradeYear {
  readonly year: number;
  /** Belarus's exports to China; null where the source gives no figure. */
  readonly exports: number | null;
  /** Belarus's imports from China. */
  readonly imports: number | null;
  readonly turnover: number | null;
  readonly source: SourceId;
  /** Figures the deck computed rather than read, each with how. */
  readonly derived?: readonly { readonly field: TradeField; readonly from: SourceId; readonly how: string }[];
  /** The source gives a rounded figure ("$5.1 billion"). */
  readonly rounded?: boolean;
}

export interface TradeSeries {
  /** Dataset name used in validation messages and the CSV. */
  readonly id: string;
  readonly reporter: Reporter;
  readonly kind: 'imf' | 'official';
  readonly label: string;
  readonly years: readonly TradeYear[];
}

const imf = (source: SourceId, rows: readonly (readonly [number, number, number, number])[]): TradeYear[] =>
  rows.map(([year, exports, imports, turnover]) => ({ year, exports, imports, turnover, source }));

/** IMF DOTS, Belarus as reporter (exports FOB, imports CIF by country of origin), 2000–2020. */
export const tradeImfBelarus: TradeSeries = {
  id: 'trade-imf-dots-belarus',
  reporter: 'blr',
  kind: 'imf',
  label: 'IMF DOTS, Belarus as reporter',
  years: imf('imf-dots-blr', [
    [2000, 136.2, 47.4, 183.6],
    [2001, 128.9, 39.9, 168.8],
    [2002, 163.3, 45.7, 209.0],
    [2003, 149.1, 70.5, 219.6],
    [2004, 282.9, 157.1, 439.9],
    [2005, 430.9, 284.1, 715.0],
    [2006, 398.7, 553.6, 952.3],
    [2007, 484.5, 815.8, 1300.3],
    [2008, 613.4, 1414.8, 2028.2],
    [2009, 173.9, 1081.4, 1255.3],
    [2010, 475.8, 1684.1, 2159.8],
    [2011, 636.6, 2193.9, 2830.4],
    [2012, 432.6, 2373.5, 2806.1],
    [2013, 460.7, 2829.4, 3290.1],
    [2014, 640.3, 2373.2, 3013.5],
    [2015, 781.0, 2401.2, 3182.2],
    [2016, 472.7, 2129.5, 2602.2],
    [2017, 361.5, 2745.3, 3106.8],
    [2018, 481.9, 3158.2, 3640.1],
    [2019, 673.3, 3807.6, 4480.9],
    [2020, 748.2, 3708.9, 4457.2],
  ]),
};

/** IMF DOTS, China as reporter, turned to Belarus's side: exports = China's imports from Belarus. */
export const tradeImfChina: TradeSeries = {
  id: 'trade-imf-dots-china',
  reporter: 'chn',
  kind: 'imf',
  label: 'IMF DOTS, China as reporter',
  years: imf('imf-dots-chn', [
    [2000, 72.5, 41.1, 113.6],
    [2001, 34.5, 8.8, 43.3],
    [2002, 63.9, 16.2, 80.2],
    [2003, 96.7, 32.2, 128.9],
    [2004, 154.0, 65.0, 219.0],
    [2005, 490.4, 81.3, 571.6],
    [2006, 428.8, 215.7, 644.5],
    [2007, 612.6, 226.8, 839.4],
    [2008, 497.6, 361.1, 858.7],
    [2009, 529.5, 280.5, 810.0],
    [2010, 474.0, 795.6, 1269.5],
    [2011, 599.1, 703.9, 1303.0],
    [2012, 662.4, 920.3, 1582.7],
    [2013, 580.8, 871.1, 1451.9],
    [2014, 738.8, 1110.1, 1848.9],
    [2015, 1010.5, 747.3, 1757.8],
    [2016, 435.1, 1100.2, 1535.2],
    [2017, 515.4, 934.5, 1449.8],
    [2018, 571.0, 1145.4, 1716.4],
    [2019, 914.6, 1777.7, 2692.3],
    [2020, 894.8, 2109.4, 3004.2],
  ]),
};

/** Belarusian official statements for 2021–2022 (Belstat basis, a later vintage than the IMF download). */
export const tradeOfficialBelarus: TradeSeries = {
  id: 'trade-official-belarus',
  reporter: 'blr',
  kind: 'official',
  label: 'Belarusian official statements',
  years: [
    {
      year: 2021,
      exports: 900,
      imports: 4200,
      turnover: 5100,
      source: 'belta-2021-turnover',
      rounded: true,
      derived: [
        {
          field: 'exports',
          from: 'interfax-snopkov',
          how: '2022 exports of $1.61bn were stated to be 1.8 times, or about $0.7bn more than, those of 2021',
        },
        { field: 'imports', from: 'belta-2021-turnover', how: 'the stated turnover of about $5.1bn less the derived exports' },
      ],
    },
    { year: 2022, exports: 1610, imports: 4180, turnover: 5790, source: 'belta-2022-trade' },
  ],
};

/** Chinese official statements (China customs basis) for 2021–2022. */
export const tradeOfficialChina: TradeSeries = {
  id: 'trade-official-china',
  reporter: 'chn',
  kind: 'official',
  label: 'Chinese official statements',
  years: [
    {
      year: 2021,
      exports: null,
      imports: null,
      turnover: 3820,
      source: 'fmprc-xie-2023',
      derived: [{ field: 'turnover', from: 'fmprc-xie-2023', how: '2022 turnover of $5.08bn was stated to be 33% above that of 2021' }],
    },
    { year: 2022, exports: null, imports: null, turnover: 5080, source: 'fmprc-xie-2023' },
  ],
};

/**
 * Belstat's turnover as BelTA published it in January 2022, for years the IMF download also has:
 * about 4–6% higher for 2013–2020 (2011 about equal), an apparent revision.
 * Not drawn; it dates the IMF vintage in a footnote and in the data table.
 */
export const tradeBelstatRevised: TradeSeries = {
  id: 'trade-belstat-revised',
  reporter: 'blr',
  kind: 'official',
  label: 'Belstat figures as published in January 2022',
  years: (
    [
      [2011, 2832],
      [2013, 3485],
      [2015, 3303],
      [2018, 3774],
      [2020, 4617],
    ] as const
  ).map(([year, turnover]) => ({ year, exports: null, imports: null, turnover, source: 'belta-30-years' })),
};

export const tradeSeries: readonly TradeSeries[] = [
  tradeImfBelarus,
  tradeImfChina,
  tradeOfficialBelarus,
  tradeOfficialChina,
  tradeBelstatRevised,
];

export const imfSeries = (reporter: Reporter): TradeSeries => (reporter === 'blr' ? tradeImfBelarus : tradeImfChina);
export const officialSeries = (reporter: Reporter): TradeSeries => (reporter === 'blr' ? tradeOfficialBelarus : tradeOfficialChina);

export const reporterName: Record<Reporter, string> = { blr: 'Belarusian', chn: 'Chinese' };

export const isDerived = (point: TradeYear, field: TradeField): boolean => point.derived?.some((d) => d.field === field) ?? false;

/** Milestones of the talk marked on the trade chart's time axis. */
export interface Milestone {
  readonly year: number;
  /** The date as precise as the source gives it: `YYYY-MM-DD` or `YYYY-MM` (written out through Intl). */
  readonly date: string;
  /** Short label drawn on the chart. */
  readonly label: string;
  /** What happened, in English (an edition says it in its words); `{date}` is the date written out. */
  readonly what: string;
  readonly source: SourceId;
}

export const tradeMilestones: readonly Milestone[] = [
  {
    year: 2001,
    date: '2001-04-23',
    label: '2001 joint statement',
    what: 'Jiang–Lukashenko joint statement, Beijing ({date})',
    source: 'gmw-2001',
  },
  {
    year: 2005,
    date: '2005-12-05',
    label: '2005 declaration',
    what: 'Joint Declaration of Belarus and China ({date})',
    source: 'declaration-2005',
  },
  {
    year: 2013,
    date: '2013-07',
    label: '2013 partnership',
    what: 'Joint Declaration on a comprehensive strategic partnership ({date})',
    source: 'china-mfa-profile',
  },
  { year: 2015, date: '2015-05', label: '2015 treaty', what: 'Treaty on Friendship and Cooperation ({date})', source: 'ont-2015-treaty' },
  {
    year: 2019,
    date: '2019-10',
    label: '2019 EAEU–China',
    what: 'EEC Supreme Council decides the entry into force of the EAEU–China agreement ({date})',
    source: 'ecf-2019',
  },
  {
    year: 2022,
    date: '2022-09-15',
    label: '2022 all-weather',
    what: 'All-weather comprehensive strategic partnership ({date})',
    source: 'ecns-2022',
  },
];

/** The stretch of fast growth the talk speaks of. */
export const growthSpan = { from: 2004, to: 2013 } as const;

/* ---------- The series the chart draws (both halves and the PowerPoint plan) ---------- */

function pointAt(series: TradeSeries, year: number): TradeYear {
  const point = series.years.find((y) => y.year === year);
  if (!point) throw new Error(`dataset "${series.id}" has no year ${year}`);
  return point;
}

function turnoverOf(series: TradeSeries, year: number): number {
  const value = pointAt(series, year).turnover;
  if (value === null) throw new Error(`dataset "${series.id}", year ${year}: no turnover`);
  return value;
}

/** Turnover growth over the span the talk speaks of, per reporter: a derived value. */
export function growthFactor(reporter: Reporter): { from: number; to: number; factor: number } {
  const series = imfSeries(reporter);
  const from = turnoverOf(series, growthSpan.from);
  const to = turnoverOf(series, growthSpan.to);
  return { from, to, factor: Math.round((to / from) * 10) / 10 };
}

/** The trade chart's years, 2000–2022: one category per year, figure or not. */
export const TRADE_YEARS: readonly number[] = Array.from({ length: 2022 - 2000 + 1 }, (_, i) => 2000 + i);

/** Which legend words name a drawn series (the chart's `legend` words, filled with `span`). */
export type TradeLegendKey = 'exports' | 'imports' | 'turnover' | 'officialExports' | 'officialImports' | 'officialTurnover';

/** One series drawn for a reporter: bars stack, the turnover is a line. */
export interface TradeDatasetSpec {
  readonly key: string;
  readonly type: 'bar' | 'line';
  readonly legend: TradeLegendKey;
  /** The official statements' years, `2021–22`, for their legend entries. */
  readonly span: string;
  readonly series: TradeSeries;
  readonly field: TradeField;
}

/** The series drawn for one reporter; series with no figure at all are left out (no empty legend entries). */
export function tradeDatasetSpecs(reporter: Reporter): TradeDatasetSpec[] {
  const imf = imfSeries(reporter);
  const official = officialSeries(reporter);
  const first = official.years[0]?.year;
  const last = official.years.at(-1)?.year;
  const span = `${first}–${String(last).slice(2)}`;
  const specs: TradeDatasetSpec[] = [
    { key: 'exports', type: 'bar', legend: 'exports', span, series: imf, field: 'exports' },
    { key: 'imports', type: 'bar', legend: 'imports', span, series: imf, field: 'imports' },
    { key: 'turnover', type: 'line', legend: 'turnover', span, series: imf, field: 'turnover' },
    { key: 'official-exports', type: 'bar', legend: 'officialExports', span, series: official, field: 'exports' },
    { key: 'official-imports', type: 'bar', legend: 'officialImports', span, series: official, field: 'imports' },
    { key: 'official-turnover', type: 'line', legend: 'officialTurnover', span, series: official, field: 'turnover' },
  ];
  return specs.filter((s) => s.series.years.some((p) => p[s.field] !== null));
}

/** The highest stacked bar or turnover over both reporters, so switching reporters keeps the scale. */
export function tradeScaleMax(): number {
  const tops = (['blr', 'chn'] as const).flatMap((r) =>
    [imfSeries(r), officialSeries(r)].flatMap((s) => s.years.map((p) => Math.max(p.turnover ?? 0, (p.exports ?? 0) + (p.imports ?? 0)))),
  );
  return Math.ceil((Math.max(...tops) * 1.3) / 1000) * 1000;
}

/**
 * One series as the chart draws it, over `TRADE_YEARS`: plain numbers, source ids and flags, no
 * words. The build writes these into the page for the chart's browser half (src/charts/words.ts).
 */
export interface TradeDrawnSeries {
  readonly key: string;
  readonly type: 'bar' | 'line';
  readonly legend: TradeLegendKey;
  readonly span: string;
  readonly official: boolean;
  readonly field: TradeField;
  readonly values: readonly (number | null)[];
  readonly sources: readonly (SourceId | null)[];
  readonly derived: readonly boolean[];
  readonly rounded: readonly boolean[];
}

/** What the trade chart draws, for both reporters: the series, the scale, the growth span and the milestones' years. */
export interface TradeChartSeries {
  readonly years: readonly number[];
  readonly scaleMax: number;
  readonly span: { readonly from: number; readonly to: number };
  /** Turnover growth over the span, per reporter (a derived value). */
  readonly growth: Readonly<Record<Reporter, number>>;
  readonly milestones: readonly number[];
  readonly reporters: Readonly<Record<Reporter, readonly TradeDrawnSeries[]>>;
}

export function tradeChartSeries(): TradeChartSeries {
  const drawn = (reporter: Reporter): TradeDrawnSeries[] =>
    tradeDatasetSpecs(reporter).map((spec) => {
      const points = TRADE_YEARS.map((year) => spec.series.years.find((p) => p.year === year && p[spec.field] !== null));
      return {
        key: spec.key,
        type: spec.type,
        legend: spec.legend,
        span: spec.span,
        official: spec.series.kind === 'official',
        field: spec.field,
        values: points.map((p) => p?.[spec.field] ?? null),
        sources: points.map((p) => p?.source ?? null),
        derived: points.map((p) => (p ? isDerived(p, spec.field) : false)),
        rounded: points.map((p) => p?.rounded === true),
      };
    });
  return {
    years: TRADE_YEARS,
    scaleMax: tradeScaleMax(),
    span: growthSpan,
    growth: { blr: growthFactor('blr').factor, chn: growthFactor('chn').factor },
    milestones: tradeMilestones.map((m) => m.year),
    reporters: { blr: drawn('blr'), chn: drawn('chn') },
  };
}

/* ---------- Checks ---------- */

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

/** The milestones marked on the trade chart: in order, sourced, each date in its year. */
export function validateMilestones(milestones: readonly Milestone[], known: KnownSources): string[] {
  const problems: string[] = [];
  checkYears(
    'trade-milestones',
    milestones.map((m) => m.year),
    problems,
  );
  for (const m of milestones) {
    checkSource('trade-milestones', m.year, m.source, known, problems);
    if (!m.date.startsWith(`${m.year}-`)) problems.push(`dataset "trade-milestones", ${m.year}: date ${m.date} is not in that year`);
  }
  return problems;
}

/** Every problem in the trade chart's data (empty when all is well). */
export function checkTradeData(known: KnownSources): string[] {
  return [...tradeSeries.flatMap((s) => validateTradeSeries(s, known)), ...validateMilestones(tradeMilestones, known)];
}
