/**
 * Chart summaries (finding, tables, sources, footnotes, CSV) keyed by chart id, built from the
 * dataset modules: the same numbers the Chart.js configurations draw. No Chart.js here: the
 * build renders these into the page, so every table and CSV link is there before JavaScript runs.
 * Building them validates the datasets first, so a bad dataset fails the build.
 */
import type { Cell, ChartId, ChartSummary, DataTable } from './chart-ids.ts';
import { toCsv } from './csv.ts';
import type { SourceId } from '../data/sources.ts';
import { getSource, sources } from '../data/sources.ts';
import { assertDeckDatasetsValid } from '../data/validate-dataset.ts';
import type { Reporter, TradeField, TradeSeries, TradeYear } from '../data/trade.ts';
import {
  growthSpan,
  imfSeries,
  isDerived,
  officialSeries,
  reporterName,
  tradeBelstatRevised,
  tradeMilestones,
  tradeSeries,
} from '../data/trade.ts';
import { officialShares, partnerIds, partnerLabels, partnerShares } from '../data/partner-shares.ts';
import { ladderCoding, ladderCodingSources, partnershipLadder } from '../data/partnership-ladder.ts';

assertDeckDatasetsValid(sources);

const USD_M = 'US$ m';
const reporters: readonly Reporter[] = ['blr', 'chn'];

/** "$3.29bn" from US$ million. */
export const billions = (usdM: number): string => `$${(Math.round(usdM / 10) / 100).toFixed(2)}bn`;
const one = (n: number): string => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

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

/** A table cell for a trade figure: derived figures say so, rounded ones carry "≈". */
function tradeCell(point: TradeYear, field: TradeField): Cell {
  const value = point[field];
  if (value === null) return null;
  if (isDerived(point, field)) return `≈${one(value)} (derived)`;
  if (point.rounded) return `≈${one(value)}`;
  return value;
}

function imfTable(reporter: Reporter): DataTable {
  const series = imfSeries(reporter);
  const first = series.years[0]?.year;
  const last = series.years.at(-1)?.year;
  return {
    caption: `${reporterName[reporter]} statistics: ${series.label}, ${first}–${last}`,
    view: reporter,
    columns: [
      { label: 'Year' },
      { label: 'Belarus’s exports to China', unit: USD_M },
      { label: 'Belarus’s imports from China', unit: USD_M },
      { label: 'Turnover', unit: USD_M },
    ],
    rows: series.years.map((p) => [p.year, p.exports, p.imports, p.turnover]),
  };
}

/** Whether the sources behind a figure were published after the talk: all, some or none of them. */
function publishedWhen(ids: readonly SourceId[]): string {
  const later = ids.filter((id) => getSource(id).afterTalk === true).length;
  return later === 0 ? 'before the talk' : later === ids.length ? 'since the talk' : 'partly since the talk';
}

function officialTable(): DataTable {
  return {
    caption: 'Official statements, 2021–2022: a later vintage, not joined to the IMF series; most published since the talk',
    columns: [
      { label: 'Year' },
      { label: 'Statistics' },
      { label: 'Belarus’s exports to China', unit: USD_M },
      { label: 'Belarus’s imports from China', unit: USD_M },
      { label: 'Turnover', unit: USD_M },
      { label: 'Source' },
      { label: 'Published' },
    ],
    rows: reporters.flatMap((r) =>
      officialSeries(r).years.map((p): Cell[] => [
        p.year,
        reporterName[r],
        tradeCell(p, 'exports'),
        tradeCell(p, 'imports'),
        tradeCell(p, 'turnover'),
        unique([p.source, ...(p.derived ?? []).map((d) => d.from)])
          .map((id) => getSource(id).short)
          .join('; '),
        publishedWhen([p.source, ...(p.derived ?? []).map((d) => d.from)]),
      ]),
    ),
  };
}

function tradeCsv(): string {
  return toCsv(
    ['series', 'statistics', 'year', 'exports_usd_m', 'imports_usd_m', 'turnover_usd_m', 'derived', 'rounded', 'source_id'],
    tradeSeries.flatMap((s) =>
      s.years.map((p) => [
        s.id,
        reporterName[s.reporter],
        p.year,
        p.exports,
        p.imports,
        p.turnover,
        (p.derived ?? []).map((d) => d.field).join(' '),
        p.rounded ? 'yes' : '',
        p.source,
      ]),
    ),
  );
}

