import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'sco',
  title: 'EAEU, ASEAN and the SCO',
  slides: [
    {
      id: 'sco',
      // Merged with the 2016 statement slide and with the free-trade partners, which had these addresses.
      aliases: ['eaeu-asean-sco', 'eaeu-ftas'],
      title: 'The union’s reach into the SCO and Asia raises Belarus’s value to China',
      blocks: [{ kind: 'map', map: 'unions' }],
      notes: [
        'The union also looks east. In 2016, at the Russia–ASEAN summit, Moscow proposed closer ties between the union, ASEAN and the Shanghai Cooperation Organisation.',
        'The ground was prepared. Kazakhstan, Russia and Kyrgyzstan are SCO members, Armenia is a dialogue partner, and Belarus has been an observer since 2015. In July 2022 Belarus applied for full membership, and in September the SCO opened the procedure.',
        'The union has also signed free-trade agreements beyond the former Soviet space. Vietnam’s has been in force since 2016. Iran signed an interim one in 2018, Singapore and Serbia in 2019.',
        'Each new link raises Belarus’s value to China.',
      ],
      footnotes: [
        {
          text: 'In 2022 I presented the 2016 proposal as President Putin’s; a report of the Sochi summit says closer EAEU–ASEAN–SCO ties were discussed there.',
          cite: ['talk', 'asia-times-2016'],
        },
        {
          text: 'The union’s free-trade agreements: with Vietnam, signed 29 May 2015 and in force from 5 Oct 2016; an interim agreement with Iran, signed 17 May 2018; with Singapore, signed 1 Oct 2019; with Serbia, signed 25 Oct 2019. Only Vietnam’s entry into force is shown by the sources, so the others are given as signed.',
          cite: ['xinhua-vietnam-fta', 'vovworld-vietnam-fta', 'eec-2018', 'riac-singapore-fta', 'eadaily-serbia-fta'],
        },
        { text: 'Belarus became the tenth full member of the SCO on 4 Jul 2024.', cite: ['news-az-2024'], later: true },
      ],
      seconds: 46,
    },
  ],
});
