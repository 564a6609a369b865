import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'self-identification',
  title: 'Foreign policy self-identification',
  slides: [
    {
      id: 'self-identification',
      layout: 'statement',
      title: 'What is foreign policy self-identification?',
      cite: ['talk'],
      blocks: [
        {
          kind: 'lead',
          text: 'The ideas a state holds about itself and its place in the world, shaped by how it deals with other states and communities.',
        },
        {
          kind: 'points',
          items: [
            'A fairly recent concept in international relations',
            'Formed in practice: trade, politics, security, membership of groupings',
          ],
        },
      ],
      notes: [
        'The term is young in international relations scholarship; the talk uses it as its lens.',
        'Short version: a bundle of ideas about what the state is and what role it plays globally.',
        'Those ideas are relational. A state works out who it is through its dealings with others in many fields and through the political communities it belongs to.',
        'Method, then: to read Belarus’s identity abroad, look at whom it partners with and which frameworks it joins.',
        'The claim to test in the rest of the talk: China has become one of the partners through which Belarus defines itself.',
      ],
      seconds: 40,
    },
  ],
});
