import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'eaeu-china',
  title: 'The EAEU–China agreement',
  slides: [
    {
      id: 'eaeu-china-agreement',
      title: 'The EAEU–China agreement sets one format for trade, not free trade',
      blocks: [
        {
          kind: 'document',
          title: 'Agreement on Trade and Economic Cooperation',
          meta: 'between the EAEU and China; signed 17 May 2018 in Astana; entry into force decided Oct 2019',
          cite: ['eec-2018', 'ecf-2019'],
        },
        {
          kind: 'points',
          items: [{ text: 'No free-trade zone: one common format for the union’s trade with China', cite: ['talk'] }],
        },
      ],
      notes: [
        'The union’s ties with China were also put on paper. The Agreement on Trade and Economic Cooperation between the union and China was signed in May 2018, and in October 2019 the union decided to put it into force.',
        'It is not a free-trade agreement. It gives the whole union one common format for trade with China, so Belarus’s China relationship also runs through a union-wide channel.',
      ],
      footnotes: [
        {
          text: 'The talk dates the agreement to 2019 and its entry into force to the end of October 2019. It was signed on 17 May 2018; the source seen for October 2019 reports the decision on entry into force, without a legible day.',
          cite: ['eec-2018', 'ecf-2019'],
        },
      ],
      seconds: 30,
    },
    {
      id: 'eaeu-ftas',
      title: 'The union’s free-trade partners reach from Vietnam to Serbia',
      blocks: [
        {
          kind: 'timeline',
          items: [
            { when: '29 May 2015', what: 'Vietnam: free-trade agreement signed', cite: ['xinhua-vietnam-fta'] },
            { when: '5 Oct 2016', what: 'Vietnam: in force', cite: ['vovworld-vietnam-fta'] },
            { when: '17 May 2018', what: 'Iran: interim free-trade agreement signed', cite: ['eec-2018'] },
            { when: '1 Oct 2019', what: 'Singapore: free-trade agreement signed', cite: ['riac-singapore-fta'] },
            { when: '25 Oct 2019', what: 'Serbia: free-trade agreement signed', cite: ['eadaily-serbia-fta'] },
          ],
        },
        { kind: 'points', items: [{ text: 'Interest in the union is wide: more than 50 countries', cite: ['talk'] }] },
      ],
      notes: [
        'Where the union trades freely, its partners lie well beyond the former Soviet space: Vietnam, in force since 2016; Iran, with an interim agreement signed in 2018; and Singapore and Serbia, both signed in 2019.',
        'More than fifty countries have shown interest in the union. Each new link raises Belarus’s value to China, as a member with a growing network.',
      ],
      footnotes: [{ text: '“More than 50 countries” is the talk’s figure; no source for it was found.', cite: ['talk'] }],
      seconds: 30,
    },
  ],
});
