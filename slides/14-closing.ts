import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'closing',
  title: 'Questions and references',
  slides: [
    {
      id: 'thank-you',
      layout: 'closing',
      title: 'Thank you',
      blocks: [{ kind: 'lead', text: 'Questions and comments are welcome.' }],
      notes: ['Thank you very much for listening. I look forward to your questions and comments.'],
      cue: [
        'Take questions.',
        'Likely: how far China can offset the dependence on Russia; what sanctions mean for Great Stone; Belarus’s SCO membership (a full member from 4 Jul 2024, since the talk).',
      ],
      seconds: 6,
    },
    {
      id: 'references',
      title: 'References',
      blocks: [{ kind: 'references' }],
      notes: ['Every source I have cited is listed on these pages and in the handout, with its date and its address.'],
      cue: 'Leave the references up during questions.',
      seconds: 19,
    },
  ],
});
