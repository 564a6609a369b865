/**
 * The rehearsal's words in English: the English catalogue's `rehearsal` group (slides/interface.ts
 * takes it from here), and what the pure renderers write when no page hands them its words (so the
 * browser's chunk never carries the whole English catalogue).
 */
import type { Messages } from '../model/messages.ts';
import { ENGLISH_REHEARSAL_WORDS } from '../model/english-rehearsal-words.ts';

export { ENGLISH_REHEARSAL_WORDS } from '../model/english-rehearsal-words.ts';

/** The report's language and words: the page's in the browser (src/rehearsal/index.ts), English by default. */
export interface ReportLocale {
  readonly lang: string;
  readonly words: Pick<Messages, 'rehearsal' | 'seconds' | 'listSeparator' | 'close'>;
}

/** English, as the English catalogue has it (tests/unit/messages.test.ts holds the two together). */
export const ENGLISH_REPORT: ReportLocale = {
  lang: 'en',
  words: { rehearsal: ENGLISH_REHEARSAL_WORDS, seconds: '{n} s', listSeparator: '; ', close: 'Close' },
};
