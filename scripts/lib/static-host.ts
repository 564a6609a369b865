/**
 * The project's one static web host (benchmarks, tests, the PDF exporter): folders mounted under URL
 * prefixes (e.g. the deck at `/talks/deck/`, to prove sub-path serving), text compressed with
 * gzip as static hosts do, long-lived caching for hashed assets. Listens on 127.0.0.1 only.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

export interface StaticHost {
  /** `http://127.0.0.1:PORT` (no trailing slash); a mount's URL is origin + its prefix. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Mounts: URL prefix (starting and ending with `/`) → folder. */
export type Mounts = Readonly<Record<string, string>>;

/** The file for a request path, or null when no mount matches or it escapes the folder. Pure. */
export function fileFor(mounts: Mounts, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const prefix = Object.keys(mounts)
    .filter((p) => path.startsWith(p) || path === p.slice(0, -1))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const base = resolve(mounts[prefix] ?? '.');
  const rest = path.slice(prefix.length);
  const file = resolve(join(base, normalize(`/${rest}`)));
  if (file !== base && !file.startsWith(base + sep)) return null;
  return rest === '' || rest.endsWith('/') ? join(file, 'index.html') : file;
}

export interface HostOptions {
  /** Gzip text as static hosts do (default). A local export has nothing to gain from it and turns it off. */
  readonly compress?: boolean;
}

async function handle(mounts: Mounts, options: HostOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? '/';
  const path = url.split(/[?#]/)[0] ?? '/';
  // A static host only reads.
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('405\n');
    return;
  }
  // `/prefix` without its slash: redirect, as static hosts do, so relative URLs resolve inside it.
  if (Object.keys(mounts).some((p) => path === p.slice(0, -1) && p !== '/')) {
    res.writeHead(301, { location: `${path}/${url.slice(path.length)}` }).end();
    return;
  }
  const file = fileFor(mounts, url);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404\n');
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  let body: Buffer = await readFile(file);
  const headers: Record<string, string> = {
    'content-type': type,
    'cache-control': /-[\w-]{8}\.\w+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  if (options.compress !== false && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function hostStatic(mounts: Mounts, port = 0, options: HostOptions = {}): Promise<StaticHost> {
  const server = createServer((req, res) => {
    handle(mounts, options, req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${String(error)}\n`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
