/**
 * The maps' words in English: titles, findings, labels (countries, places, routes, unions),
 * legends, the text alternatives and the footnotes. Facts (outlines, coordinates, memberships,
 * dates, distances) stay in assets/maps/ and the map engine; an edition translates these words in
 * `editions/<lang>/maps.ts`, typed from this object's shape (src/maps/words.ts). A `{name}` is a
 * slot the module fills with a number, a date, a distance or a name in the edition's language.
 */
import { countries } from '../assets/maps/countries.ts';
import { places } from '../assets/maps/places.ts';
import { routes } from '../assets/maps/routes.ts';
import { unions } from '../assets/maps/unions.ts';

const byKey = <T, V>(items: readonly T[], key: (t: T) => string, value: (t: T) => V): Record<string, V> =>
  Object.fromEntries(items.map((t) => [key(t), value(t)]));

export default {
  common: {
    /** A straight-line distance, rounded: "about 330 km". */
    km: 'about {n} km',
    coords: '{lat}° {ns}, {lon}° {ew}',
    north: 'N',
    south: 'S',
    east: 'E',
    west: 'W',
  },
  countries: byKey(
    Object.entries(countries),
    ([id]) => id,
    ([, c]) => c.name,
  ),
  places: byKey(
    places,
    (p) => p.id,
    (p) => p.name,
  ),
  placeNotes: {
    'great-stone':
      'Marked at Smalyavichy, the town of the district the park lies in (decree of 5 June 2012); the park itself is about 15 km from the town and 25 km from Minsk.',
    dostyk: 'Dostyk (GeoNames lists it under its Russian name, Druzhba) faces Alashankou, the Alataw Pass, on the Chinese side.',
  } as Record<string, string>,
  routes: byKey(
    routes,
    (r) => r.id,
    (r) => ({ name: r.name, period: r.period ?? '', note: r.note ?? '' }),
  ),
  unionNames: byKey(
    unions,
    (u) => u.id,
    (u) => ({ short: u.short, name: u.name, notDrawn: (u.notDrawn ?? []).map((n) => n.text) }),
  ),
  crossroads: {
    title: 'Belarus between the European Union, Russia and Ukraine',
    finding:
      'Belarus borders {eu}, members of the European Union, to the west and north, and {others} to the east and south; ' +
      'Minsk is {minskBrest} in a straight line from Brest on the Polish border, and Warsaw {brestWarsaw} beyond it.',
    legend: {
      highlight: 'Belarus',
      group: 'EU member states',
      capital: 'Capital city',
      park: 'Great Stone industrial park',
      crossing: 'Rail crossing to the EU',
    },
    alt: {
      neighbours: 'Neighbours',
      borders: 'Belarus shares land borders with {countries} (Natural Earth outlines).',
      members: 'Of these, {eu} are EU member states; every other EU member in view is shaded too ({others}).',
      places: 'Places marked',
      place: '{name}: {coords}',
      placeNote: '{name}: {coords}. {note}',
      distances: 'Distances (straight-line, derived)',
      distance: '{a}–{b}: {km}',
    },
    footnotes: [
      'Distances are straight-line (great-circle) distances computed by the deck from GeoNames coordinates: derived, not road or rail distances.',
      'Great Stone is marked at Smalyavichy, the town of the district it lies in; the park is about 15 km from the town.',
      'Borders: Natural Earth 1:50m, simplified for the slide.',
    ],
  },
  'land-bridge': {
    title: 'The China–Europe rail land bridge through Belarus',
    finding:
      'The China–Europe rail lines drawn here cross Kazakhstan, Russia and Belarus and enter the EU at Brest; ' +
      'Chongqing to Duisburg is {mainKm} in straight legs through the named places (derived; {railKm} km by rail, per China Daily), ' +
      'and the route through Ukraine, which I argue grew harder after 2014 and again from February 2022, carried only a handful of transit trains (about ten by June 2020).',
    mostyska: 'Mostyska–Medyka',
    legend: {
      main: 'Rail lines via Belarus',
      disrupted: 'Via Ukraine: harder after 2014 and 2022',
      terminal: 'Terminal',
      crossing: 'Border crossing',
    },
    note: {
      stylised: 'Routes are stylised lines through named places, not track alignments.',
      trains: 'Through Ukraine: about 10 China–EU transit trains in all by June 2020 · via Belarus: almost 25 trains a day in 2021',
      containers: 'Containers via Belarus (TEU): {items} · 2022: no figure',
      item: '{value} in {year}',
    },
    /** The Belarusian Railway's container figures as the sources word them, by year (the note shortens them). */
    teu: { '2017': '257,000', '2020': 'over 550,000', '2021': 'about 930,000' },
    teuShort: { '2017': '257,000', '2020': '550,000+', '2021': '~930,000' },
    alt: {
      routes: 'Routes',
      route: '{name} ({status}): {places}; {km} in straight legs (derived). {note}',
      main: 'main line',
      disrupted: 'disrupted',
      withPeriod: '{status}, {period}',
      terminals: 'Terminals and crossings',
      terminalsLine: 'Terminals in China: {china}; in the EU: {eu}.',
      crossing: '{name}: {note}',
      brest:
        'Brest–Terespol is the checkpoint through which the vast majority of China–EU container trains via Belarus pass (Intermodal News, 2021); Kazakhstan also has a second crossing to China, Altynkol–Khorgos, not drawn.',
      distances: 'Distances (straight-line, derived)',
      distance: '{a}–{b}: {km}',
      main3: '{a}–{b} in straight legs through the named places: {km}; by rail, {railKm} km (China Daily, 2013)',
      containers: 'Containers via Belarus (TEU, China–Europe–China)',
      container: '{year}: {value} ({source})',
    },
    footnotes: [
      'Routes are stylised lines through named places, not track alignments; each leg is a great-circle line.',
      'Straight-line distances are computed by the deck from GeoNames coordinates (derived); rail lengths are as the sources give them.',
      'The route through Ukraine is drawn as disrupted on my argument; trains did still run to and through Ukraine in 2020, but by June 2020 only about ten China–EU transit trains had crossed it (UCIBC).',
      'Container figures are those the Belarusian Railway reported; no figure for 2022 was found.',
      'Since the talk: the Dostyk–Alashankou crossing is named from a 2025 report of Kazakhstan’s railway; the crossing was in use long before.',
    ],
  },
  unions: {
    title: 'EAEU, SCO and ASEAN: who belongs where (September 2022)',
    status: { member: 'member', observer: 'observer', applicant: 'applicant', 'dialogue-partner': 'dialogue partner' },
    statusPlural: { member: 'Members', observer: 'Observers', applicant: 'Applicants', 'dialogue-partner': 'Dialogue partners' },
    tag: '{union} {status}',
    tagSince: '{union} {status} since {date}',
    sinceTheTalk: 'since the talk',
    ghost: '{name}, {date}',
    /** Between groups of names with different dates. */
    groupSeparator: '; ',
    since: '{names} ({date})',
    band: {
      scoObservers: 'SCO observers:',
      scoObserversRest: '{observers}; applicants: {applicants}',
      scoPartners: 'SCO dialogue partners:',
      eaeuObservers: 'EAEU observers:',
      aseanObserver: 'ASEAN observer:',
      aseanRest: '{observers}; applicant: {applicants}',
    },
    asOf: 'As of September 2022',
    finding:
      'Of the five EAEU members in September 2022, {both} were also SCO members, Belarus was an SCO observer (since July 2015) that had applied to join (July 2022), ' +
      'and Armenia an SCO dialogue partner; no ASEAN member belonged to either union. Since the talk, Belarus became a full SCO member on 4 July 2024.',
    alt: {
      heading: '{name} ({short}), as of {date}',
      list: '{status}: {names}',
      change: 'Since the talk: {name} became {status} ({date}).',
      becameMember: 'a member',
      became: 'an {status}',
    },
    footnotes: [
      'Boxes show membership, not geography; where the EAEU and SCO boxes overlap, a country is a member of both.',
      'Dashed: changes after the talk (September 2022), with their dates.',
    ],
  },
};
