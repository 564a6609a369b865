import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'crossroads',
  title: 'A small state at a crossroads',
  slides: [
    {
      id: 'crossroads',
      title: 'A small state where Europe meets Asia',
      cite: ['talk'],
      blocks: [
        {
          kind: 'points',
          build: true,
          items: [
            'Belarus lies across the routes linking Europe and Asia',
            'Statehood after the Soviet collapse began with hard years',
            'No state today can secure prosperity and stability on its own',
            'Cooperation is how states meet shared challenges',
          ],
        },
      ],
      notes: [
        'Begin with the map: Belarus sits on the land corridor between the European Union and Russia, the path overland trade between Asia and Europe has to take.',
        'When the Soviet Union broke apart, Belarus had to build the institutions, economy and diplomacy of an independent state from a difficult starting point.',
        'The premise of the talk: in a tense world, relying only on your own resources does not deliver modernisation, prosperity or stability.',
        'So partnership is a condition of development, not a luxury. Working together helps societies solve problems and withstand outside pressure.',
        'That premise frames the rest: which partners Belarus chooses says a great deal about how it sees itself.',
      ],
      seconds: 40,
    },
  ],
});
