/**
 * `npm run bench:live -- [--followers N] [--changes N] [--rate PER_SECOND]` (not a test)
 *
 * N followers on loopback hold the live event stream open while a presenter changes slides; for
 * every change, the time from the presenter's POST to each follower receiving it. Prints p50/p99
 * of that delay, how many followers missed a change, the server's memory per follower and its CPU.
 * The server runs in a child process (so its memory and CPU are its own); everything stays on
 * 127.0.0.1, the run is bounded in followers, changes and time, and stops by itself.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { LIVE_PATHS, LiveIndex } from '../src/live/protocol.ts';
import { buildDir } from './lib/build-state.ts';
import { parseCommandLine } from './lib/cli.ts';

const MAX_FOLLOWERS = 20_000;
const MAX_CHANGES = 500;
const HARD_LIMIT_MS = 180_000;
const TOKEN = 'bench-live-token-0123456789';

interface ServerStats {
  readonly rss: number;
  readonly heapUsed: number;
  readonly cpuUser: number;
  readonly cpuSystem: number;
  readonly followers: number;
}

/** The child: the live server over the build, answering stats requests over IPC. */
async function child(): Promise<void> {
  const { startLiveServer } = await import('../src/server/live-server.ts');
  const root = process.env.BENCH_ROOT ?? 'dist';
  const index = v.parse(LiveIndex, JSON.parse(await readFile(join(root, LIVE_PATHS.index), 'utf8')));
  const live = await startLiveServer(
    { root, index, token: TOKEN, contentSecurityPolicy: "default-src 'self'", updatesPerSecond: 1000 },
    { port: 0, host: '127.0.0.1' },
  );
  process.on('message', (message) => {
    if (message === 'stats') {
      const memory = process.memoryUsage();
      const cpu = process.cpuUsage();
      const stats: ServerStats = {
        rss: memory.rss,
        heapUsed: memory.heapUsed,
        cpuUser: cpu.user,
        cpuSystem: cpu.system,
        followers: live.followers(),
      };
      process.send?.({ stats });
    } else if (message === 'stop') {
      void live.close().then(() => process.exit(0));
    }
  });
  process.send?.({ url: live.url });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function ask<T>(server: ChildProcess, message: string, key: string): Promise<T> {
  return new Promise((done) => {
    const listener = (reply: unknown) => {
      if (typeof reply === 'object' && reply !== null && key in reply) {
        server.off('message', listener);
        done((reply as Record<string, T>)[key] as T);
      }
    };
    server.on('message', listener);
    if (message) server.send(message);
  });
}

async function main(): Promise<void> {
  const { values } = parseCommandLine(process.argv.slice(2), {
    followers: { type: 'string', default: '5000' },
    changes: { type: 'string', default: '40' },
    rate: { type: 'string', default: '4' },
  });
  const followers = Math.min(MAX_FOLLOWERS, Math.max(1, Number(values.followers)));
  const changes = Math.min(MAX_CHANGES, Math.max(1, Number(values.changes)));
  const rate = Math.min(20, Math.max(0.5, Number(values.rate)));
  const root = join(process.cwd(), buildDir());
  const index = v.parse(LiveIndex, JSON.parse(await readFile(join(root, LIVE_PATHS.index), 'utf8')));
  const deadline = setTimeout(() => {
    console.error('bench:live: stopped at the time limit');
    process.exit(1);
  }, HARD_LIMIT_MS);

  const server = fork(fileURLToPath(import.meta.url), ['--child'], {
    env: { ...process.env, BENCH_ROOT: root },
    execArgv: ['--import', 'tsx'],
  });
  const url = new URL(await ask<string>(server, '', 'url'));
  const baseline = await ask<ServerStats>(server, 'stats', 'stats');

  // Followers: raw sockets reading the event stream, noting when each sequence number arrives.
  const received: Map<number, number>[] = [];
  const sockets: Socket[] = [];
  const openOne = (i: number) =>
    new Promise<void>((done, fail) => {
      const seen = new Map<number, number>();
      received[i] = seen;
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(`GET /${LIVE_PATHS.events} HTTP/1.1\r\nHost: ${url.host}\r\nAccept: text/event-stream\r\n\r\n`);
      });
      socket.setEncoding('utf8');
      let connected = false;
      socket.on('data', (chunk: string) => {
        const now = performance.now();
        // Cheap parsing: this one process reads thousands of streams.
        for (let at = chunk.indexOf('id: '); at >= 0; at = chunk.indexOf('id: ', at + 4)) {
          seen.set(Number.parseInt(chunk.slice(at + 4, chunk.indexOf('\n', at)), 10), now);
        }
        if (!connected && chunk.includes('event: state')) {
          connected = true;
          done();
        }
      });
      socket.on('error', fail);
      sockets.push(socket);
    });
  const started = performance.now();
  for (let i = 0; i < followers; i += 500) {
    await Promise.all(Array.from({ length: Math.min(500, followers - i) }, (_, k) => openOne(i + k)));
  }
  const connectSeconds = (performance.now() - started) / 1000;
  const connected = await ask<ServerStats>(server, 'stats', 'stats');

  // The presenter: `changes` slide changes at `rate` a second, each timed from its POST.
  const sent = new Map<number, number>();
  const slides = index.slides;
  for (let c = 0; c < changes; c += 1) {
    const slide = slides[(c + 1) % slides.length];
    if (!slide) break;
    const at = performance.now();
    const seq = await new Promise<number>((done, fail) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: `/${LIVE_PATHS.state}`,
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        },
        (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => done((JSON.parse(body) as { seq: number }).seq));
        },
      );
      req.on('error', fail);
      req.end(JSON.stringify({ slide: slide.id, step: 0 }));
    });
    sent.set(seq, at);
    await new Promise((r) => setTimeout(r, 1000 / rate));
  }
  // Let the last change reach everyone (bounded).
  const lastSeq = Math.max(...sent.keys());
  const waitUntil = performance.now() + 10_000;
  while (performance.now() < waitUntil && received.some((r) => !r.has(lastSeq))) await new Promise((r) => setTimeout(r, 50));
  const after = await ask<ServerStats>(server, 'stats', 'stats');

  const delays: number[] = [];
  let missed = 0;
  for (const seen of received) {
    for (const [seq, at] of sent) {
      const got = seen.get(seq);
      if (got === undefined) missed += 1;
      else delays.push(got - at);
    }
  }
  delays.sort((a, b) => a - b);
  const lost = received.filter((seen) => !seen.has(lastSeq)).length;
  const cpuSeconds = (after.cpuUser + after.cpuSystem - (connected.cpuUser + connected.cpuSystem)) / 1e6;
  const wall = (changes / rate) | 0;

  console.log(`bench:live — ${followers} followers on loopback, ${changes} changes at ${rate}/s`);
  console.log(`  connected all in ${connectSeconds.toFixed(2)} s; the server counted ${connected.followers}`);
  console.log(
    `  delay from the presenter's change to each follower: p50 ${percentile(delays, 50).toFixed(1)} ms, p99 ${percentile(delays, 99).toFixed(1)} ms, max ${(delays.at(-1) ?? NaN).toFixed(1)} ms`,
  );
  console.log(`  deliveries missed: ${missed} of ${followers * sent.size}; followers without the last change: ${lost}`);
  console.log(
    `  server memory: ${((connected.rss - baseline.rss) / followers / 1024).toFixed(1)} KB RSS per follower (${(after.rss / 1024 / 1024).toFixed(0)} MB in all)`,
  );
  console.log(`  server CPU while changing slides: ${cpuSeconds.toFixed(2)} s over about ${wall} s`);

  for (const socket of sockets) socket.destroy();
  server.send('stop');
  clearTimeout(deadline);
}

if (process.argv.includes('--child')) await child();
else await main();
