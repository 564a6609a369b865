/**
 * The one owner of the charts in one rendering of the deck (the slides, the printed slides, or the
 * reading view's article). Each view creates its own and destroys it when the view is left, so no
 * chart outlives the canvas it was drawn on. Small enough for the entry bundle: it wires the
 * figures' buttons (Data, statistics switch); Chart.js and the chart modules come in a separate
 * chunk (mount.ts), imported only when a chart is about to be drawn.
 *
 * - slides: the chart on the current slide is drawn (with its entry animation unless the reader
 *   prefers reduced motion), a neighbour's chunk is fetched ahead, a chart two or more slides away is
 *   destroyed, and re-entering a slide replays the animation;
 * - print: every chart is drawn at once, still;
 * - reading: a chart is drawn, still, as it comes within half a screen of the reader.
 *
 * It knows nothing of the app: views pass what it needs (the current slide, distances, the scale).
 */
import type { MountedChart } from './mount.ts';

type MountModule = typeof import('./mount.ts');

export type ChartMode = 'slides' | 'print' | 'reading';

interface Place {
  readonly id: string;
  readonly figure: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly slide: HTMLElement;
  mounted?: MountedChart;
  /** A chart that failed is not retried: its figure shows the data table instead. */
  failed?: boolean;
}

let chunk: Promise<MountModule> | undefined;
let chunkLoaded = false;
/** The chart chunk, fetched once; a failed fetch is forgotten so the next attempt tries again. */
export const loadChartChunk = (): Promise<MountModule> =>
  (chunk ??= import('./mount.ts').then(
    (module) => {
      chunkLoaded = true;
      return module;
    },
    (error: unknown) => {
      chunk = undefined;
      throw error;
    },
  ));
/** Whether Chart.js is here: then still charts are drawn within the current task (before printing). */
export const chartChunkLoaded = (): boolean => chunkLoaded;

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function findPlaces(root: ParentNode): Place[] {
  const places: Place[] = [];
  for (const figure of root.querySelectorAll<HTMLElement>('figure.chart[data-chart]')) {
    const id = figure.dataset.chart ?? '';
    const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
    const slide = figure.closest<HTMLElement>('section');
    if (!canvas || !slide) {
      console.error(`Chart "${id}" cannot be drawn: its figure has no canvas or no slide.`);
      continue;
    }
    places.push({ id, figure, canvas, slide });
  }
  return places;
}

function fail(place: Place, reason: unknown): void {
  place.failed = true;
  place.figure.classList.add('chart--failed');
  place.figure.dataset.chartState = 'failed';
  place.canvas.dataset.chartState = 'failed';
  const why = reason instanceof Error ? reason.message : String(reason);
  console.error(`Chart "${place.id}" could not be drawn: ${why}. Its data table is shown instead.`);
}

export function setTableOpen(figure: HTMLElement, open: boolean): void {
  figure.classList.toggle('chart--table-open', open);
  figure.querySelector('.chart-data-toggle')?.setAttribute('aria-expanded', String(open));
}

export interface Charts {
  /**
   * Slides: the charts on the current slide (distance 0) drawn, the neighbours' (1) chunk fetched,
   * farther charts destroyed. `scale` is reveal.js's, for a sharp drawing.
   */
  follow(distance: (slide: HTMLElement) => number, scale: number): void;
  /** Draws every chart at once, still; rejects naming the charts not drawn. */
  drawAll(): Promise<void>;
  /**
   * Reading: draws each chart as it nears the screen. Resolves once the charts near the first place
   * are drawn (the observer's first report covers every figure), rejecting when one fails.
   */
  drawNear(): Promise<void>;
  /** Shows a figure's chart in the view with this value (a no-op for an unknown value or the view on show). */
  selectView(figure: HTMLElement, value: string): void;
  /** Shows or hides the data table of the first chart in `within` (the T key). */
  toggleTable(within: ParentNode): void;
  /** Destroys every chart and stops listening: the view is being left. */
  destroy(): void;
}

