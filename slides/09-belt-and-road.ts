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
            {
              when: '7 Sep 2013',
              what: 'Xi Jinping proposes a Silk Road Economic Belt, at Nazarbayev University, Astana',
              cite: ['chinaorg-xi-2013'],
            },
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
        'In September, in Kazakhstan, Xi Jinping proposed a Silk Road Economic Belt, the land part of what became the Belt and Road Initiative. Belarus said it wanted to take part. ▶ Its position on the way to Europe made it a natural link.',
        '▶ For Belarus the initiative was a chance to assert itself, economically and politically, as one of the main links between China and Europe.',
      ],
      seconds: 37,
    },
    {
      id: 'transit-hub',
      title: 'With Ukraine’s route unsettled, Belarus became the main land corridor and saw itself as the hub',
      cite: ['talk'],
      blocks: [{ kind: 'map', map: 'land-bridge' }],
      notes: [
        'Ukraine also lies on the way from China to Europe. But after the conflict began in 2014, Beijing grew cautious, and the fighting in Donbas made it hard to send cargo that way.',
        'Belarus was the main land corridor anyway. Trains from Chongqing to Duisburg had run through Brest since 2011. By 2020 only about ten transit trains had ever crossed Ukraine; in 2021 almost 25 a day ran via Belarus.',
        'Container traffic is counted in TEU, twenty-foot equivalent units. About 257,000 in 2017. Over 550,000 in 2020. About 930,000 in 2021. There is no figure for 2022.',
        'When the fighting in Ukraine widened in February 2022, Minsk saw itself even more as the hub between China and Europe.',
      ],
      footnotes: [
        {
          text: 'TEU: twenty-foot equivalent units, a measure of container capacity. The 2017 and 2020 figures are the Belarusian Railway’s; the 2021 figure is as reported by Intermodal News. No series of trains per year, and no figure for 2022, was found.',
          cite: ['inform-kz-2018', 'rw-by-2020', 'intermodal-2021'],
        },
        {
          text: 'The series shows no break in 2014: it begins later. That Ukraine’s route grew harder, and that February 2022 deepened Minsk’s view of itself as a hub, is my argument of 2022.',
          cite: ['talk', 'chinadaily-yuxinou-2013'],
        },
        {
          text: 'In 2022 I used Moscow’s term, “special military operation”, for the events that began on 24 February 2022; Kyiv and the EU use other terms. Here they are described neutrally.',
          cite: ['talk'],
        },
      ],
      seconds: 58,
    },
  ],
});
