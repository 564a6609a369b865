import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'russia',
  title: 'Russia, the close ally',
  slides: [
    {
      id: 'russia-ally',
      title: 'Belarus stays Russia’s close ally while the road west is blocked',
      cite: ['talk'],
      blocks: [
        {
          kind: 'compare',
          build: true,
          columns: [
            {
              heading: 'Ties to Moscow',
              items: ['Deep historical roots', 'Shared culture and mentality', '“Brotherly” ties of states and peoples'],
            },
            {
              heading: 'A blocked western door',
              items: [
                'EU leadership unconstructive towards Minsk',
                'So are Poland and the Baltic states',
                'European integration is closed in practice',
              ],
            },
          ],
        },
      ],
      notes: [
        '▶ Russia is, and will remain, Belarus’s closest ally. The ties have deep historical roots. A shared mentality, culture and history make the two nations something like brothers, in politics and between people.',
        '▶ There is also a push from the west. I see the road to European integration as blocked in practice. The EU leadership, Poland and the Baltic states have taken an unconstructive line towards Minsk.',
        'With the western door closed and Russia so dominant, a second strong partner becomes very valuable. That partner is China.',
      ],
      footnotes: [
        {
          text: 'That the European direction is blocked by the EU, Poland and the Baltic states is my assessment, not a statement of EU policy.',
          cite: ['talk'],
        },
      ],
      seconds: 36,
    },
  ],
});
