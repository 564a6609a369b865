import { langRuns } from './lang.ts';

/** Escaping for text and attribute values: every string from content passes through here. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Joins the parts that are present (skips false/null/undefined/''). */
export const join = (...parts: readonly (string | false | null | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join('');

/** `class="a b"` from the truthy names, or '' when none. */
export const cls = (...names: readonly (string | false | null | undefined)[]): string => {
  const list = names.filter((n): n is string => typeof n === 'string' && n !== '');
  return list.length ? ` class="${esc(list.join(' '))}"` : '';
};

/** Escaped text with each passage in another script marked with its `lang` (src/base/lang.ts). Text only, never attributes. */
export const txt = (text: string | number): string =>
  langRuns(String(text))
    .map((run) => (run.lang ? `<span lang="${run.lang}">${esc(run.text)}</span>` : esc(run.text)))
    .join('');
