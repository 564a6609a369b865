/**
 * Sends position changes to a live server, one request at a time, newest wins: a change queued
 * behind a slow request is replaced by the next one, so the server never replays a backlog of
 * stale slides. Used by the presenter's page and by the laptop relaying to a public server.
 */
import { LIVE_PATHS, type StateUpdate } from './protocol.ts';

export type SendResult = 'sent' | 'refused' | 'unreachable';

export interface Sender {
  send(update: StateUpdate): void;
}

export function stateSender(
  base: URL,
  token: string,
  report: (result: SendResult, detail: string) => void,
  fetchImpl: typeof fetch = fetch,
): Sender {
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
        // Read the answer to its end: a body left unread is reported as an aborted request.
        await response.text();
        report(response.ok ? 'sent' : 'refused', String(response.status));
      } catch (error) {
        report('unreachable', error instanceof Error ? error.message : String(error));
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
