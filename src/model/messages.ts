/**
 * The interface's words: a typed catalogue each edition fills in its language (English in
 * `slides/interface.ts`, the others in `editions/<lang>/interface.ts`). Renderers take words from
 * the resolved deck's catalogue and numbers and plurals from `Intl` in the deck's language; no
 * renderer writes an English word of its own. Pure.
 *
 * A message is a string with `{name}` slots, or, where a count changes the words, one string per
 * plural category of the language (`Intl.PluralRules`: English needs `one` and `other`, Russian
 * `one`, `few`, `many` and `other`, Chinese `other` alone).
 */

export type Plural = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

export interface Messages {
  /** The deck bar's landmark name. */
  readonly barLabel: string;
  readonly contents: string;
  readonly contentsHint: string;
  readonly readingView: string;
  readonly slidesView: string;
  readonly viewHint: string;
  readonly search: string;
  readonly searchHint: string;
  readonly cite: string;
  readonly citeHint: string;
  readonly close: string;
  /** The contents dialog's list of sections and slides. */
  readonly contentsNav: string;
  /** The language switch: its name, and each link's description (`{language}`). */
  readonly languages: string;
  readonly languageLink: string;
  readonly notesOnSources: string;
  /** PowerPoint's notes pane: the marks before what is not spoken, "[Cue] …" and "[Time] …". */
  readonly notesCue: string;
  readonly notesTime: string;
  /** The label of a source line: one source, several. */
  readonly sourcesLabel: Plural;
  /** "and 3 more in the references" ({n}). */
  readonly moreInReferences: Plural;
  readonly slide: string;
  readonly appendix: string;
  /** "about 1 min 35 s" ({duration}). */
  readonly about: string;
  /** The speaker view's timing line: "About 1 min 35 s" ({duration}). */
  readonly timing: string;
  readonly minutes: string;
  readonly seconds: string;
  /** "the talk in about 14 minutes" ({n}). */
  readonly talkInMinutes: Plural;
  /** The mark on content published after the talk. */
  readonly sinceTheTalk: string;
  /** The same mark opening a footnote. */
  readonly sinceTheTalkNote: string;
  readonly translatorNote: string;
  readonly derived: string;
  /** A table cell with no figure in the source (read by screen readers). */
  readonly noFigure: string;
  readonly downloadCsv: string;
  readonly data: string;
  readonly dataHint: string;
  /** "The data behind the chart: 2 tables and a CSV file" ({n}). */
  readonly dataBehindChart: Plural;
  /** "Data tables: {title}". */
  readonly dataTables: string;
  readonly openMap: string;
  /** "Speaker notes: {title}". */
  readonly speakerNotes: string;
  /** The script's length in the speaker view ({n}, in the edition's unit: words or characters). */
  readonly spokenCount: Plural;
  readonly click: string;
  readonly deckLinkLabel: string;
  readonly citeTitle: string;
  readonly citeNote: string;
  /**
   * The two citation styles, their names and their forms in the edition's language (src/render/cite.ts):
   * {title}, {year}, {conference}.
   */
  readonly citeApaName: string;
  readonly citeApa: string;
  readonly citeChicagoName: string;
  readonly citeChicago: string;
  /** The speaker view's cue on a continuation page of the references ({from}, {to}, {n}). */
  readonly referencesContinued: string;
  /** A title shared by several pages (the references), with the page's place: "References (2/11)" ({title}, {page}, {pages}). */
  readonly pageOf: string;
  /**
   * Offered to a reader of another edition whose browser prefers this language, in this language:
   * "This talk is also in English", the link, and the refusal.
   */
  readonly offer: string;
  readonly offerRead: string;
  readonly offerDismiss: string;
  /** Between the sources of a list ("; ", Chinese "；"). */
  readonly listSeparator: string;
  /** After a label ("Sources: ", Chinese "资料来源："). */
  readonly labelSeparator: string;
  /** A reference's punctuation: between its parts, at its end, and around the deck's description of a titled source. */
  readonly comma: string;
  readonly fullStop: string;
  readonly openParen: string;
  readonly closeParen: string;
  /** The exported files' subject ({event}, {description}): the slides, and the handout. */
  readonly slidesSubject: string;
  readonly handoutSubject: string;
  /** Search (a dialog the browser makes): its title, the field's hint, and how many slides match ({n}; `none` for 0). */
  readonly searchTitle: string;
  readonly searchPlaceholder: string;
  readonly searchResults: Plural;
  readonly searchNone: string;
  readonly keysTitle: string;
  /** The full-screen map: its buttons and its scrolling area. */
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly mapPan: string;
  /** Following the speaker (a follower's status line and its control), and the room's QR label. */
  readonly liveConnecting: string;
  readonly liveReconnecting: string;
  readonly liveFollowing: string;
  readonly livePaused: string;
  readonly liveBrowsing: string;
  readonly liveBack: string;
  readonly liveFollowLink: string;
  /** "Slide 12" and "Appendix A3": a slide named by its label ({label}), as the handout's line under it says. */
  readonly slideNumber: string;
  readonly appendixNumber: string;
  /** The handout's heading over each slide's script. */
  readonly handoutNotes: string;
  /** reveal.js's arrows (their landmark's name). */
  readonly slideControls: string;
  /** The Cite dialog's Copy buttons (added by the browser): the button, its name ({style}: APA, Chicago), done, refused. */
  readonly citeCopy: string;
  readonly citeCopyLabel: string;
  readonly citeCopied: string;
  readonly citeCopyFailed: string;
  /** The speaker view, and the presenter's own status while presenting live. */
  readonly speaker: SpeakerWords;
  /** The key help (the one key map, src/app/keys.ts). */
  readonly keys: KeyWords;
  /** Rehearsal: asking to start, the status line while recording, the report. */
  readonly rehearsal: RehearsalWords;
}

