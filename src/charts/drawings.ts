/**
 * The charts' browser halves, as the lazy chart chunk sees them: every `src/charts/drawings/<id>.ts`
 * (its default export, a `ChartDrawing` carrying its id), found by Vite's `import.meta.glob` and
 * bundled into the chunk. A chart's one registry line is its build half's (src/charts/registry.ts);
 * its browser half is found by its file, and tests/unit/chart-registry.test.ts checks that every
 * registered chart has one, under its own id, and that no drawing belongs to no chart.
 */
import type { ChartDrawing } from './chart-module.ts';

const files = import.meta.glob<ChartDrawing>('./drawings/*.ts', { eager: true, import: 'default' });

/** The file a drawing comes from, by the id it carries: a drawing under another file name is refused. */
function byId(found: Readonly<Record<string, ChartDrawing>>): ReadonlyMap<string, ChartDrawing> {
  const map = new Map<string, ChartDrawing>();
  for (const [file, drawing] of Object.entries(found)) {
    const name = /([^/]+)\.ts$/.exec(file)?.[1];
    if (drawing.id !== name) throw new Error(`chart drawing ${file} carries the id "${drawing.id}", not "${String(name)}"`);
    map.set(drawing.id, drawing);
  }
  return map;
}

export const chartDrawings: ReadonlyMap<string, ChartDrawing> = byId(files);
