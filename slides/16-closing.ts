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
      notes: [
        'Thank the audience and the chair.',
        'Invite questions; likely ones: how far China can offset Russian dependence, the effect of sanctions on Great Stone, and Belarus’s full SCO membership, which came in July 2024, after this talk.',
        'The next slides list every source the deck cites.',
      ],
      seconds: 15,
    },
    {
      id: 'references',
      title: 'References',
      blocks: [{ kind: 'references' }],
      notes: [
        'Every source cited on the slides, generated from the deck itself.',
        'Trade figures come from IMF Direction of Trade Statistics (to 2020) and official statements (2021–2022); Belarusian and Chinese figures are kept apart.',
        'Entries marked “The talk” are the speakers’ own statements and were not independently verified.',
      ],
      seconds: 10,
    },
  ],
});
