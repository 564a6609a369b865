import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'conclusions',
  title: 'Conclusions',
  slides: [
    {
      id: 'conclusions',
      title: 'Conclusions',
      cite: ['talk'],
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            'Sanctions and the world crisis have shaped how Belarus sees itself',
            'The old manoeuvre between Europe and Russia has run its course',
            'China has become a key direction of Belarus’s foreign policy',
            'With Russia, China anchors Belarus in “Greater Eurasia”, beyond the post-Soviet space',
          ],
        },
      ],
      notes: [
        'First: the global political and economic situation, and Western and US sanctions, have left a clear mark on Belarus’s foreign policy identity.',
        'Second: the earlier formula, manoeuvring between Europe and Russia while joining other projects, has proved incomplete and less and less effective amid today’s crisis in international relations.',
        'Third: through all of this China has stayed dependable, and relations with it have become one of the main directions of Belarusian foreign policy.',
        'Fourth: the strategic partnership with China, together with the alliance with Russia, integrates Belarus into “Greater Eurasia”, a space of new development opportunities.',
        'Rather than being confined to local or post-Soviet projects, Belarus can trade with the wider world, notably with members of groupings such as ASEAN and the SCO: a strategy of complex integration into Eurasia.',
      ],
      seconds: 40,
    },
    {
      id: 'risks',
      title: 'Risks, and why the partnership still deepens',
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
                { text: 'All-weather partnership, 15 Sep 2022', cite: ['ecns-2022'] },
                { text: '2022 trade: $5.79bn, +13% (Belarusian data)', cite: ['belta-2022-trade'] },
                { text: '$5.08bn, +33% (Chinese data)', cite: ['fmprc-xie-2023'] },
              ],
            },
          ],
        },
      ],
      notes: [
        'The risks are real. EU and US sanctions tightened after Belarus’s 2020 presidential election and again after Russia’s offensive in Ukraine began in 2022.',
        'That pressure can slow the partnership, because Beijing values Belarus above all as a “trade bridge” to Europe for the Belt and Road; a bridge that the West partly closes is worth less.',
        'The West’s partial isolation of Belarus therefore puts some Chinese plans and projects in question.',
        'Yet the relationship keeps deepening: in September 2022 the two sides signed the all-weather comprehensive strategic partnership.',
        'Trade grew in 2022 as well, though the two countries count it differently: 5.79 billion dollars and 13 per cent growth by Belarusian figures, 5.08 billion and 33 per cent by Chinese figures.',
      ],
      seconds: 45,
    },
  ],
});
