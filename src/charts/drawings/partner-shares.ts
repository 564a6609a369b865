/**
 * The partner-shares chart's browser half: one line per partner's share of Belarus's goods trade
 * (derived from IMF DOTS), the later official figures as points apart, from the plain series its
 * data module makes (`partnerSharesChartSeries` in src/data/partner-shares.ts) in the words the
 * page gives; the series come bundled as data (no data module's text). Build half:
 * src/charts/modules/partner-shares.ts.
 */
import { formatPercent } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import type { PartnerId } from '../../data/partner-shares.ts';
import type { ChartDrawing, XYChartConfig } from '../chart-module.ts';
import { common, tooltipLabel, yearText, type BuildOptions, type ValueMeta } from '../common.ts';
import type { ChartTheme } from '../theme.ts';
import { chartSeries, chartWords } from '../words.ts';

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
  const ds = chartSeries(options, 'partner-shares');
  const page = options.page;
  const words = chartWords(page, 'partner-shares');
  const metas: ValueMeta[][] = [];
  const datasets: XYChartConfig['data']['datasets'] = ds.partners.map((p) => {
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
  for (const p of ds.partners) {
    const points = ds.official.filter((s) => s.partner === p);
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

export const partnerSharesDrawing: ChartDrawing<'partner-shares'> = {
  id: 'partner-shares',
  config: buildPartnerSharesConfig,
};

export default partnerSharesDrawing;
