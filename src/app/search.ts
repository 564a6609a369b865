/**
 * Search across the talk, in either view: the slides' titles, what they show, the narration and
 * the footnotes, read from the article (which the page always holds, on screen or not). A dialog
 * with a field and the matching slides; a result goes to its slide in the view on screen.
 * Loaded on first use.
 */
import { esc as escText } from '../base/html.ts';
import { appWords, countText } from './words.ts';
import type { Modal } from './modal.ts';
import type { ViewState } from './view-state.ts';

interface Entry {
  readonly id: string;
  readonly title: string;
  readonly number: string;
  readonly text: string;
  readonly lower: string;
}

const MAX_RESULTS = 12;

/** Elements whose text is a block of its own: their words never run into the next block's. */
const BLOCK =
  /^(?:P|LI|DT|DD|H[1-6]|DIV|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|NAV|FIGURE|FIGCAPTION|BLOCKQUOTE|TABLE|CAPTION|TR|TD|TH|UL|OL|DL|BR)$/;

/**
 * An element's text with a space between blocks (`textContent` runs "2022" and "This chart…"
 * together across paragraphs; `innerText` is empty for the article while the slide view is on
 * screen). Pure apart from reading the DOM.
 */
export function blockText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) {
      parts.push(n.nodeValue ?? '');
      return;
    }
    const block = n instanceof Element && BLOCK.test(n.tagName);
    if (block) parts.push(' ');
    for (const child of n.childNodes) walk(child);
    if (block) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function indexOf(article: HTMLElement): Entry[] {
  return [...article.querySelectorAll<HTMLElement>('.reading-head[id], .page[id]')].map((page) => {
    const text = blockText(page);
    return {
      id: page.id,
      title: page.querySelector('h1, h3')?.textContent.trim() ?? page.id,
      number: page.querySelector<HTMLElement>('.slide-link')?.textContent ?? '',
      text,
      lower: text.toLowerCase(),
    };
  });
}

/** The entries holding every word of the query, in deck order, each with a snippet around its first match. Pure. */
export function search(entries: readonly Pick<Entry, 'id' | 'text' | 'lower'>[], query: string): { id: string; snippet: string }[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  return entries
    .filter((e) => terms.every((t) => e.lower.includes(t)))
    .slice(0, MAX_RESULTS)
    .map((e) => {
      const at = e.lower.indexOf(terms[0] ?? '');
      const start = Math.max(0, at - 50);
      return { id: e.id, snippet: `${start > 0 ? '…' : ''}${e.text.slice(start, at + 90)}…` };
    });
}

function build(state: ViewState, article: HTMLElement, { followSlideLinks, makeDialog }: Modal): HTMLDialogElement {
  const words = appWords();
  const entries = indexOf(article);
  const dialog = makeDialog({
    id: 'search-dialog',
    titleId: 'search-title',
    className: 'search-dialog',
    title: words.searchTitle,
    close: words.close,
    body:
      `<input type="search" class="search-field" aria-label="${escText(words.searchTitle)}" placeholder="${escText(words.searchPlaceholder)}" />` +
      '<p class="search-status" role="status" aria-live="polite"></p><ol class="search-results"></ol>',
  });
  const field = dialog.querySelector<HTMLInputElement>('input');
  const status = dialog.querySelector<HTMLElement>('.search-status');
  const list = dialog.querySelector<HTMLOListElement>('.search-results');
  if (!field || !status || !list) throw new Error('search dialog incomplete');

  const show = (): void => {
    const results = search(entries, field.value);
    list.replaceChildren(
      ...results.map((r) => {
        const entry = entries.find((e) => e.id === r.id);
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#${r.id}`;
        link.dataset.slideId = r.id;
        const title = document.createElement('strong');
        title.textContent = entry?.title ?? r.id;
        const meta = document.createElement('span');
        meta.className = 'search-meta';
        meta.textContent = entry?.number ?? '';
        const snippet = document.createElement('span');
        snippet.className = 'search-snippet';
        snippet.textContent = r.snippet;
        // Spaces between the parts: a link's text (its accessible name, a copy) must not run words together.
        link.append(title, ' ', meta, ' ', snippet);
        item.append(link);
        return item;
      }),
    );
    status.textContent =
      field.value.trim() === '' ? '' : results.length === 0 ? words.searchNone : countText(words.searchResults, results.length);
  };
  field.addEventListener('input', show);
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') list.querySelector('a')?.click();
  });
  followSlideLinks(dialog, (id) => state.goTo(id));
  return dialog;
}

let dialog: HTMLDialogElement | null = null;

export function openSearch(state: ViewState, article: HTMLElement, modal: Modal): void {
  dialog ??= build(state, article, modal);
  modal.showModal(dialog);
  dialog.querySelector('input')?.select();
}
