/**
 * The deck: its metadata and its sections in talk order. One module per section.
 */
import { defineDeck } from '../src/model/authored.ts';
import title from './01-title.ts';
import crossroads from './02-crossroads.ts';
import selfIdentification from './03-self-identification.ts';
import twoFactors from './04-two-factors.ts';
import russia from './05-russia.ts';
import chinaBelarus from './06-china-belarus.ts';
import earlySteps from './07-early-steps.ts';
import intensification from './08-intensification.ts';
import beltAndRoad from './09-belt-and-road.ts';
import eaeu from './10-eaeu.ts';
import sco from './11-sco.ts';
import greaterEurasia from './12-greater-eurasia.ts';
import conclusions from './13-conclusions.ts';
import closing from './14-closing.ts';
import messages from './interface.ts';

export default defineDeck({
  title: 'China–Belarus cooperation as the factor of the foreign policy self-identification of the Republic of Belarus (2000–2022s)',
  shortTitle: 'China–Belarus cooperation and Belarus’s foreign policy self-identification',
  event: '11th East Asian Conference on Slavic-Eurasian Studies, 2022',
  year: 2022,
  description:
    'How three decades of partnership with China, from the 1992 diplomatic relations to the 2022 all-weather comprehensive strategic partnership, shaped how Belarus defines its place in the world.',
  lang: 'en',
  messages,
  sections: [
    title,
    crossroads,
    selfIdentification,
    twoFactors,
    russia,
    chinaBelarus,
    earlySteps,
    intensification,
    beltAndRoad,
    eaeu,
    sco,
    greaterEurasia,
    conclusions,
    closing,
  ],
});
