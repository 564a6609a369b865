import { EN } from './fixtures/decks.ts';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/deck.ts';
import { buildStepCount, clickMarkCount, viewStepValues, withoutClickMarks } from '../../src/model/steps.ts';
import { renderSlide } from '../../src/render/slides.ts';

const deck = loadDeck();

describe('build steps and click marks', () => {
  it('every slide’s script marks each of its build steps once (▶)', () => {
    for (const slide of deck.slides) expect(clickMarkCount(slide.notes), slide.id).toBe(buildStepCount(slide.blocks));
  });

  it('the trade chart’s statistics switch is two build steps: the Chinese statistics, then back', () => {
    const trade = deck.slides.find((s) => s.id === 'trade-growth');
    const chart = trade?.blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' ? viewStepValues(chart.chart.views) : []).toEqual(['chn', 'blr']);
    expect(trade ? buildStepCount(trade.blocks) : 0).toBe(2);
    const html = trade ? renderSlide(trade, EN) : '';
    expect(html.match(/class="fragment chart-view-step" data-view-step="(\w+)"/g)).toHaveLength(2);
    expect(html.match(/class="click-mark" data-cue/g)).toHaveLength(2);
  });

  it('readers never see the marks', () => {
    expect(withoutClickMarks('First ▶ second, ▶ ▶ third ▶')).toBe('First second, third');
    expect(withoutClickMarks('▶ Start.')).toBe('Start.');
  });

  it('numbers the talk 1…N up to “Thank you” and the references after it A1…An', () => {
    const closing = deck.slides.findIndex((s) => s.layout === 'closing');
    expect(closing).toBeGreaterThan(0);
    deck.slides.forEach((slide, i) => {
      if (i <= closing) expect([slide.label, slide.appendix]).toEqual([String(i + 1), false]);
      else expect([slide.label, slide.appendix]).toEqual([`A${i - closing}`, true]);
    });
    // The appendix is the references, however many pages they take.
    expect(deck.slides.filter((s) => s.appendix).map((s) => s.id)).toEqual(
      deck.slides.filter((s) => s.blocks.some((b) => b.kind === 'references')).map((s) => s.id),
    );
  });
});
