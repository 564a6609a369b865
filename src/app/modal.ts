/**
 * The deck's modal dialogs (contents, search, rehearsal report, Cite), one behaviour for all. Keys
 * pressed inside belong to the dialog (Esc closes it natively instead of opening reveal.js's
 * overview), a click on the backdrop or on a `[data-close]` control closes it, and closing gives
 * the keyboard back to the deck: focus returns to where it was and is never left on a control
 * inside the closed dialog (where it would swallow the deck's keys).
 */
const openers = new WeakMap<HTMLDialogElement, Element | null>();

function wire(dialog: HTMLDialogElement): void {
  dialog.dataset.modal = 'wired';
  dialog.addEventListener('keydown', (event) => {
    if (dialog.open) event.stopPropagation();
  });
  dialog.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target === dialog || target?.closest('[data-close]')) dialog.close();
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

/**
 * A followed slide link (`a[data-slide-id]`) in the dialog closes it and goes to that slide in the
 * view on screen, as a history entry, instead of following the anchor.
 */
export function followSlideLinks(dialog: HTMLDialogElement, goTo: (id: string) => void): void {
  dialog.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-slide-id]') : null;
    const id = link?.dataset.slideId;
    if (!id) return;
    event.preventDefault();
    dialog.close();
    goTo(id);
  });
}

/** The two, as handed to lazily loaded chunks so that they share no module with the first script. */
export const modal = { showModal, followSlideLinks } as const;
export type Modal = typeof modal;
