/**
 * The countries the maps and the unions diagram name, keyed by a short id. ISO numeric ids and
 * names are those of Natural Earth as packaged in world-atlas 2.0.2; the map engine checks both.
 */
import type { SourceId } from '../../src/data/sources.ts';
import type { Country, CountryId } from './types.ts';

const c = (iso: string, atlasName: string, name = atlasName): Country => ({ iso, atlasName, name });

export const countries = {
  afghanistan: c('004', 'Afghanistan'),
  armenia: c('051', 'Armenia'),
  azerbaijan: c('031', 'Azerbaijan'),
  belarus: c('112', 'Belarus'),
  brunei: c('096', 'Brunei'),
  cambodia: c('116', 'Cambodia'),
  china: c('156', 'China'),
  cuba: c('192', 'Cuba'),
  czechia: c('203', 'Czechia', 'Czech Republic'),
  denmark: c('208', 'Denmark'),
  egypt: c('818', 'Egypt'),
  estonia: c('233', 'Estonia'),
  finland: c('246', 'Finland'),
  germany: c('276', 'Germany'),
  hungary: c('348', 'Hungary'),
  india: c('356', 'India'),
  indonesia: c('360', 'Indonesia'),
  iran: c('364', 'Iran'),
  kazakhstan: c('398', 'Kazakhstan'),
  kyrgyzstan: c('417', 'Kyrgyzstan'),
  laos: c('418', 'Laos'),
  latvia: c('428', 'Latvia'),
  lithuania: c('440', 'Lithuania'),
  malaysia: c('458', 'Malaysia'),
  moldova: c('498', 'Moldova'),
  mongolia: c('496', 'Mongolia'),
  myanmar: c('104', 'Myanmar'),
  nepal: c('524', 'Nepal'),
  pakistan: c('586', 'Pakistan'),
  papuaNewGuinea: c('598', 'Papua New Guinea'),
  philippines: c('608', 'Philippines'),
  poland: c('616', 'Poland'),
  qatar: c('634', 'Qatar'),
  romania: c('642', 'Romania'),
  russia: c('643', 'Russia'),
  saudiArabia: c('682', 'Saudi Arabia'),
  singapore: c('702', 'Singapore'),
  slovakia: c('703', 'Slovakia'),
  sriLanka: c('144', 'Sri Lanka'),
  sweden: c('752', 'Sweden'),
  tajikistan: c('762', 'Tajikistan'),
  thailand: c('764', 'Thailand'),
  timorLeste: c('626', 'Timor-Leste'),
  turkey: c('792', 'Turkey'),
  ukraine: c('804', 'Ukraine'),
  uzbekistan: c('860', 'Uzbekistan'),
  vietnam: c('704', 'Vietnam'),
} as const satisfies Record<string, Country>;

/** EU member states that the crossroads map can show (every member in or near its frame, so the shading is never partial). */
export const euMembersNearBelarus: { readonly members: readonly CountryId[]; readonly cite: readonly SourceId[] } = {
  members: [
    'poland',
    'lithuania',
    'latvia',
    'estonia',
    'germany',
    'sweden',
    'finland',
    'denmark',
    'czechia',
    'slovakia',
    'hungary',
    'romania',
  ],
  cite: ['ec-eu-members'],
};
