/**
 * The speaker view's pacing from past runs. The speaker view reads each slide's `data-timing` from
 * the presenting page (the main window sends it with every change of slide); this module sets it,
 * and puts the planned times back when switched off. Loaded with the report, or at start when the
 * presenter left pacing by the median on.
 */
import type { RehearsalRun } from './run.ts';
import { plannedSeconds, plannedSlides, slideElements } from './slides.ts';
import { medianTimings } from './timing.ts';

/**
 * Paces by the median of the complete runs (true) or by the planned times (false). Returns whether
 * the median is now in force (false when there is no complete run to take it from).
 */
export function applyPacing(useMedian: boolean, runs: readonly RehearsalRun[]): boolean {
  const timings = useMedian ? medianTimings(plannedSlides(), runs) : null;
  for (const slide of slideElements()) {
    const planned = plannedSeconds(slide);
    const seconds = timings?.get(slide.id) ?? planned;
    if (timings) slide.dataset.plannedTiming = String(planned);
    else delete slide.dataset.plannedTiming;
    slide.dataset.timing = String(seconds);
  }
  document.documentElement.toggleAttribute('data-pacing-median', timings !== null);
  return timings !== null;
}
