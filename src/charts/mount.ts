/**
 * The lazy chart chunk: Chart.js with only the pieces the charts use, the charts' browser halves
 * (src/charts/drawings.ts) and their plain series (bundled as data: `virtual:chart-series`), and
 * the function that draws a chart into its canvas. Loaded by the controller (controller.ts) with a dynamic
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
import { COMPACT_WIDTH, ENTRY_ANIMATION } from './common.ts';
import { drawnLabels, type Rect } from './plugins.ts';
import chartSeries from 'virtual:chart-series';
import { chartDrawings } from './drawings.ts';
import { readChartTheme } from './theme.ts';
import { readChartPageWords, type ChartPageWords } from './words.ts';

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
    afterRender(chart) {
      canvas.dataset.layout = JSON.stringify(chartLayout(chart as unknown as Chart));
      canvas.dataset.chartState = 'drawn';
      resolve();
    },
  };
  return { plugin, next };
}

interface LayoutItem {
  readonly kind: 'legend' | 'tick' | 'label';
  readonly text: string;
  readonly box: Rect;
}

/**
 * Where the chart put its text (legend entries, tick labels, the plugins' labels), in CSS px of the
 * canvas. Published on the canvas (`data-layout`) so a test or a screenshot tool can check that
 * nothing falls outside the canvas and no two labels overlap, without reaching into Chart.js.
 */
function chartLayout(chart: Chart): { width: number; height: number; compact: boolean; items: LayoutItem[] } {
  const items: LayoutItem[] = [];
  const legend = chart.legend;
  if (legend && chart.options.plugins?.legend?.display !== false) {
    // Chart.js 4.6 keeps each entry's box in `legendHitBoxes`, which its typings leave out: read once, here.
    const boxes =
      (legend as unknown as { legendHitBoxes?: { left: number; top: number; width: number; height: number }[] }).legendHitBoxes ?? [];
    legend.legendItems?.forEach((item, i) => {
      const b = boxes[i];
      if (b) items.push({ kind: 'legend', text: item.text, box: { x: b.left, y: b.top, w: b.width, h: b.height } });
    });
  }
  const ctx = chart.ctx;
  ctx.save();
  for (const scale of Object.values(chart.scales)) {
    for (const label of scale.getLabelItems()) {
      const texts = (Array.isArray(label.label) ? label.label : [label.label]).map(String).filter((t) => t !== '');
      if (texts.length === 0) continue;
      const font = label.font as { string?: string; lineHeight?: number; size?: number };
      ctx.font = font.string ?? '';
      const w = Math.max(...texts.map((t) => ctx.measureText(t).width));
      const h = (font.lineHeight ?? font.size ?? 12) * texts.length;
      const [tx, ty] = label.options.translation ?? [0, 0];
      const align = label.options.textAlign;
      const x = align === 'center' ? tx - w / 2 : align === 'right' || align === 'end' ? tx - w : tx;
      const base = label.options.textBaseline;
      const y = base === 'middle' ? ty - h / 2 : base === 'bottom' ? ty - h : ty;
      items.push({ kind: 'tick', text: texts.join(' '), box: { x, y, w, h } });
    }
  }
  ctx.restore();
  for (const l of drawnLabels.get(chart) ?? []) items.push({ kind: 'label', text: l.text, box: l.box });
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    width: chart.width,
    height: chart.height,
    compact: chart.canvas.dataset.chartLayout === 'compact',
    items: items.map((i) => ({ ...i, box: { x: round(i.box.x), y: round(i.box.y), w: round(i.box.w), h: round(i.box.h) } })),
  };
}

/** The page's chart words, read once (every chart on a page is in the page's language). */
let pageWords: ChartPageWords | undefined;

/** Draws chart `id` (as the page names it) into `canvas`; throws for an id no chart module has. */
export function mountChart(canvas: HTMLCanvasElement, id: string, options: MountOptions): MountedChart {
  const drawing = chartDrawings.get(id);
  if (!drawing) throw new Error(`no chart drawing is registered as "${id}"`);
  const styles = getComputedStyle(canvas);
  const theme = readChartTheme((name) => styles.getPropertyValue(name));
  // The one cast from the modules' precise configuration types to what `new Chart` takes.
  // The phone layout when the chart's box is too narrow for the full one (the reading view on a phone).
  const compact = (canvas.parentElement?.clientWidth ?? Number.POSITIVE_INFINITY) < COMPACT_WIDTH;
  const page = (pageWords ??= readChartPageWords(canvas.ownerDocument));
  const config = drawing.config({
    theme,
    animate: options.animate,
    view: options.view,
    compact,
    page,
    series: chartSeries,
  }) as ChartConfiguration;
  const signal = drawnSignal(canvas);
  const drawn = signal.next();
  config.options = { ...config.options, devicePixelRatio: options.pixelRatio };
  config.plugins = [...(config.plugins ?? []), signal.plugin];
  // One chart per canvas: a stale instance (e.g. after a failed destroy) would leak listeners.
  Chart.getChart(canvas)?.destroy();
  canvas.dataset.chartLayout = compact ? 'compact' : 'full';
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
