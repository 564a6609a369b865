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
        'Belarus is a small country, but it sits where the roads between Europe and Asia cross. The European Union lies to the west, Russia to the east.',
        'When the Soviet Union broke up, Belarus had to build an independent state from a hard start.',
        'No state can reach prosperity, modernisation and stability on its own strength alone. Cooperation is how countries solve shared problems and resist pressure from outside.',
        'So the partners Belarus chooses say a lot about how it sees itself.',
      ],
      seconds: 34,
    },
  ],
});
