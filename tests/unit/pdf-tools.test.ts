import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, staleReason } from '../../scripts/lib/build-state.ts';
import { buildSettings, stampOf, writeRecord } from '../../src/build/build-record.ts';
import { describeNotReady, type ReadyState } from '../../scripts/lib/pdf-ready.ts';
import { resolveRequestPath, serveStatic } from '../../scripts/lib/serve.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pdf-tools-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('static server', () => {
  it('maps request paths into the root and nowhere else', () => {
    expect(resolveRequestPath('/site', '/')).toBe('/site/index.html');
    expect(resolveRequestPath('/site', '/?print-pdf&handout')).toBe('/site/index.html');
    expect(resolveRequestPath('/site', '/assets/a%20b.js?v=1#x')).toBe('/site/assets/a b.js');
    expect(resolveRequestPath('/site', '/../../etc/passwd')).toBe('/site/etc/passwd');
    expect(resolveRequestPath('/site', '/%2e%2e/secret')).toBe('/site/secret');
    expect(resolveRequestPath('/site', '/%E0%A4%A')).toBeNull();
    expect(resolveRequestPath('/site', '/a%00b')).toBeNull();
  });

  it('serves files with their types on a free port, 404 otherwise', async () => {
    const root = join(dir, 'site');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(root, 'assets', 'font.woff2'), 'w');
    const server = await serveStatic(root);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(`${server.url}?print-pdf`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('<title>x</title>');
      expect((await fetch(`${server.url}assets/font.woff2`)).headers.get('content-type')).toBe('font/woff2');
      expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}assets`)).status).toBe(404);
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});

describe('build freshness', () => {
  it('uses DECK_OUT_DIR like vite.config.ts, else dist', () => {
    expect(buildDir({ DECK_OUT_DIR: 'dist-pdf' })).toBe('dist-pdf');
    expect(buildDir({})).toBe('dist');
  });

  it('builds when index.html or the build record is missing, or a source the build read changed, not otherwise', async () => {
    const project = join(dir, 'project');
    await mkdir(join(project, 'slides'), { recursive: true });
    await mkdir(join(project, 'src', 'app'), { recursive: true });
    await mkdir(join(project, 'out'), { recursive: true });
    const source = join(project, 'src', 'app', 'print.ts');
    await writeFile(join(project, 'slides', '01-title.ts'), '');
    await writeFile(source, '');
    expect(staleReason(project, 'out')).toBe('out/index.html does not exist');

    const index = join(project, 'out', 'index.html');
    await writeFile(index, '');
    expect(staleReason(project, 'out')).toMatch(/^out\/ has no build record/);

    const old = new Date('2024-01-01T00:00:00Z');
    await utimes(join(project, 'slides', '01-title.ts'), old, old);
    await utimes(source, old, old);
    // What the build's record says it read (src/build/build-record.ts writes it after a build).
    writeRecord(project, {
      outDir: 'out',
      builtAt: old.toISOString(),
      settings: buildSettings({}),
      envPrefixes: ['VITE_'],
      viteEnv: {},
      inputs: { 'slides/01-title.ts': stampOf(join(project, 'slides', '01-title.ts')), 'src/app/print.ts': stampOf(source), '.env': null },
      outputs: ['index.html'],
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
    });
    expect(staleReason(project, 'out', {})).toBeNull();

    const newest = new Date('2024-01-03T00:00:00Z');
    await utimes(source, newest, newest);
    expect(staleReason(project, 'out', {})).toBe('src/app/print.ts changed since out/ was built');
  });
});

describe('ready timeout message', () => {
  const base: ReadyState = { ready: 'pending', error: null, printLayout: 'done', fonts: 'loaded', charts: 0 };

  it('names the fonts and the print layout when they are pending', () => {
    const message = describeNotReady({ ...base, fonts: 'loading', printLayout: 'pending' }, 30_000, []);
    expect(message).toContain('within 30 s');
    expect(message).toContain('fonts (document.fonts.status is "loading")');
    expect(message).toContain('print layout (reveal.js never sent "pdf-ready"');
  });

  it('points at the charts task when everything else is ready', () => {
    expect(describeNotReady({ ...base, charts: 3 }, 5000, [])).toContain('most likely "charts" (3 figure.chart on the page)');
  });

  it('says when the deck script never started, with the page errors', () => {
    const message = describeNotReady({ ...base, ready: null }, 5000, ['TypeError: x is undefined']);
    expect(message).toContain('never started its ready signal');
    expect(message).toContain('TypeError: x is undefined');
  });
});
