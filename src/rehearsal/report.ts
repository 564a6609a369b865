/**
 * The rehearsal report dialog (loaded on first use): per slide, planned against the latest run and
 * the median of past runs, the totals against the slot, a chart, a CSV download, printing, clearing
 * the runs, and the switch that paces the speaker view by the median. A native modal <dialog>:
 * Esc closes it, focus returns to where it was.
 */
import { dialogMarkup } from '../theme/dialog.ts';
import { applyPacing } from './pacing.ts';
import { renderReport, reportCsv, type DateFormat } from './report-view.ts';
import { plannedSlides } from './slides.ts';
import type { RehearsalStore } from './store.ts';
import { buildReport } from './timing.ts';

export interface ReportContext {
  readonly store: RehearsalStore;
  /** The kit's dialog opener (src/app/modal.ts), handed over so that this lazy chunk shares no module with the first script. */
  readonly showModal: (dialog: HTMLDialogElement) => void;
}

const DIALOG_ID = 'rehearsal-report';
const localMinute: DateFormat = (ms) =>
  new Date(ms).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

const CONTROLS = `
<div class="rehearsal-controls">
  <label class="kit-check"><input type="checkbox" name="include-abandoned" /> Count abandoned runs in the medians</label>
  <label class="kit-check"><input type="checkbox" name="pacing" /> Pace the speaker view by the median of complete runs <span class="kit-hint">(from the next time it opens)</span></label>
  <div class="kit-actions">
    <a class="deck-tool" data-action="csv" download="rehearsal-timings.csv" href="#">Download CSV</a>
    <button type="button" class="deck-tool" data-action="print">Print</button>
    <button type="button" class="deck-tool" data-action="clear" aria-expanded="false" aria-controls="rehearsal-confirm">Clear runs…</button>
  </div>
  <p class="rehearsal-confirm" id="rehearsal-confirm" hidden>
    <span class="rehearsal-confirm-text"></span>
    <button type="button" class="deck-tool" data-action="confirm-clear">Delete them</button>
    <button type="button" class="deck-tool" data-action="cancel-clear">Keep them</button>
  </p>
</div>`;

function createDialog(): HTMLDialogElement {
  // The deck's one dialog family (src/theme/dialog.ts): its Close, Esc and the backdrop close it (src/app/modal.ts).
  const holder = document.createElement('div');
  holder.innerHTML = dialogMarkup({
    id: DIALOG_ID,
    className: 'rehearsal-dialog',
    title: 'Rehearsal report',
    body: `<div class="rehearsal-body"></div>${CONTROLS}`,
  });
  const dialog = holder.firstElementChild;
  if (!(dialog instanceof HTMLDialogElement)) throw new Error('rehearsal report dialog not made');
  dialog.addEventListener('close', () => document.documentElement.classList.remove('rehearsal-report-open'));
  document.body.append(dialog);
  return dialog;
}

export function openReportDialog({ store, showModal }: ReportContext): HTMLDialogElement {
  const existing = document.getElementById(DIALOG_ID);
  const dialog = existing instanceof HTMLDialogElement ? existing : createDialog();
  const body = dialog.querySelector<HTMLElement>('.rehearsal-body');
  const abandoned = dialog.querySelector<HTMLInputElement>('input[name="include-abandoned"]');
  const pacing = dialog.querySelector<HTMLInputElement>('input[name="pacing"]');
  const csv = dialog.querySelector<HTMLAnchorElement>('[data-action="csv"]');
  const confirm = dialog.querySelector<HTMLElement>('.rehearsal-confirm');
  const clear = dialog.querySelector<HTMLButtonElement>('[data-action="clear"]');

  const update = (): void => {
    const stored = store.read();
    const report = buildReport(plannedSlides(), stored.runs, { includeAbandoned: abandoned?.checked ?? false });
    if (body) body.innerHTML = renderReport(report, localMinute);
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
    if (text) text.textContent = `Delete all ${report.runs.length} run${report.runs.length === 1 ? '' : 's'} from this browser?`;
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
