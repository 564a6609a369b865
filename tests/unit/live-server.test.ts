/**
 * The live server on loopback, as followers, a presenter and an attacker would use it: events
 * on connect and on change, resumption, every refusal with its status and no change of state, static
 * files that never leave the build (traversal, encoded traversal, symbolic links, dotfiles), the
 * security headers everywhere, the token never sent to a follower, a bounded fuzz, and relaying to
 * a second server. Every loop is bounded; every server is closed.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveIndex, LiveState } from '../../src/live/protocol.ts';
import { parseState } from '../../src/live/protocol.ts';
import { channelPath, startLiveServer, type LiveServer } from '../../src/server/live-server.ts';
import { httpRelay } from '../../src/server/relay.ts';

const TOKEN = 'test-token-0123456789abcdef';
const POLICY = "default-src 'self'";
const INDEX: LiveIndex = {
  title: 'Test deck',
  lang: 'en',
  slot: 900,
  slides: [
    { id: 'title', label: '1', title: 'Title', steps: 0, seconds: 30, notes: ['Hello.'] },
    { id: 'points', label: '2', title: 'Points', steps: 3, seconds: 40, notes: ['One ▸ two ▸ three ▸.'] },
    { id: 'references', label: 'A1', title: 'References', steps: 0, seconds: 5, notes: [] },
  ],
};

let root: string;
let outside: string;
let live: LiveServer;

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function call(method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  const url = new URL(live.url);
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const post = (body: unknown, token: string | null = TOKEN, type = 'application/json') =>
  call('POST', '/live/state', {
    headers: { 'content-type': type, ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** An event-stream follower: the states it has received, in order. */
interface Follower {
  readonly states: LiveState[];
  next(predicate: (s: LiveState) => boolean): Promise<LiveState>;
  close(): void;
}

function follow(server: LiveServer, headers: Record<string, string> = {}, path = '/live/events'): Promise<Follower> {
  const url = new URL(server.url);
  return new Promise((done, fail) => {
    const states: LiveState[] = [];
    const waiters: { predicate: (s: LiveState) => boolean; resolve: (s: LiveState) => void }[] = [];
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data: '))
            .map((l) => l.slice(6))
            .join('\n');
          const state = data ? parseState(data) : null;
          if (!state) continue;
          states.push(state);
          for (const w of waiters.splice(0)) {
            if (w.predicate(state)) w.resolve(state);
            else waiters.push(w);
          }
        }
      });
      done({
        states,
        next: (predicate) =>
          new Promise((resolve) => {
            const found = states.find(predicate);
            if (found) resolve(found);
            else waiters.push({ predicate, resolve });
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') fail(error);
    });
    req.end();
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'live-site-'));
  outside = await mkdtemp(join(tmpdir(), 'live-outside-'));
  await writeFile(join(outside, 'secret.txt'), 'outside the build');
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Deck</title>');
  await writeFile(join(root, 'assets', 'app-Abc12345.js'), 'console.log(1)');
  await writeFile(join(root, '.env'), 'SECRET=1');
  await symlink(join(outside, 'secret.txt'), join(root, 'link.txt'));
  await symlink(outside, join(root, 'linked-dir'));
  live = await startLiveServer(
    { root, index: INDEX, token: TOKEN, contentSecurityPolicy: POLICY, heartbeatMs: 200 },
    { port: 0, host: '127.0.0.1' },
  );
});

