import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'belt-and-road',
  title: 'The Belt and Road',
  slides: [
    {
      id: 'belt-and-road',
      title: 'The Belt and Road made Belarus a link between China and Europe',
      blocks: [
        {
          kind: 'timeline',
          items: [
            {
              when: '16 Jul 2013',
              what: 'Joint Declaration: comprehensive strategic partnership',
              cite: ['china-mfa-profile', 'eliseev-2013'],
            },
            { when: 'Sep 2013', what: 'Xi Jinping proposes the Silk Road Economic Belt, in Kazakhstan', cite: ['xinhua-bri-2013'] },
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
        '2013 changed the relationship twice.',
        'In July, Minsk and Beijing declared a comprehensive strategic partnership, which lifted their ties to a new level.',
        'In September, in Kazakhstan, Xi Jinping proposed the Silk Road Economic Belt, the overland part of what became the Belt and Road Initiative, connecting Asia with Europe and Africa. ▸ Belarus said it wanted to take part, and its position on the way to Europe made that natural.',
        '▸ The initiative gave Belarus a chance to assert itself economically and politically, and a new role: one of the main links between China and Europe.',
      ],
      seconds: 40,
    },
    {
      id: 'transit-hub',
      title: 'Ukraine’s conflict made Belarus a China–Europe freight hub',
      cite: ['talk'],
      blocks: [{ kind: 'map', map: 'land-bridge' }],
      notes: [
        'Ukraine also lies on the way from China to Europe. But after the conflict began in 2014, Beijing grew cautious, and the fighting in Donbas from 2014 to 2022 made it hard to send Chinese cargo that way.',
        'Russia’s full-scale invasion in February 2022, which Moscow calls a special military operation, strengthened Belarus’s sense of itself as a key hub between China and Europe.',
        'Container traffic shows the growth: about 257 thousand TEU between China and Europe via Belarus in 2017, over 550 thousand in 2020, and about 930 thousand in 2021.',
      ],
      footnotes: [
        {
          text: 'TEU: twenty-foot equivalent units, a measure of container capacity. The 2017 and 2020 figures are the Belarusian Railway’s; the 2021 figure is as reported by Intermodal News. No series of trains per year was found.',
          cite: ['inform-kz-2018', 'rw-by-2020', 'intermodal-2021'],
        },
      ],
      seconds: 40,
    },
  ],
});
