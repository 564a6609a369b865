/**
 * The China–Europe rail corridor as the maps draw it: ordered named places, each leg a great-circle
 * line. Stylised: the sources name the places and the countries crossed, not the track alignment.
 */
import type { Route } from './types.ts';

export const routes: readonly Route[] = [
  {
    id: 'chongqing-duisburg',
    name: 'Chongqing–Duisburg',
    status: 'main',
    period: 'from 2011',
    waypoints: ['chongqing', 'xian', 'lanzhou', 'urumqi', 'dostyk', 'brest', 'duisburg'],
    cite: ['chinadaily-yuxinou-2013', 'intermodal-brest-2021'],
    note: 'Through Kazakhstan, Russia, Belarus and Poland (China Daily); 11,179 km by rail as the source gives it.',
  },
  {
    id: 'chengdu-lodz',
    name: 'Chengdu–Łódź',
    status: 'main',
    waypoints: ['chengdu', 'dostyk', 'brest', 'lodz'],
    cite: ['anf-chengdu-lodz', 'intermodal-brest-2021'],
    note: 'Through the Alataw Pass, Kazakhstan, Russia and Belarus (Xinhua); 9,826 km by rail as the source gives it.',
  },
  {
    id: 'zhengzhou-hamburg',
    name: 'Zhengzhou–Hamburg',
    status: 'main',
    waypoints: ['zhengzhou', 'dostyk', 'brest', 'hamburg'],
    cite: ['railwaypro-hamburg', 'intermodal-brest-2021'],
    note: 'The source names the countries (Kazakhstan, Russia, Belarus, Poland), not the crossings; drawn through Dostyk and Brest like the others. 10,214 km by rail as the source gives it.',
  },
  {
    id: 'via-ukraine',
    name: 'Via Ukraine',
    status: 'disrupted',
    period: 'harder after 2014, and after February 2022',
    waypoints: ['dostyk', 'kyiv', 'mostyska'],
    cite: ['talk', 'xinhua-wuhan-kyiv-2020', 'ucibc-ukraine-2020', 'ubn-ukraine-transit', 'intermodal-malaszewicze-2021'],
    note: 'Trains from China did run to and through Ukraine (Kyiv, 2020; transit to Poland, Hungary and Slovakia), about ten transit trains by June 2020; as I argue, fighting from 2014, and again from February 2022, made this route harder.',
  },
];
