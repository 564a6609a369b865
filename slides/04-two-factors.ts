import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'two-factors',
  title: 'Two shaping factors',
  slides: [
    {
      id: 'two-factors',
      title: 'Dependence on Russia narrows Belarus’s choices; new partners widen them',
      cite: ['talk'],
      blocks: [
        {
          kind: 'compare',
          build: true,
          columns: [
            {
              heading: 'The Soviet legacy',
              items: ['An economy structurally bound to Russia', 'Less room to choose a path, partners and memberships'],
            },
            {
              heading: 'A medium-sized state',
              items: ['Cannot lean on sheer weight', 'New partners are an “open door” to autonomy'],
            },
          ],
        },
      ],
      notes: [
        'Two conditions shape that identity.',
        '▶ The first is the Soviet legacy. The Belarusian economy is still tied to Russia in its structure. That dependence limits Minsk’s room for manoeuvre: its path of development, its partners, and the organisations it can join.',
        '▶ The second is size. A medium-sized state cannot get its way by weight, so it gains freedom by adding partners. New partners are an open door to some autonomy, and that is where its foreign policy identity takes shape.',
      ],
      seconds: 33,
    },
    {
      id: 'partner-shares',
      title: 'Russia holds half of Belarus’s trade; China’s share is rising',
      blocks: [{ kind: 'chart', chart: 'partner-shares' }],
      notes: [
        'Here is that dependence in numbers. Each line is one partner’s share of Belarus’s goods trade, exports and imports together, by Belarus’s own statistics.',
        'Russia’s share stays between about 47 and 58 per cent from 1995 to 2020. Close to half, every year.',
        'The European Union, counted in its present membership, falls from about a quarter to under a fifth.',
        'China starts from almost nothing, a third of one per cent in 1995. It reaches about 7 per cent in 2020. Still small, but no partner’s share grew more.',
        'In 2021, Russia still had 49 per cent.',
      ],
      cue: 'Point at the Russia line first, then at China’s.',
      footnotes: [
        {
          text: 'In January–September 2022 Russia’s share of Belarus’s goods exports (exports only, not total trade) rose from 41% to 57%, by an official statement of late November 2022.',
          cite: ['parkhomchik-2022'],
          later: true,
        },
      ],
      seconds: 43,
    },
  ],
});
