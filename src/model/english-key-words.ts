/**
 * The key help's words in English: the key map's descriptions (src/app/keys.ts, the README's key
 * table) and the help's headings. The English catalogue (slides/interface.ts) takes them from here,
 * so each is written once; the rehearsal's are in english-rehearsal-words.ts, apart, so that the
 * first script (which holds the key map) does not carry them. Pure.
 */
import type { KeyId, KeyWords } from './messages.ts';

export const ENGLISH_KEY_WORDS = {
  key: 'Key',
  does: 'Does',
  goTo: 'Go to slide {n} — Enter',
  descriptions: {
    next: 'next build step or slide (clickers send PageDown/PageUp); in a blackout, brings the slide back',
    prev: 'previous build step or slide',
    'reading-pages': 'next / previous slide',
    first: 'first slide',
    last: 'last slide',
    'goto-number': 'type a slide number, then Enter: go to that slide',
    jump: 'go to a slide by number or id (a field opens)',
    'switch-view': 'on the trade chart: switch between Belarusian and Chinese statistics (a build step, so the clicker does it too)',
    blackout: 'blackout (pause); again, or next, to come back',
    speaker: 'speaker view in a new window: current and next step, the script with its clicks, clocks',
    fullscreen: 'fullscreen',
    overview: 'overview of all slides',
    escape: 'close the open dialog, the overview or the help',
    contents: 'contents: the sections and their numbered slides',
    reading: 'reading view (the talk as a page) / back to slides',
    table: 'on a chart slide: show or hide the chart’s data table',
    rehearse: 'rehearsal: a timed run from slide 1 (asks first unless on slide 1 without the speaker view) / end it and open the report',
    'clock-toggle': 'start or pause the speaker view’s clock',
    'clock-reset': 'reset the speaker view’s clock',
    'notes-scroll': 'scroll the notes',
    'notes-size': 'larger / smaller notes',
    search: 'search the talk: the slides, the narration and the footnotes',
    help: 'these keys',
  } satisfies Record<KeyId, string>,
} as const satisfies KeyWords;
