/**
 * One owner for what the build reads and where the exports go, end to end with the real command:
 * - the build's record lists what it really read (the map data in assets/maps/, the slide modules,
 *   the page and the app) and the DECK_URL it was given;
 * - `DECK_URL=… export:pdf` after a plain build rebuilds and prints the address; the reverse too;
 * - an edit in assets/maps/ gives a PDF with the new map (in a copy of the project);
 * - the slides PDF, the handout and the build-step PDF each get their own file, outside the build
 *   folder, and a build leaves them all in place.
 * Builds of their own under .cache, never the build the other specs serve.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { readRecord } from '../../src/build/build-record.ts';
import type { Cli } from './exports.ts';

const exec = promisify(execFile);
const ROOT = process.cwd();
const OUT = '.cache/dist-state';
const ADDRESS = 'https://example.org/state-test/';

/** A command in `cwd` with extra environment, to its end. */
function run(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Cli> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, DECK_URL: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const exportPdf = (cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<Cli> =>
  run(cwd, ['--import', 'tsx', 'scripts/export-pdf.ts', ...args], env);

async function ok(result: Promise<Cli>): Promise<string> {
  const { code, stdout, stderr } = await result;
  expect(code, `${stdout}\n${stderr}`).toBe(0);
  return stdout;
}

async function text(file: string): Promise<string> {
  const { stdout } = await exec('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 32 << 20 });
  return stdout.replace(/\s+/g, ' ');
}

async function pages(file: string): Promise<number> {
  const { stdout } = await exec('pdfinfo', [file]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
}

test.describe('the build and the exports', () => {
  test.describe.configure({ mode: 'serial' });
  let exportsDir = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    exportsDir = await mkdtemp(join(tmpdir(), 'deck-exports-'));
    await rm(OUT, { recursive: true, force: true });
    await ok(run(ROOT, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { DECK_OUT_DIR: OUT }));
  });

  test.afterAll(async () => {
    await rm(exportsDir, { recursive: true, force: true });
    await rm(OUT, { recursive: true, force: true });
  });

  test("the build's record lists what the build read, and the address it was given", () => {
    const record = readRecord(ROOT, OUT);
    expect(record, 'a build leaves a record').not.toBeNull();
    const inputs = Object.keys(record?.inputs ?? {});
    for (const file of [
      'assets/maps/places.ts',
      'assets/maps/countries.ts',
      'slides/index.ts',
      'src/main.ts',
      'index.html',
      'package-lock.json',
    ]) {
      expect(inputs, file).toContain(file);
    }
    expect(record?.settings.DECK_URL).toBeNull();
    expect(record?.deck.slides.length).toBeGreaterThan(20);
  });

  test('each PDF gets its own default file outside the build folder', async () => {
    test.setTimeout(180_000);
    const env = { DECK_OUT_DIR: OUT, DECK_EXPORT_DIR: exportsDir };
    expect(await ok(exportPdf(ROOT, env))).toContain(`${OUT}/ is up to date`);
    await ok(exportPdf(ROOT, env, '--notes'));
    await ok(exportPdf(ROOT, env, '--fragments'));
    const slides = join(exportsDir, 'deck.pdf');
    const handout = join(exportsDir, 'deck-handout.pdf');
    const steps = join(exportsDir, 'deck-steps.pdf');
    const count = await pages(slides);
    expect(await pages(handout)).toBe(count);
    expect(await pages(steps)).toBeGreaterThan(count);
    // The handout's label is set in capitals by its CSS.
    expect((await text(handout)).toLowerCase()).toContain('speaker notes');
    expect((await text(slides)).toLowerCase()).not.toContain('speaker notes');
  });

  test('DECK_URL after a plain build rebuilds with the address, and the reverse; a build keeps the exports', async () => {
    test.setTimeout(240_000);
    const env = { DECK_OUT_DIR: OUT, DECK_EXPORT_DIR: exportsDir };
    const before = await stat(join(exportsDir, 'deck-handout.pdf'));

    const withUrl = await ok(exportPdf(ROOT, { ...env, DECK_URL: ADDRESS }, '--out', join(exportsDir, 'with-url.pdf')));
    expect(withUrl).toContain(`DECK_URL is "${ADDRESS}" but ${OUT}/ was built with it unset`);
    expect(await text(join(exportsDir, 'with-url.pdf'))).toContain('example.org/state-test');
    expect(readRecord(ROOT, OUT)?.settings.DECK_URL).toBe(ADDRESS);

    const without = await ok(exportPdf(ROOT, env, '--out', join(exportsDir, 'without-url.pdf')));
    expect(without).toContain(`DECK_URL is unset but ${OUT}/ was built with it "${ADDRESS}"`);
    expect(await text(join(exportsDir, 'without-url.pdf'))).not.toContain('example.org/state-test');

    expect(await ok(exportPdf(ROOT, env, '--out', join(exportsDir, 'again.pdf')))).toContain(`${OUT}/ is up to date`);
    // Two builds later, the exports made before them are where they were, unchanged.
    for (const name of ['deck.pdf', 'deck-handout.pdf', 'deck-steps.pdf']) expect(existsSync(join(exportsDir, name)), name).toBe(true);
    expect((await stat(join(exportsDir, 'deck-handout.pdf'))).mtimeMs).toBe(before.mtimeMs);
  });

  test('an export that has to build builds only the edition it prints', () => {
    // The two rebuilds above were the export's own: English alone, at the build's root.
    const record = readRecord(ROOT, OUT);
    expect(record?.settings.DECK_EDITION).toBe('en');
    expect(Object.keys(record?.editions ?? {})).toEqual(['en']);
    expect(record?.outputs).not.toContain('ru/index.html');
  });
});

test('an edit in assets/maps/ gives a PDF with the new map', async () => {
  test.setTimeout(240_000);
  // A copy of the project (its node_modules linked), so the edit never touches the real sources.
  const copy = await mkdtemp(join(tmpdir(), 'deck-maps-'));
  try {
    for (const entry of [
      'package.json',
      'package-lock.json',
      'index.html',
      'remote.html',
      'vite.config.ts',
      'tsconfig.json',
      'slides',
      'editions',
      'src',
      'assets',
      'public',
      'scripts',
    ]) {
      await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    await symlink(resolve(ROOT, 'node_modules'), join(copy, 'node_modules'));
    // Font subsets already cut are reused (the cache is keyed by font and text), which saves harfbuzz time.
    if (existsSync(join(ROOT, '.cache', 'font-subsets')))
      await cp(join(ROOT, '.cache', 'font-subsets'), join(copy, '.cache', 'font-subsets'), { recursive: true });
    const env = { DECK_OUT_DIR: 'dist' };
    await ok(exportPdf(copy, env, '--out', join(copy, 'before.pdf')));
    expect(await text(join(copy, 'before.pdf'))).not.toContain('Warszawa');

    const places = join(copy, 'assets', 'maps', 'places.ts');
    const source = await readFile(places, 'utf8');
    expect(source).toContain("name: 'Warsaw'");
    await writeFile(places, source.replace("name: 'Warsaw'", "name: 'Warszawa'"));
    const stdout = await ok(exportPdf(copy, env, '--out', join(copy, 'after.pdf')));
    expect(stdout).toContain('assets/maps/places.ts changed since dist/ was built');
    expect(await text(join(copy, 'after.pdf'))).toContain('Warszawa');
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});
