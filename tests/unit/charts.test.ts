import { EN } from './fixtures/decks.ts';
import { describe, expect, it } from 'vitest';
import type { Chart, LegendItem, TooltipItem } from 'chart.js';
import type { ChartId, ChartSummary } from '../../src/model/chart.ts';
import { allChartSeries, chartIds } from '../../src/charts/registry.ts';
import { chartDrawings } from '../../src/charts/drawings.ts';
import { buildChartSummaries } from '../../src/charts/summaries.ts';
import { pageWords } from '../../src/charts/words.ts';
import { chartPageData } from '../../src/model/chart.ts';
import type { AnyChartConfig } from '../../src/charts/chart-module.ts';
import type { BuildOptions } from '../../src/charts/common.ts';
import { revisionPercent } from '../../src/charts/modules/trade-growth.ts';
import { buildTradeConfig } from '../../src/charts/drawings/trade-growth.ts';
import { buildPartnerSharesConfig } from '../../src/charts/drawings/partner-shares.ts';
import { buildLadderConfig } from '../../src/charts/drawings/partnership-ladder.ts';
import { parseCsv, toCsv } from '../../src/base/csv.ts';
import { placeLabels, stepLabelCandidates, steppedSegments } from '../../src/charts/plugins.ts';
import type { Rect } from '../../src/charts/plugins.ts';
import { defaultChartTheme, readChartTheme, withAlpha } from '../../src/charts/theme.ts';
import { renderArticleChart, renderSlideChart } from '../../src/render/blocks.ts';
import { formatDate, formatNumber } from '../../src/base/format.ts';
import { getSource } from '../../src/data/sources.ts';
import { growthFactor, imfSeries, officialSeries, TRADE_YEARS, tradeMilestones, tradeScaleMax, tradeSeries } from '../../src/data/trade.ts';
import { officialShares, partnerShares } from '../../src/data/partner-shares.ts';
import { ladderCoding, partnershipLadder } from '../../src/data/partnership-ladder.ts';

const chartSummaries = buildChartSummaries();
const buildChartConfig = (id: ChartId, options: BuildOptions): AnyChartConfig => {
  const drawing = chartDrawings.get(id);
  if (!drawing) throw new Error(`chart "${id}" has no browser half`);
  return drawing.config(options);
};

const theme = defaultChartTheme;
/** The words a page gives the chart chunk (English), as the build writes them. */
const pageData = chartPageData([...chartSummaries.values()], 'en');
if (!pageData) throw new Error('no chart words');
const page = pageWords(pageData);
const OFFICIAL_LEGEND = page.charts['trade-growth']?.legend.official ?? '';
const series = allChartSeries();
const still = { theme, animate: false, page, series } as const;

const summary = (id: (typeof chartIds)[number]): ChartSummary => {
  const s = chartSummaries.get(id);
  if (!s) throw new Error(`no summary for ${id}`);
  return s;
};

/** Calls a tooltip callback as Chart.js would, with just the fields our callbacks read. */
function tooltipItem(config: AnyChartConfig, datasetIndex: number, dataIndex: number): TooltipItem<'bar'> {
  const dataset = config.data.datasets[datasetIndex];
  const raw = dataset?.data[dataIndex];
  const y = typeof raw === 'number' ? raw : raw && typeof raw === 'object' ? raw.y : null;
  const x = raw && typeof raw === 'object' ? raw.x : dataIndex;
  return {
    datasetIndex,
    dataIndex,
    dataset,
    parsed: { x, y },
    label: (config.data.labels as readonly string[] | undefined)?.[dataIndex] ?? String(x),
  } as unknown as TooltipItem<'bar'>;
}

type Callbacks = {
  label?: (item: TooltipItem<'bar'>) => string | string[];
  footer?: (items: TooltipItem<'bar'>[]) => string;
  title?: (items: TooltipItem<'bar'>[]) => string;
};
const callbacksOf = (config: AnyChartConfig): Callbacks => (config.options?.plugins?.tooltip?.callbacks ?? {}) as Callbacks;

/** Every font size set in a config's scales and legend. */
function fontSizes(config: AnyChartConfig): number[] {
  const sizes: number[] = [];
  const visit = (value: unknown, key = ''): void => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
    else if (key === 'size' && typeof value === 'number') sizes.push(value);
  };
  visit(config.options?.scales);
  visit(config.options?.plugins?.legend);
  return sizes;
}

