/**
 * The one owner of the deck's charts, small enough for the entry bundle. It wires the figures'
 * buttons (Data, statistics switch) and the T key; Chart.js and the configurations come in a
 * separate chunk (mount.ts), imported only when a chart slide is current or next to it.
 *
 * Slides view: the chart on the current slide is drawn (with its entry animation unless the
 * reader prefers reduced motion), a neighbour's chunk is fetched ahead, a chart two or more
 * slides away is destroyed, and re-entering a slide replays the animation.
 * Print view: every chart is drawn at once without animation, and the deck's ready signal
 * waits for all of them (the PDF exporter waits for that signal).
 * Scroll (reading) view: a chart is drawn, without animation, as its page comes within half a
 * screen of the reader, so opening the reading view (the default on phones) costs no chart work
 * until a chart is near; the ready signal waits for the charts near the reader's first place.
 */
import type { ChartId } from './chart-ids.ts';
import { isChartId } from './chart-ids.ts';
import type { MountedChart } from './mount.ts';
import type { ViewMode } from '../app/view-mode.ts';
import { registerReadyTask } from '../app/ready.ts';

type MountModule = typeof import('./mount.ts');

/** The parts of the reveal.js API the controller uses. */
export interface DeckApi {
  on(type: string, listener: (event: Event) => void): void;
  getCurrentSlide(): HTMLElement | undefined;
  getIndices(slide?: HTMLElement): { h: number };
  getScale(): number;
  getViewportElement(): HTMLElement | null;
  addKeyBinding(binding: { keyCode: number; key: string; description: string }, callback: (event: KeyboardEvent) => void): void;
}

type Mode = 'slides' | 'print' | 'scroll';

interface Place {
  readonly id: ChartId;
  readonly figure: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly slide: HTMLElement;
  mounted?: MountedChart;
  /** A chart that failed is not retried: its slide shows the data table instead. */
  failed?: boolean;
}

