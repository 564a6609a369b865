/**
 * A slide's build steps: what a clicker's "next" reveals before it leaves the slide. Each item of a
 * `build` list is one step (each column of a `compare`); a chart with views adds one step per other
 * view and one back to the first (the trade chart: Chinese statistics, then Belarusian again). The
 * speaker's script marks where each step falls with `▶` (CLICK_MARK), one per step. Pure.
 */
import type { ChartViews } from './chart.ts';
import type { ResolvedBlock } from './resolved.ts';

/** Marks the point in the speaker's script where the presenter clicks for the next build step. */
export const CLICK_MARK = '▶';

/** The views a chart's switch steps through: each other view, then back to the first (none for one view). */
export function viewStepValues(views: ChartViews | undefined): string[] {
  const [first, ...others] = views?.options ?? [];
  return first && others.length > 0 ? [...others.map((o) => o.value), first.value] : [];
}

/** How many build steps the blocks make on a slide. */
export function buildStepCount(blocks: readonly ResolvedBlock[]): number {
  return blocks.reduce((n, block) => {
    switch (block.kind) {
      case 'points':
      case 'timeline':
      case 'figures':
        return n + (block.build === true ? block.items.length : 0);
      case 'compare':
        return n + (block.build === true ? block.columns.length : 0);
      case 'chart':
        return n + viewStepValues(block.chart.views).length;
      default:
        return n;
    }
  }, 0);
}

/** How many click marks a script holds. */
export const clickMarkCount = (notes: readonly string[]): number => notes.reduce((n, p) => n + p.split(CLICK_MARK).length - 1, 0);

/** The script as it is read and printed for readers (the reading view, the handout): without the marks and the space they leave. */
export const withoutClickMarks = (text: string): string =>
  text
    .replaceAll(CLICK_MARK, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
