/**
 * Waiting for the deck's own ready signal (`html[data-deck-ready="true"]`, src/app/ready.ts),
 * and, when it does not come, a message that names what did not become ready.
 */
import { withTimeout } from './cdp.ts';

/** What waiting needs of a page: evaluating a function in it (scripts/lib/cdp.ts's page). */
export interface ReadyPage {
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
}

/** What the print view looked like when it was still not ready: the timeout message names it. */
export interface ReadyState {
  readonly ready: string | null;
  readonly error: string | null;
  readonly printLayout: string | null;
  readonly fonts: string;
  readonly charts: number;
}

export function describeNotReady(state: ReadyState, timeoutMs: number, pageErrors: readonly string[]): string {
  const seconds = `${(timeoutMs / 1000).toFixed(0)} s`;
  const lines = [`The deck did not become ready within ${seconds} (waiting for html[data-deck-ready="true"]).`];
  if (state.ready === null) {
    lines.push('Not ready: the deck script (src/main.ts) never started its ready signal; reveal.js did not initialise.');
  } else {
    const pending: string[] = [];
    if (state.fonts !== 'loaded') pending.push(`fonts (document.fonts.status is "${state.fonts}")`);
    if (state.printLayout !== 'done')
      pending.push(`print layout (reveal.js never sent "pdf-ready"; data-print-layout is "${state.printLayout ?? 'unset'}")`);
    if (pending.length === 0) {
      pending.push(
        state.charts > 0
          ? `a registered ready task, most likely "charts" (${state.charts} figure.chart on the page)`
          : 'a registered ready task (src/app/ready.ts registerReadyTask)',
      );
    }
    lines.push(`Not ready: ${pending.join('; ')}.`);
  }
  if (state.error) lines.push(`Reported failures: ${state.error}`);
  if (pageErrors.length > 0) lines.push(`Page errors:\n  ${pageErrors.slice(0, 5).join('\n  ')}`);
  return lines.join('\n');
}

export async function waitUntilReady(page: ReadyPage, timeoutMs: number, pageErrors: readonly string[]): Promise<void> {
  // Woken by the attribute itself (no polling): the export goes on the moment the deck says so,
  // with the failures it reported (one round trip). The wait may start as the document does,
  // before the parser has made <html> (seen on a loaded machine): then it waits for that too.
  // (No named functions in here: tsx would wrap them in a helper the page does not have.)
  const signal = page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const ready = new MutationObserver(() => {
          const html = document.documentElement as HTMLElement | null;
          if (html?.dataset.deckReady !== 'true') return;
          ready.disconnect();
          started.disconnect();
          resolve(html.dataset.deckReadyError ?? null);
        });
        const started = new MutationObserver(() => {
          const html = document.documentElement as HTMLElement | null;
          if (!html) return;
          started.disconnect();
          if (html.dataset.deckReady === 'true') resolve(html.dataset.deckReadyError ?? null);
          else ready.observe(html, { attributes: true, attributeFilter: ['data-deck-ready'] });
        });
        const html = document.documentElement as HTMLElement | null;
        if (!html) started.observe(document, { childList: true });
        else if (html.dataset.deckReady === 'true') resolve(html.dataset.deckReadyError ?? null);
        else ready.observe(html, { attributes: true, attributeFilter: ['data-deck-ready'] });
      }),
  );
  // Once timed out, the wait is abandoned; it ends with the browser.
  signal.catch(() => undefined);
  let failed: string | null;
  try {
    failed = await withTimeout(signal, timeoutMs, 'the deck did not become ready');
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    const state = await page.evaluate((): ReadyState => ({
      ready: (document.documentElement as HTMLElement | null)?.dataset.deckReady ?? null,
      error: (document.documentElement as HTMLElement | null)?.dataset.deckReadyError ?? null,
      printLayout: (document.documentElement as HTMLElement | null)?.dataset.printLayout ?? null,
      fonts: document.fonts.status,
      charts: document.querySelectorAll('figure.chart').length,
    }));
    throw new Error(describeNotReady(state, timeoutMs, pageErrors), { cause: error });
  }
  if (failed) throw new Error(`The deck became ready with failures: ${failed}`);
}
