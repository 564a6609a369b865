/**
 * The PowerPoint exporter is a Node tool: nothing the browser loads may reach it or pptxgenjs.
 * Follows every import (static and dynamic) from the browser's entry points through the sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER_ONLY = ['pptxgenjs', 'jszip', '@xmldom/xmldom'];

/** Every module reachable from `entries`: local files and bare package names. */
function reachable(entries: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    const specifiers = [
      ...code.matchAll(/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+\s+from\s+)?['"]([^'"]+)['"]/g),
      ...code.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ]
      // Type-only imports are erased: they bring no code.
      .filter((m) => !/^\s*;?\s*(?:import|export)\s+type\s/.test(m[0]))
      .map((m) => m[1] ?? '');
    // Vite's `import.meta.glob('./dir/*.ts')` (the charts' browser halves): every file the pattern names.
    for (const m of code.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*['"](\.{1,2}\/[^'"*]+)\/\*\.ts['"]/g)) {
      const dir = resolve(dirname(file), m[1] ?? '.');
      queue.push(
        ...readdirSync(dir)
          .filter((f) => f.endsWith('.ts'))
          .map((f) => join(dir, f)),
      );
    }
    for (const spec of specifiers) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (/\.(ts|js)$/.test(target)) queue.push(target);
      } else {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
      }
    }
  }
  return { files, packages };
}

describe('the browser bundle', () => {
  const app = join(ROOT, 'src/app');
  const entries = [
    join(ROOT, 'src/main.ts'),
    join(ROOT, 'src/charts/mount.ts'),
    ...readdirSync(app)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(app, f)),
  ];
  const { files, packages } = reachable(entries);

  it('follows the imports (the walk finds the charts’ browser halves and reveal.js)', () => {
    expect([...files].some((f) => f.endsWith('src/charts/drawings/trade-growth.ts'))).toBe(true);
    expect(packages.has('reveal.js')).toBe(true);
  });

  it('never reaches a chart’s build half, the chart summaries or a data module (the source registry, the datasets’ text)', () => {
    const buildOnly = [...files].filter(
      (f) =>
        f.includes(join('src', 'charts', 'modules')) ||
        f.endsWith(join('src', 'charts', 'summaries.ts')) ||
        f.includes(join('src', 'data', '')),
    );
    expect(buildOnly).toEqual([]);
  });

  it('never reaches the PowerPoint exporter or its libraries', () => {
    expect([...files].filter((f) => f.includes(`${ROOT}scripts/`) || f.startsWith(resolve(ROOT, 'scripts')))).toEqual([]);
    for (const name of SERVER_ONLY) expect(packages.has(name), name).toBe(false);
  });
});
