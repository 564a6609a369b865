import { EN } from './fixtures/decks.ts';
import { describe, expect, it } from 'vitest';
import { partnershipLadder } from '../../src/data/partnership-ladder.ts';
import { partnerIds, partnerLabels, partnerShares } from '../../src/data/partner-shares.ts';
import { imfSeries } from '../../src/data/trade.ts';
import { buildChartSummaries } from '../../src/charts/summaries.ts';
import { sourceLine } from '../../src/render/slides.ts';

const chartSummaries = buildChartSummaries();
import { loadDeck } from '../../src/deck.ts';
import { chartPlans, planSeries } from '../../scripts/lib/pptx/charts.ts';
import { ladderPoints } from '../../src/charts/modules/partnership-ladder.ts';
import { planDeck } from '../../scripts/lib/pptx/export.ts';
import { metrics, readWoffTables, toSfnt, fontFile } from '../../scripts/lib/pptx/fonts.ts';
import { fitColumns, FOOTER, type Box, type Item } from '../../scripts/lib/pptx/layout.ts';
import { notesParagraphs } from '../../scripts/lib/pptx/notes.ts';
import { themePalette, tint } from '../../scripts/lib/pptx/style.ts';
import { theme } from '../../src/theme/tokens.ts';
import { AUTOSPACE_EM, lineCount, lineWidths, textHeight, type Run } from '../../scripts/lib/pptx/text.ts';
import { readFileSync } from 'node:fs';

const deck = loadDeck();
const plans = planDeck(deck);
const palette = themePalette();
const sans = { family: 'sans', bold: false, italic: false } as const;
const run = (text: string, size = 21): Run => ({ text, face: sans, size, color: '000000' });

describe('font metrics', () => {
  it('reads advance widths from the @fontsource WOFF files, Latin and Cyrillic', () => {
    const m = metrics(sans);
    expect(m.width('Belarus', 21)).toBeGreaterThan(50);
    expect(m.width('Belarus', 42)).toBeCloseTo(2 * m.width('Belarus', 21), 5);
    expect(m.width('iiii', 21)).toBeLessThan(m.width('MMMM', 21));
    expect(m.covers('Беларусь–Китай “…”')).toBe(true);
    // Bold is wider than regular.
    expect(metrics({ ...sans, bold: true }).width('Belarus', 21)).toBeGreaterThan(m.width('Belarus', 21));
  });

  it('turns a WOFF file back into a TrueType font with the same tables', () => {
    const woff = readFileSync(fontFile(sans));
    const sfnt = toSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const count = sfnt.readUInt16BE(4);
    expect(count).toBe(readWoffTables(woff).tables.size);
    const tags = Array.from({ length: count }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));
    expect(tags).toEqual([...tags].sort());
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'name']));
  });
});

describe('line breaking', () => {
  it('breaks at spaces, never inside a word that fits on a line', () => {
    const runs = [run('alpha beta gamma delta')];
    const one = lineWidths(runs, 1000);
    expect(one).toHaveLength(1);
    const width = Math.max(metrics(sans).width('alpha beta', 21), metrics(sans).width('gamma delta', 21)) * 1.05;
    expect(lineCount(runs, width)).toBe(2);
    // Runs of different faces measure each in its own face.
    expect(lineWidths([run('bold '), { ...run('text'), face: { ...sans, bold: true } }], 1000)[0]).toBeGreaterThan(
      lineWidths([run('bold text')], 1000)[0] ?? 0,
    );
  });

  it('breaks a word longer than the line between characters', () => {
    expect(lineCount([run('x'.repeat(200))], 100)).toBeGreaterThan(5);
  });

  it('allows for the space LibreOffice puts between ideographs and Latin letters or digits', () => {
    const [measured] = lineWidths([run('1992年1月')], 10_000);
    // 1992|年, 年|1, 1|月: three boundaries.
    expect(measured).toBeCloseTo(metrics(sans).width('19921', 21) + 2 * 21 + 3 * AUTOSPACE_EM * 21, 5);
    expect(lineWidths([run('中文 text')], 10_000)[0]).toBeCloseTo(2 * 21 + metrics(sans).width(' text', 21), 5);
  });

  it('measures paragraphs as lines times their exact line height, without the last space after', () => {
    const p = { runs: [run('one')], lineHeight: 30, after: 10 };
    expect(textHeight([p, p], 500)).toBe(70);
  });
});