describe('trade chart configuration', () => {
  const blr = buildTradeConfig('blr', still);
  const chn = buildTradeConfig('chn', still);
  const labels = (c: typeof blr) => c.data.datasets.map((d) => d.label);

  it('draws exports and imports as stacked bars with turnover as a line, 2000–2022', () => {
    expect(blr.data.labels).toEqual(TRADE_YEARS.map(String));
    expect(TRADE_YEARS[0]).toBe(2000);
    expect(TRADE_YEARS.at(-1)).toBe(2022);
    expect(labels(blr)).toEqual([
      'Exports to China',
      'Imports from China',
      'Turnover',
      '2021–22 statements: exports',
      '2021–22 statements: imports',
      '2021–22 statements: turnover',
    ]);
    expect(blr.data.datasets.map((d) => d.type)).toEqual(['bar', 'bar', 'line', 'bar', 'bar', 'line']);
    expect(blr.options?.scales?.x?.stacked).toBe(true);
    expect(blr.options?.scales?.y?.stacked).toBe(true);
    // Turnover is in its own stack, so it is drawn at its value, not on top of the bars.
    const stacks = blr.data.datasets.map((d) => (d as { stack?: string }).stack);
    expect(stacks[0]).toBe(stacks[1]);
    expect(stacks[2]).not.toBe(stacks[0]);
  });

  it('takes its numbers from the datasets, and never joins the official statements to the IMF series', () => {
    const imf = imfSeries('blr');
    const [exports, imports, turnover, offExports, , offTurnover] = blr.data.datasets;
    expect(exports?.data.slice(0, 21)).toEqual(imf.years.map((y) => y.exports));
    expect(imports?.data.slice(0, 21)).toEqual(imf.years.map((y) => y.imports));
    expect(turnover?.data).toEqual([...imf.years.map((y) => y.turnover), null, null]);
    expect((turnover as { spanGaps?: boolean }).spanGaps).toBe(false);
    expect(offExports?.data).toEqual([...Array<null>(21).fill(null), ...officialSeries('blr').years.map((y) => y.exports)]);
    expect(offTurnover?.data.slice(21)).toEqual(officialSeries('blr').years.map((y) => y.turnover));
    expect((offTurnover as { showLine?: boolean }).showLine).toBe(false);
  });

  it('switches reporter: the Chinese statistics draw China’s figures (no official export/import split)', () => {
    expect(labels(chn)).toEqual(['Exports to China', 'Imports from China', 'Turnover', '2021–22 statements: turnover']);
    expect(chn.data.datasets[2]?.data.slice(0, 21)).toEqual(imfSeries('chn').years.map((y) => y.turnover));
    expect(chn.data.datasets[0]?.data).not.toEqual(blr.data.datasets[0]?.data);
    // One scale for both, so switching compares like with like.
    expect(blr.options?.scales?.y?.max).toBe(chn.options?.scales?.y?.max);
    expect(tradeScaleMax()).toBeGreaterThanOrEqual(5790);
    expect(buildChartConfig('trade-growth', { ...still, view: 'chn' }).data.datasets).toHaveLength(4);
  });

  it('says the unit, derived or rounded, and the source in its tooltips', () => {
    const cb = callbacksOf(blr);
    const at2005 = TRADE_YEARS.indexOf(2005);
    expect(cb.label?.(tooltipItem(blr, 0, at2005))).toBe('Exports to China: 430.9 US$ m');
    expect(cb.footer?.([tooltipItem(blr, 0, at2005)])).toBe(`Source: ${getSource('imf-dots-blr').short}`);
    const at2021 = TRADE_YEARS.indexOf(2021);
    expect(cb.label?.(tooltipItem(blr, 3, at2021))).toBe('2021–22 statements: exports: 900 US$ m (derived)');
    expect(cb.label?.(tooltipItem(blr, 5, at2021))).toBe('2021–22 statements: turnover: 5,100 US$ m (rounded)');
    expect(cb.footer?.([tooltipItem(blr, 5, at2021)])).toBe(`Source: ${getSource('belta-2021-turnover').short}`);
    expect(callbacksOf(chn).title?.([tooltipItem(chn, 0, at2005)])).toBe('2005, Chinese statistics');
  });

  it('has one legend entry for all official statements, which shows and hides them together', () => {
    const visible = new Set(blr.data.datasets.map((_, i) => i));
    const fakeChart = {
      data: blr.data,
      isDatasetVisible: (i: number) => visible.has(i),
      setDatasetVisibility: (i: number, v: boolean) => (v ? visible.add(i) : visible.delete(i)),
      update: () => undefined,
    };
    const legend = blr.options?.plugins?.legend;
    const items = legend?.labels?.generateLabels?.(fakeChart as unknown as Chart) ?? [];
    expect(items.map((i) => i.text)).toEqual(['Exports to China', 'Imports from China', 'Turnover', OFFICIAL_LEGEND]);
    const click = legend?.onClick as unknown as (e: unknown, item: LegendItem, l: { chart: typeof fakeChart }) => void;
    const official = items[3];
    if (!official) throw new Error('no official legend item');
    click(null, official, { chart: fakeChart });
    expect([...visible].sort()).toEqual([0, 1, 2]);
    click(null, official, { chart: fakeChart });
    expect(visible.size).toBe(6);
    const exportsItem = items[0];
    if (!exportsItem) throw new Error('no exports legend item');
    click(null, exportsItem, { chart: fakeChart });
    expect(visible.has(0)).toBe(false);
  });

  it('marks the milestones and the 2004–2013 span with its own plugin', () => {
    expect(tradeMilestones.map((m) => m.year)).toEqual([2001, 2005, 2013, 2015, 2019, 2022]);
    expect(blr.plugins?.map((p) => p.id)).toEqual(['timeMarks']);
    expect(growthFactor('blr').factor).toBe(7.5);
    expect(growthFactor('chn').factor).toBe(6.6);
  });
});