afterAll(async () => {
  await live.close();
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('the live channel', () => {
  it('sends the current state at once, then every accepted change, in order', async () => {
    const follower = await follow(live);
    const first = await follower.next(() => true);
    expect(first).toEqual(live.state());
    expect((await post({ slide: 'points', step: 2 })).status).toBe(200);
    const changed = await follower.next((s) => s.slide === 'points' && s.step === 2);
    expect(changed.seq).toBe(first.seq + 1);
    expect((await post({ slide: 'points', step: 2, blackout: true })).status).toBe(200);
    expect((await follower.next((s) => s.blackout)).seq).toBe(first.seq + 2);
    follower.close();
  });

  it('is one channel for every edition: a follower on the Russian or Chinese page gets the same changes', async () => {
    const ru = await follow(live, {}, '/ru/live/events');
    const zh = await follow(live, {}, '/zh/live/events');
    expect((await post({ slide: 'points', step: 1 })).status).toBe(200);
    const [a, b] = await Promise.all([
      ru.next((s) => s.slide === 'points' && s.step === 1),
      zh.next((s) => s.slide === 'points' && s.step === 1),
    ]);
    expect(a).toEqual(b);
    expect(channelPath('/ru/live/state')).toBe('/live/state');
    expect(channelPath('/ru/index.html')).toBe('/ru/index.html');
    ru.close();
    zh.close();
  });

  it('resumes from Last-Event-ID: a follower that has the state gets nothing until it changes', async () => {
    const current = live.state();
    const follower = await follow(live, { 'last-event-id': String(current.seq) });
    await post({ slide: 'title', step: 0 });
    const next = await follower.next(() => true);
    expect(next).toMatchObject({ slide: 'title', seq: current.seq + 1 });
    follower.close();
  });

  it('counts followers for the presenter, and only for the presenter', async () => {
    const a = await follow(live);
    const b = await follow(live);
    await a.next(() => true);
    await b.next(() => true);
    const status = await call('GET', '/live/status', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(status.status).toBe(200);
    expect((JSON.parse(status.body) as { followers: number }).followers).toBeGreaterThanOrEqual(2);
    expect((await call('GET', '/live/status')).status).toBe(401);
    expect((await call('GET', '/live/status', { headers: { authorization: 'Bearer wrong-token-000000000' } })).status).toBe(403);
    a.close();
    b.close();
  });

  it('keeps idle streams alive with heartbeats', async () => {
    const url = new URL(live.url);
    const text = await new Promise<string>((done) => {
      const req = request({ host: url.hostname, port: url.port, path: '/live/events' }, (res) => {
        let seen = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          seen += chunk;
          if (seen.includes(': heartbeat')) {
            req.destroy();
            done(seen);
          }
        });
      });
      req.end();
    });
    expect(text).toContain(': heartbeat');
  });
});

describe('refusals: each with its status, none changing the state', () => {
  const cases: readonly [string, () => Promise<Reply>, number][] = [
    ['no token', () => post({ slide: 'points', step: 1 }, null), 401],
    ['a malformed Authorization header', () => call('POST', '/live/state', { headers: { authorization: 'Basic abc' }, body: '{}' }), 401],
    ['a wrong token', () => post({ slide: 'points', step: 1 }, 'not-the-token-at-all'), 403],
    ['a token that is a prefix of the right one', () => post({ slide: 'points', step: 1 }, TOKEN.slice(0, -1)), 403],
    ['malformed JSON', () => post('{"slide": "points", "step": ', TOKEN), 400],
    ['an unknown slide', () => post({ slide: 'nowhere', step: 0 }), 400],
    ['a step the slide does not have', () => post({ slide: 'points', step: 4 }), 400],
    ['a negative step', () => post({ slide: 'points', step: -1 }), 400],
    ['a fractional step', () => post({ slide: 'points', step: 1.5 }), 400],
    ['extra fields', () => post({ slide: 'points', step: 1, admin: true }), 400],
    ['a blackout that is not a boolean', () => post({ slide: 'points', step: 1, blackout: 'yes' }), 400],
    ['a body over the limit', () => post({ slide: 'points', step: 1, pad: 'x'.repeat(10_000) }), 413],
    ['a body that is not JSON', () => post('slide=points', TOKEN, 'application/x-www-form-urlencoded'), 415],
    ['PUT on the state', () => call('PUT', '/live/state', { headers: { authorization: `Bearer ${TOKEN}` } }), 405],
    ['DELETE on the events', () => call('DELETE', '/live/events'), 405],
    ['POST on a static file', () => call('POST', '/index.html', { body: 'x' }), 405],
  ];

  it.each(cases)('%s', async (_name, send, status) => {
    await post({ slide: 'title', step: 0 });
    const before = live.state();
    const reply = await send();
    expect(reply.status).toBe(status);
    expect(live.state()).toEqual(before);
  });

  it('refuses a flood far beyond a clicker’s pace with 429, and takes changes again after a pause', async () => {
    const flood = await Promise.all(Array.from({ length: 80 }, (_, i) => post({ slide: 'points', step: i % 4 })));
    const statuses = flood.map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await post({ slide: 'title', step: 0 })).status).toBe(200);
  });
});