describe('table columns', () => {
  it('keeps natural widths that fit and narrows the widest columns first', () => {
    expect(fitColumns([100, 200], 400, 50)).toEqual([100, 200]);
    expect(fitColumns([100, 500], 400, 50)).toEqual([100, 300]);
    const both = fitColumns([300, 500, 100], 600, 50);
    expect(both.reduce((a, b) => a + b, 0)).toBeCloseTo(600, 5);
    expect(both[2]).toBe(100);
  });
});

const inside = (outer: Box, inner: Box): boolean =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.w <= outer.x + outer.w + 0.5 &&
  inner.y + inner.h <= outer.y + outer.h + 0.5;
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const textItems = (items: readonly Item[]) => items.flatMap((i) => (i.kind === 'text' ? [i] : []));

describe('slide layout', () => {
  it('lays out every slide of the deck, in order, with nothing to report', () => {
    expect(plans.map((p) => p.id)).toEqual(deck.slides.map((s) => s.id));
    expect(plans.flatMap((p) => p.warnings)).toEqual([]);
    for (const p of plans) expect(p.scale).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps every item on the slide and above the footer band', () => {
    const slide = { x: 0, y: 0, w: 1280, h: FOOTER.top };
    for (const plan of plans) for (const item of plan.items) expect(inside(slide, item.box), `${plan.id}: ${item.name}`).toBe(true);
  });

  it('gives every text box room for its measured text, and no two text boxes overlap', () => {
    for (const plan of plans) {
      const texts = textItems(plan.items);
      for (const t of texts)
        expect(textHeight(t.paragraphs, t.box.w * 0.75) / 0.75, `${plan.id}: ${t.name}`).toBeLessThanOrEqual(t.box.h + 0.5);
      texts.forEach((a, i) => {
        for (const b of texts.slice(i + 1)) expect(overlaps(a.box, b.box), `${plan.id}: ${a.name} / ${b.name}`).toBe(false);
      });
      const charts = plan.items.filter((i) => i.kind === 'chart');
      for (const c of charts) for (const t of texts) expect(overlaps(c.box, t.box), `${plan.id}: ${c.name} / ${t.name}`).toBe(false);
    }
  });

  it('starts every slide with its title as text and ends content slides with their sources', () => {
    for (const [i, plan] of plans.entries()) {
      const slide = deck.slides[i];
      const title = textItems(plan.items).find((t) => t.name === 'Title');
      expect(title?.paragraphs.flatMap((p) => p.runs.map((r) => r.text)).join('')).toBe(slide?.title);
      const sources = textItems(plan.items).find((t) => t.name === 'Sources');
      if (slide && slide.layout !== 'title' && slide.layout !== 'closing' && slide.sources.length > 0) {
        // As on the slides: the sources that fit on one line, then how many more the references hold.
        const { label, shown, more } = sourceLine(slide.sources, EN);
        expect(sources?.paragraphs[0]?.runs.map((r) => r.text).join('')).toBe(
          `${label}: ${[...shown.map((s) => s.short), ...(more ? [more] : [])].join('; ')}`,
        );
      }
    }
  });

  it('marks what was published since the talk', () => {
    const text = plans.flatMap((p) => textItems(p.items).flatMap((t) => t.paragraphs.flatMap((p) => p.runs.map((r) => r.text))));
    const later = deck.slides.flatMap((s) => s.blocks).filter((b) => JSON.stringify(b).includes('"later":true')).length;
    expect(later).toBeGreaterThan(0);
    expect(text.filter((t) => t === ' SINCE THE TALK').length).toBeGreaterThanOrEqual(later);
  });
});