describe('partner shares and ladder configurations', () => {
  it('partner shares: one line per partner plus the 2021 official point, in per cent', () => {
    const c = buildPartnerSharesConfig(still);
    expect(c.data.datasets.map((d) => d.label)).toEqual(['Russia', 'EU (27)', 'Ukraine', 'China', 'Russia, 2021 (official)']);
    expect(c.data.datasets[0]?.data).toEqual(partnerShares.years.map((x, i) => ({ x, y: partnerShares.shares.russia[i] })));
    expect(c.data.datasets[4]?.data).toEqual(officialShares.map((s) => ({ x: s.year, y: s.share })));
    expect((c.data.datasets[4] as { showLine?: boolean }).showLine).toBe(false);
    const cb = callbacksOf(c);
    expect(cb.label?.(tooltipItem(c, 0, 1))).toBe('Russia: 58.3% (derived)');
    expect(cb.label?.(tooltipItem(c, 4, 0))).toBe('Russia, 2021 (official): 49% (official figure)');
    expect(cb.footer?.([tooltipItem(c, 4, 0)])).toBe(`Source: ${getSource('belarus-mfa-2021').short}`);
  });

  it('ladder: a stepped line through every document, held to the axis end, with the deck’s coding in tooltips', () => {
    const c = buildLadderConfig(still);
    const ds = c.data.datasets[0];
    expect((ds as { stepped?: unknown }).stepped).toBe('before');
    expect(ds?.data.slice(0, partnershipLadder.length)).toEqual(partnershipLadder.map((s) => ({ x: s.at, y: s.level })));
    expect(ds?.data.at(-1)).toEqual({ x: c.options?.scales?.x?.max, y: partnershipLadder.at(-1)?.level });
    const label = callbacksOf(c).label?.(tooltipItem(c, 0, 4));
    expect(label).toEqual(['“comprehensive strategic partnership”', 'Level 5 on the deck’s coding: comprehensive strategic partnership']);
    expect(c.plugins?.map((p) => p.id)).toEqual(['stepLabels']);
  });

  it('every chart: labels at least 18px, animation off when asked, theme colours from CSS variables', () => {
    for (const id of chartIds) {
      const config = buildChartConfig(id, still);
      const sizes = fontSizes(config);
      expect(sizes.length, id).toBeGreaterThan(0);
      expect(Math.min(...sizes), id).toBeGreaterThanOrEqual(18);
      expect(config.options?.animation, id).toBe(false);
      expect(buildChartConfig(id, { theme, animate: true, page, series }).options?.animation, id).toHaveProperty(
        'duration',
        expect.any(Number),
      );
    }
    const read = readChartTheme((name) => ({ '--chart-1': ' #112233 ', '--ink': '#000000' })[name] ?? '');
    expect(read.series[0]).toBe('#112233');
    expect(read.ink).toBe('#000000');
    expect(read.series[1]).toBe(defaultChartTheme.series[1]);
    expect(read.fontSize).toBe(18);
    expect(withAlpha('#0b6aa6', 0.5)).toBe('rgba(11, 106, 166, 0.5)');
  });
});

