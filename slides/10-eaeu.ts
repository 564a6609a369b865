import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'eaeu',
  title: 'The Eurasian Economic Union',
  slides: [
    {
      id: 'eaeu',
      title: 'EAEU membership makes Belarus China’s door to a wider market',
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            { text: 'Belarus: a founding member of the Eurasian Economic Union', cite: ['talk'] },
            { text: 'Ties with Minsk ease China’s access to the union’s market', cite: ['talk'] },
            { text: '8 May 2015: China and Russia agree to couple the EAEU with the Silk Road Economic Belt', cite: ['hktdc-2015'] },
            { text: 'Joint projects in infrastructure and trade facilitation', cite: ['talk'] },
            { text: 'Mutual help against COVID-19', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        '▸ Belarus is a founding member of the Eurasian Economic Union, ▸ and that matters to China: working with Belarus opens the union’s market on favourable terms.',
        'In 2015 Moscow proposed linking the Belt and Road with integration inside the union. ▸ In May that year China and Russia agreed to couple the two, ▸ and the union and China set out on shared projects to build infrastructure and make trade easier.',
        'So the partnership now grows through shared frameworks, not only bilaterally. ▸ The two countries also helped each other against COVID-19.',
      ],
      footnotes: [
        {
          text: 'The talk presents the 2015 initiative as President Putin’s proposal; the document is the China–Russia Joint Statement of 8 May 2015.',
          cite: ['hktdc-2015'],
        },
      ],
      seconds: 40,
    },
  ],
});