let chunk: Promise<MountModule> | undefined;
/** The chart chunk, fetched once; a failed fetch is forgotten so the next attempt tries again. */
const loadChunk = (): Promise<MountModule> =>
  (chunk ??= import('./mount.ts').catch((error: unknown) => {
    chunk = undefined;
    throw error;
  }));

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function findPlaces(root: ParentNode): Place[] {
  const places: Place[] = [];
  for (const figure of root.querySelectorAll<HTMLElement>('figure.chart[data-chart]')) {
    const id = figure.dataset.chart ?? '';
    const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
    const slide = figure.closest<HTMLElement>('section');
    if (!isChartId(id) || !canvas || !slide) {
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

/** reveal.js 6.0.2 has `isScrollView` but its typings do not. */
function isScrollView(deck: DeckApi): boolean {
  const fn: unknown = Reflect.get(deck, 'isScrollView');
  return typeof fn === 'function' && fn.call(deck) === true;
}

export interface ChartController {
  /** Call after `deck.initialize()` and before `signalReadyWhenSettled()`. */
  attach(deck: DeckApi): void;
}

/**
 * Installs the chart controller. Call before `deck.initialize()`: print view listens for
 * reveal.js's `pdf-ready`, which may fire as initialisation ends.
 */
export function installCharts(root: HTMLElement, urlView: ViewMode): ChartController {
  let places = findPlaces(root);
  let mode: Mode = urlView;
  let scale = 1;

  const laidOut =
    urlView === 'print'
      ? new Promise<void>((resolve) => {
          root.addEventListener('pdf-ready', () => resolve(), { once: true });
          if (document.documentElement.dataset.printLayout === 'done') resolve();
        })
      : Promise.resolve();

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
      const { mountChart } = await loadChunk();
      place.mounted?.destroy();
      place.mounted = mountChart(place.canvas, place.id, { animate, view: viewOf(place), pixelRatio: pixelRatio() });
      await settle(place, place.mounted.drawn);
    } catch (error) {
      place.mounted = undefined;
      fail(place, error);
      throw error;
    }
  }

  function destroy(place: Place): void {
    place.mounted?.destroy();
    place.mounted = undefined;
    delete place.figure.dataset.chartState;
  }

  /** Draws every chart at once, still (print and reading views); rejects naming the charts not drawn. */
  async function drawAll(): Promise<void> {
    const results = await Promise.allSettled(places.map((p) => draw(p, false)));
    const failed = places.filter((_, i) => results[i]?.status === 'rejected').map((p) => p.id);
    if (failed.length > 0) throw new Error(`charts not drawn: ${failed.join(', ')}`);
  }

  let nearby: IntersectionObserver | undefined;

  /**
   * Reading view: draws each chart as it nears the screen. Resolves once the charts near the
   * first place are drawn (the observer's first report covers every figure), rejecting when one fails.
   */
  function drawNearby(scroller: Element | null): Promise<void> {
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
        // Half a screen ahead of the scrolling element (reveal.js's viewport in the scroll view).
        { root: scroller, rootMargin: '50% 0px' },
      );
      nearby = observer;
      for (const place of places) observer.observe(place.figure);
    });
  }

  // One listener for every figure: reveal.js's scroll view moves the slides around.
  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const toggle = target?.closest<HTMLElement>('.chart-data-toggle');
    const figure = target?.closest<HTMLElement>('figure.chart');
    if (!figure) return;
    if (toggle) {
      setTableOpen(figure, !figure.classList.contains('chart--table-open'));
      return;
    }
    const button = target?.closest<HTMLButtonElement>('.chart-view');
    if (!button || button.getAttribute('aria-pressed') === 'true') return;
    for (const other of figure.querySelectorAll('.chart-view')) other.setAttribute('aria-pressed', String(other === button));
    figure.dataset.view = button.value;
    const place = places.find((p) => p.figure === figure);
    // Redrawn at once in the new view if drawn; otherwise the next draw picks the view up.
    if (place?.mounted) void draw(place, mode === 'slides' && !reducedMotion()).catch(() => undefined);
  });

  return {
    attach(deck) {
      deck.addKeyBinding({ keyCode: 84, key: 'T', description: 'Show or hide the chart’s data table' }, () => {
        const figure = deck.getCurrentSlide()?.querySelector<HTMLElement>('figure.chart');
        if (figure) setTableOpen(figure, !figure.classList.contains('chart--table-open'));
      });

      const followSlides = (): void => {
        if (mode !== 'slides') return;
        const current = deck.getCurrentSlide();
        if (!current) return;
        scale = deck.getScale();
        const here = deck.getIndices(current).h;
        for (const place of places) {
          const distance = Math.abs(deck.getIndices(place.slide).h - here);
          if (distance === 0) {
            const animate = !reducedMotion();
            if (place.mounted) void settle(place, place.mounted.replay(animate));
            else if (!place.failed) void draw(place, animate).catch(() => undefined);
          } else if (distance === 1) {
            // Fetch the chunk ahead so the next chart appears without a wait.
            // (A failure here is reported when the chart itself is drawn.)
            void loadChunk().catch(() => undefined);
          } else if (place.mounted) {
            destroy(place);
            setTableOpen(place.figure, false);
          }
        }
      };

      if (mode === 'slides' && isScrollView(deck)) mode = 'scroll';
      const scroller = (): Element | null => {
        const viewport = deck.getViewportElement();
        // The viewport scrolls in the scroll view; where it does not, the document does.
        return viewport && viewport.scrollHeight > viewport.clientHeight ? viewport : null;
      };
      if (mode === 'slides') followSlides();
      else if (mode === 'print') registerReadyTask('charts', laidOut.then(drawAll));
      else registerReadyTask('charts', drawNearby(scroller()));
      deck.on('slidechanged', followSlides);

      // The reading view can be switched on and off (and reveal.js does it by itself at phone width);
      // it rebuilds the slides' DOM, so start again from the page as it now is.
      document.addEventListener('deck:viewchange', () => {
        if (mode === 'print') return;
        nearby?.disconnect();
        for (const place of places) destroy(place);
        places = findPlaces(root);
        mode = isScrollView(deck) ? 'scroll' : 'slides';
        if (mode === 'scroll') void drawNearby(scroller()).catch((error: unknown) => console.error(String(error)));
        else followSlides();
      });
    },
  };
}
