/** Every chart's plain series, bundled as data by src/build/chart-series-plugin.ts. */
declare module 'virtual:chart-series' {
  const series: import('./chart-module.ts').ChartSeriesMap;
  export default series;
}
