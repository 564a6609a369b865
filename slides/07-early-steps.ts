import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'early-steps',
  title: 'First steps, 1995–2001',
  slides: [
    {
      id: 'first-visit',
      title: '1995: a first visit, and a lesson to learn',
      blocks: [
        {
          kind: 'timeline',
          items: [
            {
              when: '17–19 Jan 1995',
              what: 'First state visit of Belarus’s President to China; joint statement on deepening cooperation',
              cite: ['memoir-1995', 'joint-statement-2000'],
            },
          ],
        },
        {
          kind: 'points',
          build: true,
          items: [
            { text: 'Aim: special relations, and learning from China’s experience', cite: ['talk'] },
            { text: 'A way to diversify contacts and ease reliance on Russia', cite: ['talk'] },
            { text: 'A chance to change how Belarus is seen abroad', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        'Around 2000 the relationship was still modest in depth and range compared with today.',
        'The turning point in attitude came earlier, with the President’s first state visit to China in January 1995, which produced a joint statement on deepening cooperation.',
        'After it he argued that Belarus should build special relations with China and study and adopt its development experience.',
        'Read through our lens: China offered a way to widen Belarus’s contacts and to reduce its heavy economic dependence on Russia.',
        'And a stronger China link could change how others see Belarus on the international stage.',
      ],
      seconds: 35,
    },
    {
      id: 'joint-statements',
      title: '2000–2001: statements on comprehensive cooperation',
      blocks: [
        {
          kind: 'timeline',
          items: [
            {
              when: '27 Jul 2000',
              what: 'Joint Statement on strengthening comprehensive cooperation in the 21st century',
              cite: ['joint-statement-2000'],
            },
            { when: '2000', what: 'Bilateral trade passes $100 million (Chinese count)', cite: ['gmw-2001'] },
            { when: '23 Apr 2001', what: 'Jiang–Lukashenko talks in Beijing; a further joint statement', cite: ['gmw-2001'] },
          ],
        },
      ],
      notes: [
        'The talk names a 2001 joint declaration as an important step. The sources show two documents instead.',
        'On 27 July 2000, during Vice-President Hu Jintao’s visit to Minsk, the two sides signed a Joint Statement on strengthening comprehensive cooperation in the 21st century.',
        'On 23 April 2001 the two presidents issued another joint statement in Beijing; its exact title could not be found, so we cannot confirm it is the document the talk means.',
        'Both set the tone of “comprehensive friendly cooperation”, the first rung above plain diplomatic relations.',
        'Scale at the time: by Chinese reckoning, trade first passed 100 million dollars in 2000, tiny next to what followed.',
      ],
      seconds: 30,
    },
  ],
});
