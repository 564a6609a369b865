import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'two-factors',
  title: 'Two shaping factors',
  slides: [
    {
      id: 'two-factors',
      title: 'Two factors behind Belarus’s choices',
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
        'Two conditions frame Belarus’s search for a foreign policy identity.',
        'First, the shared Soviet past left an economy wired into Russia’s: supply chains, energy and markets.',
        'That dependence narrows Minsk’s political options: how it develops, whom it deals with and which organisations it can join.',
        'Second, size. A medium-sized state cannot impose its will, so it gains freedom by adding partners rather than by force.',
        'The talk calls diversification an “open door” to autonomy; partnerships are where the identity gets built.',
      ],
      seconds: 40,
    },
    {
      id: 'partner-shares',
      title: 'Half the trade is with Russia; China’s share rises',
      blocks: [{ kind: 'chart', chart: 'partner-shares' }],
      notes: [
        'Each line is one partner’s share of Belarus’s goods trade, exports plus imports, computed from Belarus’s own data as published by the IMF.',
        'Russia never falls below about 47 per cent between 1995 and 2020, and peaks at 58 per cent in 2000: the structural dependence the talk describes.',
        'The EU of today’s 27 members slips from about 24 per cent in 2000 to about 19 per cent in 2020.',
        'China starts from almost nothing, 0.3 per cent in 1995, and reaches about 7 per cent in 2020: small, but the partner that grows most steadily.',
        'The outlined point after the IMF series is an official figure: Russia at 49 per cent of goods turnover in 2021, so nothing had changed by the eve of the talk.',
      ],
      seconds: 45,
    },
  ],
});
