/**
 * The lazy chart chunk: Chart.js with only the pieces the charts use, the chart modules, and the
 * function that draws a chart into its canvas. Loaded by the controller (controller.ts) with a dynamic
 * import when a chart slide is near, so the deck's first load carries no Chart.js.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartConfiguration, ChartType, Plugin } from 'chart.js';
import { ENTRY_ANIMATION } from './common.ts';
import { chartModules, isChartId } from './registry.ts';
import { readChartTheme } from './theme.ts';

Chart.register(BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface MountOptions {
  readonly animate: boolean;
  /** The chart's current view (e.g. which reporter's statistics). */
  readonly view?: string;
  /** Pixel density of the drawing: the slide is scaled by reveal.js, and print wants it crisp. */
  readonly pixelRatio: number;
}

export interface MountedChart {
  readonly id: string;
  readonly chart: Chart;
  /** Resolves when the chart is fully drawn (entry animation finished). */
  readonly drawn: Promise<void>;
  /** Plays the entry animation again (re-entering the slide). */
  replay(animate: boolean): Promise<void>;
  destroy(): void;
}

/**
 * Marks the canvas while it animates and when it is drawn. Chart.js calls `afterRender` once the
 * animations finish, or right after a draw without animation.
 */
function drawnSignal<T extends ChartType>(canvas: HTMLCanvasElement): { plugin: Plugin<T>; next: () => Promise<void> } {
  let resolve: () => void = () => undefined;
  const next = (): Promise<void> => {
    canvas.dataset.chartState = 'animating';
    return new Promise<void>((r) => {
      resolve = r;
    });
  };
  const plugin: Plugin<T> = {
    id: 'deckDrawnSignal',
    afterRender() {
      canvas.dataset.chartState = 'drawn';
      resolve();
    },
  };
  return { plugin, next };
}

/** Draws chart `id` (as the page names it) into `canvas`; throws for an id no chart module has. */
export function mountChart(canvas: HTMLCanvasElement, id: string, options: MountOptions): MountedChart {
  if (!isChartId(id)) throw new Error(`no chart module is registered as "${id}"`);
  const styles = getComputedStyle(canvas);
  const theme = readChartTheme((name) => styles.getPropertyValue(name));
  // The one cast from the modules' precise configuration types to what `new Chart` takes.
  const config = chartModules[id].config({ theme, animate: options.animate, view: options.view }) as ChartConfiguration;
  const signal = drawnSignal(canvas);
  const drawn = signal.next();
  config.options = { ...config.options, devicePixelRatio: options.pixelRatio };
  config.plugins = [...(config.plugins ?? []), signal.plugin];
  // One chart per canvas: a stale instance (e.g. after a failed destroy) would leak listeners.
  Chart.getChart(canvas)?.destroy();
  const chart = new Chart(canvas, config);
  canvas.dataset.chartView = options.view ?? '';
  canvas.dataset.chartAnimated = String(options.animate);
  return {
    id,
    chart,
    drawn,
    replay(animate) {
      const again = signal.next();
      canvas.dataset.chartAnimated = String(animate);
      chart.options.animation = animate ? { ...ENTRY_ANIMATION } : false;
      chart.reset();
      chart.update();
      return again;
    },
    destroy() {
      chart.destroy();
      delete canvas.dataset.chartState;
    },
  };
}
