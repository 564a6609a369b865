import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'conclusions',
  title: 'Conclusions',
  slides: [
    {
      id: 'conclusions',
      title: 'Sanctions ended the old balancing act, and China became a key direction',
      cite: ['talk'],
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            'Sanctions and the crisis in world politics have shaped how Belarus sees itself',
            'Manoeuvring between Europe and Russia has proved incomplete and less and less effective',
            'China has stayed reliable and become one of Belarus’s key foreign policy directions',
          ],
        },
      ],
      notes: [
        'Let me draw this together.',
        '▸ First, the state of world politics and the economy, and the sanctions imposed by the West and the United States, have shaped Belarus’s foreign policy identity.',
        '▸ Second, the old way of solving problems, manoeuvring between Europe and Russia while joining other projects, has proved incomplete and less and less effective in today’s crisis of international relations.',
        '▸ Third, China has remained a reliable partner, and relations with it have become one of the key directions of Belarusian foreign policy.',
      ],
      seconds: 37,
    },
    {
      id: 'risks',
      title: 'Sanctions put China’s plans for Belarus at risk, yet the partnership deepened',
      blocks: [
        {
          kind: 'compare',
          build: true,
          columns: [
            {
              heading: 'Risks',
              items: [
                { text: 'Western sanctions after the 2020 election and since 2022', cite: ['talk'] },
                { text: 'China sees Belarus mainly as a “trade bridge” to Europe', cite: ['talk'] },
                { text: 'Isolation casts doubt on Chinese projects', cite: ['talk'] },
              ],
            },
            {
              heading: 'Still deepening',
              items: [
                { text: 'Cooperation at a high level', cite: ['talk'] },
                { text: 'All-weather partnership, 15 Sep 2022', cite: ['ecns-2022'] },
              ],
            },
          ],
        },
      ],
      notes: [
        '▸ There are risks. Pressure from EU and US sanctions grew after Belarus’s 2020 presidential election, and again after Russia’s invasion of Ukraine in 2022.',
        'That can complicate relations with China, because Beijing sees Belarus above all as a trade bridge to Europe for the Belt and Road. The West’s partial isolation of Belarus puts some Chinese plans and projects in doubt.',
        '▸ Even so, cooperation remains at a high level, and it keeps deepening: in September 2022 the two countries raised their ties to an all-weather partnership.',
      ],
      seconds: 37,
    },
    {
      id: 'synthesis',
      title: 'Beside Russia, China anchors Belarus’s complex integration into Eurasia',
      cite: ['talk'],
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            'A foreign policy shaped by economics as well as politics',
            'Partnership with China and alliance with Russia: a place in “Greater Eurasia”',
            'Beyond local and post-Soviet projects: trade with the world, with ASEAN and SCO members',
            'A strategy of complex integration into Eurasia',
          ],
        },
      ],
      notes: [
        '▸ Finally, Belarus’s foreign policy is shaped by economics as well as politics.',
        '▸ The strategic partnership with China, together with the alliance with Russia, brings Belarus into the emerging space of Greater Eurasia, a space of new opportunities.',
        '▸ It frees Belarus from projects that are only local or only post-Soviet, and lets it trade with the whole world, especially with members of ASEAN and the SCO. ▸ That is a strategy of complex integration into Eurasia.',
      ],
      seconds: 35,
    },
  ],
});
