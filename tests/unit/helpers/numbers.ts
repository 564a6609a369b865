/**
 * The numbers a text states, as values, whatever the language writes them as: "$5.1bn", "5,1 млрд
 * долл." and "51亿美元" are all 5.1e9; "16 Jul 2013", "16 июля 2013 г." and "2013年7月16日" are all
 * 16, 7 and 2013. For the editions' parity tests: the same slide states the same numbers in every
 * language. Numbers written out in words ("sevenfold", 七倍) are not read, in any language.
 */

const EN_MONTHS = [
  'Jan(?:uary)?',
  'Feb(?:ruary)?',
  'Mar(?:ch)?',
  'Apr(?:il)?',
  'May(?= \\d)',
  'June?',
  'July?',
  'Aug(?:ust)?',
  'Sep(?:t|tember)?',
  'Oct(?:ober)?',
  'Nov(?:ember)?',
  'Dec(?:ember)?',
];
const RU_MONTHS = [
  'январ[ьяе]',
  'феврал[ьяе]',
  'март[ае]?',
  'апрел[ьяе]',
  'ма[йяе]',
  'июн[ьяе]',
  'июл[ьяе]',
  'август[ае]?',
  'сентябр[ьяе]',
  'октябр[ьяе]',
  'ноябр[ьяе]',
  'декабр[ьяе]',
];
/** Month names: English capitalised ("May" only before a number, not the verb), Russian in any case and ending. */
const MONTHS: readonly (readonly [RegExp, number])[] = EN_MONTHS.flatMap((name, i) => [
  [new RegExp(`\\b${name}\\b`, 'gu'), i + 1] as const,
  [new RegExp(`(?<![а-яё])${RU_MONTHS[i] ?? ''}(?![а-яё])`, 'giu'), i + 1] as const,
]);

/** Multipliers written after a number, in each language. */
const SCALES: readonly (readonly [RegExp, number])[] = [
  [/^\s*(?:bn|billion)\b/i, 1e9],
  [/^\s*(?:m|mn|million)\b/i, 1e6],
  [/^\s*(?:k|thousand)\b/i, 1e3],
  [/^\s*млрд/i, 1e9],
  [/^\s*млн/i, 1e6],
  [/^\s*тыс/i, 1e3],
  [/^\s*亿/, 1e8],
  [/^\s*万/, 1e4],
];

const round = (n: number): number => Number(n.toPrecision(6));

/** Every number the text states, with scales applied, plus the months it names. Pure. */
export function numbersIn(text: string, lang: string): number[] {
  const out: number[] = [];
  const decimal = lang.startsWith('ru') ? ',' : '.';
  const group = lang.startsWith('ru') ? /[\s\u00a0\u202f\u2009](?=\d{3}(?!\d))/g : /,(?=\d{3}(?!\d))/g;
  // A number: digits with group separators and one decimal mark.
  const NUMBER = lang.startsWith('ru') ? /\d+(?:[\s\u00a0\u202f\u2009]\d{3}(?!\d))*(?:,\d+)?/g : /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/g;
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0].replace(group, '').replace(decimal, '.');
    let value = Number(raw);
    const after = text.slice(match.index + match[0].length);
    const scale = SCALES.find(([re]) => re.test(after));
    if (scale) value *= scale[1];
    out.push(round(value));
  }
  for (const [re, month] of MONTHS) for (const m of text.matchAll(re)) if (m[0]) out.push(month);
  // Chinese dates give the month as a number already ("7月").
  return out;
}

/** The distinct values, sorted, for comparing. */
export const valueSet = (text: string, lang: string): number[] => [...new Set(numbersIn(text, lang))].sort((a, b) => a - b);
