/**
 * Opening one of the kit's modal dialogs (rehearsal report, Cite). Keys pressed inside belong to the
 * dialog (Esc closes it natively instead of opening reveal.js's overview), a click on the backdrop
 * closes it, and closing gives the keyboard back to the deck: focus returns to where it was and is
 * never left on a control inside the closed dialog (where it would swallow the deck's keys).
 */
const openers = new WeakMap<HTMLDialogElement, Element | null>();

function wire(dialog: HTMLDialogElement): void {
  dialog.dataset.modal = 'wired';
  dialog.addEventListener('keydown', (event) => {
    if (dialog.open) event.stopPropagation();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !dialog.contains(active)) return;
    const opener = openers.get(dialog);
    if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
    else active.blur();
  });
}

export function showModal(dialog: HTMLDialogElement): void {
  if (!dialog.dataset.modal) wire(dialog);
  if (dialog.open) return;
  openers.set(dialog, document.activeElement);
  dialog.showModal();
}
