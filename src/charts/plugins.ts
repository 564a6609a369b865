/**
 * Two small Chart.js plugins the deck needs and Chart.js does not have: marks on the time axis
 * (milestones and a shaded span) and labels beside the steps of the ladder. They are inline
 * plugins (passed in a chart's config), so nothing is registered globally. The label layout is
 * a pure function, tested without a canvas.
 */
import type { Chart, ChartType, Plugin } from 'chart.js';
import type { ChartTheme } from './theme.ts';
import { withAlpha } from './theme.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const overlaps = (a: Rect, b: Rect, pad = 0): boolean =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

const inside = (r: Rect, area: Rect): boolean =>
  r.x >= area.x && r.y >= area.y && r.x + r.w <= area.x + area.w && r.y + r.h <= area.y + area.h;

const overlapArea = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/**
 * Places labels one by one, each at the first of its candidate boxes that stays inside the area
 * and clear of what is already placed and of the obstacles (e.g. the drawn data). When none is
 * clear, takes the candidate inside the area that covers the least: another label counts far
 * more than data, because two labels on top of each other cannot be read at all.
 */
export function placeLabels<R extends Rect>(
  candidates: readonly (readonly R[])[],
  area: Rect,
  obstacles: readonly Rect[] = [],
  pad = 4,
): (R | null)[] {
  const placed: Rect[] = [];
  return candidates.map((options) => {
    const free = options.find((r) => inside(r, area) && ![...placed, ...obstacles].some((o) => overlaps(r, o, pad)));
    const onLabels = (r: Rect): number => placed.reduce((sum, o) => sum + overlapArea(r, o), 0);
    const onData = (r: Rect): number => obstacles.reduce((sum, o) => sum + overlapArea(r, o), 0);
    // Failing a clear spot: the one over the least data, but never over another label
    // (on a narrow chart a label is left out rather than drawn over another).
    const best =
      free ??
      options
        .filter((r) => inside(r, area) && onLabels(r) === 0)
        .reduce<R | null>((a, r) => (a === null || onData(r) < onData(a) ? r : a), null);
    if (best) placed.push(best);
    return best;
  });
}

export const fontString = (theme: ChartTheme, weight: number | string = 400, size = theme.fontSize): string =>
  `${weight} ${size}px ${theme.fontBody}`;

/** A label's text in its box: one line, or (`lines`) several, one under another, each a box's height divided evenly. */
function drawLabel(
  ctx: CanvasRenderingContext2D,
  text: string,
  box: Rect,
  theme: ChartTheme,
  color: string,
  opacity = 0.88,
  lines: readonly string[] = [text],
): void {
  ctx.fillStyle = withAlpha(theme.paper, opacity);
  ctx.fillRect(box.x - 2, box.y, box.w + 4, box.h);
  ctx.fillStyle = color;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const line = box.h / lines.length;
  lines.forEach((l, i) => ctx.fillText(l, box.x, box.y + line * i + line / 2 + 1));
}

export interface TimeMark {
  /** The x value as the scale understands it (a category index or a number). */
  readonly at: number;
  readonly label: string;
}

export interface TimeMarksOptions {
  readonly marks: readonly TimeMark[];
  /** A shaded span of the axis, with its label; `from`/`to` as the scale understands them. */
  readonly band?: { readonly from: number; readonly to: number; readonly label: string };
  /** Category axes: widen the band by half a category on each side. */
  readonly categoryAxis: boolean;
  readonly theme: ChartTheme;
  /**
   * Where the labels go: on the plot beside their lines (slides), or in a strip of `stripRows` rows
   * above it (phones, where they would cover the data), their lines drawn up to them.
   */
  readonly labels?: 'plot' | 'above';
}

/** Rows of the strip above the plot in the phone layout: the chart reserves their height as top padding. */
export const STRIP_ROWS = 5;
/** A label row's height for a font size. */
export const labelRowHeight = (fontSize: number): number => fontSize + 6;

/** Where each chart's plugins drew their labels, for the layout checks (src/charts/mount.ts publishes them). */
export const drawnLabels = new WeakMap<object, { text: string; box: Rect }[]>();

