/**
 * The one key map: every key the deck answers, in which views, what it does and the action it
 * runs. The `?` help (in every view), the README's key table (scripts/readme-keys.ts, held in
 * sync by tests/unit/keys.test.ts) and the bindings (reveal.js's `keyboard` option in the slide
 * view, the speaker window's and the reading view's own listeners) all come from here. Keys that
 * reveal.js handles itself are listed with `builtin` so that the help is complete.
 */
import type { RevealApi } from 'reveal.js';
import type { KeyId, KeyWords } from '../model/messages.ts';
export { KEY_IDS, type KeyId } from '../model/messages.ts';
import { esc } from '../base/html.ts';
import { ENGLISH_KEY_WORDS } from '../model/english-key-words.ts';
export { ENGLISH_KEY_WORDS } from '../model/english-key-words.ts';

export type KeyView = 'slides' | 'reading' | 'speaker';

export type DeckAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'blackout'
  | 'switch-view'
  | 'rehearse'
  | 'reading'
  | 'contents'
  | 'table'
  | 'speaker'
  | 'goto-number'
  | 'help'
  | 'search'
  | 'overview'
  | 'escape'
  | 'fullscreen'
  | 'jump'
  | 'clock-toggle'
  | 'clock-reset'
  | 'notes-down'
  | 'notes-up'
  | 'notes-bigger'
  | 'notes-smaller';

export interface KeyEntry {
  readonly id: KeyId;
  /** How the keys are written in the help and the README. */
  readonly keys: readonly string[];
  /** `KeyboardEvent.key` values that trigger it (case-insensitive for letters). */
  readonly match: readonly string[];
  readonly views: readonly KeyView[];
  /** In English: the README's words, and the English edition's (each edition's are in its catalogue, by id). */
  readonly description: string;
  readonly action: DeckAction;
  /** reveal.js does it in the slide view (listed for the help; not bound again there). */
  readonly builtin?: true;
  /** With Ctrl (or ⌘) and Shift. */
  readonly ctrlShift?: true;
}

const ALL: readonly KeyView[] = ['slides', 'reading', 'speaker'];

const ENTRIES: readonly Omit<KeyEntry, 'description'>[] = [
  {
    keys: ['→', 'Space', 'PageDown', 'N'],
    match: ['ArrowRight', ' ', 'PageDown', 'n'],
    views: ['slides', 'speaker'],
    id: 'next',
    action: 'next',
    builtin: true,
  },
  {
    keys: ['←', 'PageUp', 'P'],
    match: ['ArrowLeft', 'PageUp', 'p'],
    views: ['slides', 'speaker'],
    id: 'prev',
    action: 'prev',
    builtin: true,
  },
  {
    keys: ['PageDown', 'PageUp'],
    match: ['PageDown', 'PageUp'],
    views: ['reading'],
    id: 'reading-pages',
    action: 'next',
  },
  {
    keys: ['Home'],
    match: ['Home'],
    views: ['slides', 'speaker'],
    id: 'first',
    action: 'first',
    builtin: true,
  },
  { keys: ['End'], match: ['End'], views: ['slides', 'speaker'], id: 'last', action: 'last', builtin: true },
  {
    keys: ['1', '2', '…', 'Enter'],
    match: ['Enter'],
    views: ['slides'],
    id: 'goto-number',
    action: 'goto-number',
  },
  {
    keys: ['G'],
    match: ['g'],
    views: ['slides'],
    id: 'jump',
    action: 'jump',
    builtin: true,
  },
  {
    keys: ['V'],
    match: ['v'],
    views: ['slides', 'speaker'],
    id: 'switch-view',
    action: 'switch-view',
  },
  {
    keys: ['B', '.'],
    match: ['b', '.'],
    views: ['slides', 'speaker'],
    id: 'blackout',
    action: 'blackout',
    builtin: true,
  },
  {
    keys: ['S'],
    match: ['s'],
    views: ['slides'],
    id: 'speaker',
    action: 'speaker',
  },
  { keys: ['F'], match: ['f'], views: ['slides'], id: 'fullscreen', action: 'fullscreen', builtin: true },
  {
    keys: ['O'],
    match: ['o'],
    views: ['slides'],
    id: 'overview',
    action: 'overview',
    builtin: true,
  },
  {
    keys: ['Esc'],
    match: ['Escape'],
    views: ALL,
    id: 'escape',
    action: 'escape',
  },
  {
    keys: ['C'],
    match: ['c'],
    views: ['slides', 'reading'],
    id: 'contents',
    action: 'contents',
  },
  {
    keys: ['R'],
    match: ['r'],
    views: ['slides', 'reading'],
    id: 'reading',
    action: 'reading',
  },
  {
    keys: ['T'],
    match: ['t'],
    views: ['slides'],
    id: 'table',
    action: 'table',
  },
  {
    keys: ['W'],
    match: ['w'],
    views: ['slides', 'speaker'],
    id: 'rehearse',
    action: 'rehearse',
  },
  {
    keys: ['K'],
    match: ['k'],
    views: ['speaker'],
    id: 'clock-toggle',
    action: 'clock-toggle',
  },
  {
    keys: ['X'],
    match: ['x'],
    views: ['speaker'],
    id: 'clock-reset',
    action: 'clock-reset',
  },
  {
    keys: ['↓', '↑'],
    match: ['ArrowDown', 'ArrowUp'],
    views: ['speaker'],
    id: 'notes-scroll',
    action: 'notes-down',
  },
  {
    keys: ['+', '−'],
    match: ['+', '=', '-'],
    views: ['speaker'],
    id: 'notes-size',
    action: 'notes-bigger',
  },
  {
    keys: ['Ctrl', 'Shift', 'F'],
    match: ['f'],
    ctrlShift: true,
    views: ['slides', 'reading'],
    id: 'search',
    action: 'search',
  },
  { keys: ['?'], match: ['?'], views: ALL, id: 'help', action: 'help' },
];

