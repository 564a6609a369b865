import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'sco',
  title: 'EAEU, ASEAN and the SCO',
  slides: [
    {
      id: 'eaeu-asean-sco',
      layout: 'statement',
      title: '2016: linking the EAEU, ASEAN and the SCO',
      cite: ['talk'],
      blocks: [
        {
          kind: 'lead',
          text: 'At the 2016 Russia–ASEAN summit, Moscow proposed an EAEU–ASEAN free-trade zone and a partnership of both with the SCO.',
        },
      ],
      notes: [
        'The Eurasian frameworks kept widening. According to the talk, at the Russia–ASEAN summit in 2016 President Putin proposed connecting three groupings.',
        'Part one: a free-trade zone between the Eurasian Economic Union and the Association of Southeast Asian Nations.',
        'Part two: a partnership of those two associations with the Shanghai Cooperation Organisation.',
        'This proposal is reported here as the talk states it; we did not find a separate source for it.',
      ],
      seconds: 25,
    },
    {
      id: 'sco',
      title: 'Nearly the whole EAEU already works with the SCO',
      blocks: [
        {
          kind: 'table',
          caption: 'EAEU members and the Shanghai Cooperation Organisation, 2022',
          head: ['EAEU member', 'SCO status'],
          rows: [
            ['Russia, Kazakhstan, Kyrgyzstan', 'Members'],
            ['Belarus', 'Observer since Jul 2015; applied to join, Jul 2022'],
            ['Armenia', 'Dialogue partner'],
          ],
          cite: ['talk', 'sco-observer', 'sputnik-sco-2022'],
        },
      ],
      notes: [
        'Almost every EAEU member state already takes part in the SCO in some capacity.',
        'Kazakhstan, Russia and Kyrgyzstan are full members; Armenia is a dialogue partner, as the talk states.',
        'Belarus was a dialogue partner from 2010 and became an observer in July 2015; in July 2022 it formally applied for full membership.',
        'At the Samarkand summit in September 2022 the SCO launched Belarus’s accession procedure; after this talk, in July 2024, Belarus became a full member.',
        'So the EAEU–SCO link is already deep, and Belarus sits at the junction of both.',
      ],
      seconds: 30,
    },
  ],
});
