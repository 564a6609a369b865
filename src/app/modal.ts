/**
 * The deck's modal dialogs (contents, search, rehearsal report, Cite), one behaviour for all. Keys
 * pressed inside belong to the dialog (Esc closes it natively instead of opening reveal.js's
 * overview), a click on the backdrop or on a `[data-close]` control closes it, and closing gives
 * the keyboard back to the deck: focus returns to where it was and is never left on a control
 * inside the closed dialog (where it would swallow the deck's keys).
 */
import { appWords } from './words.ts';
import { dialogMarkup, type DialogParts } from '../theme/dialog.ts';

const openers = new WeakMap<HTMLDialogElement, Element | null>();

function wire(dialog: HTMLDialogElement): void {
  dialog.dataset.modal = 'wired';
  dialog.addEventListener('keydown', (event) => {
    if (!dialog.open) return;
    event.stopPropagation();
    // One way to close, in every engine: WebKit's search field takes Esc for itself (it clears the
    // field and the dialog stays open), so Esc is handled here rather than left to the browser.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
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

/**
 * The deck's dialog, made once per id: a heading, a Close button (`[data-close]`) and a body, in
 * the one dialog family (src/theme/dialog.ts, the same markup the build writes for the contents
 * and Cite), with the one close behaviour above.
 */
export function makeDialog(parts: DialogParts, doc: Document = document): HTMLDialogElement {
  const existing = doc.getElementById(parts.id);
  if (existing instanceof HTMLDialogElement) return existing;
  const holder = doc.createElement('div');
  holder.innerHTML = dialogMarkup(parts);
  const dialog = holder.firstElementChild;
  if (!(dialog instanceof HTMLDialogElement)) throw new Error(`dialog ${parts.id} not made`);
  doc.body.append(dialog);
  return dialog;
}

export interface ConfirmText {
  readonly title: string;
  readonly text: string;
  readonly confirm: string;
  readonly cancel: string;
}

/** Asks a yes/no question in a dialog; Esc, Close, the backdrop and the cancel button all say no. */
export function confirmDialog(text: ConfirmText, doc: Document = document): Promise<boolean> {
  const dialog = makeDialog({ id: 'deck-confirm', title: text.title, body: '', className: 'confirm-dialog' }, doc);
  const heading = dialog.querySelector('h2');
  if (heading) heading.textContent = text.title;
  const body = dialog.querySelector('.kit-dialog-body');
  const p = doc.createElement('p');
  p.textContent = text.text;
  const actions = doc.createElement('div');
  actions.className = 'kit-actions';
  const yes = doc.createElement('button');
  yes.type = 'button';
  yes.className = 'deck-tool';
  yes.dataset.answer = 'yes';
  yes.textContent = text.confirm;
  const no = doc.createElement('button');
  no.type = 'button';
  no.className = 'deck-tool';
  no.dataset.close = '';
  no.textContent = text.cancel;
  actions.append(no, yes);
  body?.replaceChildren(p, actions);
  return new Promise((resolve) => {
    let answer = false;
    yes.addEventListener('click', () => {
      answer = true;
      dialog.close();
    });
    dialog.addEventListener('close', () => resolve(answer), { once: true });
    showModal(dialog);
    no.focus();
  });
}

/** The `?` help for a view, from the one key map. */
export function openKeysHelp(table: string, doc: Document = document): void {
  const words = appWords(doc);
  const dialog = makeDialog({ id: 'deck-keys', title: words.keysTitle, close: words.close, body: table, className: 'keys-dialog' }, doc);
  showModal(dialog);
}

/** The three, as handed to lazily loaded chunks so that they share no module with the first script. */
export const modal = { showModal, followSlideLinks, makeDialog } as const;
export type Modal = typeof modal;
