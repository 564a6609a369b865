/**
 * The deck's editions: English (the slide modules themselves) and the translations under
 * `editions/<dir>/`. Build-time only. The order is the order of the language switch.
 * Adding a language: its folder (see editions/README.md: section files, sources, interface) and
 * one entry here.
 */
import type { ChartsWords } from '../src/charts/words.ts';
import type { MapsWords } from '../src/maps/words.ts';
import type { EditionRef, EditionWords, SourcesWords } from '../src/model/edition.ts';
import englishMessages from '../slides/interface.ts';
import ru from './ru/index.ts';
import ruCharts from './ru/charts.ts';
import ruMaps from './ru/maps.ts';
import ruSources from './ru/sources.ts';
import zh from './zh/index.ts';
import zhCharts from './zh/charts.ts';
import zhMaps from './zh/maps.ts';
import zhSources from './zh/sources.ts';

export interface Edition extends Omit<EditionRef, 'offer'> {
  /** Words for the slides and for the sources; absent for English, whose words are the slide modules. */
  readonly words?: EditionWords;
  readonly sources?: SourcesWords;
  /** The charts' words (absent for English, whose words are slides/charts.ts). */
  readonly charts?: ChartsWords;
  /** The maps' words (absent for English, whose words are slides/maps.ts). */
  readonly maps?: MapsWords;
}

export const EDITIONS: readonly Edition[] = [
  { id: 'en', lang: 'en', name: 'English', dir: '' },
  { id: 'ru', lang: 'ru', name: 'Русский', dir: 'ru/', words: ru, sources: ruSources, charts: ruCharts, maps: ruMaps },
  { id: 'zh', lang: 'zh-Hans', name: '中文', dir: 'zh/', words: zh, sources: zhSources, charts: zhCharts, maps: zhMaps },
];

export const editionRefs: readonly EditionRef[] = EDITIONS.map(({ id, lang, name, dir, words }) => {
  const { offer, offerRead, offerDismiss } = words?.messages ?? englishMessages;
  return { id, lang, name, dir, offer: { offer, offerRead, offerDismiss } };
});

export function editionById(id: string): Edition {
  const edition = EDITIONS.find((e) => e.id === id);
  if (!edition) throw new Error(`No edition "${id}": the deck has ${EDITIONS.map((e) => e.id).join(', ')}`);
  return edition;
}
