/**
 * The language of passages in another script: the deck is English, but quotes a Russian title, a
 * Chinese title and a Japanese date. A screen reader needs `lang` to read them in the right voice,
 * and a PDF or PowerPoint run needs it too, so the rule lives here, once, for every renderer. Pure.
 *
 * A run of Cyrillic is Russian unless it has a letter only Belarusian uses (ў, і); a run of Han
 * characters is Chinese unless it holds kana, which only Japanese writes. Spaces and punctuation
 * between two letters of one script stay in the run ("стратегического партнерства").
 */

/** A BCP 47 tag's language, lower-cased: `zh-Hans` → `zh`, `ru-RU` → `ru`. Pure. */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

export interface LangRun {
  readonly text: string;
  /** BCP 47 tag for a passage in another language; absent for the document's own. */
  readonly lang?: 'ru' | 'be' | 'zh' | 'ja';
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A run: letters of one script, with the spaces, digits and punctuation between them. */
const RUNS =
  /\p{Script=Cyrillic}(?:[\p{Script=Cyrillic}\s\p{P}\d]*\p{Script=Cyrillic})?|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\d](?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{P}\d]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])?/gu;

function langOf(run: string): LangRun['lang'] {
  if (CYRILLIC.test(run)) return /[ўЎіІ]/.test(run) ? 'be' : 'ru';
  if (HAN_OR_KANA.test(run)) return KANA.test(run) ? 'ja' : 'zh';
  return undefined;
}

/** The text split into runs, each in another language marked with its tag. */
export function langRuns(text: string): LangRun[] {
  const runs: LangRun[] = [];
  let at = 0;
  for (const match of text.matchAll(RUNS)) {
    const lang = langOf(match[0]);
    // Digits alone ("2022") are no language.
    if (!lang) continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[0], lang });
    at = match.index + match[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at) });
  return runs;
}
