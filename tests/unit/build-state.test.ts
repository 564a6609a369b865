/**
 * Where the exports go (each kind its own file, never in the build folder) and when a build is
 * stale by its record: the environment it was built with, files it read, files it wrote.
 * tests/e2e/build-state.spec.ts runs the same with real builds and the real command.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExportPath, exportFileName, insideBuildDir, type ExportKind } from '../../scripts/lib/build-state.ts';
import { parsePdfArgs } from '../../scripts/lib/pdf-options.ts';
import { buildSettings, staleReason, stampOf, writeRecord, type BuildRecord } from '../../src/build/build-record.ts';

const KINDS: readonly ExportKind[] = [
  { format: 'pdf', notes: false, fragments: false },
  { format: 'pdf', notes: true, fragments: false },
  { format: 'pdf', notes: false, fragments: true },
  { format: 'pdf', notes: true, fragments: true },
  { format: 'pptx' },
];

describe('export files', () => {
  it('give every kind of export its own name', () => {
    expect(KINDS.map(exportFileName)).toEqual(['deck.pdf', 'deck-handout.pdf', 'deck-steps.pdf', 'deck-handout-steps.pdf', 'deck.pptx']);
  });

  it('go to exports/ (or DECK_EXPORT_DIR), never into the build folder a build empties', () => {
    expect(defaultExportPath(KINDS[1] ?? { format: 'pptx' }, {})).toBe('exports/deck-handout.pdf');
    expect(defaultExportPath({ format: 'pptx' }, { DECK_EXPORT_DIR: 'out/files' })).toBe('out/files/deck.pptx');
    for (const kind of KINDS) {
      expect(insideBuildDir(defaultExportPath(kind, {}), '/project', {})).toBe(false);
      expect(insideBuildDir(defaultExportPath(kind, {}), '/project', { DECK_OUT_DIR: 'site' })).toBe(false);
    }
    expect(insideBuildDir('dist/deck.pdf', '/project', {})).toBe(true);
    expect(insideBuildDir('/project/site/a/deck.pdf', '/project', { DECK_OUT_DIR: 'site' })).toBe(true);
    expect(insideBuildDir('dist', '/project', {})).toBe(false);
    expect(insideBuildDir('distant/deck.pdf', '/project', {})).toBe(false);
  });

  it('are what export:pdf picks by default for --notes and --fragments', () => {
    const parse = (...argv: string[]) =>
      parsePdfArgs(argv, { out: (kind) => defaultExportPath({ format: 'pdf', ...kind }, {}), cwd: '/project' })?.out;
    expect(parse()).toBe('/project/exports/deck.pdf');
    expect(parse('--notes')).toBe('/project/exports/deck-handout.pdf');
    expect(parse('--fragments')).toBe('/project/exports/deck-steps.pdf');
    expect(parse('--notes', '--out', 'x.pdf')).toBe('/project/x.pdf');
  });
});

describe('a build is stale', () => {
  let project = '';
  const record = (over: Partial<Omit<BuildRecord, 'version'>> = {}): void =>
    writeRecord(project, {
      outDir: 'out',
      builtAt: '2024-01-01T00:00:00.000Z',
      settings: buildSettings({}),
      envPrefixes: ['VITE_'],
      viteEnv: {},
      inputs: { 'slides/a.ts': stampOf(join(project, 'slides', 'a.ts')), '.env': null },
      outputs: ['index.html', 'assets/app.js'],
      deck: {
        edition: 'en',
        dir: '',
        title: 'T',
        subject: { slides: 'S', handout: 'H' },
        event: 'E',
        description: 'D',
        lang: 'en',
        slides: [],
        sections: [],
      },
      editions: {},
      ...over,
    });

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'build-state-'));
    await mkdir(join(project, 'slides'), { recursive: true });
    await mkdir(join(project, 'out', 'assets'), { recursive: true });
    await writeFile(join(project, 'slides', 'a.ts'), 'export {};');
    await writeFile(join(project, 'out', 'index.html'), '<!doctype html>');
    await writeFile(join(project, 'out', 'assets', 'app.js'), '');
  });
  afterAll(() => rm(project, { recursive: true, force: true }));

  it('not when the record matches the sources and the environment', () => {
    record();
    expect(staleReason(project, 'out', {})).toBeNull();
  });

  it('when DECK_URL differs from the one it was built with, either way', () => {
    record();
    expect(staleReason(project, 'out', { DECK_URL: 'https://example.org/' })).toBe(
      'DECK_URL is "https://example.org/" but out/ was built with it unset',
    );
    record({ settings: buildSettings({ DECK_URL: 'https://example.org/' }) });
    expect(staleReason(project, 'out', {})).toBe('DECK_URL is unset but out/ was built with it "https://example.org/"');
    expect(staleReason(project, 'out', { DECK_URL: 'https://example.org/' })).toBeNull();
  });

  it("for one edition's user, a build of that edition alone serves; for the whole site, only the whole build", () => {
    record({ settings: buildSettings({ DECK_EDITION: 'ru' }) });
    expect(staleReason(project, 'out', {}, { edition: 'ru' })).toBeNull();
    expect(staleReason(project, 'out', {}, { edition: 'en' })).toBe('DECK_EDITION is unset but out/ was built with it "ru"');
    expect(staleReason(project, 'out', {})).toBe('DECK_EDITION is unset but out/ was built with it "ru"');
    // Asked for explicitly, the setting must match whoever asks.
    expect(staleReason(project, 'out', { DECK_EDITION: 'zh' }, { edition: 'zh' })).toBe(
      'DECK_EDITION is "zh" but out/ was built with it "ru"',
    );
    record();
    expect(staleReason(project, 'out', {}, { edition: 'zh' })).toBeNull();
  });

  it('when a variable Vite hands to the page differs', () => {
    record();
    expect(staleReason(project, 'out', { VITE_FLAG: '1' })).toMatch(/^the VITE_ environment variables differ/);
  });

  it('when a file it read changed, was removed, or a file it looked for appeared', async () => {
    record();
    await writeFile(join(project, 'slides', 'a.ts'), 'export const changed = 1;');
    expect(staleReason(project, 'out', {})).toBe('slides/a.ts changed since out/ was built');
    record({ inputs: { 'slides/gone.ts': [1, 1] } });
    expect(staleReason(project, 'out', {})).toBe('slides/gone.ts was removed since out/ was built');
    await writeFile(join(project, '.env'), 'VITE_X=1');
    record({ inputs: { '.env': null } });
    expect(staleReason(project, 'out', {})).toBe('.env was added since out/ was built');
    await rm(join(project, '.env'));
  });

  it('when a file it wrote is missing, or it has no record', async () => {
    record({ outputs: ['index.html', 'assets/gone.js'] });
    expect(staleReason(project, 'out', {})).toBe('out/assets/gone.js is missing from the build');
    await rm(join(project, '.cache'), { recursive: true, force: true });
    expect(staleReason(project, 'out', {})).toMatch(/^out\/ has no build record/);
  });
});
