import { defineSection } from '../src/model/authored.ts';

export default defineSection({
  id: 'china-belarus',
  title: 'China and Belarus, 1992–2022',
  slides: [
    {
      id: 'china-belarus',
      title: 'Three decades of steadily closer ties',
      blocks: [
        {
          kind: 'timeline',
          items: [
            { when: '20 Jan 1992', what: 'Diplomatic relations, weeks after the USSR dissolved', cite: ['china-mfa-profile'] },
            {
              when: '15 Sep 2022',
              what: 'SCO summit, Samarkand: an “all-weather” comprehensive strategic partnership',
              cite: ['ecns-2022'],
            },
          ],
        },
        {
          kind: 'points',
          items: [
            { text: 'In between: stable, friendly, mutually supportive relations through changing world conditions', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        'China and Belarus opened diplomatic relations on 20 January 1992, right after the Soviet Union came apart.',
        'Since then the relationship has been steady and friendly, and each side has backed the other, whatever the international weather.',
        'The talk describes the two as highly reliable partners whose cooperation now covers many fields at a high level.',
        'The latest step came at the SCO summit in Samarkand in September 2022, where the leaders raised relations to an all-weather comprehensive strategic partnership and signed agreements in several fields.',
      ],
      seconds: 30,
    },
    {
      id: 'all-weather',
      title: 'Samarkand 2022: an “all-weather” partnership',
      blocks: [
        {
          kind: 'document',
          title: 'Совместное заявление об установлении отношений всепогодного и всестороннего стратегического партнерства',
          meta: 'Joint statement on establishing an all-weather comprehensive strategic partnership; Samarkand, 15 Sep 2022',
          cite: ['npr-by-2022', 'ecns-2022'],
        },
        {
          kind: 'points',
          items: [
            { text: 'Belarus: China’s second “all-weather” partner, after Pakistan', cite: ['global-times-2022'] },
            { text: 'Signed with agreements on cooperation in other fields', cite: ['talk'] },
          ],
        },
      ],
      notes: [
        'The quoted title is the Belarusian published text of the document signed on 15 September 2022 during the SCO summit.',
        'The talk calls it a “Joint Declaration”; the published texts (Belarusian legal portal, Xinhua) describe it as a joint statement. Same document, different label.',
        '“All-weather” is rare in China’s vocabulary of partnerships. Chinese press described Belarus as the second such partner, after Pakistan.',
        'The same visit produced further documents on cooperation in various fields, according to the talk.',
      ],
      seconds: 30,
    },
    {
      id: 'partnership-ladder',
      title: 'Step by step to the top of China’s partnership ladder',
      blocks: [{ kind: 'chart', chart: 'partnership-ladder' }],
      notes: [
        'Each point is a formal document, placed on an ordinal ladder of China’s partnership labels. The rungs are our own coding, built on analysts’ rankings, not an official scale.',
        'From diplomatic relations in 1992 the level rises with the comprehensive cooperation statements of 2000 and 2001 and the 2005 Joint Declaration.',
        'In July 2013 Belarus skipped the plain “strategic partnership” rung and went straight to a comprehensive strategic partnership.',
        'Hollow points kept the level: the 2001 statement, and the Treaty on Friendship and Cooperation signed during Xi Jinping’s May 2015 visit, which gave the tie its legal foundation. The September 2016 visit added “mutual trust and win-win cooperation”.',
        'Samarkand 2022 added the top label, “all-weather”.',
      ],
      seconds: 40,
    },
  ],
});
