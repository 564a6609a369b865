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
        'From 2004 to 2013 the relationship became much more intensive.',
        '▶ The Joint Declaration of December 2005 spoke of a qualitatively new stage of comprehensive development and strategic cooperation.',
        '▶ In 2010 they agreed on a science and technology park in Changchun, ▶ and on a China–Belarus industrial park in Belarus. ▶ An agreement between the governments followed in 2011. ▶ In June 2012 a presidential decree created the park near Minsk, in Smolevichi district. ▶ And in July 2013 it was named Great Stone.',
      ],
      cue: 'Each click adds a date.',
      footnotes: [
        {
          text: 'The Changchun park is known from a single mirrored China News Service report (medium reliability).',
          cite: ['cns-changchun'],
        },
      ],
      seconds: 37,
    },
    {
      id: 'beyond-trade',
      title: 'Cooperation spread beyond trade: visits, investment, education, and then defence',
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            { text: 'Regular top-level visits and plans for joint investment', cite: ['talk'] },
            { text: 'Exchanges in education and culture', cite: ['talk'] },
            { text: 'Nov 2014: a protocol on free Chinese military aid, signed in Minsk', cite: ['elvisti-2014'] },
          ],
        },
      ],
      notes: [
        'The decade was not only about goods. ▶ Official visits came regularly and brought plans for joint investment. ▶ Universities and cultural bodies multiplied their exchanges.',
        '▶ Defence followed. In November 2014, just after this period, a protocol on free Chinese military aid was signed in Minsk.',
        'The common aim was to use the full potential of cooperation in every field.',
      ],
      footnotes: [
        {
          text: 'In 2022 I spoke of an agreement on military cooperation between the defence ministries in 2004–2013; its title and date were not found. The earliest defence document in the sources is the protocol of Nov 2014, after the period.',
          cite: ['elvisti-2014', 'talk'],
        },
      ],
      seconds: 25,
    },
    {
      id: 'trade-growth',
      title: 'Trade grew sevenfold by 2013, mostly imports from China',
      blocks: [{ kind: 'chart', chart: 'trade-growth' }],
      notes: [
        'Here is the trade behind that decade. The bars are Belarus’s exports to China and its imports from China; the line is the total.',
        'The two countries count this trade differently. I use Belarusian figures unless I say otherwise.',
        'By those figures, trade rose from about 440 million dollars in 2004 to 3.3 billion in 2013. That is seven and a half times. Almost all of the growth was imports from China.',
        '▶ By Chinese figures the rise is smaller, about six and a half times, but most of it is still Chinese goods.',
        '▶ Back to Belarusian figures. Belarus sold China more than it bought only until 2005. Since then it has bought far more than it sells, and the gap was still wide in 2020.',
      ],
      cue: 'Click to the Chinese statistics at the first mark, and back at the second.',
      footnotes: [
        {
          text: 'Belarus’s exports to China exceeded its imports from China in 2000–2005 by Belarusian figures, and in 2000–2009 and 2015 by Chinese figures.',
          cite: ['imf-dots-blr', 'imf-dots-chn'],
        },
        {
          text: 'Derived: of the growth in trade from 2004 to 2013, imports from China make up about 94% by Belarusian figures ($157m to $2,829m, of a total rising from $440m to $3,290m) and about 65% by Chinese figures ($65m to $871m, of $219m to $1,452m).',
          cite: ['imf-dots-blr', 'imf-dots-chn'],
        },
        {
          text: 'The outlined 2022 figures ($5.79bn by Belarusian and $5.08bn by Chinese statistics) were published in 2023, as were the statements from which the 2021 breakdowns are derived.',
          cite: ['belta-2022-trade', 'fmprc-xie-2023', 'interfax-snopkov'],
          later: true,
        },
      ],
      seconds: 57,
    },
  ],
});
