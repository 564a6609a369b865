import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'belt-and-road',
  title: 'The Belt and Road',
  slides: [
    {
      id: 'belt-and-road',
      title: '2013: the Belt and Road, and a new partnership',
      blocks: [
        {
          kind: 'timeline',
          items: [
            {
              when: '16 Jul 2013',
              what: 'Joint Declaration: comprehensive strategic partnership',
              cite: ['eliseev-2013', 'china-mfa-profile'],
            },
            { when: 'Sep 2013', what: 'Xi Jinping proposes the Silk Road Economic Belt', cite: ['xinhua-bri-2013'] },
          ],
        },
        {
          kind: 'points',
          build: true,
          items: [
            { text: 'Belarus: a link on the land route from China to Europe', cite: ['talk'] },
            { text: 'A chance to assert itself economically and politically', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        '2013 changed the character of the relationship twice over.',
        'In July the two countries declared a comprehensive strategic partnership, lifting ties onto a new level.',
        'In September, in Kazakhstan, Xi Jinping proposed the Silk Road Economic Belt, the overland half of what became the Belt and Road Initiative linking Asia with Europe and Africa. Belarus signalled early that it wanted in.',
        'Geography made Belarus a natural part of the project: it lies between Russia and the European Union, on the overland path.',
        'That role fed its self-image: one of the key links between China and Europe, and a way to gain economic and political weight.',
      ],
      seconds: 35,
    },
    {
      id: 'transit-hub',
      title: 'A hub for China–Europe freight',
      blocks: [
        {
          kind: 'lead',
          text: 'Fighting in Ukraine from 2014, and the war from February 2022, made the Ukrainian route harder for Chinese cargo.',
          cite: ['talk'],
        },
        {
          kind: 'figures',
          build: true,
          items: [
            { value: '257,000', label: 'TEU China–Europe–China via Belarus, 2017', cite: ['inform-kz-2018'] },
            { value: '550,000+', label: 'TEU, 2020', cite: ['rw-by-2020'] },
            { value: '~930,000', label: 'TEU, 2021 (a record)', cite: ['intermodal-2021'] },
          ],
        },
      ],
      notes: [
        'Ukraine also has a good position for transit, but after the conflict began in 2014 Beijing grew cautious about it.',
        'With hostilities in Donbas running from 2014 to 2022, sending Chinese cargo across Ukraine became difficult.',
        'Russia’s full-scale offensive in February 2022, which Moscow calls a special military operation, strengthened Belarus’s self-image as a key Belt and Road hub between China and Europe.',
        'The Belarusian Railway’s own figures show the growth: about 257 thousand containers (TEU, twenty-foot equivalent units) in 2017, over 550 thousand in 2020, about 930 thousand in 2021.',
        'These count containers moved between China and Europe through Belarus; no trains-per-year series was found.',
      ],
      seconds: 35,
    },
  ],
});
