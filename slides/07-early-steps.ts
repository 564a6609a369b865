import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'early-steps',
  title: 'First steps, 1995–2001',
  slides: [
    {
      id: 'first-visit',
      title: 'From 1995 Minsk set out to learn from China, and widened its options',
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
            { text: 'Stated aim: special relations, and learning from China’s experience', cite: ['talk'] },
            { text: 'My reading: a way to diversify and, in time, to ease reliance on Russia', cite: ['talk'] },
            { text: 'A chance to change how Belarus is seen abroad', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        'To see how this partnership grew, let me go back to where it began: 1995.',
        'After his first state visit to China, in January 1995, the President of Belarus ▶ said his country needed special relations with China. It should study and adopt the Chinese experience.',
        '▶ Those were the years of integration with Russia. Even so, I read the China course as a way to widen Belarus’s contacts and, over time, to reduce its heavy economic dependence on Russia. ▶ A closer tie with China could also change how the world sees Belarus.',
      ],
      footnotes: [
        {
          text: 'That the China course served to diversify and to ease dependence on Russia is my reading; the statements of 1995 speak of special relations and of learning from China.',
          cite: ['talk'],
        },
      ],
      seconds: 38,
    },
    {
      id: 'joint-statements',
      title: 'In 2000–2001 the two sides committed to comprehensive cooperation',
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
        'The next steps were put in writing. In July 2000, during Vice-President Hu Jintao’s visit to Minsk, Minsk and Beijing signed a joint statement on comprehensive cooperation in the new century.',
        'In April 2001 the two presidents issued another joint statement in Beijing.',
        'Trade was still small. By China’s count it passed 100 million dollars only in 2000.',
      ],
      footnotes: [
        {
          text: 'In 2022 I spoke of a “Joint Declaration” signed in 2001. The sources show joint statements of 27 Jul 2000 and 23 Apr 2001; the title of the 2001 document was not found, so which one is meant is uncertain.',
          cite: ['joint-statement-2000', 'gmw-2001'],
        },
      ],
      seconds: 27,
    },
  ],
});