/** Milestone lines and a shaded span, drawn behind the data; their labels on top, in rows that do not collide. */
export function timeMarksPlugin<T extends ChartType>(options: TimeMarksOptions): Plugin<T> {
  const { theme } = options;
  const px = (chart: Chart<T>, at: number): number => chart.scales.x?.getPixelForValue(at) ?? Number.NaN;
  const halfStep = (chart: Chart<T>): number => (options.categoryAxis ? Math.abs(px(chart, 1) - px(chart, 0)) / 2 : 0);
  return {
    id: 'timeMarks',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      ctx.save();
      if (options.band) {
        const half = halfStep(chart);
        const x0 = px(chart, options.band.from) - half;
        const x1 = px(chart, options.band.to) + half;
        ctx.fillStyle = withAlpha(theme.series[2], 0.1);
        ctx.fillRect(x0, area.top, x1 - x0, area.bottom - area.top);
      }
      ctx.strokeStyle = theme.accent;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([5, 4]);
      for (const mark of options.marks) {
        const x = Math.round(px(chart, mark.at)) + 0.5;
        ctx.beginPath();
        ctx.moveTo(x, area.top);
        ctx.lineTo(x, area.bottom);
        ctx.stroke();
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      ctx.save();
      ctx.font = fontString(theme, 600);
      const h = labelRowHeight(theme.fontSize);
      const above = options.labels === 'above';
      const rows = above ? STRIP_ROWS : 6;
      // Above: the strip's rows, the lowest first (nearest the plot); on the plot: from its top down.
      const rowY = (row: number): number => (above ? area.top - (row + 1) * h : area.top + 2 + row * h);
      const areaRect: Rect = above
        ? { x: 0, y: area.top - rows * h, w: chart.width, h: rows * h }
        : { x: area.left, y: area.top, w: area.right - area.left, h: area.bottom - area.top };
      // Milestone labels beside their lines, as high as they fit; then the span's label inside the span.
      const texts = options.marks.map((m) => m.label);
      const candidates = options.marks.map((mark) => {
        const x = px(chart, mark.at);
        const w = ctx.measureText(mark.label).width;
        return Array.from({ length: rows }, (_, row) => [
          { x: x + 5, y: rowY(row), w, h },
          { x: x - 5 - w, y: rowY(row), w, h },
        ]).flat();
      });
      if (options.band) {
        const half = halfStep(chart);
        const x0 = px(chart, options.band.from) - half;
        const x1 = px(chart, options.band.to) + half;
        const w = ctx.measureText(options.band.label).width;
        texts.push(options.band.label);
        candidates.push(
          Array.from({ length: rows }, (_, row) => [
            { x: x0 + 8, y: rowY(row), w, h },
            { x: x1 - 8 - w, y: rowY(row), w, h },
          ]).flat(),
        );
      }
      // In the strip, labels keep a wider gap: two of them side by side must not read as one.
      const boxes = placeLabels(candidates, areaRect, above ? [] : dataObstacles(chart), above ? 12 : 4);
      if (above) {
        // Each milestone's line continues up to its label; drawn first, so a line that passes a lower label goes behind it.
        ctx.strokeStyle = theme.accent;
        ctx.lineWidth = 1.5;
        ctx.setLineDash([5, 4]);
        options.marks.forEach((mark, i) => {
          const box = boxes[i];
          if (!box) return;
          const x = Math.round(px(chart, mark.at)) + 0.5;
          ctx.beginPath();
          ctx.moveTo(x, area.top);
          ctx.lineTo(x, box.y + box.h);
          ctx.stroke();
        });
        ctx.setLineDash([]);
      }
      const drawn: { text: string; box: Rect }[] = [];
      texts.forEach((text, i) => {
        const box = boxes[i];
        const isBand = options.band !== undefined && i === texts.length - 1;
        if (!box) return;
        drawLabel(ctx, text, box, theme, isBand ? theme.series[2] : theme.accent, above ? 1 : 0.88);
        drawn.push({ text, box });
      });
      drawnLabels.set(chart, drawn);
      ctx.restore();
    },
  };
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * Where the data is drawn (bars, points, and the segments between line points), at the end of
 * the animation, so labels can keep clear of it without moving while the chart animates.
 */
export function dataObstacles<T extends ChartType>(chart: Chart<T>): Rect[] {
  const out: Rect[] = [];
  for (const meta of chart.getSortedVisibleDatasetMetas()) {
    const points: { x: number; y: number }[] = [];
    for (const element of meta.data) {
      const p = element.getProps(['x', 'y', 'base', 'width'], true);
      const x = num(p.x);
      const y = num(p.y);
      if (x === undefined || y === undefined) continue;
      const base = num(p.base);
      const width = num(p.width);
      if (meta.type === 'bar' && base !== undefined && width !== undefined) {
        out.push({ x: x - width / 2, y: Math.min(y, base), w: width, h: Math.abs(base - y) });
      } else {
        out.push({ x: x - 8, y: y - 8, w: 16, h: 16 });
        points.push({ x, y });
      }
    }
    if (meta.type !== 'line') continue;
    // A line's segments, sampled as small boxes (a diagonal's bounding box would block too much).
    points.forEach((a, i) => {
      const b = points[i + 1];
      if (!b) return;
      for (let t = 0.125; t < 1; t += 0.125) out.push({ x: a.x + (b.x - a.x) * t - 3, y: a.y + (b.y - a.y) * t - 3, w: 6, h: 6 });
    });
  }
  return out;
}

/** Candidate boxes around a point, in order of preference. */
export function stepLabelCandidates(p: { x: number; y: number; raises: boolean }, w: number, h: number, gap = 6): Rect[] {
  const aboveLeft = { x: p.x - gap - w, y: p.y - gap - h, w, h };
  const aboveRight = { x: p.x + gap, y: p.y - gap - h, w, h };
  const belowRight = { x: p.x + gap, y: p.y + gap, w, h };
  const belowLeft = { x: p.x - gap - w, y: p.y + gap, w, h };
  return p.raises ? [aboveLeft, aboveRight, belowRight, belowLeft] : [belowRight, belowLeft, aboveRight, aboveLeft];
}

/** The segments of a line stepped "before" (across, then up), as thin boxes labels must avoid. */
export function steppedSegments(points: readonly { x: number; y: number }[], thickness = 4): Rect[] {
  const out: Rect[] = [];
  points.forEach((p, i) => {
    const next = points[i + 1];
    if (!next) return;
    out.push({ x: Math.min(p.x, next.x), y: p.y - thickness / 2, w: Math.abs(next.x - p.x), h: thickness });
    out.push({ x: next.x - thickness / 2, y: Math.min(p.y, next.y), w: thickness, h: Math.abs(next.y - p.y) });
  });
  return out;
}

/** A step's label: its text on one line, and the same in two lines (year, then document) for a narrow chart. */
export interface StepLabel {
  readonly at: number;
  readonly level: number;
  readonly text: string;
  readonly lines?: readonly [string, string];
  /** Labels of steps that raise the level go above; others prefer below. */
  readonly raises: boolean;
}

/**
 * Labels beside each step of the ladder (document and year), clear of the line and of each other:
 * on one line where one fits, else in two lines (a phone's narrow chart, where one line would
 * cross the next riser).
 */
export function stepLabelsPlugin<T extends ChartType>(labels: readonly StepLabel[], theme: ChartTheme): Plugin<T> {
  return {
    id: 'stepLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const x = chart.scales.x;
      const y = chart.scales.y;
      if (!x || !y) return;
      ctx.save();
      ctx.font = fontString(theme, 600);
      const h = theme.fontSize + 4;
      const points = labels.map((l) => ({ x: x.getPixelForValue(l.at), y: y.getPixelForValue(l.level), raises: l.raises }));
      const line = steppedSegments([...points, { x: area.right, y: points.at(-1)?.y ?? area.top }]);
      const dots = points.map((p) => ({ x: p.x - 8, y: p.y - 8, w: 16, h: 16 }));
      const areaRect: Rect = { x: area.left, y: area.top, w: area.right - area.left, h: area.bottom - area.top };
      // Beside the point first; failing that (a long label near the edge of a phone-sized chart), the
      // same rows slid sideways into the plot, so the label is kept rather than left out.
      const slide = (r: Rect): Rect => ({ ...r, x: Math.min(Math.max(r.x, areaRect.x + 2), areaRect.x + areaRect.w - r.w - 2) });
      const candidates = labels.map((l, i) => {
        const point = points[i] ?? { x: 0, y: 0, raises: true };
        const forms = [[l.text], ...(l.lines ? [l.lines] : [])];
        return forms.flatMap((lines) => {
          const width = Math.max(...lines.map((t) => ctx.measureText(t).width));
          const near = stepLabelCandidates(point, width, h * lines.length).map((r) => ({ ...r, lines }));
          return [...near, ...near.map((r) => ({ ...slide(r), lines }))];
        });
      });
      const boxes = placeLabels(candidates, areaRect, [...line, ...dots]);
      const drawn: { text: string; box: Rect }[] = [];
      labels.forEach((l, i) => {
        const placed = boxes[i];
        if (!placed) return;
        const { lines, ...box } = placed;
        drawLabel(ctx, l.text, box, theme, l.raises ? theme.ink : theme.inkSoft, 0.88, lines);
        drawn.push({ text: l.text, box });
      });
      drawnLabels.set(chart, drawn);
      ctx.restore();
    },
  };
}
