import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'intensification',
  title: 'Intensification, 2004–2013',
  slides: [
    {
      id: 'intensification',
      title: '2004–2013: a decade of intensification',
      blocks: [
        {
          kind: 'timeline',
          build: true,
          items: [
            { when: '5 Dec 2005', what: 'Joint Declaration: a “qualitatively new stage”', cite: ['declaration-2005'] },
            { when: '2010', what: 'China–Belarus science and technology park, Changchun', cite: ['cns-changchun'] },
            { when: 'Oct 2010', what: 'Agreement to build an industrial park in Belarus', cite: ['yidaiyilu-park'] },
            { when: '18 Sep 2011', what: 'Intergovernmental agreement on the park', cite: ['china-org-park'] },
            { when: 'Jul 2013', what: 'The park is named “Great Stone”', cite: ['imsilkroad-2013'] },
          ],
        },
      ],
      notes: [
        'From the mid-2000s the relationship picks up speed; the clearest sign is trade, which we will see on the next chart but one.',
        'The Joint Declaration signed on 5 December 2005, during a state visit, spoke of a qualitatively new stage of comprehensive development and strategic cooperation, though not yet of a named partnership.',
        'In 2010 a joint science and technology park opened in Changchun, created by Jilin province and Belarus’s science committee. Our only source for it is a mirrored news item, so treat the detail with care.',
        'The same year, in October, the two sides agreed to build a China–Belarus industrial park near Minsk; the intergovernmental agreement followed in September 2011.',
        'In July 2013 the park received its name, Great Stone, and it became the flagship of the partnership.',
      ],
      seconds: 40,
    },
    {
      id: 'beyond-trade',
      title: 'Cooperation beyond trade',
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            { text: 'Regular top-level visits and plans for joint investment', cite: ['talk'] },
            { text: 'Defence ties: a protocol on free Chinese military aid, Nov 2014', cite: ['elvisti-2014'] },
            { text: 'Exchanges in education and culture', cite: ['talk'] },
            { text: 'The aim: use the full potential of both sides, in every field', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        'The decade was not only about goods. Official visits in both directions came regularly and brought plans for many joint investment projects.',
        'The talk also mentions an agreement on military cooperation between the two defence ministries in this period. We could not find its title or date.',
        'The earliest defence document we could confirm is a protocol on free Chinese military aid signed in Minsk in November 2014, just after the period.',
        'Universities and cultural bodies multiplied their exchanges.',
        'The talk’s reading: the core purpose of the comprehensive partnership is to realise the mutual benefit both sides see in every sphere.',
      ],
      seconds: 30,
    },
    {
      id: 'trade-growth',
      title: 'Trade grew about sevenfold from 2004 to 2013',
      blocks: [{ kind: 'chart', chart: 'trade-growth' }],
      notes: [
        'Bilateral goods trade, 2000–2022: bars stack Belarus’s exports to and imports from China, the dark line is turnover. The switch above the chart flips between Belarusian and Chinese statistics; the two are never spliced together.',
        'The shaded band is the decade of intensification. By Belarus’s figures turnover went from about 0.44 to 3.29 billion dollars between 2004 and 2013, 7.5 times; by China’s, 6.6 times. Both multiples are our arithmetic.',
        'Why the lines differ: Belarus records imports by country of origin, so Chinese goods arriving through Russia or the EU count as Chinese, and it values them with freight and insurance; China values its exports without.',
        'The IMF data end in 2020. The outlined bars and hollow diamonds are later official statements: 5.79 billion dollars in 2022 by Belarusian figures, 5.08 billion by Chinese; 2021 values are partly derived.',
        'Throughout, the import bars dwarf the export bars: Belarus buys far more from China than it sells there.',
      ],
      seconds: 40,
    },
  ],
});
