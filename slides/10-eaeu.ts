import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'eaeu',
  title: 'The Eurasian Economic Union',
  slides: [
    {
      id: 'eaeu',
      title: 'The EAEU: a wider door for China',
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            { text: 'Belarus: a founding member of the Eurasian Economic Union', cite: ['talk'] },
            { text: 'Ties with Minsk ease China’s access to the union’s market', cite: ['talk'] },
            { text: '8 May 2015: China and Russia agree to link the EAEU with the Silk Road Economic Belt', cite: ['hktdc-2015'] },
            { text: 'Joint projects in infrastructure and trade facilitation', cite: ['hktdc-2015', 'talk'] },
            { text: 'Mutual help against COVID-19', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        'Belarus helped found the Eurasian Economic Union, and that membership shapes its value to China.',
        'Partnering with Belarus gives Chinese business a route into the whole union’s market on favourable terms.',
        'In 2015 Moscow proposed tying the Belt and Road to Eurasian integration. The talk presents it as President Putin’s offer; the document is the China–Russia Joint Statement of 8 May 2015 on coupling the EAEU with the Silk Road Economic Belt.',
        'The union and China then agreed to work on joint infrastructure and trade-facilitation projects, so that the two initiatives connect.',
        'So China–Belarus ties grow not only bilaterally but through shared membership of wider frameworks. During COVID-19 the two countries also helped each other.',
      ],
      seconds: 40,
    },
  ],
});
