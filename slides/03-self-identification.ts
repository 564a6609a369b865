import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'self-identification',
  title: 'Foreign policy self-identification',
  slides: [
    {
      id: 'self-identification',
      layout: 'statement',
      title: 'A state learns who it is through its dealings with others',
      cite: ['talk'],
      blocks: [
        {
          kind: 'lead',
          text: 'Foreign policy self-identification: the ideas a state holds about itself and its place in the world, formed through its relations with other states and the communities it joins.',
        },
        {
          kind: 'points',
          items: ['A fairly new concept in international relations', 'Read it from practice: partners, trade, security, memberships'],
        },
      ],
      notes: [
        'My lens is foreign policy self-identification, a fairly new idea in international relations.',
        'In one line, it is the set of ideas a state holds about itself and its place in the world. Those ideas form in practice: through relations with other states, and through the political communities a state joins.',
        'So to see how Belarus understands itself abroad, I look at whom it works with and which groupings it belongs to. My claim is that China has become one of those defining partners.',
      ],
      footnotes: [{ text: 'The definition on this slide is mine, as I gave it in 2022.', cite: ['talk'] }],
      seconds: 35,
    },
  ],
});
