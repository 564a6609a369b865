import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'conclusions',
  title: 'Conclusions',
  slides: [
    {
      id: 'conclusions',
      title: 'World crises and sanctions exposed the limits of balancing, and China became a key direction',
      cite: ['talk'],
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            'The world’s political and economic crisis, and Western sanctions, have shaped how Belarus sees itself',
            'Manoeuvring between Europe and Russia has proved incomplete and less and less effective',
            'China has stayed reliable and become one of Belarus’s key foreign policy directions',
          ],
        },
      ],
      notes: [
        'Let me draw this together.',
        '▶ First, the state of world politics and the economy has shaped Belarus’s foreign policy identity. So have the sanctions imposed by the West and the United States.',
        '▶ Second, the old way of solving problems, manoeuvring between Europe and Russia while joining other projects, has proved incomplete. In today’s crisis of international relations it is less and less effective.',
        '▶ Third, China has remained a reliable partner. Relations with it have become one of the key directions of Belarusian foreign policy.',
      ],
      seconds: 35,
    },
    {
      id: 'risks',
      // The anniversary slide folded into this one, before the final synthesis.
      aliases: ['anniversary'],
      title: 'Sanctions cloud China’s plans for Belarus, yet thirty years of trust hold',
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
              heading: 'Thirty years of trust',
              items: [
                { text: 'Diplomatic relations since 20 Jan 1992', cite: ['china-mfa-profile', 'belta-30-years'] },
                { text: 'Help in hard times, COVID-19 included', cite: ['talk'] },
                { text: 'All-weather partnership, 15 Sep 2022', cite: ['ecns-2022'] },
                { text: 'Ambitious joint projects ahead', cite: ['talk'] },
              ],
            },
          ],
        },
      ],
      notes: [
        'There are risks. ▶ Pressure from EU and US sanctions grew after Belarus’s presidential election of 2020, and again after February 2022. That can complicate things with China, because Beijing sees Belarus above all as a trade bridge to Europe. The West’s partial isolation of Belarus puts some Chinese projects in doubt.',
        '▶ Yet this year Minsk and Beijing mark thirty years of diplomatic relations, and the tie has passed the test of time. They helped each other in hard times, during the COVID-19 outbreak too. The all-weather partnership shows it is still deepening, and ambitious joint projects lie ahead.',
      ],
      seconds: 43,
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
            'Alliance with Russia and partnership with China: a place in “Greater Eurasia”',
            'Beyond local and post-Soviet projects: trade with the world, ASEAN and SCO members among them',
            'A strategy of complex integration into Eurasia',
          ],
        },
      ],
      notes: [
        'Finally, my thesis.',
        '▶ Belarus’s foreign policy is shaped by economics as well as politics. ▶ Its alliance with Russia and its strategic partnership with China together give it a place in that wider Eurasian space, and new room to develop.',
        '▶ China frees Belarus from projects that are only local or only post-Soviet. It opens trade with the whole world, especially with members of ASEAN and the SCO.',
        '▶ That is how cooperation with China shapes the way Belarus defines itself: as a strategy of complex integration into Eurasia.',
      ],
      seconds: 36,
    },
  ],
});
