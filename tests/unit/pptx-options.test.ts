import { describe, expect, it } from 'vitest';
import { parsePptxArgs, UsageError } from '../../scripts/lib/pptx/options.ts';

const defaults = { out: 'dist/deck.pptx', cwd: '/project' };
const parse = (...argv: string[]) => parsePptxArgs(argv, defaults);

describe('export:pptx arguments', () => {
  it('defaults to deck.pptx in the build dir', () => {
    expect(parse()).toEqual({ out: '/project/dist/deck.pptx' });
  });

  it('reads --out in both spellings', () => {
    expect(parse('--out', 'talk.pptx')).toEqual({ out: '/project/talk.pptx' });
    expect(parse('--out=/tmp/a.PPTX')?.out).toBe('/tmp/a.PPTX');
  });

  it('returns null for --help', () => {
    expect(parse('--help')).toBeNull();
    expect(parse('-h')).toBeNull();
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['deck.pptx'], 'unexpected argument "deck.pptx"'],
    [['--out'], '--out needs a value'],
    [['--out', '--help'], '--out needs a value'],
    [['--out='], '--out needs a value'],
    [['--out', 'deck.pdf'], '--out must name a .pptx file, not "deck.pdf"'],
    [['--help=yes'], '--help takes no value'],
  ])('rejects %j with a message', (argv, message) => {
    expect(() => parse(...argv)).toThrow(new UsageError(message));
  });
});
