/**
 * The charts' words in every edition: checked against the English shape (a missing, extra or
 * differently slotted word fails, naming the chart and the language), and the same numbers as the
 * English in every finding, table, CSV file, map finding, text alternative and footnote
 * (normalised for each language's formatting).
 */
import { describe, expect, it } from 'vitest';
import english from '../../slides/charts.ts';
import { EDITIONS } from '../../editions/index.ts';
import { assertChartWords, buildChartSummaries } from '../../src/charts/summaries.ts';
import { parseCsv } from '../../src/base/csv.ts';
import { wordsProblems } from '../../src/model/words.ts';
import { buildMaps } from '../../src/maps/index.ts';
import { assertMapWords } from '../../src/maps/words.ts';
import type { ChartSummary } from '../../src/model/chart.ts';
import { formatDate } from '../../src/base/format.ts';
import { partnershipLadder } from '../../src/data/partnership-ladder.ts';

const clone = <T>(value: T): T => structuredClone(value);

describe('chart words checks', () => {
  it('names the chart and the language for a missing word', () => {
    const ru = clone(EDITIONS.find((e) => e.id === 'ru')?.charts);
    const broken = ru as unknown as { 'trade-growth': { columns: Record<string, string> } };
    delete broken['trade-growth'].columns.turnover;
    expect(() => assertChartWords(broken, 'ru')).toThrow(/chart "trade-growth", edition "ru".*missing "columns\.turnover"/);
  });

  it('names the chart and the language for an extra word', () => {
    const zh = clone(EDITIONS.find((e) => e.id === 'zh')?.charts) as unknown as Record<string, Record<string, unknown>>;
    const ladder = zh['partnership-ladder'];
    if (ladder) ladder.subtitle = '多余';
    expect(() => assertChartWords(zh, 'zh-Hans')).toThrow(/chart "partnership-ladder", edition "zh-Hans".*extra "subtitle"/);
  });

  it('fails a message whose slots differ, a list of another length and a blank word', () => {
    expect(wordsProblems({ a: 'grew {n} times' }, { a: 'вырос в {m} раза' })).toEqual(['"a" has slots {m} where the English has {n}']);
    expect(wordsProblems({ a: ['x', 'y'] }, { a: ['x'] })).toEqual(['"a" has 1 items where the English has 2']);
    expect(wordsProblems({ a: 'x' }, { a: ' ' })).toEqual(['"a" is blank']);
    expect(wordsProblems({ a: 'x' }, { a: 'y' })).toEqual([]);
  });

  it('the English words pass their own check, and so does every edition', () => {
    expect(wordsProblems(english, english)).toEqual([]);
    for (const e of EDITIONS.filter((x) => x.charts)) expect(() => assertChartWords(e.charts, e.lang), e.id).not.toThrow();
  });
});

/**
 * The numbers a text states, as values: grouping spaces and commas dropped, a decimal comma read as
 * a point, a year range written short in full, amounts in billions (bn, млрд) or 亿 (100 million) turned into millions.
 */
