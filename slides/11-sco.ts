import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'sco',
  title: 'EAEU, ASEAN and the SCO',
  slides: [
    {
      id: 'sco',
      // Merged with the 2016 statement slide, which had this address.
      aliases: ['eaeu-asean-sco'],
      title: 'The EAEU already overlaps the SCO; Belarus applied to join',
      blocks: [
        {
          kind: 'lead',
          text: '2016: Moscow proposed to link the EAEU, ASEAN and the SCO.',
          cite: ['talk'],
        },
        { kind: 'map', map: 'unions' },
      ],
      notes: [
        'In 2016, at the Russia–ASEAN summit, President Putin proposed connecting three groupings: a free-trade zone between the Eurasian Economic Union and ASEAN, and a partnership of both with the Shanghai Cooperation Organisation.',
        'The ground was already prepared. Almost every union member works with the SCO: Kazakhstan, Russia and Kyrgyzstan are members, Armenia is a dialogue partner, and Belarus has been an observer since 2015.',
        'In July 2022 Belarus applied for full membership, and in September the SCO opened the accession procedure.',
      ],
      footnotes: [
        { text: 'The 2016 proposal is reported here as the talk gives it; no separate source for it was found.', cite: ['talk'] },
        { text: 'Belarus became the tenth full member of the SCO on 4 Jul 2024.', cite: ['news-az-2024'], later: true },
      ],
      seconds: 40,
    },
  ],
});
