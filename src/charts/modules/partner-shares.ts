/**
 * The partner-shares chart: each partner's share of Belarus's goods trade, computed from IMF DOTS
 * (Belarus as reporter), with later official figures drawn apart. Summary and Chart.js
 * configuration from the same dataset module (src/data/partner-shares.ts).
 */
import type { Cell, ChartSummary } from '../../model/chart.ts';
import { formatNumber } from '../../model/format.ts';
import type { SourceId } from '../../data/sources.ts';
import { getSource } from '../../data/sources.ts';
import type { PartnerId } from '../../data/partner-shares.ts';
import { officialShares, partnerIds, partnerLabels, partnerShares } from '../../data/partner-shares.ts';
import type { ChartModule, XYChartConfig } from '../chart-module.ts';
import { common, tooltipLabel, unique, yearText, type BuildOptions, type ValueMeta } from '../common.ts';
import { toCsv } from '../csv.ts';
import type { ChartTheme } from '../theme.ts';

declare module '../../model/chart.ts' {
  interface ChartRegistry {
    'partner-shares': true;
  }
}

const USD_M = 'US$ m';

function summary(): ChartSummary {
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
      `Russia took close to half of Belarus’s goods trade in every year shown (${formatNumber(Math.min(...russia))}–${formatNumber(Math.max(...russia))}%, ${first}–${last}), ` +
      `while China’s share rose from ${formatNumber(china[0] ?? 0)}% to ${formatNumber(china.at(-1) ?? 0)}% (shares computed from IMF DOTS, Belarus as reporter).`,
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
    caption: 'Shares computed from IMF DOTS, Belarus as reporter; EU (27): today’s members in every year. Outlined: an official figure.',
    footnotes: [
      `Shares of Belarus’s exports + imports, computed from IMF DOTS values (derived). EU (27) = today’s members in every year; with the UK it is ${formatNumber(Math.min(...ukGap))}–${formatNumber(Math.max(...ukGap))} points higher (table).`,
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
  const metas: ValueMeta[][] = [];
  const datasets: XYChartConfig['data']['datasets'] = partnerIds.map((p) => {
    const style = partnerStyle[p];
    metas.push(ds.years.map((_, i) => ({ unit: '%', source: ds.sources[i] ?? null, derived: true })));
    return {
      label: partnerLabels[p],
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
    metas.push(points.map((s) => ({ unit: '%', source: s.source, derived: false, note: '(official figure)' })));
    datasets.push({
      label: `${partnerLabels[p]}, ${points.map((s) => s.year).join(', ')} (official)`,
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
          ...c.axis('% of Belarus’s goods trade'),
          min: 0,
          max: 70,
          ticks: { color: theme.ink, font: c.font, stepSize: 10, callback: (v) => `${v}%` },
        },
      },
      plugins: {
        legend: { ...c.legend },
        tooltip: {
          ...c.tooltip,
          callbacks: {
            title: (items) => yearText(items[0]?.parsed.x ?? ''),
            ...tooltipLabel<'line'>((item) => metas[item.datasetIndex]?.[item.dataIndex]),
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