describe('chart summaries: finding, tables, CSV and sources from the same data', () => {
  it('have one summary per chart, each with sources that exist', () => {
    expect([...chartSummaries.keys()].sort()).toEqual([...chartIds].sort());
    for (const s of chartSummaries.values()) {
      expect(s.cite.length).toBeGreaterThan(0);
      for (const id of s.cite) expect(() => getSource(id)).not.toThrow();
    }
  });

  it('trade: the finding states the growth from the data; every point’s source is cited', () => {
    const s = summary('trade-growth');
    expect(s.finding).toContain('grew 7.5 times between 2004 and 2013 by Belarusian figures ($0.44bn to $3.29bn)');
    expect(s.finding).toContain('6.6 times by Chinese figures ($0.22bn to $1.45bn');
    expect(s.finding).toContain('$5.79bn (Belarus) and $5.08bn (China)');
    for (const series of tradeSeries) for (const p of series.years) expect(s.cite).toContain(p.source);
    for (const m of tradeMilestones) expect(s.cite).toContain(m.source);
    expect(s.views?.options.map((o) => o.value)).toEqual(['blr', 'chn']);
    expect(s.views?.note).toMatch(/country of origin.*CIF.*FOB/);
    expect(s.footnotes.join(' ')).toMatch(/downloaded in early 2022/);
    expect(s.footnotes.join(' ')).toMatch(/Derived:/);
    expect(revisionPercent()).toBe(6);
  });

  it('trade: the tables hold the datasets’ numbers, derived cells labelled', () => {
    const [blrTable, chnTable, official] = summary('trade-growth').tables;
    expect(blrTable?.rows).toEqual(imfSeries('blr').years.map((p) => [p.year, p.exports, p.imports, p.turnover]));
    expect(chnTable?.rows).toEqual(imfSeries('chn').years.map((p) => [p.year, p.exports, p.imports, p.turnover]));
    expect(official?.rows[0]).toEqual([
      2021,
      'Belarusian',
      '≈900 (derived)',
      '≈4,200 (derived)',
      '≈5,100',
      'BelTA via Dzen, Sep 2022; Interfax (Snopkov), 2023',
      'partly since the talk',
    ]);
    // The 2022 figures were published in 2023: the table says so, and so does the footnote.
    expect(official?.rows.filter((r) => r[0] === 2022).map((r) => r.at(-1))).toEqual(['since the talk', 'since the talk']);
    expect(summary('trade-growth').footnotes.join(' ')).toMatch(/since the talk/);
    expect(official?.rows.find((r) => r[0] === 2021 && r[1] === 'Chinese')?.[4]).toBe('≈3,820 (derived)');
  });

  it('trade: the CSV has one row per data point, equal to the data', () => {
    const [header, ...rows] = parseCsv(summary('trade-growth').csv);
    expect(header).toEqual([
      'series',
      'statistics',
      'year',
      'exports_usd_m',
      'imports_usd_m',
      'turnover_usd_m',
      'derived',
      'rounded',
      'source_id',
    ]);
    const points = tradeSeries.flatMap((s) => s.years.map((p) => ({ s, p })));
    expect(rows).toHaveLength(points.length);
    points.forEach(({ s, p }, i) => {
      const row = rows[i] ?? [];
      expect(row[0]).toBe(s.id);
      expect(Number(row[2])).toBe(p.year);
      expect(row[3] === '' ? null : Number(row[3])).toBe(p.exports);
      expect(row[4] === '' ? null : Number(row[4])).toBe(p.imports);
      expect(row[5] === '' ? null : Number(row[5])).toBe(p.turnover);
      expect(row[6]).toBe((p.derived ?? []).map((d) => d.field).join(' '));
      expect(row[8]).toBe(p.source);
    });
  });

  it('partner shares: finding from the data, table and CSV equal to it', () => {
    const s = summary('partner-shares');
    expect(s.finding).toContain('(46.6–58.3%, 1995–2020)');
    expect(s.finding).toContain('from 0.3% to 7.2%');
    expect(s.tables[0]?.rows[1]).toEqual([2000, 15977, 58.3, 23.5, 5.6, 1.1, 24.8]);
    const [header, ...rows] = parseCsv(s.csv);
    expect(header).toEqual([
      'year',
      'series',
      'total_usd_m',
      'russia_pct',
      'eu27_pct',
      'ukraine_pct',
      'china_pct',
      'eu27_plus_uk_pct',
      'derived',
      'source_id',
    ]);
    expect(rows.map((r) => Number(r[0]))).toEqual([...partnerShares.years, ...officialShares.map((o) => o.year)]);
    expect(rows.at(-1)).toEqual(['2021', 'official-statement', '', '49', '', '', '', '', '', 'belarus-mfa-2021']);
    expect(s.footnotes[0]).toMatch(/derived/);
    expect(s.footnotes[0]).toContain('1–5.5 points higher');
  });

  it('ladder: marks the coding as the deck’s own reading; table and CSV list every document', () => {
    const s = summary('partnership-ladder');
    expect(s.finding).toMatch(/deck’s own ordinal coding/);
    expect(s.finding).toContain('diplomatic relations (1992)');
    expect(s.finding).toContain('all-weather comprehensive strategic partnership (2022)');
    expect(s.footnotes[0]).toMatch(/deck’s own ordinal reading.*not a measure given by any source/);
    expect(s.footnotes[0]).toMatch(/Hollow points/);
    expect(s.tables[0]?.rows.map((r) => r[0])).toEqual(partnershipLadder.map((p) => formatDate(p.date)));
    expect(s.tables[1]?.rows).toEqual(ladderCoding.map((c) => [c.level, c.name]));
    expect(s.cite).toEqual(expect.arrayContaining(['piie-partnerships', 'csis-xiang']));
    const [, ...rows] = parseCsv(s.csv);
    expect(rows.map((r) => [r[0], Number(r[2])])).toEqual(partnershipLadder.map((p) => [p.date, p.level]));
  });
});

