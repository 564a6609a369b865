import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'eaeu',
  title: 'The Eurasian Economic Union',
  slides: [
    {
      id: 'eaeu',
      // Merged with the slide on the 2018 agreement, which had this address.
      aliases: ['eaeu-china-agreement'],
      title: 'Inside the Eurasian union, Belarus is China’s partner in a wider market',
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            { text: 'Belarus: a founding member of the Eurasian Economic Union (EAEU)', cite: ['talk'] },
            { text: '8 May 2015: China and Russia agree to couple the EAEU with the Silk Road Economic Belt', cite: ['hktdc-2015'] },
            {
              text: '17 May 2018: EAEU–China Agreement on Trade and Economic Cooperation signed in Astana; entry into force decided Oct 2019',
              cite: ['eec-2018', 'ecf-2019'],
            },
          ],
        },
        {
          kind: 'lead',
          text: 'Not a free-trade agreement: one common format for the whole union’s trade with China.',
          cite: ['talk'],
        },
      ],
      notes: [
        'Let me step back from 2022 to the years when these frameworks were built.',
        '▶ Belarus is a founding member of the Eurasian Economic Union. In my view, that is part of its value to China: a partner inside the union’s market.',
        '▶ In May 2015 China and Russia agreed to couple the union with the Belt and Road. The union and China then began joint projects in infrastructure and trade facilitation.',
        '▶ In May 2018 the union and China signed an agreement on trade and economic cooperation. It is not a free-trade agreement. It gives the whole union one format for trade with China, so Belarus’s tie with Beijing also runs through the union.',
      ],
      footnotes: [
        {
          text: 'In 2022 I presented the 2015 initiative as President Putin’s proposal; the document is the China–Russia Joint Statement of 8 May 2015.',
          cite: ['hktdc-2015', 'talk'],
        },
        {
          text: 'In 2022 I dated the agreement to 2019 and its entry into force to the end of October 2019. It was signed on 17 May 2018; the source seen for October 2019 reports the decision on entry into force, without a legible day.',
          cite: ['eec-2018', 'ecf-2019', 'talk'],
        },
      ],
      seconds: 49,
    },
  ],
});
