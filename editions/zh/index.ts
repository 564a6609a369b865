/**
 * 简体中文版：只提供文字，事实、编号、来源和时间均取自英文幻灯片模块。
 */
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
  lang: 'zh-Hans',
  title: '中白合作：白俄罗斯共和国外交政策自我认同的塑造因素（2000—2022年）',
  shortTitle: '中白合作与白俄罗斯的外交政策自我认同',
  event: '第11届东亚斯拉夫—欧亚研究会议，2022年',
  description: '从1992年建交到2022年建立全天候全面战略伙伴关系，三十年来同中国的伙伴关系如何塑造了白俄罗斯对自身世界地位的界定。',
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
