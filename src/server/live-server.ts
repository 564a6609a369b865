/**
 * The live server: serves the built deck (every edition under one root) and the live channel
 * (src/live/protocol.ts) on one port. The presenter's laptop runs it on the venue's network; the
 * same server runs on a public host behind HTTPS when the venue keeps devices apart, with the
 * laptop relaying its changes to it (`upstream`).
 *
 * Node's http with serve-static (the static files) and valibot (every body); the state is one small
 * record in memory. Nothing is logged about followers: the count is all that is kept.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import serveStatic from 'serve-static';
import * as v from 'valibot';
import { LIVE_PATHS, MAX_BODY_BYTES, StateUpdate, updateProblem, type LiveIndex, type LiveState } from '../live/protocol.ts';
import { RateLimiter } from './rate-limit.ts';

/** The channel's path, whichever edition's folder the page calls it from (`/zh/live/state` → `/live/state`). Pure. */
export const channelPath = (path: string): string => path.replace(/^\/[a-z]{2,3}(?=\/live\/)/, '');

export interface LiveServerOptions {
  /** The built site (dist/): served as it is, nothing outside it. */
  readonly root: string;
  /** The deck's index (live.json): the slides and their build steps an update may name. */
  readonly index: LiveIndex;
  /** The presenter's secret; never sent to a follower. */
  readonly token: string;
  /** The Content-Security-Policy sent with every response. */
  readonly contentSecurityPolicy: string;
  /** The address followers open (shown to the presenter, who puts it on the title and closing slides). */
  readonly audience?: string;
  /** Where to forward every accepted change (the public server, when relaying); optional. */
  readonly upstream?: Relay;
  /** Milliseconds between heartbeats on idle event streams (proxies close silent ones). */
  readonly heartbeatMs?: number;
  /** Accepted updates per second per client before 429 (a clicker sends a few a second). */
  readonly updatesPerSecond?: number;
}

/** Forwards the presenter's changes to another live server. */
export interface Relay {
  send(update: StateUpdate): void;
}

export interface LiveServer {
  readonly server: Server;
  /** `http://host:port/` once listening. */
  readonly url: string;
  /** The current state (for tests and the command line). */
  state(): LiveState;
  followers(): number;
  close(): Promise<void>;
}

/** Headers on every response: what the page may load, and nothing leaks the presenter's address. */
function securityHeaders(policy: string): Record<string, string> {
  return {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    // The presenter's and the remote's addresses carry the token: never send them as a referrer.
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'SAMEORIGIN',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };
}

/** Constant-time comparison of two secrets of any length (hashing evens the lengths). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** 401 when no bearer token is given, 403 when it is wrong, null when it is right. */
export function authProblem(header: string | undefined, token: string): 401 | 403 | null {
  const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header ?? '');
  if (!match?.[1]) return 401;
  return sameSecret(match[1], token) ? null : 403;
}

