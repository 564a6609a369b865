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
        'Good afternoon, and thank you to the organisers for having me.',
        'My question is simple to put. How does a partnership with a distant power help a small European state decide who it is in world politics? My case is China and Belarus, from 2000 to 2022.',
        'I start with the idea itself, follow three decades of ties with Beijing, and end with the gains and the risks.',
      ],
      cue: 'Wait for the chair’s introduction before you begin.',
      seconds: 29,
    },
  ],
});
