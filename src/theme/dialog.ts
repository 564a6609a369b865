/**
 * The markup of the deck's one dialog family (styled by `kit-dialog` in src/theme/kit.css): a
 * heading, a Close button (`[data-close]`, closed by src/app/modal.ts's one close behaviour, as
 * are Esc and the backdrop) and a body. Written at build time for the dialogs the page holds
 * (contents, Cite) and in the browser for the ones made on demand (search, the key help, the
 * confirmation). Pure; beside the CSS so that render, cite and app share it without importing
 * each other.
 */
import { esc as escText } from '../base/html.ts';

export interface DialogParts {
  readonly id: string;
  /** Plain text (escaped here). */
  readonly title: string;
  /** The body's HTML (built by the caller from escaped text). */
  readonly body: string;
  /** Extra classes beside the family's `kit-dialog`. */
  readonly className?: string;
  /** The heading's id (default `<id>-title`). */
  readonly titleId?: string;
  /** The Close button's word in the page's language (default English, for dialogs the browser makes). */
  readonly close?: string;
}

export function dialogMarkup(parts: DialogParts): string {
  const titleId = escText(parts.titleId ?? `${parts.id}-title`);
  const className = ['kit-dialog', parts.className ?? ''].join(' ').trim();
  return (
    `<dialog id="${escText(parts.id)}" class="${escText(className)}" aria-labelledby="${titleId}">` +
    `<div class="kit-dialog-head"><h2 id="${titleId}">${escText(parts.title)}</h2>` +
    `<button type="button" class="deck-tool kit-close" data-close>${escText(parts.close ?? 'Close')}</button></div>` +
    `<div class="kit-dialog-body">${parts.body}</div></dialog>`
  );
}