describe('the chart place as rendered at build time', () => {
  const slide = renderSlideChart(summary('trade-growth'), EN);
  const html = renderArticleChart(summary('trade-growth'), EN);

  it('on a slide: the canvas named by the finding, the statistics switch, the Data button, and a place the tables are copied into', () => {
    expect(slide).toContain('data-view="blr"');
    expect(slide).toContain('<button type="button" class="chart-data-toggle" aria-controls="trade-growth-data" aria-expanded="false"');
    expect(slide).toMatch(/<canvas role="img" aria-label="Belarus–China trade turnover grew 7\.5 times/);
    // The page holds the tables once, in the article.
    expect(slide).toContain('<div class="chart-data" id="trade-growth-data" data-fill="chart-data" data-chart-id="trade-growth"></div>');
    expect(slide).not.toContain('<table');
  });

  it('in the article: a captioned figure with the switch, the canvas, and its data beneath with the CSV link', () => {
    expect(html).toContain('data-view="blr"');
    expect(html).toMatch(
      /^<figure class="chart" data-chart="trade-growth" data-view="blr"><figcaption class="chart-caption"><strong>Belarus–China trade, 2000–2022\.<\/strong> Belarus–China trade turnover grew/,
    );
    expect(html).toContain('<details class="chart-data-details"><summary>The data behind the chart: 5 tables and a CSV file</summary>');
    expect(html).toMatch(
      /<div class="chart-views" role="group" aria-label="Whose statistics"><button type="button" class="chart-view" value="blr" aria-pressed="true">Belarusian statistics<\/button><button type="button" class="chart-view" value="chn" aria-pressed="false">Chinese statistics<\/button><\/div>/,
    );
    expect(html).toMatch(/<canvas role="img" aria-label="Belarus–China trade turnover grew 7\.5 times/);
    const href = /href="data:text\/csv;charset=utf-8,([^"]+)"/.exec(html)?.[1] ?? '';
    expect(decodeURIComponent(href.replace(/&amp;/g, '&'))).toBe(summary('trade-growth').csv);
  });

  it('renders every table cell of the summary', () => {
    for (const table of summary('trade-growth').tables) {
      for (const row of table.rows) {
        const cell = row[3];
        if (typeof cell === 'number') expect(html).toContain(`<td>${formatNumber(cell)}</td>`);
      }
    }
  });
});

