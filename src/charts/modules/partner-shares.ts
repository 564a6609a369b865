/**
 * The partner-shares chart: each partner's share of Belarus's goods trade, computed from IMF DOTS
 * (Belarus as reporter), with later official figures drawn apart. Summary and Chart.js
 * configuration from the same dataset module (src/data/partner-shares.ts).
 */
import type { Cell, ChartSummary } from '../../model/chart.ts';
import { formatNumber, formatPercent } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import type { SourceId } from '../../data/sources.ts';
import type { PartnerId } from '../../data/partner-shares.ts';
import { officialShares, partnerIds, partnerShares } from '../../data/partner-shares.ts';
import type { ChartModule, XYChartConfig } from '../chart-module.ts';
import { common, tooltipLabel, unique, yearText, type BuildOptions, type ValueMeta } from '../common.ts';
import { toCsv } from '../../base/csv.ts';
import type { ChartTheme } from '../theme.ts';
import { chartWords, type SummaryContext } from '../words.ts';

declare module '../../model/chart.ts' {
  interface ChartRegistry {
    'partner-shares': true;
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

const partnerStyle: Record<
  PartnerId,
  { colour: (t: ChartTheme) => string; point: 'circle' | 'rect' | 'triangle' | 'rectRot'; dash: number[] }
> = {
  russia: { colour: (t) => t.series[3], point: 'circle', dash: [] },
  eu27: { colour: (t) => t.series[0], point: 'rect', dash: [] },
  ukraine: { colour: (t) => t.series[4], point: 'triangle', dash: [8, 5] },
  china: { colour: (t) => t.series[1], point: 'rectRot', dash: [] },
};

export function buildPartnerSharesConfig(options: BuildOptions): XYChartConfig {
  const { theme } = options;
  const c = common(theme, options.animate, options.compact);
  const ds = partnerShares;
  const page = options.page;
  const words = chartWords(page, 'partner-shares');
  const metas: ValueMeta[][] = [];
  const datasets: XYChartConfig['data']['datasets'] = partnerIds.map((p) => {
    const style = partnerStyle[p];
    metas.push(ds.years.map((_, i) => ({ unit: '%', source: ds.sources[i] ?? null, derived: true })));
    return {
      label: words.partners[p],
      data: ds.years.map((year, i) => ({ x: year, y: ds.shares[p][i] ?? Number.NaN })),
      borderColor: style.colour(theme),
      backgroundColor: style.colour(theme),
      // Thinner on a phone: the legend draws its markers with the same stroke, which made them oversized there.
      borderWidth: options.compact ? 2 : p === 'russia' || p === 'china' ? 4 : 3,
      borderDash: style.dash,
      pointStyle: style.point,
      pointRadius: options.compact ? 4 : 6,
      pointHoverRadius: options.compact ? 6 : 8,
      tension: 0,
    };
  });
  for (const p of partnerIds) {
    const points = officialShares.filter((s) => s.partner === p);
    if (points.length === 0) continue;
    metas.push(points.map((s) => ({ unit: '%', source: s.source, derived: false, note: words.officialNote })));
    datasets.push({
      label: fill(words.officialSeries, { partner: words.partners[p], years: points.map((s) => s.year).join(', ') }),
      data: points.map((s) => ({ x: s.year, y: s.share })),
      showLine: false,
      borderColor: partnerStyle[p].colour(theme),
      backgroundColor: theme.paper,
      borderWidth: options.compact ? 2 : 3,
      pointStyle: partnerStyle[p].point,
      pointRadius: options.compact ? 6 : 9,
      pointHoverRadius: options.compact ? 8 : 11,
    });
  }
  const first = ds.years[0] ?? 1995;
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...c.base,
      scales: {
        x: {
          ...c.axis(''),
          type: 'linear',
          min: first - 1,
          max: 2022,
          grid: { display: false },
          afterBuildTicks: (axis) => {
            axis.ticks = [1995, 2000, 2005, 2010, 2015, 2020].filter((v) => v >= first - 1).map((value) => ({ value }));
          },
          ticks: { color: theme.ink, font: c.font, callback: (v) => yearText(v) },
        },
        y: {
          ...c.axis(words.axis),
          min: 0,
          max: 70,
          ticks: { color: theme.ink, font: c.font, stepSize: 10, callback: (v) => formatPercent(Number(v), 0, page.lang) },
        },
      },
      plugins: {
        legend: { ...c.legend },
        tooltip: {
          ...c.tooltip,
          callbacks: {
            title: (items) => yearText(items[0]?.parsed.x ?? ''),
            ...tooltipLabel<'line'>(page, (item) => metas[item.datasetIndex]?.[item.dataIndex]),
          },
        },
      },
    },
  };
}

/* ---------- Partnership ladder ---------- */

export const partnerSharesChart: ChartModule<'partner-shares'> = {
  id: 'partner-shares',
  summary,
  config: buildPartnerSharesConfig,
};
