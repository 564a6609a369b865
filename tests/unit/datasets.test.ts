import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/base/csv.ts';
import { sources } from '../../src/data/sources.ts';
import type { SourceId } from '../../src/data/sources.ts';
import type { TradeSeries } from '../../src/data/trade.ts';
import {
  tradeBelstatRevised,
  tradeImfBelarus,
  tradeImfChina,
  tradeOfficialBelarus,
  tradeOfficialChina,
  tradeSeries,
  validateTradeSeries,
} from '../../src/data/trade.ts';
import type { PartnerSharesDataset } from '../../src/data/partner-shares.ts';
import { officialShares, partnerIds, partnerShares, validateOfficialShares, validatePartnerShares } from '../../src/data/partner-shares.ts';
import type { LadderStep } from '../../src/data/partnership-ladder.ts';
import { ladderCoding, partnershipLadder, validateLadder } from '../../src/data/partnership-ladder.ts';
import { DatasetValidationError } from '../../src/data/validate-dataset.ts';
import { assertChartDataValid, chartDataProblems } from '../../src/charts/summaries.ts';

const trade = (years: TradeSeries['years'], kind: TradeSeries['kind'] = 'imf'): TradeSeries => ({
  id: 'fixture-trade',
  reporter: 'blr',
  kind,
  label: 'Fixture',
  years,
});
const ok = (year: number, exports = 10, imports = 20, turnover = 30) => ({
  year,
  exports,
  imports,
  turnover,
  source: 'imf-dots-blr' as SourceId,
});

describe('dataset validation: each rule names the dataset and the year', () => {
  it('accepts a good fixture and the deck’s own datasets', () => {
    expect(validateTradeSeries(trade([ok(2000), ok(2001)]), sources)).toEqual([]);
    expect(chartDataProblems(sources)).toEqual([]);
    expect(() => assertChartDataValid(sources)).not.toThrow();
  });

  it('rejects a missing source and a source not in the registry', () => {
    expect(validateTradeSeries(trade([ok(2000), { ...ok(2001), source: '' as SourceId }]), sources)).toEqual([
      'dataset "fixture-trade", year 2001: missing source',
    ]);
    expect(validateTradeSeries(trade([{ ...ok(2000), source: 'nowhere' as SourceId }]), sources)).toEqual([
      'dataset "fixture-trade", year 2000: source "nowhere" is not in the source registry',
    ]);
  });

  it('rejects a year out of order or repeated', () => {
    expect(validateTradeSeries(trade([ok(2000), ok(2002), ok(2001)]), sources)).toEqual([
      'dataset "fixture-trade", year 2001: year out of order (comes after 2002)',
    ]);
    expect(validateTradeSeries(trade([ok(2000), ok(2000)]), sources)).toEqual(['dataset "fixture-trade", year 2000: year repeated']);
  });

  it('rejects a negative value', () => {
    expect(validateTradeSeries(trade([ok(2003, -10, 40, 30)]), sources)).toEqual([
      'dataset "fixture-trade", year 2003: exports is negative (-10)',
    ]);
  });

  it('rejects a turnover that is not exports + imports within rounding', () => {
    // IMF figures are to 0.1: a 0.1 gap is rounding, a 0.5 gap is a typo.
    expect(validateTradeSeries(trade([ok(2004, 282.9, 157.1, 439.9)]), sources)).toEqual([]);
    expect(validateTradeSeries(trade([ok(2004, 282.9, 157.1, 440.5)]), sources)).toEqual([
      'dataset "fixture-trade", year 2004: turnover 440.5 is not exports + imports (282.9 + 157.1 = 440) within rounding (±0.2)',
    ]);
    // Statements in $bn with two decimals: ten-million rounding.
    expect(validateTradeSeries(trade([ok(2022, 1610, 4180, 5790)], 'official'), sources)).toEqual([]);
    expect(validateTradeSeries(trade([ok(2022, 1610, 4180, 5990)], 'official'), sources)).toEqual([
      expect.stringMatching(/^dataset "fixture-trade", year 2022: turnover 5990 is not exports \+ imports/),
    ]);
  });

  const shares = (over: Partial<PartnerSharesDataset> = {}): PartnerSharesDataset => ({
    id: 'fixture-shares',
    years: [2000, 2005],
    totalUsdM: [100, 200],
    shares: { russia: [50, 48], eu27: [20, 25], ukraine: [5, 6], china: [1, 2] },
    eu27PlusUk: [21, 26],
    sources: ['imf-dots-blr', 'imf-dots-blr'],
    ...over,
  });

  it('rejects a series whose length differs from its labels (years)', () => {
    expect(validatePartnerShares(shares(), sources)).toEqual([]);
    expect(validatePartnerShares(shares({ shares: { russia: [50], eu27: [20, 25], ukraine: [5, 6], china: [1, 2] } }), sources)).toEqual([
      'dataset "fixture-shares", year 2005: series "russia" has 1 values for 2 years (lengths differ from year 2005)',
    ]);
    expect(validatePartnerShares(shares({ sources: ['imf-dots-blr'] }), sources)).toContain(
      'dataset "fixture-shares", year 2005: missing source',
    );
  });

  it('rejects negative or impossible shares, naming the year', () => {
    expect(
      validatePartnerShares(
        shares({ shares: { russia: [50, 48], eu27: [20, -25], ukraine: [5, 6], china: [1, 2] }, eu27PlusUk: [21, 0] }),
        sources,
      ),
    ).toContain('dataset "fixture-shares", year 2005: eu27 share is negative (-25)');
    expect(
      validatePartnerShares(shares({ shares: { russia: [90, 48], eu27: [20, 25], ukraine: [5, 6], china: [1, 2] } }), sources),
    ).toEqual(['dataset "fixture-shares", year 2000: partner shares add up to 116%, above 100%']);
    expect(
      validateOfficialShares(
        'fixture-official',
        [{ year: 2021, partner: 'russia', share: 49, source: 'missing' as SourceId, what: '' }],
        sources,
      ),
    ).toEqual(['dataset "fixture-official", year 2021: source "missing" is not in the source registry']);
  });

  const step = (year: number, level: number, over: Partial<LadderStep> = {}): LadderStep => ({
    date: String(year),
    at: year + 0.5,
    year,
    document: 'A document',
    label: 'A label',
    wording: 'wording',
    level,
    sources: ['china-mfa-profile'],
    ...over,
  });
  const codes = ladderCoding.map((c) => c.level);

  it('checks the ladder: order, sources, and levels on the coding scale', () => {
    expect(validateLadder('fixture-ladder', [step(1992, 1), step(2013, 5)], codes, sources)).toEqual([]);
    expect(validateLadder('fixture-ladder', [step(2013, 5), step(1992, 1)], codes, sources)).toEqual([
      'dataset "fixture-ladder", year 1992: year out of order (comes after 2013)',
      'dataset "fixture-ladder", year 1992: date out of order',
    ]);
    expect(validateLadder('fixture-ladder', [step(1992, 1, { sources: [] })], codes, sources)).toEqual([
      'dataset "fixture-ladder", year 1992: missing source',
    ]);
    expect(validateLadder('fixture-ladder', [step(1992, 4.5)], codes, sources)).toEqual([
      'dataset "fixture-ladder", year 1992: level 4.5 is not on the deck\'s coding scale',
    ]);
    expect(validateLadder('fixture-ladder', [step(1992, -1)], codes, sources)).toContain(
      'dataset "fixture-ladder", year 1992: level is negative (-1)',
    );
  });

  it('throws one error listing every problem', () => {
    const error = new DatasetValidationError(['a', 'b']);
    expect(error.message).toBe('2 dataset problem(s):\n  - a\n  - b');
  });
});

