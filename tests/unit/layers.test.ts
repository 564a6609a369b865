/**
 * The layers point one way: base → data → model → content → charts and maps → render (pure) →
 * app (browser). dependency-cruiser enforces the whole folder graph in `npm run lint` from the
 * table in .dependency-cruiser.mjs (no upward arrow, no cycle); these tests pin the table's key
 * rules, so loosening one is a visible change here too. Also: nothing reaches into reveal.js's
 * internals, and scripts take the slide's size from the shared geometry module.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

type Layers = readonly (readonly [string, readonly string[]])[];
const { LAYERS } = (await import(pathToFileURL(join(ROOT, '.dependency-cruiser.mjs')).href)) as { LAYERS: Layers };
const allowed = new Map(LAYERS);

/** What `folder` may import, by the table, among `targets` (a folder or a file inside one). */
const allowedAmong = (folder: string, targets: readonly string[]): string[] =>
  (allowed.get(folder) ?? []).filter((name) => targets.some((t) => name === t || name.startsWith(`${t}/`)));

describe('layers', () => {
  const rules: readonly [string, readonly string[]][] = [
    // The content model knows nothing of charts, rendering or the browser.
    ['src/model', ['src/charts', 'src/render', 'src/app', 'src/build']],
    // Rendering is pure: no browser code, no Chart.js code.
    ['src/render', ['src/app', 'src/charts', 'src/build']],
    // The charts are owned per view but know nothing of the app.
    ['src/charts', ['src/app', 'src/render', 'src/build']],
    ['src/data', ['src/app', 'src/render', 'src/charts', 'src/build']],
  ];
  it.each(rules)('%s imports nothing from %j', (dir, forbidden) => {
    expect(allowed.has(dir)).toBe(true);
    expect(allowedAmong(dir, forbidden)).toEqual([]);
  });

  it('the browser app takes the deck from the page, not from the content modules', () => {
    // One exception, named in the table: the live view writes its deck link with the renderer's pure function.
    expect(allowedAmong('src/app', ['slides', 'src/data', 'src/render', 'src/deck.ts', 'editions', 'assets'])).toEqual([
      'src/render/deck-link.ts',
    ]);
  });

  it('the layer table lists every folder of the code, and npm run lint enforces it', () => {
    const folderOf = (file: string): string => {
      const parts = relative(ROOT, file).split('/');
      const candidates = [parts.join('/'), parts.slice(0, 3).join('/'), parts.slice(0, 2).join('/'), parts[0] ?? ''];
      return candidates.find((c) => allowed.has(c)) ?? relative(ROOT, file);
    };
    const unlisted = ['src', 'slides', 'editions', 'assets', 'scripts']
      .flatMap((dir) => files(join(ROOT, dir)))
      .map(folderOf)
      .filter((folder) => !allowed.has(folder));
    expect(unlisted).toEqual([]);
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.lint).toContain('npm run -s lint:layers');
    expect(scripts['lint:layers']).toMatch(/^depcruise src slides editions assets scripts --config \.dependency-cruiser\.mjs$/);
  });

  it('nothing in src/ uses reveal.js internals (its scroll view, private objects)', () => {
    const internals =
      /slideTriggers|syncScrollPosition|createFragmentTriggersForPage|Reflect\.get\([^)]*'scroll'\)|toggleScrollView|isScrollView/;
    const found = files(join(ROOT, 'src')).filter((f) => internals.test(readFileSync(f, 'utf8')));
    expect(found.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('scripts take the slide’s size from the shared geometry module', () => {
    const found = files(join(ROOT, 'scripts')).filter((f) =>
      /\b1280\b|\b720\b/.test(readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')),
    );
    expect(found.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
