import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'greater-eurasia',
  title: 'Greater Eurasia',
  slides: [
    {
      id: 'greater-eurasia',
      title: 'China makes Belarus part of “Greater Eurasia”, not only of the post-Soviet world',
      blocks: [
        {
          kind: 'lead',
          text: 'With China as a second dependable partner, Belarus need not rely on post-Soviet partners alone.',
          cite: ['talk'],
        },
        {
          kind: 'figures',
          items: [
            {
              value: '57%',
              label: 'of Belarus’s goods exports went to Russia, Jan–Sep 2022 (41% in 2021)',
              cite: ['parkhomchik-2022', 'belarus-mfa-2021'],
            },
            { value: 'No. 2', label: 'China’s rank among Belarus’s trading partners, 2022', cite: ['fmprc-xie-2023'], later: true },
          ],
        },
      ],
      notes: [
        'Cooperation with China lets Belarus see itself as a real part of the emerging space of Greater Eurasia, not only as a post-Soviet country.',
        'It does not have to rely on Russia and its neighbours alone: in China it has a dependable partner, tested many times. The two back each other politically, and both want stronger economies and better lives for their people.',
        'The numbers show how much still rides on Russia: in the first nine months of 2022, Russia took 57 per cent of Belarus’s exports, up from 41 per cent in 2021.',
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
