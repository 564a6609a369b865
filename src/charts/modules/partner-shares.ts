/**
 * The partner-shares chart's build half: each partner's share of Belarus's goods trade, computed
 * from IMF DOTS (Belarus as reporter), with later official figures drawn apart. Its id, its data's
 * checks, its summary and its PowerPoint chart, from its data module (src/data/partner-shares.ts);
 * the browser half is src/charts/drawings/partner-shares.ts.
 */
import type { Cell, ChartSummary } from '../../model/chart.ts';
import { formatNumber, formatPercent } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import type { SourceId } from '../../data/sources.ts';
import type { PartnerId } from '../../data/partner-shares.ts';
import { checkPartnerSharesData, officialShares, partnerIds, partnerShares } from '../../data/partner-shares.ts';
import { partnerSharesChartSeries, type PartnerSharesChartSeries } from '../../data/partner-shares.ts';
import type { ChartDefinition } from '../chart-module.ts';
import { unique } from '../common.ts';
import { toCsv } from '../../base/csv.ts';
import { hollow, type ChartPlan, type ChartSeries, type MarkerSymbol, type Palette } from '../powerpoint.ts';
import type { BrowserWords, SummaryContext } from '../words.ts';

declare module '../../model/chart.ts' {
  interface ChartRegistry {
    'partner-shares': PartnerSharesChartSeries;
  }
}

type Ctx = SummaryContext<'partner-shares'>;

function summary(ctx: Ctx): ChartSummary {
  const w = ctx.words;
  const pct = (n: number): string => formatPercent(n, 1, ctx.lang);
  const num = (n: number): string => formatNumber(n, 1, ctx.lang);
  const ds = partnerShares;
  const russia = ds.shares.russia;
  const china = ds.shares.china;
  const first = ds.years[0] ?? '';
  const last = ds.years.at(-1) ?? '';
  const official = officialShares.find((s) => s.partner === 'russia');
  const ukGap = ds.years.map((_, i) => Math.round(((ds.eu27PlusUk[i] ?? 0) - (ds.shares.eu27[i] ?? 0)) * 10) / 10);
  const columns = [
    { label: w.columns.year },
    { label: w.columns.total, unit: w.unitUsd },
    ...partnerIds.map((p) => ({ label: w.partners[p], unit: '%' })),
    { label: w.columns.eu27PlusUk, unit: '%' },
  ];
  const rows: Cell[][] = ds.years.map((year, i) => [
    year,
    ds.totalUsdM[i] ?? null,
    ...partnerIds.map((p) => ds.shares[p][i] ?? null),
    ds.eu27PlusUk[i] ?? null,
  ]);
  const c = w.csv;
  const cite = unique<SourceId>([...ds.sources, ...officialShares.map((s) => s.source)]);
  const tooltipIds = unique<SourceId>([...ds.sources, ...officialShares.map((s) => s.source)]);
  return {
    id: 'partner-shares',
    title: w.title,
    finding: fill(w.finding, {
      min: num(Math.min(...russia)),
      max: pct(Math.max(...russia)),
      first,
      last,
      chinaFrom: pct(china[0] ?? 0),
      chinaTo: pct(china.at(-1) ?? 0),
    }),
    tables: [
      { caption: fill(w.tables.shares, { first, last }), columns, rows },
      {
        caption: w.tables.official,
        columns: [
          { label: w.columns.year },
          { label: w.columns.partner },
          { label: w.columns.share, unit: '%' },
          { label: w.columns.source },
        ],
        rows: officialShares.map((s) => [s.year, w.partners[s.partner], s.share, ctx.source(s.source).short]),
      },
    ],
    cite,
    caption: w.caption,
    footnotes: [
      fill(w.footnotes.shares, { min: num(Math.min(...ukGap)), max: num(Math.max(...ukGap)) }),
      official
        ? fill(w.footnotes.official, { partner: w.partners[official.partner], share: pct(official.share), year: official.year })
        : '',
    ].filter((f) => f !== ''),
    csvName: 'belarus-trade-by-partner.csv',
    csv: toCsv(
      [
        c.year,
        c.series,
        c.total,
        ...partnerIds.map((p) => fill(c.partner, { partner: w.csvPartners[p] })),
        c.eu27PlusUk,
        c.derived,
        c.source,
      ],
      [
        ...ds.years.map((year, i) => [
          year,
          c.imf,
          ds.totalUsdM[i] ?? null,
          ...partnerIds.map((p) => ds.shares[p][i] ?? null),
          ds.eu27PlusUk[i] ?? null,
          c.yes,
          ds.sources[i] ?? null,
        ]),
        ...officialShares.map((s) => [
          s.year,
          c.official,
          null,
          ...partnerIds.map((p) => (p === s.partner ? s.share : null)),
          null,
          '',
          s.source,
        ]),
      ],
    ),
    browser: {
      words: w.browser,
      common: ctx.common.browser,
      sources: Object.fromEntries(tooltipIds.map((id) => [id, ctx.source(id).short])),
    },
  };
}

