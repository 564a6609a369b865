import { defineSectionWords } from '../../src/model/edition.ts';

export default defineSectionWords({
  title: '提问与参考文献',
  slides: {
    'thank-you': {
      title: '谢谢',
      blocks: [{ text: '欢迎提问和评论。' }],
      notes: ['非常感谢各位的倾听。期待听到大家的问题和意见。'],
      cue: [
        '回答提问。',
        '可能的问题：中国能在多大程度上抵消对俄依赖；制裁对“巨石”意味着什么；白俄罗斯的上合组织成员身份（报告之后，自2024年7月4日起为正式成员国）。',
      ],
    },
    references: {
      title: '参考文献',
      blocks: [{}],
      notes: ['我在报告中引用的每一项资料都列在这几页和讲义中，并注明了发布日期和网址。'],
      cue: '答问期间保持参考文献页显示。',
    },
  },
});
