/**
 * The interface's words for the dialogs the browser makes (search, the key help, the full-screen
 * map), in the page's language: the build writes them into the page as JSON (src/render/page.ts),
 * so one script serves every edition. Read once.
 */
import { plural, type AppWords, type Plural } from '../model/messages.ts';

let words: AppWords | undefined;

export function appWords(doc: Document = document): AppWords {
  if (words) return words;
  const text = doc.getElementById('deck-words')?.textContent;
  if (!text) throw new Error('the page has no interface words (#deck-words): rebuild it');
  words = JSON.parse(text) as AppWords;
  return words;
}

/** A count in the page's language: the renderers' own plural rule (src/model/messages.ts). */
export const countText = (message: Plural, n: number, doc: Document = document): string =>
  plural(doc.documentElement.lang || 'en', message, n);

/** The page's language and interface words, as the rehearsal's report takes them. */
export const pageLocale = (doc: Document = document): { readonly lang: string; readonly words: AppWords } => ({
  lang: doc.documentElement.lang || 'en',
  words: appWords(doc),
});
