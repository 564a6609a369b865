/**
 * The charts' words in English: titles, findings, captions, footnotes, tables, CSV headers, view
 * buttons, and (under `browser`) what the drawn chart writes: legends, axis titles, tooltips, marks.
 * Facts stay in the dataset modules (src/data/); an edition translates these words in
 * `editions/<lang>/charts.ts`, typed from this object's shape (src/charts/words.ts). A `{name}` is
 * a slot the module fills with a number, a date or a name written in the edition's language.
 */
import { ladderCoding, partnershipLadder } from '../src/data/partnership-ladder.ts';
import { partnerLabels } from '../src/data/partner-shares.ts';
import { reporterName, tradeImfBelarus, tradeImfChina, tradeMilestones, tradeSeries } from '../src/data/trade.ts';

const byKey = <T, V>(items: readonly T[], key: (t: T) => string, value: (t: T) => V): Record<string, V> =>
  Object.fromEntries(items.map((t) => [key(t), value(t)]));

export default {
  common: {
    /** An amount in US$ million written as a label: `{n}` is the amount in units of `per` million, with `digits` decimals. */
    amount: { template: '${n}bn', per: '1000', digits: '2' },
    /** "×17.9" */
    times: '×{n}',
    browser: {
      tooltipValue: '{name}: {value}',
      valueUnit: '{value} {unit}',
      derived: '(derived)',
      rounded: '(rounded)',
      source: 'Source: {sources}',
    },
  },
  'trade-growth': {
    title: 'Belarus–China trade, 2000–2022',
    finding:
      'Belarus–China trade turnover grew {blrFactor} times between {from} and {to} by Belarusian figures ({blrFrom} to {blrTo}) ' +
      'and {chnFactor} times by Chinese figures ({chnFrom} to {chnTo}, IMF DOTS); ' +
      'official statements published since the talk put {year} at {blrLatest} (Belarus) and {chnLatest} (China).',
    caption: 'IMF data to 2020. Outlined: later official statements, 2022 published since the talk, 2021 partly derived.',
    footnote:
      'IMF data as downloaded in early 2022, to 2020; Belstat’s figures published in January 2022 are up to {percent} higher (an apparent revision, not drawn). ' +
      'Outlined: official statements for 2021–22, kept apart; the 2022 figures and the 2021 breakdowns were published since the talk. ' +
      'Derived: the multiples and {derived} (table).',
    /** One derived figure in the footnote: "2021 Belarusian exports and imports". */
    derivedItem: '{years} {reporter} {fields}',
    reporter: { ...reporterName },
    fields: { exports: 'exports', imports: 'imports', turnover: 'turnover' },
    series: byKey(
      tradeSeries,
      (s) => s.id,
      (s) => s.label,
    ),
    tables: {
      imf: '{statistics}: {series}, {first}–{last}',
      official: 'Official statements, 2021–2022: a later vintage, not joined to the IMF series; most published since the talk',
      revised: '{series} (not drawn): up to {percent} above the IMF download, an apparent revision',
      milestones: 'Milestones marked on the chart',
    },
    columns: {
      year: 'Year',
      exports: 'Belarus’s exports to China',
      imports: 'Belarus’s imports from China',
      turnover: 'Turnover',
      statistics: 'Statistics',
      source: 'Source',
      published: 'Published',
      event: 'Event',
    },
    /** What each milestone on the chart marks, by year (its table): `{date}` is its date written out. */
    events: byKey(
      tradeMilestones,
      (m) => String(m.year),
      (m) => m.what,
    ),
    unit: 'US$ m',
    published: { before: 'before the talk', since: 'since the talk', partly: 'partly since the talk' },
    cells: { derived: '≈{n} (derived)', rounded: '≈{n}' },
    csv: {
      series: 'series',
      statistics: 'statistics',
      year: 'year',
      exports: 'exports_usd_m',
      imports: 'imports_usd_m',
      turnover: 'turnover_usd_m',
      derived: 'derived',
      rounded: 'rounded',
      source: 'source_id',
      yes: 'yes',
    },
    views: {
      label: 'Whose statistics',
      note: 'Why the two sides’ figures differ: Belarus counts imports by country of origin, including Chinese goods arriving via Russia or the EU, and with freight and insurance (CIF); China counts its exports without them (FOB).',
    },
    browser: {
      statistics: { blr: 'Belarusian statistics', chn: 'Chinese statistics' },
      legend: {
        exports: 'Exports to China',
        imports: 'Imports from China',
        turnover: 'Turnover',
        officialExports: '{span} statements: exports',
        officialImports: '{span} statements: imports',
        officialTurnover: '{span} statements: turnover',
        official: 'Official statements 2021–22 (outlined; mostly published since the talk)',
        officialShort: 'Official statements 2021–22 (outlined)',
      },
      axis: 'US$ million',
      unit: 'US$ m',
      tooltipTitle: '{year}, {statistics}',
      /** The PowerPoint chart's title, one chart per side's statistics: "Belarusian statistics (IMF DOTS, Belarus as reporter)". */
      plotTitle: '{statistics} ({series})',
      imfSeries: { blr: tradeImfBelarus.label, chn: tradeImfChina.label },
      band: '{from}–{to}: turnover ×{factor} (derived)',
      milestones: byKey(
        tradeMilestones,
        (m) => String(m.year),
        (m) => m.label,
      ),
    },
  },
  'partner-shares': {
    title: 'Belarus’s goods trade by partner',
    finding:
      'Russia took close to half of Belarus’s goods trade in every year shown ({min}–{max}, {first}–{last}), ' +
      'while China’s share rose from {chinaFrom} to {chinaTo} (shares computed from IMF DOTS, Belarus as reporter).',
    partners: { ...partnerLabels },
    tables: {
      shares: 'Share of Belarus’s goods trade (exports + imports) by partner, {first}–{last}, computed from IMF DOTS (derived)',
      official: 'Official figure after the IMF data (not joined to the series)',
    },
    columns: {
      year: 'Year',
      total: 'Total goods trade',
      eu27PlusUk: 'EU (27) + UK',
      partner: 'Partner',
      share: 'Share of goods trade',
      source: 'Source',
    },
    unitUsd: 'US$ m',
    caption: 'Shares computed from IMF DOTS, Belarus as reporter; EU (27): today’s members in every year. Outlined: an official figure.',
    footnotes: {
      shares:
        'Shares of Belarus’s exports + imports, computed from IMF DOTS values (derived). EU (27) = today’s members in every year; with the UK it is {min}–{max} points higher (table).',
      official: 'Outlined point: {partner} {share} of goods turnover in {year}, an official figure drawn apart from the IMF-based line.',
    },
    csv: {
      year: 'year',
      series: 'series',
      total: 'total_usd_m',
      partner: '{partner}_pct',
      eu27PlusUk: 'eu27_plus_uk_pct',
      derived: 'derived',
      source: 'source_id',
      imf: 'imf-dots-computed',
      official: 'official-statement',
      yes: 'yes',
    },
    csvPartners: { russia: 'russia', eu27: 'eu27', ukraine: 'ukraine', china: 'china' },
    browser: {
      partners: { ...partnerLabels },
      officialSeries: '{partner}, {years} (official)',
      officialNote: '(official figure)',
      axis: '% of Belarus’s goods trade',
    },
  },
  'partnership-ladder': {
    title: 'The formal level of China–Belarus relations, 1992–2022',
    finding:
      'On the deck’s own ordinal coding of China’s partnership labels, the formal level of China–Belarus relations rose step by step ' +
      'from {firstWording} ({firstYear}) to a {cspWording} ({cspYear}) and the {lastWording} ({lastYear}).',
    tables: {
      documents: 'Documents and the deck’s ordinal coding of their level (the coding is the deck’s own reading of the sources)',
      coding: 'The deck’s ordinal coding',
    },
    columns: {
      date: 'Date',
      document: 'Document',
      wording: 'Level wording',
      code: 'Code (deck’s reading)',
      source: 'Source',
      codeShort: 'Code',
      level: 'Level',
    },
    caption: 'Levels: the deck’s own ordinal coding of China’s partnership labels, not an official scale. Hollow points kept the level.',
    footnotes: {
      coding:
        'Levels: the deck’s own ordinal reading of China’s ranked partnership labels, not a measure given by any source ({one} … {topLevel} = {top}; no Belarus–China document codes as 4, a plain strategic partnership, though officials used that phrase before 2013). Hollow points: documents that kept the level.',
      typology:
        'Since the talk, perhaps: the typology that puts “all-weather” partnerships above the others (Xiang Haoyu, CSIS Interpret) names Belarus among them, so it was written on or after {date}.',
    },
    /** "1 = diplomatic relations" */
    codeIs: '{code} = {name}',
    csv: { date: 'date', year: 'year', code: 'level_code', document: 'document', wording: 'wording', sources: 'source_ids' },
    /** One per document, in the dataset's order. */
    steps: partnershipLadder.map((s) => ({ document: s.document, wording: s.wording })),
    coding: byKey(
      ladderCoding,
      (c) => String(c.level),
      (c) => c.name,
    ),
    browser: {
      series: 'Formal level (deck’s ordinal coding)',
      /** The PowerPoint chart's legend: its documents' points are series of their own. */
      raising: 'Document raising the level',
      keeping: 'Document keeping the level',
      axis: 'Level (deck’s coding)',
      /** One per document: its label on the chart, its date and its words in the tooltip. */
      steps: partnershipLadder.map((s) => ({ label: s.label, document: s.document, wording: s.wording })),
      stepLabel: '{year} {label}',
      tooltipTitle: '{date}: {document}',
      tooltipWording: '“{wording}”',
      tooltipLevel: 'Level {level} on the deck’s coding: {name}',
      coding: byKey(
        ladderCoding,
        (c) => String(c.level),
        (c) => c.name,
      ),
    },
  },
};
