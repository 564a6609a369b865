/**
 * The laptop's half of relaying: every change the presenter makes is forwarded to the public live
 * server (the same server, run with the same token behind HTTPS), newest first (src/live/sender.ts).
 */
import type { Relay } from './live-server.ts';
import { stateSender } from '../live/sender.ts';

export function httpRelay(base: URL, token: string, warn: (line: string) => void, fetchImpl: typeof fetch = fetch): Relay {
  return stateSender(
    base,
    token,
    (result, detail) => {
      if (result === 'refused') warn(`the public server refused a change (${detail}): check the token and the address`);
      else if (result === 'unreachable') warn(`the public server did not answer (${detail}); the next change will try again`);
    },
    fetchImpl,
  );
}
