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
  /** The speaker view's cue on a continuation page of the references ({from}, {to}, {n}). */
  readonly referencesContinued: string;
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

/** Every message that is missing or blank, by key, against the English catalogue's keys. Pure. */
export function missingMessages(english: Messages, edition: Partial<Record<keyof Messages, unknown>>): string[] {
  return (Object.keys(english) as (keyof Messages)[]).filter((key) => {
    const value = edition[key];
    if (typeof value === 'string') return value.trim() === '';
    return !(typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string');
  });
}

/** What a renderer needs to write in an edition's language: its tag (for `Intl`) and its words. */
export interface Locale {
  readonly lang: string;
  readonly messages: Messages;
}