describe('static files', () => {
  it('serves the build with its types and caching: hashed assets for a year, pages checked each visit', async () => {
    const page = await call('GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await call('GET', '/assets/app-Abc12345.js');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  const outsidePaths = [
    '/../outside/secret.txt',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
    '/link.txt',
    '/linked-dir/secret.txt',
    '/.env',
    '/index.html%00.js',
    '/%E0%A4%A',
  ];
  it.each(outsidePaths)('never serves %s', async (path) => {
    const reply = await call('GET', path);
    expect([400, 403, 404]).toContain(reply.status);
    expect(reply.body).not.toContain('outside the build');
    expect(reply.body).not.toContain('SECRET');
    expect(reply.body).not.toContain('root:');
  });

  it('puts the security headers on every response, refusals and events included', async () => {
    for (const reply of [await call('GET', '/'), await call('GET', '/missing'), await post({}, null), await call('GET', '/live/state')]) {
      expect(reply.headers['content-security-policy']).toBe(POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('never sends the token to a follower', async () => {
    const replies = [
      await call('GET', '/'),
      await call('GET', '/live/state'),
      await call('GET', '/missing'),
      await post({ slide: 'title', step: 0 }),
    ];
    for (const reply of replies) {
      expect(reply.body).not.toContain(TOKEN);
      expect(JSON.stringify(reply.headers)).not.toContain(TOKEN);
    }
  });
});

describe('a bounded fuzz of malformed requests', () => {
  /** Sends raw bytes and resolves when the server answers or closes (or after a second). */
  const raw = (bytes: string | Buffer): Promise<string> =>
    new Promise((done) => {
      const url = new URL(live.url);
      const socket = connect(Number(url.port), url.hostname);
      let seen = '';
      const finish = () => {
        socket.destroy();
        done(seen);
      };
      socket.on('data', (d) => (seen += d.toString('latin1')));
      socket.on('close', finish);
      socket.on('error', finish);
      socket.setTimeout(1000, finish);
      socket.write(bytes);
    });

  it('leaves the server serving and the state unchanged', async () => {
    await post({ slide: 'points', step: 1 });
    const before = live.state();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const garbage = Array.from({ length: 40 }, () =>
      Buffer.from(Array.from({ length: 1 + Math.floor(random() * 300) }, () => Math.floor(random() * 256))),
    );
    const requests = [
      ...garbage,
      'GET /live/state HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
      'POST /live/state HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n',
      `POST /live/state HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{`,
      'BREW /live/state HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n',
      `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: x\r\nX-Long: ${'b'.repeat(20_000)}\r\n\r\n`,
      'GET / HTTP/9.9\r\n\r\n',
      `POST /live/state HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 30\r\n\r\n{"slide":"points","step":1e999}`,
      `POST /live/state HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 29\r\n\r\n{"__proto__":{"slide":"x"}}  `,
    ];
    const answers = await Promise.all(requests.map(raw));
    // A slow client that sends half a request and waits: the others are still served meanwhile.
    const slow = connect(Number(new URL(live.url).port), '127.0.0.1');
    slow.write('GET / HTTP/1.1\r\nHost: x\r\n');
    const meanwhile = await call('GET', '/live/state');
    slow.destroy();
    expect(meanwhile.status).toBe(200);
    expect(answers.every((a) => !a.includes('root:'))).toBe(true);
    expect(live.state()).toEqual(before);
    expect((await call('GET', '/')).status).toBe(200);
  });
});

describe('relaying to a public server', () => {
  it('forwards the presenter’s changes to the public server, whose followers receive them', async () => {
    const publicServer = await startLiveServer(
      { root, index: INDEX, token: TOKEN, contentSecurityPolicy: POLICY },
      { port: 0, host: '127.0.0.1' },
    );
    const warnings: string[] = [];
    const laptop = await startLiveServer(
      {
        root,
        index: INDEX,
        token: TOKEN,
        contentSecurityPolicy: POLICY,
        upstream: httpRelay(new URL(publicServer.url), TOKEN, (w) => warnings.push(w)),
      },
      { port: 0, host: '127.0.0.1' },
    );
    try {
      const follower = await follow(publicServer);
      await follower.next(() => true);
      const reply = await fetch(new URL('live/state', laptop.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ slide: 'points', step: 3 }),
      });
      expect(reply.status).toBe(200);
      expect(await follower.next((s) => s.slide === 'points' && s.step === 3)).toMatchObject({ blackout: false });
      follower.close();
      expect(warnings).toEqual([]);
    } finally {
      await laptop.close();
      await publicServer.close();
    }
  });
});