/** Every key with its description: the English words (src/model/english-key-words.ts, the English catalogue's too). */
export const KEY_MAP: readonly KeyEntry[] = ENTRIES.map((entry) => ({ ...entry, description: ENGLISH_KEY_WORDS.descriptions[entry.id] }));

/** The entries a view lists. */
export const keysFor = (view: KeyView): KeyEntry[] => KEY_MAP.filter((k) => k.views.includes(view));

const keyLabel = (entry: KeyEntry): string[] => (entry.ctrlShift ? [entry.keys.join('+')] : [...entry.keys]);

/** The `?` help's table for one view (HTML), in the page's words (English without them). */
export function helpTable(view: KeyView, words: KeyWords = ENGLISH_KEY_WORDS): string {
  const rows = keysFor(view)
    .map(
      (k) =>
        `<tr><th scope="row">${keyLabel(k)
          .map((key) => `<kbd>${esc(key)}</kbd>`)
          .join(' ')}</th><td>${esc(words.descriptions[k.id])}</td></tr>`,
    )
    .join('');
  return `<table class="keys-table"><thead><tr><th scope="col">${esc(words.key)}</th><th scope="col">${esc(words.does)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const VIEW_NAMES: Record<KeyView, string> = { slides: 'slides', reading: 'reading', speaker: 'speaker view' };

/** The README's table (Markdown), every key with the views it works in. */
export function readmeTable(): string {
  const rows = KEY_MAP.map((k) => [
    keyLabel(k)
      .map((key) => `\`${key}\``)
      .join(' '),
    k.views.map((v) => VIEW_NAMES[v]).join(', '),
    k.description.replace(/\|/g, '\\|'),
  ]);
  const head = ['Key', 'Where', 'Does'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The entry a key press asks for in a view (none for a field, a dialog, or a modifier the entry does not take). */
export function entryFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  view: KeyView,
): KeyEntry | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return keysFor(view).find((k) => {
    if (k.ctrlShift) return ctrl && event.shiftKey && k.match.includes(key);
    if (ctrl || event.altKey) return false;
    return k.match.includes(key);
  });
}

/** Whether a key press belongs to a field or a dialog rather than to the deck. */
export function inField(event: Event): boolean {
  const target = event.target instanceof Element ? event.target : null;
  return target?.closest('input, textarea, select, [contenteditable], dialog') != null;
}

export interface DeckKeyOptions {
  readonly run: (action: DeckAction) => void;
  /** Goes to the slide with this label ("12"); false when there is none. */
  readonly goToLabel: (label: string) => boolean;
  /** The typed number's line, "Go to slide {n} — Enter", in the page's language. */
  readonly goTo?: string;
}

/** The slide view's key handling: the condition for reveal.js, and how to remove what it added. */
export interface DeckKeys {
  readonly condition: (event: KeyboardEvent) => boolean;
  readonly unbind: () => void;
}

/**
 * The slide view's keys: the map's own entries through reveal.js's `keyboardCondition` (public
 * option, asked before reveal.js acts on any key), which also lets "next" end a blackout and
 * collects a typed slide number. reveal.js keeps its built-in keys. The caller puts `condition`
 * in the deck's configuration before `initialize()`: a `configure()` afterwards makes reveal.js lay
 * out and sync the whole deck again at start-up.
 */
export function bindDeckKeys(deck: RevealApi, options: DeckKeyOptions): DeckKeys {
  let typed = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const indicator = document.createElement('div');
  indicator.className = 'slide-jump';
  indicator.setAttribute('aria-live', 'polite');
  indicator.hidden = true;
  document.body.append(indicator);
  const clearTyped = (): void => {
    typed = '';
    indicator.hidden = true;
    clearTimeout(timer);
  };

  const condition = (event: KeyboardEvent): boolean => {
    if (event.defaultPrevented || inField(event)) return false;
    if (!event.ctrlKey && !event.metaKey && !event.altKey && /^\d$/.test(event.key)) {
      typed = (typed + event.key).slice(-3);
      indicator.textContent = (options.goTo ?? ENGLISH_KEY_WORDS.goTo).replace('{n}', typed);
      indicator.hidden = false;
      clearTimeout(timer);
      timer = setTimeout(clearTyped, 3000);
      return false;
    }
    const entry = entryFor(event, 'slides');
    // Enter with no number typed is the focused control's (a button in the deck bar).
    if (!typed && entry?.action === 'goto-number') return true;
    if (typed && entry?.action === 'goto-number') {
      event.preventDefault();
      const label = typed;
      clearTyped();
      options.goToLabel(label);
      return false;
    }
    if (typed && event.key === 'Escape') {
      clearTyped();
      return false;
    }
    if (!entry) return true;
    // In a blackout the clicker's next/previous brings the slide back rather than being ignored.
    if ((entry.action === 'next' || entry.action === 'prev') && deck.isPaused()) {
      event.preventDefault();
      options.run(entry.action);
      return false;
    }
    if (entry.action === 'escape') {
      // Esc never opens the overview (in a real browser it first leaves fullscreen): it only closes it.
      if (deck.isOverview()) deck.toggleOverview(false);
      return false;
    }
    if (entry.builtin || entry.action === 'search') return true;
    event.preventDefault();
    options.run(entry.action);
    return false;
  };
  return {
    condition,
    unbind: () => {
      clearTyped();
      indicator.remove();
    },
  };
}
