/**
 * The one key map: every key the deck answers, in which views, what it does and the action it
 * runs. The `?` help (in every view), the README's key table (scripts/readme-keys.ts, held in
 * sync by tests/unit/keys.test.ts) and the bindings (reveal.js's `keyboard` option in the slide
 * view, the speaker window's and the reading view's own listeners) all come from here. Keys that
 * reveal.js handles itself are listed with `builtin` so that the help is complete.
 */
import type { RevealApi } from 'reveal.js';
import { esc } from '../base/html.ts';

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
  /** How the keys are written in the help and the README. */
  readonly keys: readonly string[];
  /** `KeyboardEvent.key` values that trigger it (case-insensitive for letters). */
  readonly match: readonly string[];
  readonly views: readonly KeyView[];
  readonly description: string;
  readonly action: DeckAction;
  /** reveal.js does it in the slide view (listed for the help; not bound again there). */
  readonly builtin?: true;
  /** With Ctrl (or ⌘) and Shift. */
  readonly ctrlShift?: true;
}

const ALL: readonly KeyView[] = ['slides', 'reading', 'speaker'];

export const KEY_MAP: readonly KeyEntry[] = [
  {
    keys: ['→', 'Space', 'PageDown', 'N'],
    match: ['ArrowRight', ' ', 'PageDown', 'n'],
    views: ['slides', 'speaker'],
    description: 'next build step or slide (clickers send PageDown/PageUp); in a blackout, brings the slide back',
    action: 'next',
    builtin: true,
  },
  {
    keys: ['←', 'PageUp', 'P'],
    match: ['ArrowLeft', 'PageUp', 'p'],
    views: ['slides', 'speaker'],
    description: 'previous build step or slide',
    action: 'prev',
    builtin: true,
  },
  { keys: ['PageDown', 'PageUp'], match: ['PageDown', 'PageUp'], views: ['reading'], description: 'next / previous slide', action: 'next' },
  { keys: ['Home'], match: ['Home'], views: ['slides', 'speaker'], description: 'first slide', action: 'first', builtin: true },
  { keys: ['End'], match: ['End'], views: ['slides', 'speaker'], description: 'last slide', action: 'last', builtin: true },
  {
    keys: ['1', '2', '…', 'Enter'],
    match: ['Enter'],
    views: ['slides'],
    description: 'type a slide number, then Enter: go to that slide',
    action: 'goto-number',
  },
  {
    keys: ['G'],
    match: ['g'],
    views: ['slides'],
    description: 'go to a slide by number or id (a field opens)',
    action: 'jump',
    builtin: true,
  },
  {
    keys: ['V'],
    match: ['v'],
    views: ['slides', 'speaker'],
    description: 'on the trade chart: switch between Belarusian and Chinese statistics (a build step, so the clicker does it too)',
    action: 'switch-view',
  },
  {
    keys: ['B', '.'],
    match: ['b', '.'],
    views: ['slides', 'speaker'],
    description: 'blackout (pause); again, or next, to come back',
    action: 'blackout',
    builtin: true,
  },
  {
    keys: ['S'],
    match: ['s'],
    views: ['slides'],
    description: 'speaker view in a new window: current and next step, the script with its clicks, clocks',
    action: 'speaker',
  },
  { keys: ['F'], match: ['f'], views: ['slides'], description: 'fullscreen', action: 'fullscreen', builtin: true },
  { keys: ['O'], match: ['o'], views: ['slides'], description: 'overview of all slides', action: 'overview', builtin: true },
  { keys: ['Esc'], match: ['Escape'], views: ALL, description: 'close the open dialog, the overview or the help', action: 'escape' },
  {
    keys: ['C'],
    match: ['c'],
    views: ['slides', 'reading'],
    description: 'contents: the sections and their numbered slides',
    action: 'contents',
  },
  {
    keys: ['R'],
    match: ['r'],
    views: ['slides', 'reading'],
    description: 'reading view (the talk as a page) / back to slides',
    action: 'reading',
  },
  { keys: ['T'], match: ['t'], views: ['slides'], description: 'on a chart slide: show or hide the chart’s data table', action: 'table' },
  {
    keys: ['W'],
    match: ['w'],
    views: ['slides', 'speaker'],
    description: 'rehearsal: a timed run from slide 1 (asks first unless on slide 1 without the speaker view) / end it and open the report',
    action: 'rehearse',
  },
  { keys: ['K'], match: ['k'], views: ['speaker'], description: 'start or pause the speaker view’s clock', action: 'clock-toggle' },
  { keys: ['X'], match: ['x'], views: ['speaker'], description: 'reset the speaker view’s clock', action: 'clock-reset' },
  { keys: ['↓', '↑'], match: ['ArrowDown', 'ArrowUp'], views: ['speaker'], description: 'scroll the notes', action: 'notes-down' },
  { keys: ['+', '−'], match: ['+', '=', '-'], views: ['speaker'], description: 'larger / smaller notes', action: 'notes-bigger' },
  {
    keys: ['Ctrl', 'Shift', 'F'],
    match: ['f'],
    ctrlShift: true,
    views: ['slides', 'reading'],
    description: 'search the talk: the slides, the narration and the footnotes',
    action: 'search',
  },
  { keys: ['?'], match: ['?'], views: ALL, description: 'these keys', action: 'help' },
];

/** The entries a view lists. */
export const keysFor = (view: KeyView): KeyEntry[] => KEY_MAP.filter((k) => k.views.includes(view));

const keyLabel = (entry: KeyEntry): string[] => (entry.ctrlShift ? [entry.keys.join('+')] : [...entry.keys]);

/** The `?` help's table for one view (HTML). */
export function helpTable(view: KeyView): string {
  const rows = keysFor(view)
    .map(
      (k) =>
        `<tr><th scope="row">${keyLabel(k)
          .map((key) => `<kbd>${esc(key)}</kbd>`)
          .join(' ')}</th><td>${esc(k.description)}</td></tr>`,
    )
    .join('');
  return `<table class="keys-table"><thead><tr><th scope="col">Key</th><th scope="col">Does</th></tr></thead><tbody>${rows}</tbody></table>`;
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
      indicator.textContent = `Go to slide ${typed} — Enter`;
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
