/**
 * The deck's editions: English (the slide modules themselves) and the translations under
 * `editions/<dir>/`. Build-time only. The order is the order of the language switch.
 * Adding a language: its folder (see editions/README.md), one entry here, and its interface words
 * in `src/model/messages.ts`'s catalogue.
 */
import type { EditionRef, EditionWords, SourcesWords } from '../src/model/edition.ts';

export interface Edition extends EditionRef {
  /** Words for the slides and for the sources; absent for English, whose words are the slide modules. */
  readonly words?: EditionWords;
  readonly sources?: SourcesWords;
}

import english from '../slides/index.ts';
import { wordsOf } from '../src/model/edition.ts';
const pseudo = wordsOf(english);
export const EDITIONS: readonly Edition[] = [
  { id: 'en', lang: 'en', name: 'English', dir: '' },
  { id: 'xx', lang: 'en-GB', name: 'Pseudo', dir: 'xx/', words: { ...pseudo, lang: 'en-GB', title: `[XX] ${pseudo.title}` } },
];

export const editionRefs: readonly EditionRef[] = EDITIONS.map(({ id, lang, name, dir }) => ({ id, lang, name, dir }));

export function editionById(id: string): Edition {
  const edition = EDITIONS.find((e) => e.id === id);
  if (!edition) throw new Error(`No edition "${id}": the deck has ${EDITIONS.map((e) => e.id).join(', ')}`);
  return edition;
}
