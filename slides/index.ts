/**
 * The deck: its metadata and its sections in talk order. One module per section.
 */
import { defineDeck } from '../src/model/authored.ts';
import title from './01-title.ts';

export default defineDeck({
  title: 'China–Belarus cooperation as the factor of the foreign policy self-identification of the Republic of Belarus (2000–2022s)',
  shortTitle: 'China–Belarus cooperation and Belarus’s foreign policy self-identification',
  event: '11th East Asian Conference on Slavic-Eurasian Studies, 2022',
  description:
    'How three decades of partnership with China, from the 1992 diplomatic relations to the 2022 all-weather comprehensive strategic partnership, shaped how Belarus defines its place in the world.',
  lang: 'en',
  sections: [title],
});