describe('the deck’s datasets', () => {
  it('cover 2000–2020 from both IMF reporters, every year, each point sourced', () => {
    for (const s of [tradeImfBelarus, tradeImfChina]) {
      expect(s.years.map((y) => y.year)).toEqual(Array.from({ length: 21 }, (_, i) => 2000 + i));
    }
    expect(tradeImfBelarus.years.every((y) => y.source === 'imf-dots-blr')).toBe(true);
    expect(tradeImfChina.years.every((y) => y.source === 'imf-dots-chn')).toBe(true);
  });

  it('keep the 2021–2022 statements apart from the IMF series, with derived values marked and reproducible', () => {
    expect(tradeOfficialBelarus.kind).toBe('official');
    expect(tradeOfficialChina.kind).toBe('official');
    const blr21 = tradeOfficialBelarus.years.find((y) => y.year === 2021);
    const blr22 = tradeOfficialBelarus.years.find((y) => y.year === 2022);
    const chn21 = tradeOfficialChina.years.find((y) => y.year === 2021);
    const chn22 = tradeOfficialChina.years.find((y) => y.year === 2022);
    // 2022 exports were "1.8-fold" 2021's, "+$700m": 2021 ≈ 1610 / 1.8 ≈ 1610 − 700.
    expect(blr21?.derived?.map((d) => d.field)).toEqual(['exports', 'imports']);
    expect(Math.abs((blr21?.exports ?? 0) - (blr22?.exports ?? 0) / 1.8)).toBeLessThan(20);
    expect(Math.abs((blr21?.exports ?? 0) - ((blr22?.exports ?? 0) - 700))).toBeLessThan(20);
    // China 2022 = 5.08bn, +33% on 2021.
    expect(chn21?.derived?.map((d) => d.field)).toEqual(['turnover']);
    expect(Math.abs((chn21?.turnover ?? 0) - (chn22?.turnover ?? 0) / 1.33)).toBeLessThan(1);
  });
});

