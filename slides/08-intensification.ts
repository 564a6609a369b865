import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'intensification',
  title: 'Intensification, 2004–2013',
  slides: [
    {
      id: 'intensification',
      title: 'From 2004 to 2013 the ties deepened, and a joint industrial park took shape',
      blocks: [
        {
          kind: 'timeline',
          build: true,
          items: [
            { when: '5 Dec 2005', what: 'Joint Declaration: a “qualitatively new stage”', cite: ['declaration-2005'] },
            { when: '2010', what: 'A China–Belarus science and technology park agreed, Changchun', cite: ['cns-changchun'] },
            { when: 'Oct 2010', what: 'Agreement to build a China–Belarus industrial park in Belarus', cite: ['yidaiyilu-park'] },
            { when: '18 Sep 2011', what: 'Intergovernmental agreement on the park', cite: ['china-org-park'] },
            { when: '5 Jun 2012', what: 'Decree creating the park, Smolevichi district', cite: ['afn-park-decree'] },
            { when: 'Jul 2013', what: 'The park is named “Great Stone”', cite: ['imsilkroad-2013'] },
          ],
        },
      ],
      notes: [
        'From 2004 to 2013 the relationship became much more intensive, and the trade figures on a later slide show it.',
        '▸ The Joint Declaration of December 2005 spoke of a qualitatively new stage of comprehensive development and strategic cooperation.',
        '▸ In 2010 the two sides agreed to create a science and technology park in Changchun, ▸ and to build a China–Belarus industrial park in Belarus. ▸ An intergovernmental agreement followed in 2011, ▸ ▸ and in July 2013 the park was named Great Stone.',
      ],
      cue: 'Each click adds a date.',
      footnotes: [
        {
          text: 'The Changchun park is known from a single mirrored China News Service report (medium reliability).',
          cite: ['cns-changchun'],
        },
      ],
      seconds: 35,
    },
    {
      id: 'beyond-trade',
      title: 'Cooperation spread beyond trade: visits, investment, defence, education',
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            { text: 'Regular top-level visits and plans for joint investment', cite: ['talk'] },
            { text: 'The defence ministries agree on military cooperation', cite: ['talk'] },
            { text: 'Exchanges in education and culture', cite: ['talk'] },
            { text: 'The aim: the full potential of mutually beneficial cooperation, in every field', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        'The decade was not only about goods. ▸ Official visits came regularly and brought plans for joint investment. ▸ The defence ministries agreed to cooperate, ▸ and universities and cultural bodies multiplied their exchanges.',
        '▸ The common aim is to use the full potential of mutually beneficial cooperation in every field.',
      ],
      footnotes: [
        {
          text: 'The talk mentions an agreement on military cooperation between the defence ministries in this period; its title and date were not found. The earliest defence document in the sources is a protocol on free Chinese military aid, signed in Minsk in Nov 2014, after the period.',
          cite: ['elvisti-2014'],
        },
      ],
      seconds: 22,
    },
    {
      id: 'trade-growth',
      title: 'Trade grew about sevenfold from 2004 to 2013',
      blocks: [{ kind: 'chart', chart: 'trade-growth' }],
      notes: [
        'Here is the trade behind that decade. The bars stack Belarus’s exports to China and its imports from China; the dark line is the total.',
        'The two countries count this trade differently, so the switch above the chart shows either Belarusian or Chinese statistics, never a mix.',
        'By Belarusian figures, trade rose from about 0.44 billion dollars in 2004 to 3.29 billion in 2013, seven and a half times. ▸ By Chinese figures it grew six and a half times.',
        '▸ Until about 2005 Belarus sold China more than it bought. Since then imports from China have far outweighed exports, and that imbalance is still there at the end of the series.',
      ],
      cue: 'Switch to the Chinese statistics and back as you explain the difference.',
      footnotes: [
        {
          text: 'Belarus’s exports to China exceeded its imports from China in 2000–2005 by Belarusian figures, and in 2000–2009 and 2015 by Chinese figures.',
          cite: ['imf-dots-blr', 'imf-dots-chn'],
        },
        {
          text: 'The outlined 2022 figures ($5.79bn by Belarusian and $5.08bn by Chinese statistics) were published in 2023, as were the statements from which the 2021 breakdowns are derived.',
          cite: ['belta-2022-trade', 'fmprc-xie-2023', 'interfax-snopkov'],
          later: true,
        },
      ],
      seconds: 50,
    },
  ],
});