/** How much higher Belstat's later figures are than the IMF download, at most, in per cent (a derived value). */
export function revisionPercent(): number {
  const imf = imfSeries('blr');
  const gaps = tradeBelstatRevised.years.flatMap((p) => {
    const base = imf.years.find((y) => y.year === p.year)?.turnover;
    return base && p.turnover ? [(p.turnover / base - 1) * 100] : [];
  });
  return Math.round(Math.max(...gaps));
}

function tradeSummary(): ChartSummary {
  const blr = growthFactor('blr');
  const chn = growthFactor('chn');
  const latest = (r: Reporter) => officialSeries(r).years.at(-1);
  const blr22 = latest('blr');
  const chn22 = latest('chn');
  if (!blr22?.turnover || !chn22?.turnover) throw new Error('trade: the official series have no latest turnover');
  const derivedList = reporters.flatMap((r) => {
    const fields = officialSeries(r).years.flatMap((p) => (p.derived ?? []).map((d) => ({ year: p.year, field: d.field })));
    return fields.length
      ? [`${unique(fields.map((f) => f.year)).join(', ')} ${reporterName[r]} ${fields.map((f) => f.field).join(' and ')}`]
      : [];
  });
  const cite: SourceId[] = unique([
    ...tradeSeries.flatMap((s) => s.years.flatMap((p) => [p.source, ...(p.derived ?? []).map((d) => d.from)])),
    'belta-30-years',
    ...tradeMilestones.map((m) => m.source),
  ]);
  return {
    id: 'trade-growth',
    title: 'Belarus–China trade, 2000–2022',
    finding:
      `Belarus–China trade turnover grew ${blr.factor} times between ${growthSpan.from} and ${growthSpan.to} by Belarusian figures (${billions(blr.from)} to ${billions(blr.to)}) ` +
      `and ${chn.factor} times by Chinese figures (${billions(chn.from)} to ${billions(chn.to)}, IMF DOTS); ` +
      `official statements published since the talk put ${blr22.year} at ${billions(blr22.turnover)} (Belarus) and ${billions(chn22.turnover)} (China).`,
    tables: [
      imfTable('blr'),
      imfTable('chn'),
      officialTable(),
      {
        caption: `${tradeBelstatRevised.label} (not drawn): up to ${revisionPercent()}% above the IMF download, an apparent revision`,
        columns: [{ label: 'Year' }, { label: 'Turnover', unit: USD_M }, { label: 'Source' }],
        rows: tradeBelstatRevised.years.map((p) => [p.year, p.turnover, getSource(p.source).short]),
      },
    ],
    cite,
    footnotes: [
      `IMF data as downloaded in early 2022, to 2020; Belstat’s figures published in January 2022 are up to ${revisionPercent()}% higher (an apparent revision, not drawn). ` +
        `Outlined: official statements for 2021–22, kept apart; the 2022 figures and the 2021 breakdowns were published since the talk. ` +
        `Derived: the multiples and ${derivedList.join('; ')} (table).`,
    ],
    csvName: 'belarus-china-trade.csv',
    csv: tradeCsv(),
    views: {
      label: 'Whose statistics',
      note: 'Why the two sides’ figures differ: Belarus counts imports by country of origin, including Chinese goods arriving via Russia or the EU, and with freight and insurance (CIF); China counts its exports without them (FOB).',
      options: reporters.map((r) => ({ value: r, label: `${reporterName[r]} statistics` })),
    },
  };
}

