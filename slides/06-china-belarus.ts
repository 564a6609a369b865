import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'china-belarus',
  title: 'China and Belarus, 1992–2022',
  slides: [
    {
      id: 'china-belarus',
      // Merged with the Samarkand slide, which had this address.
      aliases: ['all-weather'],
      title: 'Thirty years of ties reached an “all-weather” partnership in 2022',
      blocks: [
        {
          kind: 'timeline',
          items: [
            { when: '20 Jan 1992', what: 'Diplomatic relations established', cite: ['china-mfa-profile'] },
            {
              when: '15 Sep 2022',
              what: 'Samarkand, at the SCO summit: joint statement on an all-weather comprehensive strategic partnership',
              cite: ['ecns-2022'],
            },
          ],
        },
        {
          kind: 'document',
          title: '… всепогодного и всестороннего стратегического партнерства',
          meta: '“… all-weather and comprehensive strategic partnership”: the Belarusian text of the 2022 joint statement',
          cite: ['npr-by-2022'],
        },
        {
          kind: 'points',
          items: [{ text: 'Belarus: China’s second “all-weather” partner, after Pakistan', cite: ['global-times-2022'] }],
        },
      ],
      notes: [
        'China and Belarus established diplomatic relations in January 1992, soon after the Soviet Union came apart.',
        'Since then the relationship has been stable and friendly, and each side has supported the other through very different international conditions. By 2022 the cooperation had reached a high level in many fields.',
        'The clearest sign came in September 2022, at the summit of the Shanghai Cooperation Organisation in Samarkand. There the two sides raised their relations to an all-weather comprehensive strategic partnership, and signed agreements on cooperation in several other fields.',
        'All-weather is a rare label in China’s diplomacy: Belarus was only the second country to receive it, after Pakistan.',
      ],
      footnotes: [
        {
          text: 'The talk calls the Samarkand document a “Joint Declaration”; the published texts call it a joint statement. The quoted words are from its Belarusian text.',
          cite: ['npr-by-2022', 'ecns-2022'],
        },
        { text: 'That the visit also produced agreements in other fields is the talk’s statement.', cite: ['talk'] },
      ],
      seconds: 47,
    },
    {
      id: 'partnership-ladder',
      title: 'Belarus climbed to the top of China’s partnership ladder',
      blocks: [{ kind: 'chart', chart: 'partnership-ladder' }],
      notes: [
        'This chart places each formal document on a ladder of China’s partnership labels. The rungs are my coding, based on analysts’ rankings, not an official scale.',
        'Diplomatic relations in 1992. Comprehensive cooperation in the joint statement of 2000, reaffirmed in 2001. Strategic cooperation wording in the 2005 declaration. Then, in July 2013, a comprehensive strategic partnership.',
        'The friendship treaty of 2015 gave the tie its legal foundation without changing the label, and 2016 added mutual trust and win-win cooperation. Samarkand put Belarus on the top rung.',
      ],
      cue: 'Point at each step as you name it.',
      footnotes: [
        {
          text: 'Belarusian officials spoke of a “strategic partnership” before 2013 (Foreign Minister Martynov in 2012, citing a 2009 document); the formal label came on 16 Jul 2013. The ladder codes the documents, so it shows no step for a plain strategic partnership.',
          cite: ['martynov-2012', 'eliseev-2013'],
        },
      ],
      seconds: 40,
    },
  ],
});
