import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutPath, DEFAULT_TIMEOUT_MS, parsePdfArgs, UsageError } from '../../scripts/lib/pdf-options.ts';

const defaults = { out: 'dist/deck.pdf', cwd: '/project' };
const parse = (...argv: string[]) => parsePdfArgs(argv, defaults);

describe('export:pdf arguments', () => {
  it('defaults to the slides PDF in the build dir', () => {
    expect(parse()).toEqual({ out: '/project/dist/deck.pdf', notes: false, fragments: false, timeoutMs: DEFAULT_TIMEOUT_MS });
  });

  it('reads --out (both spellings), --notes, --fragments and --timeout', () => {
    expect(parse('--out', 'handout.pdf', '--notes', '--fragments', '--timeout', '2.5')).toEqual({
      out: '/project/handout.pdf',
      notes: true,
      fragments: true,
      timeoutMs: 2500,
    });
    expect(parse('--out=/tmp/a.PDF')?.out).toBe('/tmp/a.PDF');
  });

  it('returns null for --help', () => {
    expect(parse('--help')).toBeNull();
    expect(parse('--notes', '-h')).toBeNull();
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['deck.pdf'], 'unexpected argument "deck.pdf"'],
    [['--out'], '--out needs a value'],
    [['--out', '--notes'], '--out needs a value'],
    [['--out='], '--out needs a value'],
    [['--out', 'deck.png'], '--out must name a .pdf file, not "deck.png"'],
    [['--notes=yes'], '--notes takes no value'],
    [['--timeout', '0'], '--timeout needs a positive number of seconds, not "0"'],
    [['--timeout', 'soon'], '--timeout needs a positive number of seconds, not "soon"'],
  ])('rejects %j with a message', (argv, message) => {
    expect(() => parse(...argv)).toThrow(new UsageError(message));
  });
});

describe('checkOutPath', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pdf-options-'));
    await mkdir(join(dir, 'folder.pdf'));
    await writeFile(join(dir, 'file'), '');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('accepts a new file in an existing folder', async () => {
    await expect(checkOutPath(join(dir, 'deck.pdf'))).resolves.toBeUndefined();
  });

  it('accepts a missing folder only when the export creates it (the build dir)', async () => {
    const build = join(dir, 'dist');
    await expect(checkOutPath(join(build, 'deck.pdf'), build)).resolves.toBeUndefined();
    await expect(checkOutPath(join(build, 'deck.pdf'))).rejects.toThrow(`folder ${build} does not exist`);
  });

  it('rejects a folder, a file used as a folder and a missing folder', async () => {
    await expect(checkOutPath(join(dir, 'folder.pdf'))).rejects.toThrow('is a folder');
    await expect(checkOutPath(join(dir, 'file', 'deck.pdf'))).rejects.toThrow('is not a folder');
    await expect(checkOutPath(join(dir, 'nope', 'deck.pdf'))).rejects.toThrow(UsageError);
  });
});