export function numbersIn(text: string): number[] {
  const t = text
    // Months: English writes them as words ("20 Jan"), Chinese as numbers ("1月20日").
    .replace(/\d+\s*月/g, ' ')
    // Russian writes centuries in Roman numerals.
    .replace(/\bXXI\b/g, '21')
    // "2021–22" is "2021–2022" written short.
    .replace(/\b(\d{2})(\d{2})([–—-])(\d{2})\b/g, '$1$2$3$1$4')
    .replace(/(\d)[\s\u00a0\u202f,](?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/[–—-]/g, ' ');
  return [...t.matchAll(/(\d+(?:\.\d+)?)\s*(bn|млрд|亿)?/g)].map((m) => {
    const n = Number(m[1]);
    const scale = m[2] === '亿' ? 100 : m[2] ? 1000 : 1;
    return Math.round(n * scale * 100) / 100;
  });
}

const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** The ladder's dates as each language writes them (compared as dates by the chart tests, not as numbers here). */
const dateCells = (lang: string): Set<string> => new Set(partnershipLadder.map((p) => formatDate(p.date, lang)));

function figures(s: ChartSummary, lang: string): Record<string, number[]> {
  const dates = dateCells(lang);
  return {
    finding: sorted(numbersIn(s.finding)),
    footnotes: sorted(s.footnotes.flatMap(numbersIn)),
    // Row by row; within a cell the order of numbers follows the language ("2016年9月28日" puts the year first).
    tables: s.tables
      .flatMap((t) =>
        t.rows.map((r) =>
          sorted(
            r.flatMap((c) => (c === null || (typeof c === 'string' && dates.has(c)) ? [] : typeof c === 'number' ? [c] : numbersIn(c))),
          ),
        ),
      )
      .flat(),
    csv: parseCsv(s.csv)
      .slice(1)
      .flatMap((r) => r.filter((c) => /^-?\d+(\.\d+)?$/.test(c)).map(Number)),
  };
}

describe('every edition’s charts carry the English numbers', () => {
  const en = buildChartSummaries();
  for (const edition of EDITIONS.filter((e) => e.charts)) {
    const summaries = buildChartSummaries({ words: edition.charts, lang: edition.lang });
    for (const [id, s] of en) {
      it(`${edition.id}: ${id}`, () => {
        const theirs = summaries.get(id);
        if (!theirs) throw new Error(`${edition.id} has no ${id}`);
        expect(figures(theirs, edition.lang)).toEqual(figures(s, 'en'));
        expect(theirs.cite).toEqual(s.cite);
        expect(theirs.tables.map((t) => t.rows.length)).toEqual(s.tables.map((t) => t.rows.length));
      });
    }
  }
});

/** Numbers in a map's words: thousands written as words (тыс., 万) as values too. */
const mapNumbers = (text: string): number[] =>
  numbersIn(
    text
      .replace(/(\d+(?:[.,]\d+)?)\s*万/g, (_, n: string) => String(Number(n.replace(',', '.')) * 10000))
      .replace(/(\d+)\s*тыс\./g, '$1000'),
  );

describe('every edition’s maps carry the English numbers', () => {
  const figuresOf = (m: { finding: string; alt: readonly { items: readonly string[] }[]; footnotes: readonly string[] }) => ({
    finding: sorted(mapNumbers(m.finding)),
    alt: m.alt.map((a) => sorted(a.items.flatMap(mapNumbers))),
    footnotes: sorted(m.footnotes.flatMap(mapNumbers)),
  });
  const en = buildMaps();
  for (const edition of EDITIONS.filter((e) => e.maps)) {
    const maps = buildMaps({ words: edition.maps, lang: edition.lang });
    for (const [id, m] of en) {
      it(`${edition.id}: ${id}`, () => {
        const theirs = maps.get(id);
        if (!theirs) throw new Error(`${edition.id} has no map ${id}`);
        expect(figuresOf(theirs)).toEqual(figuresOf(m));
        expect(theirs.cite).toEqual(m.cite);
      });
    }
  }

  it('names the map and the language for a missing or extra word', () => {
    const ru = structuredClone(EDITIONS.find((e) => e.id === 'ru')?.maps) as unknown as Record<string, Record<string, unknown>>;
    const lb = ru['land-bridge'];
    if (lb) delete lb.title;
    expect(() => assertMapWords(ru, 'ru')).toThrow(/map "land-bridge", edition "ru".*missing "title"/);
    const zh = structuredClone(EDITIONS.find((e) => e.id === 'zh')?.maps) as unknown as Record<string, Record<string, unknown>>;
    const unions = zh.unions;
    if (unions) unions.legend = '多余';
    expect(() => assertMapWords(zh, 'zh-Hans')).toThrow(/map "unions", edition "zh-Hans".*extra "legend"/);
  });
});