/** The speaker view's words (src/app/speaker-window.ts). Clocks (`{slot}`, `{left}`…) come written as m:ss. */
export interface SpeakerWords {
  /** The window's title ({title}: the deck's). */
  readonly windowTitle: string;
  /** The presenting window's note when the browser blocks the speaker view's window. */
  readonly blocked: string;
  readonly waiting: string;
  /** The clocks' names, and the clock's buttons. */
  readonly talkClock: string;
  readonly slideClock: string;
  readonly start: string;
  readonly pause: string;
  readonly resume: string;
  readonly reset: string;
  /** The two previews: heading, region name, frame title. */
  readonly now: string;
  readonly nowRegion: string;
  readonly nowFrame: string;
  readonly next: string;
  readonly nextRegion: string;
  readonly nextFrame: string;
  readonly end: string;
  readonly script: string;
  /** "Slide 12 / 25" ({label}, {n}), "Step 2 of 6" ({step}, {n}). */
  readonly slideOf: string;
  readonly stepOf: string;
  readonly blackout: string;
  readonly rehearsing: string;
  /** The talk against its slot: "of 15:00 · 3:00 left" ({slot}, {left}), "0:40 over the 15:00 slot" ({over}, {slot}). */
  readonly slotLeft: string;
  readonly slotOver: string;
  /** The slide's clock against its plan: "of 1:35" ({planned}). */
  readonly plannedOf: string;
  /** Between the parts of a status line (" · "). */
  readonly separator: string;
  /** The keys line at the foot: what each key does, in a word or two. */
  readonly footer: {
    readonly next: string;
    readonly back: string;
    readonly statistics: string;
    readonly blackout: string;
    readonly clock: string;
    readonly reset: string;
    readonly scroll: string;
    readonly size: string;
    readonly rehearse: string;
    readonly allKeys: string;
  };
  /** Presenting live: the status, with followers ({n}), where they join ({address}), and the server's refusals ({detail}). */
  readonly live: string;
  readonly liveFollowers: Plural;
  readonly liveJoinAt: string;
  readonly liveUnreachable: string;
  readonly liveRefused: string;
  readonly liveTokenRefused: string;
}

/** The key map's entries by a stable name (src/app/keys.ts): the catalogue keeps each key's description by it. */
export const KEY_IDS = [
  'next',
  'prev',
  'reading-pages',
  'first',
  'last',
  'goto-number',
  'jump',
  'switch-view',
  'blackout',
  'speaker',
  'fullscreen',
  'overview',
  'escape',
  'contents',
  'reading',
  'table',
  'rehearse',
  'clock-toggle',
  'clock-reset',
  'notes-scroll',
  'notes-size',
  'search',
  'help',
] as const;

export type KeyId = (typeof KEY_IDS)[number];

/** The key help's words: its columns, the typed slide number's line ({n}), and each key's description by id. */
export interface KeyWords {
  readonly key: string;
  readonly does: string;
  readonly goTo: string;
  readonly descriptions: Readonly<Record<KeyId, string>>;
}

