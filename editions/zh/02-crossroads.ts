import { defineSectionWords } from '../../src/model/edition.ts';

export default defineSectionWords({
  title: '十字路口上的小国',
  slides: {
    crossroads: {
      title: '地处欧亚之间的小国，无法单靠自己实现繁荣',
      blocks: [{}],
      notes: [
        '白俄罗斯是个小国，却位于欧洲和亚洲之间道路交汇的地方。西边是欧盟，东边是俄罗斯。',
        '苏联解体以后，白俄罗斯是在非常艰难的起点上建设独立国家的。',
        '任何国家都不可能只靠自身的力量实现繁荣、现代化和稳定。各国正是通过合作来解决共同的问题，抵御外部的压力。',
        '所以，白俄罗斯选择什么样的伙伴，很能说明它怎样看待自己。',
      ],
    },
  },
});
