/**
 * The layers point one way: slide modules and data → model → render (pure) → app (browser), with
 * charts beside render. Checked on the import statements of every source file, so a shortcut
 * across layers fails here rather than in review. Also: nothing reaches into reveal.js's internals.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Project-relative paths a file imports (relative specifiers only). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => relative(ROOT, resolve(dirname(file), m[1] ?? '')));
}

const layer = (dir: string): string[] => files(join(ROOT, dir));

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
    const found = layer(dir).flatMap((file) =>
      importsOf(file)
        .filter((target) => forbidden.some((f) => target.startsWith(`${f}/`)))
        .map((target) => `${relative(ROOT, file)} → ${target}`),
    );
    expect(found).toEqual([]);
  });

  it('the browser app takes the deck from the page, not from the content modules', () => {
    const found = layer('src/app').flatMap((file) =>
      importsOf(file)
        .filter((t) => t.startsWith('slides/') || t.startsWith('src/data/') || t.startsWith('src/render/') || t === 'src/deck.ts')
        .map((t) => `${relative(ROOT, file)} → ${t}`),
    );
    expect(found).toEqual([]);
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