/** The rehearsal's words (src/rehearsal). Counts are plurals; `{slot}`, `{delta}`… come written as m:ss. */
export interface RehearsalWords {
  /** Asking before a run that moves the room to slide 1: in the slide view, and in the speaker view. */
  readonly askTitle: string;
  readonly askDeck: string;
  readonly askSpeaker: string;
  readonly askStart: string;
  readonly askCancel: string;
  /** The status line while recording: "Rehearsing", "W ends the run" ({key}). */
  readonly recording: string;
  readonly endsHint: string;
  readonly paused: string;
  /** "slide 4/25" ({label}, {n}), "slide A2" ({label}), "0:40 of 1:35" ({time}, {planned}), "total 3:10" ({total}). */
  readonly statusSlide: string;
  readonly statusAppendix: string;
  readonly statusOf: string;
  readonly statusTotal: string;
  /** The report dialog. */
  readonly reportTitle: string;
  readonly includeAbandoned: string;
  readonly pacing: string;
  readonly pacingHint: string;
  readonly downloadCsv: string;
  readonly print: string;
  readonly clear: string;
  readonly clearAsk: Plural;
  readonly clearYes: string;
  readonly clearNo: string;
  /** "No rehearsal yet…" ({key}: the W key). */
  readonly empty: string;
  readonly complete: string;
  readonly abandoned: string;
  readonly running: string;
  readonly notShown: string;
  readonly long: string;
  readonly slot: string;
  readonly planned: string;
  readonly latestRun: string;
  readonly noneYet: string;
  /** "abandoned before the last slide" ({status}). */
  readonly beforeLast: string;
  readonly medianComplete: Plural;
  readonly medianEnded: Plural;
  readonly exactlySlot: string;
  /** "13:45 under the 15:00 slot" ({delta}, {slot}). */
  readonly overSlot: string;
  readonly underSlot: string;
  readonly total: string;
  readonly runs: string;
  /** The chart: its name, the slides that ran long ({n}), and each bar's title ({n}: slide, {s}: seconds). */
  readonly chartLabel: string;
  readonly chartLong: Plural;
  readonly chartPlanned: string;
  readonly chartLatest: string;
  readonly chartMedian: string;
  /** The legend ({percent}), the table's caption ({percent}) and its columns. */
  readonly legendPlanned: string;
  readonly legendLatest: string;
  readonly legendLong: string;
  readonly legendMedian: string;
  readonly caption: string;
  readonly columnNumber: string;
  readonly columnSlide: string;
  readonly columnPlanned: string;
  readonly columnLatest: string;
  readonly columnDelta: string;
  readonly columnMedian: string;
}

/** The words the browser's own dialogs use: written into the page as JSON, read by src/app/words.ts. */
export const APP_WORDS = [
  'close',
  'searchTitle',
  'searchPlaceholder',
  'searchResults',
  'searchNone',
  'keysTitle',
  'zoomIn',
  'zoomOut',
  'mapPan',
  'liveConnecting',
  'liveReconnecting',
  'liveFollowing',
  'livePaused',
  'liveBrowsing',
  'liveBack',
  'liveFollowLink',
  'seconds',
  'slideNumber',
  'appendixNumber',
  'handoutNotes',
  'slideControls',
  'listSeparator',
  'citeCopy',
  'citeCopyLabel',
  'citeCopied',
  'citeCopyFailed',
  'speaker',
  'keys',
  'rehearsal',
] as const;

export type AppWords = Pick<Messages, (typeof APP_WORDS)[number]>;

/** The catalogue an edition writes. */
export const defineMessages = (messages: Messages): Messages => messages;

/** A message with its `{name}` slots filled. */
export function fill(message: string, values: Readonly<Record<string, string | number>> = {}): string {
  return message.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** The plural form for `n` in `lang`, with `{n}` written by `Intl.NumberFormat` and other slots filled. */
export function plural(lang: string, message: Plural, n: number, values: Readonly<Record<string, string | number>> = {}): string {
  const form = message[new Intl.PluralRules(lang).select(n)] ?? message.other;
  return fill(form, { n: new Intl.NumberFormat(lang).format(n), ...values });
}

const PLURAL_FORMS: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A plural message (every key a plural category, `other` among them) rather than a group of messages. */
const isPlural = (value: object): boolean =>
  typeof (value as { other?: unknown }).other === 'string' && Object.keys(value).every((k) => PLURAL_FORMS.has(k));

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

/**
 * Every message that is missing or blank, by key (a group's as `speaker.start`), against the English
 * catalogue's keys; with `lang`, also every plural that lacks a form the language uses for whole
 * numbers (`keys.clearAsk (few)`: Russian needs one, few and many). Pure.
 */
export function missingMessages(english: Messages, edition: unknown, lang?: string): string[] {
  const forms = lang === undefined ? [] : wholeNumberForms(lang);
  const walk = (model: Readonly<Record<string, unknown>>, given: unknown, prefix: string): string[] =>
    Object.entries(model).flatMap(([key, expected]) => {
      const name = `${prefix}${key}`;
      const value = isRecord(given) ? given[key] : undefined;
      if (typeof expected === 'string') return typeof value === 'string' && value.trim() !== '' ? [] : [name];
      if (!isRecord(expected)) return [name];
      if (isPlural(expected)) {
        if (!isRecord(value) || !isPlural(value)) return [name];
        const blank = Object.values(value).some((form) => typeof form !== 'string' || form.trim() === '');
        return [...(blank ? [name] : []), ...forms.filter((form) => !(form in value)).map((form) => `${name} (${form})`)];
      }
      return walk(expected, value, `${name}.`);
    });
  return walk(english as unknown as Readonly<Record<string, unknown>>, edition, '');
}

/** The plural categories a language uses for whole numbers (0…200 cover every rule's cycle). */
function wholeNumberForms(lang: string): string[] {
  const rules = new Intl.PluralRules(lang);
  return [...new Set(Array.from({ length: 201 }, (_, n) => rules.select(n)))];
}

/** What a renderer needs to write in an edition's language: its tag (for `Intl`) and its words. */
export interface Locale {
  readonly lang: string;
  readonly messages: Messages;
}
