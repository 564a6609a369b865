import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'greater-eurasia',
  title: 'Greater Eurasia',
  slides: [
    {
      id: 'greater-eurasia',
      title: 'Belarus in “Greater Eurasia”',
      blocks: [
        {
          kind: 'lead',
          text: 'With China beside Russia, Belarus need not rely on post-Soviet partners alone.',
          cite: ['talk'],
        },
        {
          kind: 'figures',
          items: [
            { value: '64%', label: 'of Belarus’s 2022 exports went to Russia and China', cite: ['interfax-yaroshevich'] },
            { value: 'No. 2', label: 'China’s rank among Belarus’s trading partners, 2022', cite: ['fmprc-xie-2023'] },
          ],
        },
      ],
      notes: [
        'The partnership lets Belarus see itself as a real part of the emerging space of “Greater Eurasia”, not only as a post-Soviet state.',
        'It need not depend on Russia and its post-Soviet neighbours alone: China is a second, dependable partner, and the tie has proved itself repeatedly.',
        'The two back each other politically and both aim to make their economies more competitive and their citizens better off.',
        'The figures show how far the weight has shifted: in 2022, by a Belarusian deputy minister’s count, Russia and China together took 64 per cent of Belarus’s exports, and China’s ambassador called China Belarus’s second trading partner.',
      ],
      seconds: 35,
    },
  ],
});
