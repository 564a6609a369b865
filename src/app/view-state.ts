/**
 * The one owner of the view state: which view the deck is in (slides, reading, print) and which
 * slide the reader is at. It parses the address once, is the only writer of `html[data-view]` and
 * of the view in the address, and offers a typed subscription; the views report the place to it.
 *
 * The first view is decided before the page is painted, by src/boot/initial-view.ts (which the
 * build inlines into the page's head), so the page never shows the wrong view.
 *
 * Addresses: the slide view writes `#/slide-id` (reveal.js's own form); the reading view writes
 * `?view=scroll#slide-id`, a native anchor. Either form, and an old slide id (an alias), lands on
 * the slide in either view.
 */

import { initialView, NARROW_WIDTH, type View } from '../boot/initial-view.ts';

export { initialView, NARROW_WIDTH, type View } from '../boot/initial-view.ts';

/** The slide an address names: `#/id`, `#/id/1/2` (reveal.js with a fragment) or `#id`. Pure. */
export function placeFromHash(hash: string): string | null {
  const match = /^#\/?([^/?#]+)/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** The address for a view and a place, keeping every other query parameter. Pure. */
export function urlFor(href: string, view: View, place: string | null, narrowDefault: boolean): string {
  const url = new URL(href);
  if (view === 'reading') url.searchParams.set('view', 'scroll');
  else if (view === 'slides' && narrowDefault) url.searchParams.set('view', 'slides');
  else if (view === 'slides') url.searchParams.delete('view');
  url.hash = place === null ? '' : view === 'reading' ? `#${encodeURIComponent(place)}` : `#/${encodeURIComponent(place)}`;
  return url.toString();
}

/** A view on screen; `leave()` takes it off the page again. */
export interface ViewHandle {
  leave(): void;
}

export interface ViewChange {
  readonly view: View;
  readonly previous: View | null;
  readonly place: string | null;
}

export interface ViewState {
  readonly view: View;
  /** The slide the reader is at (null: the start). */
  readonly place: string | null;
  /** Whether this screen gets the reading view by default. */
  readonly narrowDefault: boolean;
  /** Called with every change of view (and once at once with the current one). */
  subscribe(listener: (change: ViewChange) => void): () => void;
  /** Switches view, keeping the place. */
  setView(view: View): void;
  /** The views report the place as the reader moves (never a history entry). */
  setPlace(place: string | null): void;
  /** Goes to a slide as a link does: a history entry, in the view on screen. */
  goTo(place: string): void;
}

export interface ViewStateOptions {
  /** The id a slide has now, for an id or an alias; null when no slide has it. */
  readonly resolve: (id: string) => string | null;
  readonly window?: Window;
}

export function createViewState(options: ViewStateOptions): ViewState {
  const win = options.window ?? window;
  const root = win.document.documentElement;
  const narrowDefault = win.innerWidth <= NARROW_WIDTH;
  // The head's boot script has already decided; without it (tests, embeds), decide now.
  const booted = root.dataset.view;
  let view: View =
    booted === 'slides' || booted === 'reading' || booted === 'print' ? booted : initialView(win.location.search, win.innerWidth);
  const asked = placeFromHash(win.location.hash);
  let place: string | null = asked === null ? null : options.resolve(asked);
  const listeners = new Set<(change: ViewChange) => void>();

  const write = (): void => {
    root.dataset.view = view;
    if (view === 'print') return;
    const next = urlFor(win.location.href, view, place, narrowDefault);
    if (next !== win.location.href) win.history.replaceState(win.history.state, '', next);
  };
  // The address in the form of the view on screen (an old `#/id` in the reading view becomes `#id`).
  if (asked === null || place !== null) write();
  else root.dataset.view = view;

  // Back/forward and links within the page: the address leads, the place follows.
  win.addEventListener('hashchange', () => {
    const id = placeFromHash(win.location.hash);
    const resolved = id === null ? null : options.resolve(id);
    if (id !== null && resolved !== null && resolved !== id) {
      // An alias: the address takes the slide's id (the views see a second hashchange).
      place = resolved;
      write();
      return;
    }
    place = resolved;
  });

  return {
    get view() {
      return view;
    },
    get place() {
      return place;
    },
    narrowDefault,
    subscribe(listener) {
      listeners.add(listener);
      listener({ view, previous: null, place });
      return () => listeners.delete(listener);
    },
    setView(next) {
      if (next === view) return;
      const previous = view;
      view = next;
      write();
      for (const listener of [...listeners]) listener({ view, previous, place });
    },
    setPlace(next) {
      if (next === place) return;
      place = next;
      // The slide view's address is reveal.js's to write; the reading view's is ours.
      if (view === 'reading') write();
    },
    goTo(id) {
      const resolved = options.resolve(id) ?? id;
      win.location.hash = view === 'reading' ? `#${encodeURIComponent(resolved)}` : `#/${encodeURIComponent(resolved)}`;
    },
  };
}
