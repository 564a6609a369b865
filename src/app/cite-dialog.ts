/**
 * Opens the "Cite this talk" dialog that the build rendered into the page (`#cite-dialog`): the
 * citation in APA and Chicago, with BibTeX and CSL-JSON downloads. The first opening adds a Copy
 * button to each style where the browser offers the clipboard. For the deck bar's "Cite" button.
 */
import { showModal } from './modal.ts';
import { appWords } from './words.ts';
import { fill } from '../model/messages.ts';

export const CITE_DIALOG_ID = 'cite-dialog';

function wire(dialog: HTMLDialogElement): void {
  dialog.dataset.wired = 'true';
  if (!('clipboard' in navigator)) return;
  const words = appWords();
  for (const style of dialog.querySelectorAll<HTMLElement>('.cite-style')) {
    const text = style.querySelector<HTMLElement>('.cite-text');
    const name = style.querySelector('h3')?.textContent ?? '';
    if (!text) continue;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'deck-tool cite-copy';
    copy.textContent = words.citeCopy;
    copy.setAttribute('aria-label', fill(words.citeCopyLabel, { style: name }));
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(text.textContent.trim()).then(
        () => (copy.textContent = words.citeCopied),
        () => (copy.textContent = words.citeCopyFailed),
      );
    });
    style.append(copy);
  }
}

/** Opens the Cite dialog; false when this page has none (a page built without the kit's markers). */
export function openCiteDialog(): boolean {
  const dialog = document.getElementById(CITE_DIALOG_ID);
  if (!(dialog instanceof HTMLDialogElement)) return false;
  if (!dialog.dataset.wired) wire(dialog);
  for (const copy of dialog.querySelectorAll('.cite-copy')) copy.textContent = appWords().citeCopy;
  showModal(dialog);
  return true;
}