/** The shared research folder: present in CI and on the team's machines; the product never reads it. */
const SHARED = resolve(__dirname, '../../../shared/data');
const haveShared = existsSync(resolve(SHARED, 'research.md'));

function csvRows(file: string): Map<number, { exports: number | null; imports: number | null; turnover: number | null }> {
  const [header, ...rows] = parseCsv(readFileSync(resolve(SHARED, file), 'utf8'));
  expect(header?.slice(0, 4)).toEqual(['year', 'exports_usd_m', 'imports_usd_m', 'turnover_usd_m']);
  const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
  return new Map(rows.map((r) => [Number(r[0]), { exports: num(r[1]), imports: num(r[2]), turnover: num(r[3]) }]));
}

describe.skipIf(!haveShared)('cross-check against ../shared/data', () => {
  it('IMF series equal the CSVs for every year the modules hold, and hold every CSV year from 2000', () => {
    for (const [series, file] of [
      [tradeImfBelarus, 'trade_imf_dots_belarus_reporter.csv'],
      [tradeImfChina, 'trade_imf_dots_china_reporter.csv'],
    ] as const) {
      const csv = csvRows(file);
      expect(series.years.map((y) => y.year)).toEqual([...csv.keys()].filter((y) => y >= 2000));
      for (const point of series.years) {
        expect({ year: point.year, exports: point.exports, imports: point.imports, turnover: point.turnover }).toEqual({
          year: point.year,
          ...csv.get(point.year),
        });
      }
    }
  });

  it('official figures equal the press CSVs; anything the CSV leaves blank is marked derived', () => {
    const check = (series: TradeSeries, file: string) => {
      const csv = csvRows(file);
      for (const point of series.years) {
        const row = csv.get(point.year);
        for (const field of ['exports', 'imports', 'turnover'] as const) {
          const value = point[field];
          if (value === null) continue;
          const derived = point.derived?.some((d) => d.field === field) ?? false;
          if (derived) continue;
          expect(row?.[field], `${series.id} ${point.year} ${field}`).toBe(value);
        }
        for (const d of point.derived ?? [])
          expect(row?.[d.field] ?? null, `${series.id} ${point.year} ${d.field} is in the CSV`).toBeNull();
      }
    };
    check(tradeOfficialBelarus, 'trade_belarus_official_press.csv');
    check(tradeOfficialChina, 'trade_china_customs_press.csv');
    check(tradeBelstatRevised, 'trade_belarus_official_press.csv');
    expect(tradeSeries).toHaveLength(5);
  });

  const research = haveShared ? readFileSync(resolve(SHARED, 'research.md'), 'utf8') : '';

  it('partner shares equal research.md table B.1 row by row', () => {
    const section = research.slice(research.indexOf('### B.1'), research.indexOf('Export-side vs import-side'));
    const rows = [
      ...section.matchAll(/^\| (\d{4}) \| ([\d,]+) \| ([\d.]+)% \| ([\d.]+)% \| ([\d.]+)% \| ([\d.]+)% \| ([\d.]+)% \|$/gm),
    ].map((m) => m.slice(1).map((v) => Number(v.replace(/,/g, ''))));
    expect(rows.map((r) => r[0])).toEqual(partnerShares.years);
    rows.forEach((r, i) => {
      expect([r[1], r[2], r[3], r[4], r[5], r[6]]).toEqual([
        partnerShares.totalUsdM[i],
        partnerShares.shares.russia[i],
        partnerShares.shares.eu27[i],
        partnerShares.eu27PlusUk[i],
        partnerShares.shares.ukraine[i],
        partnerShares.shares.china[i],
      ]);
    });
    expect(partnerIds).toEqual(['russia', 'eu27', 'ukraine', 'china']);
    // The 2021 official figure: "Russia = 49% of goods turnover".
    expect(officialShares).toEqual([expect.objectContaining({ year: 2021, partner: 'russia', share: 49 })]);
    expect(research).toContain('| 2021 | Russia = 49% of goods turnover');
  });

  it('every ladder step is dated as in research.md section C.1, and the coding follows C.2', () => {
    const c1 = research.slice(research.indexOf('### C.1'), research.indexOf('### C.2'));
    const c2 = research.slice(research.indexOf('### C.2'), research.indexOf('## D.'));
    for (const s of partnershipLadder) {
      // Dates are ISO facts (YYYY-MM[-DD]); research.md writes "Jul 2013".
      const [year, mm] = s.date.split('-');
      const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mm) - 1];
      const row = c1.split('\n').find((line) => line.startsWith('| ') && line.includes(`${month} ${year}`));
      expect(row, `${s.date} in C.1`).toBeDefined();
    }
    for (const code of ladderCoding.filter((c) => c.level > 0)) expect(c2).toContain(`${code.level} = `);
  });
});
