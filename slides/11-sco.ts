import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'sco',
  title: 'EAEU, ASEAN and the SCO',
  slides: [
    {
      id: 'sco',
      // Merged with the 2016 statement slide, which had this address.
      aliases: ['eaeu-asean-sco'],
      title: 'Almost the whole EAEU already works with the SCO, and Belarus applied to join',
      blocks: [
        {
          kind: 'lead',
          text: '2016: Moscow proposed an EAEU–ASEAN free-trade zone, and a partnership of both with the SCO.',
          cite: ['talk'],
        },
        {
          kind: 'table',
          caption: 'EAEU members and the Shanghai Cooperation Organisation, 2022',
          head: ['EAEU member', 'SCO status'],
          rows: [
            ['Russia, Kazakhstan, Kyrgyzstan', 'Members'],
            ['Belarus', 'Observer since Jul 2015; applied to join, Jul 2022; accession opened, Sep 2022'],
            ['Armenia', 'Dialogue partner'],
          ],
          cite: ['talk', 'sco-observer', 'sputnik-sco-2022', 'tass-sco-2022'],
        },
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
