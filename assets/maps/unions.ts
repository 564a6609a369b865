/**
 * Membership of the three groupings the talk links (EAEU, SCO, ASEAN) as of the talk, September 2022
 * (after the SCO's Samarkand summit of 15–16 September), with later changes kept apart as "since the talk".
 * Every entry cites the source that states it.
 */
import type { Union } from './types.ts';

export const unions: readonly Union[] = [
  {
    id: 'eaeu',
    short: 'EAEU',
    name: 'Eurasian Economic Union',
    asOf: '2022-09',
    entries: [
      { country: 'armenia', status: 'member', cite: ['russia-briefing-eaeu-2020'] },
      { country: 'belarus', status: 'member', cite: ['russia-briefing-eaeu-2020', 'talk'] },
      { country: 'kazakhstan', status: 'member', cite: ['russia-briefing-eaeu-2020'] },
      { country: 'kyrgyzstan', status: 'member', cite: ['russia-briefing-eaeu-2020'] },
      { country: 'russia', status: 'member', cite: ['russia-briefing-eaeu-2020'] },
      { country: 'moldova', status: 'observer', since: '2018-05', cite: ['eec-observers'] },
      { country: 'uzbekistan', status: 'observer', since: '2020-12', cite: ['eec-observers', 'russia-briefing-eaeu-2020'] },
      { country: 'cuba', status: 'observer', since: '2020-12', cite: ['eec-observers', 'russia-briefing-eaeu-2020'] },
    ],
    sinceTheTalk: [],
  },
  {
    id: 'sco',
    short: 'SCO',
    name: 'Shanghai Cooperation Organisation',
    asOf: '2022-09',
    entries: [
      { country: 'china', status: 'member', cite: ['newsghana-sco-2022'] },
      { country: 'india', status: 'member', since: '2017', cite: ['newsghana-sco-2022'] },
      { country: 'kazakhstan', status: 'member', cite: ['newsghana-sco-2022', 'talk'] },
      { country: 'kyrgyzstan', status: 'member', cite: ['newsghana-sco-2022', 'talk'] },
      { country: 'pakistan', status: 'member', since: '2017', cite: ['newsghana-sco-2022'] },
      { country: 'russia', status: 'member', cite: ['newsghana-sco-2022', 'talk'] },
      { country: 'tajikistan', status: 'member', cite: ['newsghana-sco-2022'] },
      { country: 'uzbekistan', status: 'member', cite: ['newsghana-sco-2022'] },
      { country: 'afghanistan', status: 'observer', cite: ['newsghana-sco-2022'] },
      { country: 'belarus', status: 'observer', since: '2015-07', cite: ['sco-observer', 'newsghana-sco-2022'] },
      { country: 'iran', status: 'observer', cite: ['newsghana-sco-2022'] },
      { country: 'mongolia', status: 'observer', cite: ['newsghana-sco-2022'] },
      { country: 'belarus', status: 'applicant', since: '2022-07', cite: ['sputnik-sco-2022', 'tass-sco-2022', 'xinhua-samarkand-2022'] },
      { country: 'iran', status: 'applicant', since: '2008', cite: ['report-az-iran-2021'] },
      { country: 'armenia', status: 'dialogue-partner', cite: ['newsghana-sco-2022', 'talk'] },
      { country: 'azerbaijan', status: 'dialogue-partner', cite: ['newsghana-sco-2022'] },
      { country: 'cambodia', status: 'dialogue-partner', cite: ['newsghana-sco-2022'] },
      { country: 'nepal', status: 'dialogue-partner', cite: ['newsghana-sco-2022'] },
      { country: 'sriLanka', status: 'dialogue-partner', cite: ['newsghana-sco-2022'] },
      { country: 'turkey', status: 'dialogue-partner', cite: ['newsghana-sco-2022'] },
      { country: 'egypt', status: 'dialogue-partner', since: '2022-09', cite: ['newsghana-sco-2022', 'xinhua-samarkand-2022'] },
      { country: 'qatar', status: 'dialogue-partner', since: '2022-09', cite: ['newsghana-sco-2022', 'xinhua-samarkand-2022'] },
      { country: 'saudiArabia', status: 'dialogue-partner', since: '2022-09', cite: ['xinhua-samarkand-2022'] },
    ],
    sinceTheTalk: [
      { country: 'iran', to: 'member', date: '2023-07-04', cite: ['sputnik-iran-sco-2023'] },
      { country: 'belarus', to: 'member', date: '2024-07-04', cite: ['news-az-2024'] },
    ],
    notDrawn: [
      {
        text: 'Iran, an SCO observer, applied for membership in 2008; the SCO began its admission procedure at Dushanbe in September 2021, and at Samarkand in September 2022 Iran signed its memorandum of obligations.',
        cite: ['report-az-iran-2021', 'sputnik-sco-2022', 'xinhua-samarkand-2022'],
      },
      {
        text: 'The Samarkand summit also agreed to admit Bahrain, the Maldives, the United Arab Emirates, Kuwait and Myanmar as dialogue partners.',
        cite: ['xinhua-samarkand-2022'],
      },
    ],
  },
  {
    id: 'asean',
    short: 'ASEAN',
    name: 'Association of Southeast Asian Nations',
    asOf: '2022-09',
    entries: [
      { country: 'brunei', status: 'member', cite: ['pna-timor-2022'] },
      { country: 'cambodia', status: 'member', cite: ['pna-timor-2022'] },
      { country: 'indonesia', status: 'member', cite: ['pna-timor-2022'] },
      { country: 'laos', status: 'member', cite: ['pna-timor-2022'] },
      { country: 'malaysia', status: 'member', cite: ['pna-timor-2022'] },
      { country: 'myanmar', status: 'member', cite: ['pna-timor-2022'] },
      { country: 'philippines', status: 'member', cite: ['pna-timor-2022'] },
      { country: 'singapore', status: 'member', cite: ['pna-timor-2022'] },
      { country: 'thailand', status: 'member', cite: ['pna-timor-2022'] },
      { country: 'vietnam', status: 'member', cite: ['pna-timor-2022'] },
      { country: 'papuaNewGuinea', status: 'observer', since: '1976', cite: ['wikipedia-png-asean'] },
      { country: 'timorLeste', status: 'applicant', since: '2011', cite: ['pna-timor-2022'] },
    ],
    sinceTheTalk: [
      { country: 'timorLeste', to: 'observer', date: '2022-11', cite: ['pna-timor-2022'] },
      { country: 'timorLeste', to: 'member', date: '2025-10-26', cite: ['vna-timor-2025'] },
    ],
  },
];
