/**
 * `import series from 'virtual:chart-series'`: every registered chart's plain series (numbers,
 * years, source ids, flags), made by each chart's build half from its data module at build time
 * and bundled into the lazy chart chunk as data. The chunk's browser halves draw from these, so it
 * imports no data module and carries none of their text (document names, descriptions), and the
 * page carries no copy of them. One copy serves every edition: series have no words.
 */
import type { Plugin } from 'vite';
import { allChartSeries } from '../charts/registry.ts';

export const CHART_SERIES_ID = 'virtual:chart-series';
const RESOLVED = `\0${CHART_SERIES_ID}`;

export function chartSeriesPlugin(): Plugin {
  return {
    name: 'deck:chart-series',
    resolveId(id) {
      return id === CHART_SERIES_ID ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? `export default JSON.parse(${JSON.stringify(JSON.stringify(allChartSeries()))});\n` : undefined;
    },
  };
}
