import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'anniversary',
  title: 'Thirty years of relations',
  slides: [
    {
      id: 'anniversary',
      title: 'After thirty years, the relationship has passed the test of time',
      blocks: [
        {
          kind: 'figures',
          items: [
            { value: '30 years', label: 'of diplomatic relations, 20 Jan 1992 to 2022', cite: ['china-mfa-profile', 'belta-30-years'] },
          ],
        },
        {
          kind: 'points',
          build: true,
          items: [
            { text: 'Trust proven in hard times: help during COVID-19, support in world politics', cite: ['talk'] },
            { text: 'Ambitious joint projects still ahead', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        'This year China and Belarus mark thirty years of diplomatic relations.',
        '▸ The relationship has stood the test of time. The two countries have shown they can trust each other and count on help in hard times: during the COVID-19 outbreak, and in support for each other in world politics.',
        '▸ Many ambitious joint projects lie ahead, and they will bring the two countries and their peoples closer still.',
      ],
      seconds: 30,
    },
  ],
});
