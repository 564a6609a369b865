/**
 * The deck's slides as the rehearsal sees them, read from the page: id, number, title and the
 * planned seconds. The planned time is `data-timing` as the build wrote it; while the speaker
 * view paces by past runs, `data-timing` holds the median and the plan is kept in `data-planned-timing`.
 */
import type { PlannedSlide } from './timing.ts';

export const SLIDES = '.reveal .slides section.slide';

/** The slides on screen; in a window without them (the speaker view), the page's template of them. */
export function slideElements(root: ParentNode = document): HTMLElement[] {
  let found = [...root.querySelectorAll<HTMLElement>(SLIDES)];
  if (found.length === 0) {
    const template = root.querySelector('template#deck-slides');
    if (template instanceof HTMLTemplateElement) found = [...template.content.querySelectorAll<HTMLElement>('section.slide')];
  }
  return found.filter((s) => s.id !== '');
}

export function plannedSeconds(slide: HTMLElement): number {
  const value = Number(slide.dataset.plannedTiming ?? slide.dataset.timing);
  return Number.isFinite(value) && value >= 0 ? value : 0;
}

export function plannedSlides(root: ParentNode = document): PlannedSlide[] {
  return slideElements(root).map((slide, i) => ({
    id: slide.id,
    number: Number(slide.dataset.slideNumber ?? i + 1),
    title: slide.dataset.title ?? slide.id,
    planned: plannedSeconds(slide),
  }));
}