function partnerSummary(): ChartSummary {
  const ds = partnerShares;
  const russia = ds.shares.russia;
  const china = ds.shares.china;
  const first = ds.years[0];
  const last = ds.years.at(-1);
  const official = officialShares.find((s) => s.partner === 'russia');
  const ukGap = ds.years.map((_, i) => Math.round(((ds.eu27PlusUk[i] ?? 0) - (ds.shares.eu27[i] ?? 0)) * 10) / 10);
  const columns = [
    { label: 'Year' },
    { label: 'Total goods trade', unit: USD_M },
    ...partnerIds.map((p) => ({ label: partnerLabels[p], unit: '%' })),
    { label: 'EU (27) + UK', unit: '%' },
  ];
  const rows: Cell[][] = ds.years.map((year, i) => [
    year,
    ds.totalUsdM[i] ?? null,
    ...partnerIds.map((p) => ds.shares[p][i] ?? null),
    ds.eu27PlusUk[i] ?? null,
  ]);
  return {
    id: 'partner-shares',
    title: 'Belarus’s goods trade by partner',
    finding:
      `Russia took close to half of Belarus’s goods trade in every year shown (${one(Math.min(...russia))}–${one(Math.max(...russia))}%, ${first}–${last}), ` +
      `while China’s share rose from ${one(china[0] ?? 0)}% to ${one(china.at(-1) ?? 0)}% (shares computed from IMF DOTS, Belarus as reporter).`,
    tables: [
      {
        caption: `Share of Belarus’s goods trade (exports + imports) by partner, ${first}–${last}, computed from IMF DOTS (derived)`,
        columns,
        rows,
      },
      {
        caption: 'Official figure after the IMF data (not joined to the series)',
        columns: [{ label: 'Year' }, { label: 'Partner' }, { label: 'Share of goods trade', unit: '%' }, { label: 'Source' }],
        rows: officialShares.map((s) => [s.year, partnerLabels[s.partner], s.share, getSource(s.source).short]),
      },
    ],
    cite: unique<SourceId>([...ds.sources, ...officialShares.map((s) => s.source)]),
    footnotes: [
      `Shares of Belarus’s exports + imports, computed from IMF DOTS values (derived). EU (27) = today’s members in every year; with the UK it is ${one(Math.min(...ukGap))}–${one(Math.max(...ukGap))} points higher (table).`,
      official ? `Outlined point: ${official.what.replace(/^[^:]*: /, '')}, an official figure drawn apart from the IMF-based line.` : '',
    ].filter((f) => f !== ''),
    csvName: 'belarus-trade-by-partner.csv',
    csv: toCsv(
      ['year', 'series', 'total_usd_m', ...partnerIds.map((p) => `${p}_pct`), 'eu27_plus_uk_pct', 'derived', 'source_id'],
      [
        ...ds.years.map((year, i) => [
          year,
          'imf-dots-computed',
          ds.totalUsdM[i] ?? null,
          ...partnerIds.map((p) => ds.shares[p][i] ?? null),
          ds.eu27PlusUk[i] ?? null,
          'yes',
          ds.sources[i] ?? null,
        ]),
        ...officialShares.map((s) => [
          s.year,
          'official-statement',
          null,
          ...partnerIds.map((p) => (p === s.partner ? s.share : null)),
          null,
          '',
          s.source,
        ]),
      ],
    ),
  };
}

function ladderSummary(): ChartSummary {
  const steps = partnershipLadder;
  const first = steps[0];
  const last = steps.at(-1);
  if (!first || !last) throw new Error('partnership-ladder: no steps');
  const csp = steps.find((s) => s.level === 5);
  if (!csp) throw new Error('partnership-ladder: no comprehensive strategic partnership step');
  const top = ladderCoding.at(-1);
  return {
    id: 'partnership-ladder',
    title: 'The formal level of China–Belarus relations, 1992–2022',
    finding:
      `On the deck’s own ordinal coding of China’s partnership labels, the formal level of China–Belarus relations rose step by step ` +
      `from ${first.wording} (${first.year}) to a ${csp.wording} (${csp.year}) and the ${last.wording} (${last.year}).`,
    tables: [
      {
        caption: 'Documents and the deck’s ordinal coding of their level (the coding is the deck’s own reading of the sources)',
        columns: [
          { label: 'Date' },
          { label: 'Document' },
          { label: 'Level wording' },
          { label: 'Code (deck’s reading)' },
          { label: 'Source' },
        ],
        rows: steps.map((s) => [s.date, s.document, s.wording, s.level, s.sources.map((id) => getSource(id).short).join('; ')]),
      },
      {
        caption: 'The deck’s ordinal coding',
        columns: [{ label: 'Code' }, { label: 'Level' }],
        rows: ladderCoding.map((c) => [c.level, c.name]),
      },
    ],
    cite: unique<SourceId>([...steps.flatMap((s) => s.sources), ...ladderCodingSources]),
    footnotes: [
      `Levels: the deck’s own ordinal reading of China’s ranked partnership labels, not a measure given by any source (1 = ${ladderCoding[1]?.name} … ${top?.level} = ${top?.name}; no Belarus–China document codes as 4, a plain strategic partnership, though officials used that phrase before 2013). Hollow points: documents that kept the level.`,
    ],
    csvName: 'china-belarus-partnership-ladder.csv',
    csv: toCsv(
      ['date', 'year', 'level_code', 'document', 'wording', 'source_ids'],
      steps.map((s) => [s.date, s.year, s.level, s.document, s.wording, s.sources.join(' ')]),
    ),
  };
}

export const chartSummaries: ReadonlyMap<ChartId, ChartSummary> = new Map<ChartId, ChartSummary>([
  ['trade-growth', tradeSummary()],
  ['partner-shares', partnerSummary()],
  ['partnership-ladder', ladderSummary()],
]);
