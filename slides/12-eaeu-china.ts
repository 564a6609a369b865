import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'eaeu-china',
  title: 'The EAEU–China agreement',
  slides: [
    {
      id: 'eaeu-china-agreement',
      title: 'EAEU and China: a trade framework, not free trade',
      blocks: [
        {
          kind: 'document',
          title: 'Agreement on Trade and Economic Cooperation',
          meta: 'EAEU and China; signed 17 May 2018 in Astana; entry into force decided Oct 2019',
          cite: ['eec-2018', 'ecf-2019'],
        },
        {
          kind: 'points',
          items: [{ text: 'No free-trade zone: one common format for the union’s trade with China', cite: ['talk'] }],
        },
      ],
      notes: [
        'The talk dates this agreement to 2019. The record shows it was signed earlier, on 17 May 2018 in Astana; in October 2019 the union’s Supreme Council decided on its entry into force, which the talk places at the end of that month. The exact day could not be confirmed.',
        'It is not a free-trade agreement and creates no free-trade zone.',
        'What it does, as the talk stresses, is give the union and China one shared format for their trade cooperation.',
        'For Belarus that means its China relationship now also runs through a union-wide channel.',
      ],
      seconds: 30,
    },
    {
      id: 'eaeu-ftas',
      title: 'The EAEU’s free-trade partners',
      blocks: [
        {
          kind: 'timeline',
          items: [
            { when: '29 May 2015', what: 'Vietnam FTA signed (in force 5 Oct 2016)', cite: ['xinhua-vietnam-fta'] },
            { when: '1 Oct 2019', what: 'Singapore FTA signed', cite: ['riac-singapore-fta'] },
            { when: '25 Oct 2019', what: 'Serbia FTA signed', cite: ['eadaily-serbia-fta'] },
          ],
        },
        { kind: 'points', items: [{ text: 'Interest in the union is wide: over 50 countries, says the talk', cite: ['talk'] }] },
      ],
      notes: [
        'Where the union does have free-trade zones, they are with Vietnam, Singapore and Serbia.',
        'The Vietnam agreement was signed in May 2015 and took effect in October 2016; Singapore and Serbia signed in October 2019.',
        'The talk adds that more than fifty countries have shown interest in working with the union; that figure is the talk’s own and was not checked.',
        'All of this raises Belarus’s value to China: a union member with a growing network of partners.',
      ],
      seconds: 25,
    },
  ],
});
