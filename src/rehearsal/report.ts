/**
 * The rehearsal report dialog (loaded on first use): per slide, planned against the latest run and
 * the median of past runs, the totals against the slot, a chart, a CSV download, printing, clearing
 * the runs, and the switch that paces the speaker view by the median. A native modal <dialog>:
 * Esc closes it, focus returns to where it was.
 */
import { dialogMarkup } from '../theme/dialog.ts';
import { applyPacing } from './pacing.ts';
import { esc as escText } from '../base/html.ts';
import { plural } from '../model/messages.ts';
import { localMinute, renderReport, reportCsv, type ReportLocale } from './report-view.ts';
import { plannedSlides } from './slides.ts';
import type { RehearsalStore } from './store.ts';
import { buildReport } from './timing.ts';

export interface ReportContext {
  readonly store: RehearsalStore;
  /** The kit's dialog opener (src/app/modal.ts), handed over so that this lazy chunk shares no module with the first script. */
  readonly showModal: (dialog: HTMLDialogElement) => void;
  /** The page's language and words (src/app/words.ts). */
  readonly locale: ReportLocale;
}

const DIALOG_ID = 'rehearsal-report';
/** The controls under the report, in the page's words. */
function controls({ words: { rehearsal: w } }: ReportLocale): string {
  const e = escText;
  return `
<div class="rehearsal-controls">
  <label class="kit-check"><input type="checkbox" name="include-abandoned" /> ${e(w.includeAbandoned)}</label>
  <label class="kit-check"><input type="checkbox" name="pacing" /> ${e(w.pacing)} <span class="kit-hint">${e(w.pacingHint)}</span></label>
  <div class="kit-actions">
    <a class="deck-tool" data-action="csv" download="rehearsal-timings.csv" href="#">${e(w.downloadCsv)}</a>
    <button type="button" class="deck-tool" data-action="print">${e(w.print)}</button>
    <button type="button" class="deck-tool" data-action="clear" aria-expanded="false" aria-controls="rehearsal-confirm">${e(w.clear)}</button>
  </div>
  <p class="rehearsal-confirm" id="rehearsal-confirm" hidden>
    <span class="rehearsal-confirm-text"></span>
    <button type="button" class="deck-tool" data-action="confirm-clear">${e(w.clearYes)}</button>
    <button type="button" class="deck-tool" data-action="cancel-clear">${e(w.clearNo)}</button>
  </p>
</div>`;
}

function createDialog(locale: ReportLocale): HTMLDialogElement {
  // The deck's one dialog family (src/theme/dialog.ts): its Close, Esc and the backdrop close it (src/app/modal.ts).
  const holder = document.createElement('div');
  holder.innerHTML = dialogMarkup({
    id: DIALOG_ID,
    className: 'rehearsal-dialog',
    title: locale.words.rehearsal.reportTitle,
    close: locale.words.close,
    body: `<div class="rehearsal-body"></div>${controls(locale)}`,
  });
  const dialog = holder.firstElementChild;
  if (!(dialog instanceof HTMLDialogElement)) throw new Error('rehearsal report dialog not made');
  dialog.addEventListener('close', () => document.documentElement.classList.remove('rehearsal-report-open'));
  document.body.append(dialog);
  return dialog;
}

export function openReportDialog({ store, showModal, locale }: ReportContext): HTMLDialogElement {
  const existing = document.getElementById(DIALOG_ID);
  const dialog = existing instanceof HTMLDialogElement ? existing : createDialog(locale);
  const body = dialog.querySelector<HTMLElement>('.rehearsal-body');
  const abandoned = dialog.querySelector<HTMLInputElement>('input[name="include-abandoned"]');
  const pacing = dialog.querySelector<HTMLInputElement>('input[name="pacing"]');
  const csv = dialog.querySelector<HTMLAnchorElement>('[data-action="csv"]');
  const confirm = dialog.querySelector<HTMLElement>('.rehearsal-confirm');
  const clear = dialog.querySelector<HTMLButtonElement>('[data-action="clear"]');

  const update = (): void => {
    const stored = store.read();
    const report = buildReport(plannedSlides(), stored.runs, { includeAbandoned: abandoned?.checked ?? false });
    if (body) body.innerHTML = renderReport(report, localMinute(locale.lang), locale);
    if (csv) csv.href = `data:text/csv;charset=utf-8,${encodeURIComponent(reportCsv(report))}`;
    // The median pacing needs a complete run; it follows the newest runs whenever the report is drawn.
    const paced = document.documentElement.hasAttribute('data-pacing-median');
    const median = stored.pacing === 'median' || paced ? applyPacing(stored.pacing === 'median', stored.runs) : false;
    if (pacing) {
      pacing.checked = median;
      pacing.disabled = report.complete === 0;
    }
    if (clear) clear.disabled = report.runs.length === 0;
    const text = dialog.querySelector<HTMLElement>('.rehearsal-confirm-text');
    if (text) text.textContent = plural(locale.lang, locale.words.rehearsal.clearAsk, report.runs.length);
  };
  const showConfirm = (show: boolean): void => {
    if (confirm) confirm.hidden = !show;
    clear?.setAttribute('aria-expanded', String(show));
    if (show) dialog.querySelector<HTMLButtonElement>('[data-action="cancel-clear"]')?.focus();
  };

  if (!dialog.dataset.wired) {
    dialog.dataset.wired = 'true';
    abandoned?.addEventListener('change', update);
    pacing?.addEventListener('change', () => {
      store.setPacing(pacing.checked ? 'median' : 'planned');
      update();
    });
    dialog.addEventListener('click', (event) => {
      const action = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]')?.dataset.action : undefined;
      if (action === 'print') window.print();
      else if (action === 'clear') showConfirm(true);
      else if (action === 'cancel-clear') {
        showConfirm(false);
        clear?.focus();
      } else if (action === 'confirm-clear') {
        store.clear();
        showConfirm(false);
        update();
        dialog.querySelector<HTMLButtonElement>('.kit-close')?.focus();
      }
    });
  }

  showConfirm(false);
  update();
  document.documentElement.classList.add('rehearsal-report-open');
  showModal(dialog);
  return dialog;
}
