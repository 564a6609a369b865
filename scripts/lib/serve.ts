/**
 * A built deck served on a free localhost port, for the exporter (it starts in milliseconds
 * and loads no Vite config). One folder mounted at `/` on the project's static host.
 */
import { fileFor, hostStatic } from './static-host.ts';

export interface StaticServer {
  /** Base URL ending in `/`, e.g. `http://127.0.0.1:40123/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** The file a request path maps to, or null when it escapes the root. Pure. */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  return fileFor({ '/': root }, urlPath);
}

export async function serveStatic(root: string): Promise<StaticServer> {
  // Port 0: the system picks a free port, so exports never clash with a dev server or each other.
  // No gzip: on loopback it only costs time (level 9 on every script is on the page's critical path).
  const host = await hostStatic({ '/': root }, 0, { compress: false });
  return { url: `${host.origin}/`, close: () => host.close() };
}
