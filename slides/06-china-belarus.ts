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
          meta: '“… all-weather and comprehensive strategic partnership”: the 2022 statement in Russian, as published in Belarus',
          cite: ['npr-by-2022'],
        },
        {
          kind: 'points',
          items: [
            {
              text: '“All-weather”: partners who back each other’s core interests, however the world changes',
              cite: ['du-youkang-2019'],
            },
          ],
        },
      ],
      notes: [
        'China and Belarus established diplomatic relations in January 1992, soon after the Soviet Union came apart.',
        'Since then the relationship has been stable and friendly. Each side has supported the other through very different times, and by 2022 the cooperation was close in many fields.',
        'The clearest sign came in September 2022, at the summit of the Shanghai Cooperation Organisation in Samarkand. Minsk and Beijing raised their relations to an all-weather comprehensive strategic partnership, and signed agreements in several other fields.',
        'All-weather, in China’s usage, means partners who back each other on core interests, however the world around them changes.',
      ],
      footnotes: [
        {
          text: 'In 2022 I called the Samarkand document a “Joint Declaration”; the published texts call it a joint statement. The quoted words are from its Russian-language text published in Belarus (Russian is an official language there).',
          cite: ['npr-by-2022', 'ecns-2022'],
        },
        { text: 'That the visit also produced agreements in other fields is my statement of 2022.', cite: ['talk'] },
        {
          text: 'The definition of “all-weather” is from a Chinese analyst’s account of the China–Pakistan partnership, the first to carry the label.',
          cite: ['du-youkang-2019'],
        },
      ],
      seconds: 44,
    },
    {
      id: 'partnership-ladder',
      title: 'By 2022 Belarus held a rank China had given only Pakistan before',
      blocks: [{ kind: 'chart', chart: 'partnership-ladder' }],
      notes: [
        'This chart places each formal document on a ladder of China’s partnership labels. The rungs are my own coding, based on analysts’ rankings. They are not an official scale.',
        'Diplomatic relations in 1992. Comprehensive cooperation in the joint statement of 2000, reaffirmed in 2001. Strategic cooperation wording in the declaration of 2005. Then, in July 2013, a comprehensive strategic partnership.',
        'The friendship treaty of 2015 gave the tie its legal base without changing the label, and 2016 added mutual trust and win-win cooperation. The step of 2022 gave Belarus the all-weather label, which China had given only to Pakistan.',
      ],
      cue: 'Point at each step as you name it.',
      footnotes: [
        {
          text: 'Belarusian officials spoke of a “strategic partnership” before 2013 (Foreign Minister Martynov in 2012, citing a 2009 document); the formal label came on 16 Jul 2013. The ladder codes the documents, so it shows no step for a plain strategic partnership.',
          cite: ['martynov-2012', 'eliseev-2013'],
        },
        { text: 'Belarus became China’s second all-weather partner, after Pakistan.', cite: ['global-times-2022'] },
      ],
      seconds: 46,
    },
  ],
});
