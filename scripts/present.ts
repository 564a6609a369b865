/**
 * `npm run present -- [--port N] [--host ADDRESS] [--token SECRET] [--lang en|ru|zh] [--relay URL] [--public]`
 *
 * Presents the talk live: one server on this laptop serves the built deck to the venue's network
 * and carries the presenter's slide to every follower's screen (src/server/live-server.ts). It
 * prints the audience address (with a QR code), the presenter link for this laptop and the remote
 * link for the presenter's phone (with its own QR code); the last two carry a secret token made
 * for this run (or `--token` / `PRESENT_TOKEN`), which is never written to a file.
 *
 * `--relay https://host/talk/`: the venue keeps devices apart, so followers use the public server
 * at that address (the same command run there with `--public` and the same token); this laptop
 * forwards each change to it. Ctrl+C stops the server.
 */
import { editionRefs } from '../editions/index.ts';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import * as v from 'valibot';
import { CSP_FILE } from '../src/build/csp.ts';
import { LIVE_PATHS, LiveIndex } from '../src/live/protocol.ts';
import { startLiveServer } from '../src/server/live-server.ts';
import { httpRelay } from '../src/server/relay.ts';
import { buildDir, staleReason } from './lib/build-state.ts';
import { parseCommandLine, UsageError } from './lib/cli.ts';

const USAGE = `Usage: npm run present -- [options]
  --port N         port to listen on (default 8080)
  --host ADDRESS   address to listen on (default 0.0.0.0: the venue's network)
  --token SECRET   the presenter's secret (default PRESENT_TOKEN, or a new one for this run)
  --lang CODE      the edition on the projector: en (default), ru or zh; followers may read any
  --relay URL      the public live server followers use when the venue keeps devices apart
  --public         run as that public server (behind HTTPS; needs --token or PRESENT_TOKEN)`;

/** Each edition's folder in the build (`''`, `ru/`, `zh/`): the projector opens the one asked for. */
const EDITIONS: Readonly<Record<string, string>> = Object.fromEntries(editionRefs.map((e) => [e.id, e.dir]));

function fail(message: string, usage: boolean): never {
  console.error(`present: ${message}`);
  if (usage) console.error(`\n${USAGE}`);
  process.exit(usage ? 2 : 1);
}

function options() {
  try {
    const { values } = parseCommandLine(process.argv.slice(2), {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '0.0.0.0' },
      token: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      relay: { type: 'string' },
      public: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, not "${values.port}"`);
    if (!(values.lang in EDITIONS)) throw new UsageError(`--lang must be one of ${Object.keys(EDITIONS).join(', ')}`);
    const token = values.token ?? process.env.PRESENT_TOKEN;
    if (values.public && !token) throw new UsageError('--public needs the presenter laptop’s token: --token or PRESENT_TOKEN');
    if (token !== undefined && !/^[\x21-\x7e]{16,512}$/.test(token)) throw new UsageError('the token must be 16-512 printable characters');
    let relay: URL | undefined;
    if (values.relay !== undefined) {
      try {
        relay = new URL(values.relay.endsWith('/') ? values.relay : `${values.relay}/`);
      } catch {
        throw new UsageError(`--relay must be an address, not "${values.relay}"`);
      }
      if (relay.protocol !== 'https:' && relay.hostname !== 'localhost' && relay.hostname !== '127.0.0.1') {
        throw new UsageError('--relay must use https (the token travels with every change)');
      }
      if (!token) throw new UsageError('--relay needs the public server’s token: --token or PRESENT_TOKEN');
    }
    return {
      port,
      host: values.host,
      lang: values.lang,
      relay,
      isPublic: values.public,
      token: token ?? randomBytes(24).toString('base64url'),
    };
  } catch (error) {
    if (error instanceof UsageError) fail(error.message, true);
    throw error;
  }
}

/** The laptop's addresses on the venue's network (IPv4, not loopback). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
}

const qr = (text: string): string => renderUnicodeCompact(text, { border: 1 });

const settings = options();
const root = process.cwd();
const outDir = buildDir();

const stale = staleReason(root, outDir);
if (stale) {
  console.log(`present: building the deck (${stale})`);
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn', build: { outDir } });
}

const site = join(root, outDir);
let index: LiveIndex;
let policy: string;
try {
  index = v.parse(LiveIndex, JSON.parse(await readFile(join(site, LIVE_PATHS.index), 'utf8')));
  policy = (await readFile(join(site, CSP_FILE), 'utf8')).trim();
} catch (error) {
  fail(`the build has no readable ${LIVE_PATHS.index} or ${CSP_FILE}: run npm run build (${String(error)})`, false);
}

// Where followers join: the public server when relaying, else this laptop on the venue's network.
const lan = (port: number | string): string[] => lanAddresses().map((a) => `http://${a}:${port}/`);
const audienceBase = (port: number | string): string => settings.relay?.href ?? lan(port)[0] ?? `http://localhost:${port}/`;

const live = await startLiveServer(
  {
    root: site,
    index,
    token: settings.token,
    contentSecurityPolicy: policy,
    // (With --port 0 the port is known only once listening: the slides then show no address.)
    ...(settings.port !== 0 ? { audience: `${audienceBase(settings.port)}?follow` } : {}),
    ...(settings.relay ? { upstream: httpRelay(settings.relay, settings.token, (line) => console.error(`present: ${line}`)) } : {}),
  },
  { port: settings.port, host: settings.host },
);
const port = new URL(live.url).port;
const edition = EDITIONS[settings.lang] ?? '';
const local = `http://localhost:${port}/${edition}`;
const others = lan(port).slice(1);
const audience = `${audienceBase(port)}?follow`;
const remote = `${audienceBase(port)}remote.html?token=${encodeURIComponent(settings.token)}`;

if (settings.isPublic) {
  console.log(`present: the public live server is listening on ${live.url} (put HTTPS in front of it).`);
} else {
  console.log(`\nAudience (scan, or type the address):\n${qr(audience)}\n  ${audience}\n`);
  if (others.length > 0) console.log(`  also: ${others.join(', ')}`);
  console.log(`Presenter (this laptop; keep it private):\n  ${local}?present=${encodeURIComponent(settings.token)}\n`);
  console.log(`Remote (the presenter's phone; keep it private):\n${qr(remote)}\n  ${remote}\n`);
  if (!settings.relay && lanAddresses().length === 0)
    console.log('present: no network address found: followers can only join from this laptop.');
}
console.log('Ctrl+C stops the server.');

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await live.close();
  console.log('present: stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
