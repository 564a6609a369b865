import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'title',
  title: 'Title',
  slides: [
    {
      id: 'title',
      layout: 'title',
      title: 'China–Belarus cooperation as the factor of the foreign policy self-identification of the Republic of Belarus (2000–2022s)',
      blocks: [{ kind: 'lead', text: '11th East Asian Conference on Slavic-Eurasian Studies, 2022', cite: ['talk'] }],
      notes: [
        'Greet the room and thank the organisers for the slot.',
        'Frame the question: how a partnership with a distant power helps a small European state decide who it is abroad.',
        'Announce the route: the idea of self-identification, the constraints Belarus works under, three decades of ties with Beijing, the Eurasian frameworks around them, and a balance of gains and risks.',
      ],
      seconds: 25,
    },
  ],
});
