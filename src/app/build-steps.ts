/**
 * A chart's view switch as build steps of its slide. The renderer puts one empty fragment per step
 * after the switch (`.chart-view-step[data-view-step]`: for two views, "the other statistics" then
 * "back"), so a clicker's next/previous goes through the switch like any other build step, and
 * the speaker view's preview (which follows the deck's state) shows what the room shows.
 *
 * The view on show is a function of the deck's state: the value of the last step shown, or the
 * figure's first view before any. A click on a view button in the slide view moves the deck to
 * the step that shows that view instead of changing the chart behind the deck's back.
 */

/** The step fragments of a figure, in order. */
const stepsOf = (figure: Element): HTMLElement[] => [...figure.querySelectorAll<HTMLElement>('.chart-view-step[data-view-step]')];

/** The view a figure shows for the deck's state: the last step shown, else its first view. Pure over the DOM. */
export function viewForState(figure: Element): string | undefined {
  const shown = stepsOf(figure).filter((s) => s.classList.contains('visible'));
  return shown.at(-1)?.dataset.viewStep ?? figure.querySelector<HTMLButtonElement>('.chart-view')?.value;
}

/**
 * The fragment index to go to so that `value` shows, from fragment index `current` (-1: none
 * shown): the next step forward that shows it, else the last one behind, else before every step.
 */
export function stepIndexFor(figure: Element, value: string, current: number): number | null {
  const steps = stepsOf(figure).map((s) => ({ value: s.dataset.viewStep, index: Number(s.dataset.fragmentIndex) }));
  if (steps.some((s) => !Number.isInteger(s.index))) return null;
  const ahead = steps.find((s) => s.index > current && s.value === value);
  if (ahead) return ahead.index;
  const behind = steps.filter((s) => s.index <= current && s.value === value).at(-1);
  if (behind) return behind.index;
  const first = figure.querySelector<HTMLButtonElement>('.chart-view')?.value;
  const before = Math.min(...steps.map((s) => s.index)) - 1;
  return value === first ? before : null;
}

/** The next view after the one on show, wrapping (the speaker view's switch key). */
export function otherView(figure: Element): string | undefined {
  const values = [...figure.querySelectorAll<HTMLButtonElement>('.chart-view')].map((b) => b.value);
  const now = viewForState(figure);
  const at = now === undefined ? -1 : values.indexOf(now);
  return values[(at + 1) % values.length];
}
