/**
 * The deck's ready signal. Waiters (the PDF exporter, tests, the OG image) wait for
 * `<html data-deck-ready="true">`: fonts loaded, reveal.js laid out and every
 * registered task (e.g. "charts drawn" in print view) finished. A failed task is
 * named in `data-deck-ready-error` so a waiter can say what did not become ready.
 */
const tasks = new Map<string, Promise<unknown>>();

/** Registers work that must finish before the page is ready. Call before `signalReadyWhenSettled`. */
export function registerReadyTask(name: string, task: Promise<unknown>): void {
  tasks.set(name, task);
}

export async function signalReadyWhenSettled(root: HTMLElement = document.documentElement): Promise<void> {
  root.dataset.deckReady = 'pending';
  const names = [...tasks.keys()];
  const results = await Promise.allSettled([document.fonts.ready, ...tasks.values()]);
  const failed = results
    .map((r, i) => (r.status === 'rejected' ? `${i === 0 ? 'fonts' : names[i - 1]}: ${String(r.reason)}` : null))
    .filter((r): r is string => r !== null);
  if (failed.length > 0) {
    root.dataset.deckReadyError = failed.join('; ');
    console.error(`Deck not fully ready: ${failed.join('; ')}`);
  }
  root.dataset.deckReady = 'true';
}
