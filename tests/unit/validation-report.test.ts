/**
 * A content mistake reads as its report alone: each problem led by the slide module it comes
 * from, no stack frames, no object dump (Vite prints a failed build with util.inspect).
 */
import { inspect } from 'node:util';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import authored from '../../slides/index.ts';
import { formatProblems, reportable, sectionFiles } from '../../src/build/validation-report.ts';
import { DeckValidationError } from '../../src/model/validate.ts';

const ROOT = resolve(__dirname, '../..');

describe('validation report', () => {
  it('finds the module of every section in the deck', () => {
    const files = sectionFiles(ROOT);
    for (const section of authored.sections) expect(files.get(section.id), section.id).toMatch(/^slides\/\d+-.+\.ts$/);
  });

  it('leads each problem with its file, and leaves deck-wide problems as they are', () => {
    const files = new Map([['intensification', 'slides/08-intensification.ts']]);
    const report = formatProblems(['slide "trade-growth" (section "intensification"): has no notes', 'deck: has no year'], files);
    expect(report.split('\n')).toEqual([
      'The deck has 2 content problem(s):',
      '  - slides/08-intensification.ts: slide "trade-growth" (section "intensification"): has no notes',
      '  - deck: has no year',
    ]);
  });

  it('prints as the report alone: no stack frames, no object dump', () => {
    const error = reportable(new DeckValidationError(['slide "x" (section "title"): has no notes']), ROOT);
    const printed = inspect(error);
    expect(printed).toBe('The deck has 1 content problem(s):\n  - slides/01-title.ts: slide "x" (section "title"): has no notes');
    expect(printed).not.toMatch(/\bat \S+ \(/);
  });

  it('passes other errors through unchanged', () => {
    const other = new TypeError('boom');
    expect(reportable(other, ROOT)).toBe(other);
  });
});
