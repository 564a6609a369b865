import { defineEditionWords } from '../../src/model/edition.ts';
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

export default defineEditionWords({
  lang: 'ru',
  title: 'Китайско-белорусское сотрудничество как фактор внешнеполитической самоидентификации Республики Беларусь (2000–2022 гг.)',
  shortTitle: 'Китайско-белорусское сотрудничество и внешнеполитическая самоидентификация Беларуси',
  event: '11-я Восточноазиатская конференция по славяно-евразийским исследованиям, 2022 г.',
  description:
    'Как три десятилетия партнерства с Китаем — от установления дипломатических отношений в 1992 г. до всепогодного и всестороннего стратегического партнерства 2022 г. — повлияли на то, как Беларусь определяет свое место в мире.',
  messages,
  sections: {
    title,
    crossroads,
    'self-identification': selfIdentification,
    'two-factors': twoFactors,
    russia,
    'china-belarus': chinaBelarus,
    'early-steps': earlySteps,
    intensification,
    'belt-and-road': beltAndRoad,
    eaeu,
    sco,
    'greater-eurasia': greaterEurasia,
    conclusions,
    closing,
  },
});