export function createCharts(root: HTMLElement, mode: ChartMode): Charts {
  const places = findPlaces(root);
  let scale = 1;
  let nearby: IntersectionObserver | undefined;

  const pixelRatio = (): number => {
    const dpr = window.devicePixelRatio || 1;
    // The PDF rasterises canvases: draw them at twice the page's pixels so they stay sharp.
    return mode === 'print' ? 2 : Math.min(3, Math.max(dpr, scale * dpr));
  };

  const viewOf = (place: Place): string | undefined =>
    place.figure.querySelector<HTMLButtonElement>('.chart-view[aria-pressed="true"]')?.value;

  /** The figure says whether its chart is still coming (waiters such as the screenshot script watch it). */
  const settle = async (place: Place, drawing: Promise<void>): Promise<void> => {
    place.figure.dataset.chartState = 'loading';
    await drawing;
    place.figure.dataset.chartState = 'drawn';
  };

  async function draw(place: Place, animate: boolean): Promise<void> {
    if (place.failed) throw new Error(`chart "${place.id}" failed earlier`);
    place.figure.dataset.chartState = 'loading';
    try {
      const { mountChart } = await loadChartChunk();
      place.mounted?.destroy();
      place.mounted = mountChart(place.canvas, place.id, { animate, view: viewOf(place), pixelRatio: pixelRatio() });
      await settle(place, place.mounted.drawn);
    } catch (error) {
      place.mounted = undefined;
      fail(place, error);
      throw error;
    }
  }

  function release(place: Place): void {
    place.mounted?.destroy();
    place.mounted = undefined;
    delete place.figure.dataset.chartState;
  }

  async function drawAll(): Promise<void> {
    const results = await Promise.allSettled(places.map((p) => (p.mounted ? Promise.resolve() : draw(p, false))));
    const failed = places.filter((_, i) => results[i]?.status === 'rejected').map((p) => p.id);
    if (failed.length > 0) throw new Error(`charts not drawn: ${failed.join(', ')}`);
  }

  function drawNear(): Promise<void> {
    nearby?.disconnect();
    if (places.length === 0 || !('IntersectionObserver' in window)) return drawAll();
    return new Promise<void>((resolve, reject) => {
      let first = true;
      const observer = new IntersectionObserver(
        (entries) => {
          const drawing: Promise<void>[] = [];
          for (const entry of entries) {
            const place = places.find((p) => p.figure === entry.target);
            if (!entry.isIntersecting || !place || place.mounted || place.failed) continue;
            observer.unobserve(entry.target);
            drawing.push(draw(place, false));
          }
          if (!first) {
            for (const d of drawing) void d.catch(() => undefined);
            return;
          }
          first = false;
          Promise.all(drawing).then(() => resolve(), reject);
        },
        // Half a screen ahead of the reader.
        { rootMargin: '50% 0px' },
      );
      nearby = observer;
      for (const place of places) observer.observe(place.figure);
    });
  }

  // One listener for every figure in this rendering.
  const onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    const figure = target?.closest<HTMLElement>('figure.chart');
    if (!figure || !root.contains(figure)) return;
    if (target?.closest('.chart-data-toggle')) {
      setTableOpen(figure, !figure.classList.contains('chart--table-open'));
      return;
    }
    const button = target?.closest<HTMLButtonElement>('.chart-view');
    if (button) selectView(figure, button.value);
  };

  /** Shows the figure's chart in one of its views (the switch's buttons, or a build step of the slide). */
  function selectView(figure: HTMLElement, value: string): void {
    const buttons = [...figure.querySelectorAll<HTMLButtonElement>('.chart-view')];
    const chosen = buttons.find((b) => b.value === value);
    if (!chosen || chosen.getAttribute('aria-pressed') === 'true') return;
    for (const other of buttons) other.setAttribute('aria-pressed', String(other === chosen));
    figure.dataset.view = value;
    const place = places.find((p) => p.figure === figure);
    // Redrawn at once in the new view if drawn; otherwise the next draw picks the view up.
    if (place?.mounted) void draw(place, mode === 'slides' && !reducedMotion()).catch(() => undefined);
  }
  root.addEventListener('click', onClick);

  return {
    follow(distance, currentScale) {
      if (mode !== 'slides') return;
      scale = currentScale;
      for (const place of places) {
        const d = distance(place.slide);
        if (d === 0) {
          const animate = !reducedMotion();
          if (place.mounted) void settle(place, place.mounted.replay(animate));
          else if (!place.failed) void draw(place, animate).catch(() => undefined);
        } else if (d === 1) {
          // Fetch the chunk ahead so the next chart appears without a wait.
          // (A failure here is reported when the chart itself is drawn.)
          void loadChartChunk().catch(() => undefined);
        } else if (place.mounted) {
          release(place);
          setTableOpen(place.figure, false);
        }
      }
    },
    drawAll,
    drawNear,
    selectView,
    toggleTable(within) {
      const figure = within.querySelector<HTMLElement>('figure.chart');
      if (figure) setTableOpen(figure, !figure.classList.contains('chart--table-open'));
    },
    destroy() {
      nearby?.disconnect();
      root.removeEventListener('click', onClick);
      for (const place of places) release(place);
    },
  };
}
