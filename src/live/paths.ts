/** The live channel's addresses, relative to the deck (a module of its own: pages that only call the server need no schemas). */
export const LIVE_PATHS = {
  events: 'live/events',
  state: 'live/state',
  status: 'live/status',
  index: 'live.json',
} as const;
