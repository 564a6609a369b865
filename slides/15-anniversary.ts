import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'anniversary',
  title: 'Thirty years of relations',
  slides: [
    {
      id: 'anniversary',
      title: 'Thirty years: a relationship tested by time',
      blocks: [
        {
          kind: 'timeline',
          items: [{ when: '1992–2022', what: 'Thirty years of diplomatic relations', cite: ['china-mfa-profile', 'belta-30-years'] }],
        },
        {
          kind: 'points',
          build: true,
          items: [
            { text: 'Trust proven in hard times: help during COVID-19, support in politics', cite: ['talk'] },
            { text: 'Ambitious joint projects still ahead', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        '2022 marks thirty years since China and Belarus established diplomatic relations, in January 1992.',
        'Much has been achieved in that time; the relationship has stood the test of time.',
        'Both sides have shown they can rely on each other when things are hard: help during the COVID-19 outbreak and support for each other in international politics are examples.',
        'Many ambitious joint projects are still to come, and they should bring the two countries, and the two peoples, closer still.',
      ],
      seconds: 30,
    },
  ],
});
