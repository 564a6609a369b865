import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'russia',
  title: 'Russia, the close ally',
  slides: [
    {
      id: 'russia-ally',
      title: 'Why Belarus stays close to Russia',
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
        'The alliance with Russia is a constant of Belarusian foreign policy: past, present and expected future.',
        'Its roots are historical; a common mentality, culture and history make the two countries “brothers”, in politics and between ordinary people.',
        'There is also a push factor. In the talk’s view the road to European integration is blocked in practice.',
        'The talk blames the unconstructive line towards Minsk taken in Brussels, Warsaw and the Baltic capitals; this is the speakers’ assessment.',
        'With the west closed and Russia dominant, a third major partner becomes especially valuable. That is where China comes in.',
      ],
      seconds: 40,
    },
  ],
});