/* ---------- PowerPoint ---------- */

const partnerStyle: Record<PartnerId, { colour: (p: Palette) => string; symbol: MarkerSymbol; dash: 'solid' | 'dash' }> = {
  russia: { colour: (p) => p.series[3], symbol: 'circle', dash: 'solid' },
  eu27: { colour: (p) => p.series[0], symbol: 'square', dash: 'solid' },
  ukraine: { colour: (p) => p.series[4], symbol: 'triangle', dash: 'dash' },
  china: { colour: (p) => p.series[1], symbol: 'diamond', dash: 'solid' },
};

function partnerPlan(summary: ChartSummary, p: Palette): ChartPlan {
  const ds = partnerShares;
  const words = summary.browser.words as BrowserWords<'partner-shares'>;
  const x = [...new Set([...ds.years, ...officialShares.map((s) => s.year)])].sort((a, b) => a - b);
  const lines = partnerIds.map((id): ChartSeries => {
    const style = partnerStyle[id];
    return {
      name: words.partners[id],
      values: x.map((year) => {
        const i = ds.years.indexOf(year);
        return i < 0 ? null : (ds.shares[id][i] ?? null);
      }),
      style: {
        color: style.colour(p),
        lineWidth: id === 'russia' || id === 'china' ? 3 : 2.25,
        dash: style.dash,
        marker: { symbol: style.symbol, size: 7, fill: style.colour(p), line: style.colour(p) },
      },
    };
  });
  const official = partnerIds.flatMap((id): ChartSeries[] => {
    const points = officialShares.filter((s) => s.partner === id);
    if (points.length === 0) return [];
    const style = partnerStyle[id];
    return [
      {
        name: fill(words.officialSeries, { partner: words.partners[id], years: points.map((s) => s.year).join(', ') }),
        values: x.map((year) => points.find((s) => s.year === year)?.share ?? null),
        style: {
          color: style.colour(p),
          lineWidth: 0,
          marker: { symbol: style.symbol, size: 11, fill: hollow(style.colour(p), p), line: style.colour(p) },
        },
      },
    ];
  });
  return {
    kind: 'scatter',
    name: `Chart ${summary.id}`,
    alt: summary.finding,
    legend: true,
    x,
    series: [...lines, ...official],
    xAxis: { min: 1995, max: 2025, step: 5, format: '0' },
    yAxis: { title: words.axis, min: 0, max: 70, step: 10, format: '0"%"' },
  };
}

export const partnerSharesChart: ChartDefinition<'partner-shares'> = {
  id: 'partner-shares',
  checks: checkPartnerSharesData,
  summary,
  series: partnerSharesChartSeries,
  powerpoint: (summary, palette) => [partnerPlan(summary, palette)],
};