describe('chart plans in every edition', () => {
  it('name their series, titles and axes in the edition’s words (no English but the IMF DOTS name)', () => {
    for (const edition of ['ru', 'zh']) {
      const words = planDeck(loadDeck({ edition }))
        .flatMap((p) => p.items)
        .flatMap((i) => (i.kind === 'chart' ? [i.chart] : []))
        .flatMap((c) => [
          c.title ?? '',
          ...planSeries(c).map((s) => s.name),
          ...(c.kind === 'scatter' ? [c.yAxis.title ?? ''] : [c.valueAxis.title ?? '']),
          ...planSeries(c).flatMap((s) => (s.style.labels ?? []).map((l) => l.text)),
        ]);
      expect(words.length, edition).toBeGreaterThan(10);
      for (const w of words) expect(w.replace(/IMF DOTS|EU|X-Values/g, ''), `${edition}: ${w}`).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});

describe('chart plans', () => {
  const summary = (id: 'trade-growth' | 'partner-shares' | 'partnership-ladder') => {
    const s = chartSummaries.get(id);
    if (!s) throw new Error(id);
    return s;
  };

  it('draws the trade chart twice, Belarusian then Chinese statistics, from the IMF series', () => {
    const [blr, chn] = chartPlans(summary('trade-growth'), palette);
    for (const [plan, reporter] of [
      [blr, 'blr'],
      [chn, 'chn'],
    ] as const) {
      if (plan?.kind !== 'bar-line') throw new Error('trade is a bar-line chart');
      const series = imfSeries(reporter);
      const exportsBar = plan.bars.find((s) => s.name === 'Exports to China');
      expect(exportsBar?.values.slice(0, series.years.length)).toEqual(series.years.map((y) => y.exports));
      expect(plan.lines.find((s) => s.name === 'Turnover')?.values.slice(0, series.years.length)).toEqual(
        series.years.map((y) => y.turnover),
      );
      // Official statements are separate series, so they are never joined to the IMF line.
      expect(plan.lines.find((s) => s.name === 'Turnover')?.values.at(-1)).toBeNull();
      expect(plan.alt).toBe(summary('trade-growth').finding);
    }
  });

  it('draws partner shares as lines of the dataset, the official figure apart', () => {
    const [plan] = chartPlans(summary('partner-shares'), palette);
    if (plan?.kind !== 'scatter') throw new Error('partner shares are a scatter chart');
    for (const id of partnerIds) {
      expect(
        planSeries(plan)
          .find((s) => s.name === partnerLabels[id])
          ?.values.slice(0, partnerShares.years.length),
      ).toEqual(partnerShares.shares[id]);
    }
    const official = planSeries(plan).find((s) => s.name.includes('(official)'));
    expect(official?.style.lineWidth).toBe(0);
  });

  it('steps the ladder: each level starts at its document’s date, the previous one runs up to it', () => {
    const { x, level, document } = ladderPoints();
    expect(x).toHaveLength(level.length);
    for (let i = 1; i < x.length; i++) expect((x[i] ?? 0) >= (x[i - 1] ?? 0)).toBe(true);
    for (let i = 1; i < x.length; i++) expect(x[i] === x[i - 1] || level[i] === level[i - 1]).toBe(true);
    partnershipLadder.forEach((step, i) => {
      const j = document.indexOf(i);
      expect([x[j], level[j]]).toEqual([step.at, step.level]);
    });
  });
});

describe('notes', () => {
  it('puts the time and the cues first, marked, then the script, then the footnotes under their heading', () => {
    const slide = deck.slides.find((s) => s.cues.length > 0 && s.footnotes.length > 0);
    if (!slide) throw new Error('no slide with cues and footnotes');
    const notes = notesParagraphs(slide, EN);
    expect(notes[0]).toMatch(/^\[Time\] About /);
    expect(notes[1]).toBe(`[Cue] ${slide.cues[0] ?? ''}`);
    const script = notes.indexOf(slide.notes[0] ?? '');
    const heading = notes.indexOf('Notes on the sources');
    expect(script).toBeGreaterThan(1);
    expect(heading).toBeGreaterThan(script);
    expect(notes[heading + 1]).toContain(slide.footnotes[0]?.text ?? '?');
  });
});

describe('palette', () => {
  it('takes the colours from the theme (src/theme/tokens.ts) in PowerPoint’s form', () => {
    expect(palette.accent).toBe('9E1F2C');
    const custom = { ...theme, colour: { ...theme.colour, ink: '#000000', accent: '#ff0000', chart5: '#000005' } };
    expect(themePalette(custom).accent).toBe('FF0000');
    expect(themePalette(custom).series[4]).toBe('000005');
    expect(() => themePalette({ ...theme, colour: { ...theme.colour, ink: '#000' } })).toThrow('#000');
    expect(tint('000000', 'FFFFFF', 0.5)).toBe('808080');
  });
});
