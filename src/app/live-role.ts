/**
 * Whether the address asks to follow the speaker (`?follow`) or to present live
 * (`?present=<token>`). Tiny and in the first script, so the live session (src/app/live.ts) is
 * fetched only when asked for.
 */
export type LiveRole = { readonly role: 'follow' } | { readonly role: 'present'; readonly token: string };

/** Where this tab keeps the presenter's token (a speaker window opened from it gets a copy). */
export const TOKEN_KEY = 'deck-present-token';

/** The role the address asks for, taking the presenter's token out of it (`?present=<token>` → `?present=`). */
export function liveRole(location: Location, history: History, storage: Storage): LiveRole | null {
  const url = new URL(location.href);
  const given = url.searchParams.get('present');
  if (given) {
    storage.setItem(TOKEN_KEY, given);
    url.searchParams.set('present', '');
    history.replaceState(history.state, '', url.href);
  }
  const token = storage.getItem(TOKEN_KEY);
  if (url.searchParams.has('present') && token) return { role: 'present', token };
  if (url.searchParams.has('follow')) return { role: 'follow' };
  return null;
}
