import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'greater-eurasia',
  title: 'Greater Eurasia',
  slides: [
    {
      id: 'greater-eurasia',
      title: 'China lets Belarus see itself as part of “Greater Eurasia”, not only of the post-Soviet space',
      blocks: [
        {
          kind: 'lead',
          text: '“Greater Eurasia”: Russia’s idea, backed with China in a joint statement of June 2016, of one partnership across Europe and Asia that could join the EAEU, the SCO and ASEAN.',
          cite: ['asia-times-2016', 'li-hu-2018'],
        },
        {
          kind: 'points',
          items: [{ text: 'Beside Russia, a second partner tested many times: China', cite: ['talk'] }],
        },
        {
          kind: 'figures',
          items: [{ value: 'No. 2', label: 'China’s rank among Belarus’s trading partners, 2022', cite: ['fmprc-xie-2023'], later: true }],
        },
      ],
      notes: [
        'This brings me to Greater Eurasia. It is Russia’s idea, backed by China in 2016, of one partnership across Europe and Asia, open to the union, the SCO and ASEAN.',
        'Cooperation with China lets Belarus see itself as a real part of that space, not only as a post-Soviet country. It need not rely on Russia and its neighbours alone. In China it has a partner tested many times.',
        'They back each other politically, and both want stronger economies and better lives for their people. That is how China widens Belarus’s place in Eurasia.',
      ],
      footnotes: [
        {
          text: 'China’s rank as Belarus’s second trading partner in 2022 comes from a speech by China’s ambassador in June 2023.',
          cite: ['fmprc-xie-2023'],
          later: true,
        },
      ],
      seconds: 40,
    },
  ],
});