describe('CSV and label layout helpers', () => {
  it('quotes what needs quoting and parses back', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, "y"', 1],
        [null, 2.5],
      ],
    );
    expect(text).toBe('a,b\n"x, ""y""",1\n,2.5\n');
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x, "y"', '1'],
      ['', '2.5'],
    ]);
  });

  const area: Rect = { x: 0, y: 0, w: 400, h: 200 };
  const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

  it('places labels clear of each other and of obstacles, and leaves out one that has no room', () => {
    const box = (x: number, y: number): Rect => ({ x, y, w: 100, h: 20 });
    const placed = placeLabels([[box(10, 10)], [box(50, 10), box(50, 40)], [box(60, 10)]], area, [{ x: 0, y: 60, w: 400, h: 10 }]);
    expect(placed[0]).toEqual(box(10, 10));
    expect(placed[1]).toEqual(box(50, 40));
    expect(placed[2]).toBeNull();
  });

  it('takes a label’s second form (two lines, narrower) where its one line would cross the next riser, and says which', () => {
    // A step at (120, 100) and the next riser at x = 170: a 120-px line above-right would cross it.
    const riser = steppedSegments([
      { x: 120, y: 100 },
      { x: 170, y: 60 },
    ]);
    const forms = [
      { w: 120, h: 18, lines: ['2001 Joint Statement'] },
      { w: 60, h: 36, lines: ['2001', 'Joint Statement'] },
    ];
    const candidates = forms.flatMap((f) =>
      stepLabelCandidates({ x: 120, y: 100, raises: true }, f.w, f.h).map((r) => ({ ...r, lines: f.lines })),
    );
    // No room below the step (the plot's bottom) nor left of it (the axis).
    const [placed] = placeLabels([candidates], { x: 40, y: 0, w: 360, h: 110 }, riser);
    expect(placed?.lines).toEqual(['2001', 'Joint Statement']);
    expect(riser.some((r) => placed && overlap(placed, r))).toBe(false);
  });

  it('puts a step label above-left of a rising step and keeps it off the stepped line', () => {
    const [first] = stepLabelCandidates({ x: 200, y: 100, raises: true }, 80, 20);
    expect(first).toEqual({ x: 114, y: 74, w: 80, h: 20 });
    const segments = steppedSegments([
      { x: 0, y: 150 },
      { x: 200, y: 100 },
    ]);
    expect(segments).toHaveLength(2);
    expect(segments.some((s) => overlap(s, first ?? area))).toBe(false);
  });
});

describe('the phone layout (compact)', () => {
  const phone = { theme: { ...theme, fontSize: 13 }, animate: false, compact: true, page, series } as const;

  it('puts every chart’s legend under the plot, with markers no larger than its text', () => {
    for (const id of chartIds) {
      const legend = buildChartConfig(id, phone).options?.plugins?.legend;
      if (legend?.display === false) continue;
      expect(legend?.position, id).toBe('bottom');
      const labels = legend?.labels;
      expect(labels?.boxHeight ?? 0, id).toBeLessThanOrEqual(13);
      expect(labels?.pointStyleWidth ?? 0, id).toBeLessThanOrEqual(13);
    }
    // The full layout keeps its legend on top.
    expect(buildChartConfig('trade-growth', still).options?.plugins?.legend?.position).toBe('top');
  });

  it('moves the trade chart’s milestone labels into a strip above the plot, and shortens the long legend entry', () => {
    const compact = buildTradeConfig('blr', phone);
    const full = buildTradeConfig('blr', still);
    const top = (c: AnyChartConfig): number => (c.options?.layout?.padding as { top?: number } | undefined)?.top ?? 0;
    expect(top(compact)).toBeGreaterThan(top(full) + 4 * 13);
    const legendOf = (c: AnyChartConfig): string[] => {
      const generate = c.options?.plugins?.legend?.labels?.generateLabels;
      const chart = { isDatasetVisible: () => true } as unknown as Chart;
      return (generate?.(chart) ?? []).map((i) => i.text);
    };
    expect(legendOf(full)).toContain(OFFICIAL_LEGEND);
    expect(legendOf(compact)).not.toContain(OFFICIAL_LEGEND);
    expect(Math.max(...legendOf(compact).map((t) => t.length))).toBeLessThan(45);
  });
});