const eventOf = (state: LiveState): string => `id: ${state.seq}\nevent: state\ndata: ${JSON.stringify(state)}\n\n`;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/** The request's body as text, refusing (413) past the limit without reading on. */
function readBody(req: IncomingMessage, limit: number): Promise<string | 413> {
  return new Promise((done, fail) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      done(413);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        done(413);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export async function startLiveServer(options: LiveServerOptions, listen: { port: number; host: string }): Promise<LiveServer> {
  const root = await realpath(resolve(options.root));
  const headers = securityHeaders(options.contentSecurityPolicy);
  const first = options.index.slides[0];
  if (!first) throw new Error('live server: the deck has no slides');
  let state: LiveState = { slide: first.id, step: 0, blackout: false, seq: 0 };
  const streams = new Set<ServerResponse>();
  const own = new Set<ServerResponse>();
  const followerCount = (): number => streams.size - own.size;
  const limiter = new RateLimiter(options.updatesPerSecond ?? 20);

  const files = serveStatic(root, {
    index: ['index.html'],
    dotfiles: 'ignore',
    fallthrough: true,
    redirect: true,
    setHeaders(res, path) {
      // Vite's hashed assets never change; everything else is checked on each visit.
      res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  function broadcast(next: LiveState): void {
    state = next;
    // Encoded once for every follower: thousands of writes of the same bytes.
    const event = Buffer.from(eventOf(state), 'utf8');
    for (const res of streams) res.write(event);
  }

  function openStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // nginx and similar proxies: pass events through at once.
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    // A late joiner (or a reconnect after Last-Event-ID) gets the current state at once unless it has it.
    const last = Number(req.headers['last-event-id']);
    if (!(Number.isInteger(last) && last === state.seq)) res.write(eventOf(state));
    streams.add(res);
    // The presenter's own page and remote listen too; they are not counted as followers.
    const presenterSide = new URL(req.url ?? '/', 'http://deck.invalid').searchParams.get('as') === 'presenter';
    if (presenterSide) own.add(res);
    req.socket.setNoDelay(true);
    req.socket.setKeepAlive(true);
    res.on('close', () => {
      streams.delete(res);
      own.delete(res);
    });
  }

  /** Answers 401 (no token) or 403 (a wrong one) and says so; false when the token is right. */
  function refusedToken(req: IncomingMessage, res: ServerResponse): boolean {
    const auth = authProblem(req.headers.authorization, options.token);
    if (auth === 401) send(res, 401, { error: 'a bearer token is required' }, { 'www-authenticate': 'Bearer' });
    else if (auth === 403) send(res, 403, { error: 'wrong token' });
    return auth !== null;
  }

  async function acceptUpdate(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (refusedToken(req, res)) return;
    if (!limiter.allow(req.socket.remoteAddress ?? '')) {
      send(res, 429, { error: 'too many changes' }, { 'retry-after': '1' });
      return;
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      send(res, 415, { error: 'send application/json' });
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 413) {
      res.setHeader('connection', 'close');
      send(res, 413, { error: `the body is over ${MAX_BODY_BYTES} bytes` });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      send(res, 400, { error: 'malformed JSON' });
      return;
    }
    const parsed = v.safeParse(StateUpdate, json);
    if (!parsed.success) {
      send(res, 400, { error: parsed.issues.map((i) => i.message).join('; ') });
      return;
    }
    const problem = updateProblem(options.index, parsed.output);
    if (problem) {
      send(res, 400, { error: problem });
      return;
    }
    const update = parsed.output;
    const blackout = update.blackout ?? false;
    if (update.slide !== state.slide || update.step !== state.step || blackout !== state.blackout) {
      broadcast({ slide: update.slide, step: update.step, blackout, seq: state.seq + 1, ...(update.by ? { by: update.by } : {}) });
      options.upstream?.send(update);
    }
    send(res, 200, state);
  }

  /** A path that names a symbolic link leading outside the build is never served. */
  async function insideRoot(urlPath: string): Promise<boolean> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return false;
    }
    if (decoded.includes('\0')) return false;
    const target = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
    if (target !== root && !target.startsWith(root + sep)) return false;
    const real = await realpath(target).catch(() => null);
    // A missing file is the static handler's 404; an existing one must really live inside the root.
    return real === null || real === root || real.startsWith(root + sep);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://deck.invalid');
    // An edition's page calls the channel from its folder (`/ru/live/events`): it is the one channel,
    // as the talk is one talk in every language. Files are served from their folders as ever.
    const path = channelPath(url.pathname);
    const method = req.method ?? 'GET';
    if (path === `/${LIVE_PATHS.events}`) {
      if (method !== 'GET') {
        send(res, 405, { error: 'use GET' }, { allow: 'GET' });
        return;
      }
      openStream(req, res);
      return;
    }
    if (path === `/${LIVE_PATHS.state}`) {
      if (method === 'GET') {
        send(res, 200, state);
        return;
      }
      if (method !== 'POST') {
        send(res, 405, { error: 'use GET or POST' }, { allow: 'GET, POST' });
        return;
      }
      return acceptUpdate(req, res);
    }
    if (path === `/${LIVE_PATHS.status}`) {
      if (method !== 'GET') {
        send(res, 405, { error: 'use GET' }, { allow: 'GET' });
        return;
      }
      if (refusedToken(req, res)) return;
      send(res, 200, { followers: followerCount(), state, audience: options.audience ?? null });
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      send(res, 405, { error: 'the deck is read-only' }, { allow: 'GET, HEAD' });
      return;
    }
    if (path === '/remote') {
      res.writeHead(301, { location: `/remote.html${url.search}` }).end();
      return;
    }
    if (!(await insideRoot(path))) {
      send(res, 404, { error: 'not found' });
      return;
    }
    files(req, res, () => send(res, 404, { error: 'not found' }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { error: 'server error' });
      else res.destroy();
    });
  });
  // Slow clients cannot hold a request open for ever; event streams are exempt (they are meant to stay).
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = 20_000;

  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': heartbeat\n\n');
  }, options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(listen.port, listen.host, () => done());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    server,
    url: `http://${host}:${address.port}/`,
    state: () => state,
    followers: followerCount,
    close: () =>
      new Promise<void>((done) => {
        clearInterval(heartbeat);
        for (const res of streams) res.end();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
