/**
 * The laptop's half of relaying: every change the presenter makes is forwarded to the public live
 * server (the same server, run with the same token behind HTTPS). Changes are sent one at a time,
 * newest wins: a change queued behind a slow request is replaced by the next one, so the public
 * server never replays a backlog of stale slides.
 */
import type { Relay } from './live-server.ts';
import { LIVE_PATHS, type StateUpdate } from '../live/protocol.ts';

export function httpRelay(base: URL, token: string, warn: (line: string) => void, fetchImpl: typeof fetch = fetch): Relay {
  const target = new URL(LIVE_PATHS.state, base);
  let pending: StateUpdate | null = null;
  let sending = false;

  async function drain(): Promise<void> {
    sending = true;
    while (pending) {
      const update = pending;
      pending = null;
      try {
        const response = await fetchImpl(target, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(update),
          signal: AbortSignal.timeout(5000),
        });
        if (!response.ok) warn(`the public server refused a change (${response.status}): check the token and the address`);
      } catch (error) {
        warn(
          `the public server did not answer (${error instanceof Error ? error.message : String(error)}); the next change will try again`,
        );
      }
    }
    sending = false;
  }

  return {
    send(update) {
      pending = update;
      if (!sending) void drain();
    },
  };
}
