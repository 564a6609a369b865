/**
 * The visible text of authored content, for checks that read it (a figure without a source,
 * the section coverage test). Pure.
 */
import type { Block, Point } from './authored.ts';
import { primaryLanguage } from '../base/lang.ts';

/** A point's text and its sub-points. */
export const pointText = (point: Point): readonly string[] => (typeof point === 'string' ? [point] : [point.text, ...(point.sub ?? [])]);

/** The text a block shows on the slide (charts bring their own, sourced, text). */
export function blockText(block: Block): readonly string[] {
  switch (block.kind) {
    case 'lead':
      return [block.text];
    case 'points':
      return block.items.flatMap(pointText);
    case 'compare':
      return block.columns.flatMap((c) => [c.heading, ...c.items.flatMap(pointText)]);
    case 'timeline':
      return block.items.flatMap((i) => [i.when, i.what]);
    case 'figures':
      return block.items.flatMap((i) => [i.value, i.label]);
    case 'document':
      return [block.title, block.meta];
    case 'table':
      return [block.caption, ...block.head, ...block.rows.flat()];
    case 'chart':
    case 'map':
    case 'references':
      return [];
  }
}

/**
 * Speaking pace, in words a minute of a slide's planned time: every spoken slide lies between `min`
 * and `max` (validation stops the build outside the band); `target` is the pace the talk is written for.
 */
export const SPEAKING_RATE = { min: 120, target: 150, max: 150 } as const;

const ONES = 1; // "seven", "fifty-seven" (a hyphenated compound is said as one word)

/** Words in an integer read out in British English: 257,000 is "two hundred and fifty-seven thousand" (5). */
export function integerWords(n: number): number {
  if (!Number.isFinite(n) || n < 0) return 1;
  if (n < 100) return ONES;
  if (n < 1000) {
    const rest = n % 100;
    return 2 + (rest > 0 ? 1 + integerWords(rest) : 0); // "two hundred [and fifty-seven]"
  }
  // trillion, billion, million, thousand
  for (const size of [1e12, 1e9, 1e6, 1e3]) {
    if (n >= size) {
      const head = Math.floor(n / size);
      const rest = n % size;
      // "three thousand [and five]" / "three thousand [two hundred]"
      return integerWords(head) + 1 + (rest === 0 ? 0 : rest < 100 ? 1 + integerWords(rest) : integerWords(rest));
    }
  }
  return ONES;
}

/** Words in a year as said: 1995 "nineteen ninety-five" (2), 2005 "two thousand and five" (4), 2013 "twenty thirteen" (2). */
export function yearWords(y: number): number {
  if (y % 1000 === 0) return 2; // "two thousand"
  if (y > 2000 && y < 2010) return 4; // "two thousand and five"
  if (y % 100 === 0) return 2; // "nineteen hundred"
  return y % 100 < 10 ? 3 : 2; // "nineteen oh five" / "nineteen ninety-five"
}

/** Words in one number as written ("257,000", "5.79", "2013", "11th"), said as a speaker says it. */
function numeralWords(numeral: string, asYear: boolean): number {
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/i.exec(numeral);
  if (ordinal?.[1]) return integerWords(Number(ordinal[1]));
  const [whole = '', fraction] = numeral.replace(/,/g, '').split('.');
  const n = Number(whole);
  const head = asYear && /^\d{4}$/.test(whole) && n >= 1100 && n <= 2099 && fraction === undefined ? yearWords(n) : integerWords(n);
  return head + (fraction ? 1 + fraction.length : 0); // "five point seven nine"
}

/** Units written as symbols or abbreviations, and the words they are said as. */
const SAID_AS: readonly (readonly [RegExp, number])[] = [
  [/%/, 2], // "per cent"
  [/\$/, 1], // "dollars"
  [/\d(?:bn|m|k|km|ha)\b/i, 1], // "billion", "million", "thousand", "kilometres", "hectares"
];

/**
 * Words in one whitespace-separated token as it is said. A token without digits is one word (or
 * none, if it has no letter: a dash, the click marker). A token with numbers counts each number as
 * read aloud, years as years, plus the units it writes as symbols and "to" for a range (2004–2013).
 */
export function tokenWords(token: string): number {
  if (!/[\p{L}\p{N}]/u.test(token)) return 0;
  const numerals = token.match(/\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?/gi);
  if (!numerals) return 1;
  // A bare four-digit number is a year unless it carries a currency, a percentage or a unit.
  const asYear = !/[$%]|\d(?:bn|m|k|km|ha)\b/i.test(token);
  const letters = token.replace(/\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th|bn|km|ha|m|k)?/gi, '').match(/\p{L}+/gu) ?? [];
  const ranges = numerals.length - 1; // "2004–2013": "to"
  const units = SAID_AS.reduce((sum, [pattern, words]) => sum + (pattern.test(token) ? words : 0), 0);
  return numerals.reduce((sum, n) => sum + numeralWords(n.replace(/[.,]$/, ''), asYear), 0) + ranges + units + letters.length;
}

/**
 * Words as a speaker says them: whitespace-separated tokens, numbers counted as read aloud
 * ("257,000" is five words, "2013" two), the click marker not at all.
 */
export const wordCount = (text: string): number => text.split(/\s+/).reduce((sum, w) => sum + tokenWords(w), 0);

/** Words a minute for a script of `words` spoken in `seconds`. */
export const wordsPerMinute = (words: number, seconds: number): number => (seconds > 0 ? (words * 60) / seconds : Infinity);

/**
 * How a language's script is measured against its slide's time: what is counted and the band it
 * must lie in. English counts words as said (numbers read aloud); Russian counts written words
 * (tokens with a letter or digit); Chinese counts characters (each Han character, and each run of
 * Latin letters or digits as one). Each edition is held to its own band.
 */
export interface SpeechRule {
  /** What is counted, for messages ("words", "characters"). */
  readonly unit: string;
  /** The count as messages give it ("words as spoken"). */
  readonly counted: string;
  readonly min: number;
  readonly max: number;
  readonly count: (text: string) => number;
}

const writtenWords = (text: string): number => text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
const hanCharacters = (text: string): number =>
  (text.match(/\p{Script=Han}/gu)?.length ?? 0) + (text.match(/[A-Za-z0-9]+(?:[.,][0-9]+)*/g)?.length ?? 0);

export const SPEECH: Readonly<Record<'en' | 'ru' | 'zh', SpeechRule>> = {
  en: { unit: 'words', counted: 'words as spoken', min: SPEAKING_RATE.min, max: SPEAKING_RATE.max, count: wordCount },
  ru: { unit: 'words', counted: 'written words', min: 110, max: 130, count: writtenWords },
  zh: { unit: 'characters', counted: 'characters', min: 200, max: 260, count: hanCharacters },
};

/** The rule for a BCP 47 tag (`zh-Hans` → Chinese). */
export function speechFor(lang: string): SpeechRule {
  const base = primaryLanguage(lang);
  return base === 'ru' ? SPEECH.ru : base === 'zh' ? SPEECH.zh : SPEECH.en;
}
