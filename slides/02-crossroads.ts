import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'crossroads',
  title: 'A small state at a crossroads',
  slides: [
    {
      id: 'crossroads',
      title: 'A small state between Europe and Asia cannot prosper alone',
      cite: ['talk'],
      blocks: [{ kind: 'map', map: 'crossroads' }],
      notes: [
        'Belarus is a small country, but it sits where the roads between Europe and Asia cross, with the European Union to the west and Russia to the east.',
        'When the Soviet Union broke up, it had to build an independent state from a hard starting point.',
        'No state can count on its own strength alone for prosperity, modernisation and stability. Cooperation is how countries solve shared problems and resist outside pressure.',
        'So the partners Belarus chooses say a lot about how it sees itself.',
      ],
      seconds: 35,
    },
  ],
});
