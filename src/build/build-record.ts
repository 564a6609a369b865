/**
 * The build record: what a build of the deck was made from and what it holds, written by the
 * build itself (a Vite plugin) so that tools using the build (the PDF exporter, the benchmarks)
 * know whether it is still the build they would get today, without a list of inputs of their own.
 *
 * - Inputs are what the build really read: every module in Vite's graph (index.html, slides, the
 *   app, CSS, fonts, node_modules), every file the config pulled in (the deck plugin, the slide
 *   modules and map data it renders from), the files copied from public/, the .env files Vite
 *   looks at, and the lock file that fixes every dependency (data read from node_modules by
 *   path, such as the map geodata, changes only with it).
 * - Settings are the environment the build reads (`buildSettings`): a build made with another
 *   DECK_URL is not the build asked for.
 * - The deck's outline and metadata, so an export needs neither the slide modules nor TypeScript.
 *
 * The record lives in `.cache/build-records/` (not in the build folder, which is published as it
 * is); a build deletes it first, so a failed build leaves none. Node only: never in the browser.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { ResolvedDeck } from '../model/resolved.ts';
import { fill } from '../model/messages.ts';
import { bootScriptInputs } from './boot-script.ts';

/** Bump when the record's shape changes: an older record then counts as missing. */
const RECORD_VERSION = 2;

/** The environment variables the build reads, and what each one means for the built deck. */
export const BUILD_ENV = {
  DECK_URL: "the deck's public address, shown with its QR code on the title and closing slides",
  DECK_EDITION: 'one edition alone at the root of the build (en, ru, zh: the portable file of one language); all three when unset',
} as const;

export type BuildSettings = { readonly [name in keyof typeof BUILD_ENV]: string | null };

/** The build's settings from the environment: the one place the build reads it. Pure. */
export function buildSettings(env: NodeJS.ProcessEnv = process.env): BuildSettings {
  return { DECK_URL: env.DECK_URL || null, DECK_EDITION: env.DECK_EDITION || null };
}

/**
 * Runs `work` (a build in this process) with one build setting in the environment, then puts the
 * environment back; `null` leaves it as it is.
 */
export async function withBuildSetting<T>(name: keyof typeof BUILD_ENV, value: string | null, work: () => Promise<T>): Promise<T> {
  if (value === null) return work();
  const before = process.env[name];
  process.env[name] = value;
  try {
    return await work();
  } finally {
    if (before === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = before;
  }
}

/** What an export needs to know about the built deck (a part of `ResolvedDeck`). */
export interface BuiltDeck {
  /** The edition (`en`, `ru`, `zh`) and its folder in the build (`''`, `ru/`). */
  readonly edition: string;
  readonly dir: string;
  readonly title: string;
  /** The exported files' subject, in the edition's words. */
  readonly subject: { readonly slides: string; readonly handout: string };
  readonly event: string;
  readonly description: string;
  readonly lang: string;
  readonly slides: readonly { readonly id: string }[];
  readonly sections: readonly {
    readonly title: string;
    readonly number: number;
    readonly slides: readonly { readonly id: string; readonly title: string }[];
  }[];
}

/** The parts of the resolved deck an export uses. Pure. */
export function builtDeck(deck: ResolvedDeck): BuiltDeck {
  return {
    edition: deck.edition.id,
    dir: deck.edition.dir,
    title: deck.title,
    subject: {
      slides: fill(deck.messages.slidesSubject, { event: deck.event, description: deck.description }),
      handout: fill(deck.messages.handoutSubject, { event: deck.event, description: deck.description }),
    },
    event: deck.event,
    description: deck.description,
    lang: deck.lang,
    slides: deck.slides.map((s) => ({ id: s.id })),
    sections: deck.sections.map((section) => ({
      title: section.title,
      number: section.number,
      slides: section.slides.map((s) => ({ id: s.id, title: s.title })),
    })),
  };
}

/** A file as it was when the build read it; `null` for a file that did not exist (a .env file). */
export type FileStamp = readonly [mtimeMs: number, size: number] | null;

export interface BuildRecord {
  readonly version: number;
  /** The build folder, relative to the project root (or absolute outside it). */
  readonly outDir: string;
  readonly builtAt: string;
  readonly settings: BuildSettings;
  /** Vite's env prefixes (VITE_ by default): variables named so are handed to the page. */
  readonly envPrefixes: readonly string[];
  /** Those variables, as the build saw them. */
  readonly viteEnv: Readonly<Record<string, string>>;
  /** Project-relative path (absolute outside the project) → stamp. */
  readonly inputs: Readonly<Record<string, FileStamp>>;
  /** Files the build wrote, relative to outDir. */
  readonly outputs: readonly string[];
  /** The English edition (at the build's root). */
  readonly deck: BuiltDeck;
  /** Every edition, by id (`en`, `ru`, `zh`): an export of one (`--lang`) reads its own. */
  readonly editions: Readonly<Record<string, BuiltDeck>>;
}

/** Where the record of the build in `outDir` is kept. */
export function recordPath(root: string, outDir: string): string {
  const key = createHash('sha256').update(resolve(root, outDir)).digest('hex').slice(0, 16);
  return join(root, '.cache', 'build-records', `${key}.json`);
}

export function stampOf(path: string): FileStamp {
  try {
    const info = statSync(path);
    return [info.mtimeMs, info.size];
  } catch {
    return null;
  }
}

const display = (root: string, path: string): string => {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
};

export function readRecord(root: string, outDir: string): BuildRecord | null {
  try {
    const record = JSON.parse(readFileSync(recordPath(root, outDir), 'utf8')) as BuildRecord;
    return record.version === RECORD_VERSION ? record : null;
  } catch {
    return null;
  }
}

/** Written beside and renamed: a reader never sees half a record. */
export function writeRecord(root: string, record: Omit<BuildRecord, 'version'>): void {
  const file = recordPath(root, record.outDir);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(`${file}.${process.pid}.part`, JSON.stringify({ version: RECORD_VERSION, ...record }));
  renameSync(`${file}.${process.pid}.part`, file);
}

/** The environment variables with Vite's prefix, which Vite exposes to the page. */
function viteEnvOf(env: NodeJS.ProcessEnv, prefixes: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter((entry): entry is [string, string] => entry[1] !== undefined && prefixes.some((p) => entry[0].startsWith(p)))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** What the build is wanted for. */
export interface StaleUse {
  /**
   * The one edition the caller uses (an export of one language): a build of that edition alone
   * (DECK_EDITION) then serves as well as the build of all of them. Unset: the whole site.
   */
  readonly edition?: string;
}

/**
 * Why the build in `outDir` is not the build these sources and this environment give, or null
 * when it is. Reads only the record and file stamps: fast enough for every export.
 */
export function staleReason(root: string, outDir: string, env: NodeJS.ProcessEnv = process.env, use: StaleUse = {}): string | null {
  const dir = resolve(root, outDir);
  const shown = display(root, dir);
  if (!stampOf(join(dir, 'index.html'))) return `${display(root, join(dir, 'index.html'))} does not exist`;
  const record = readRecord(root, outDir);
  if (!record) return `${shown}/ has no build record (built by an older version of the build, or it failed)`;
  const now = buildSettings(env);
  for (const name of Object.keys(BUILD_ENV) as (keyof typeof BUILD_ENV)[]) {
    const was = record.settings[name];
    // A user of one edition is served as well by that edition built alone as by all of them.
    if (name === 'DECK_EDITION' && now.DECK_EDITION === null && use.edition !== undefined && (was === null || was === use.edition))
      continue;
    if (now[name] !== was) {
      const say = (v: string | null): string => (v === null ? 'unset' : `"${v}"`);
      return `${name} is ${say(now[name])} but ${shown}/ was built with it ${say(was)}`;
    }
  }
  if (JSON.stringify(viteEnvOf(env, record.envPrefixes)) !== JSON.stringify(record.viteEnv)) {
    return `the ${record.envPrefixes.join('/')} environment variables differ from those ${shown}/ was built with`;
  }
  for (const [path, stamp] of Object.entries(record.inputs)) {
    const current = stampOf(resolve(root, path));
    if (current === null && stamp === null) continue;
    if (current === null) return `${path} was removed since ${shown}/ was built`;
    if (stamp === null) return `${path} was added since ${shown}/ was built`;
    if (current[0] !== stamp[0] || current[1] !== stamp[1]) return `${path} changed since ${shown}/ was built`;
  }
  for (const file of record.outputs) {
    if (!stampOf(join(dir, file))) return `${display(root, join(dir, file))} is missing from the build`;
  }
  return null;
}

/** The lock files that pin every dependency (whichever exist). */
const LOCK_FILES = ['package-lock.json', 'node_modules/.package-lock.json'];

/** Vite plugin: writes the build record once the bundle is on disk. */
export function buildRecordPlugin(options: { readonly deck: (edition?: string) => Promise<ResolvedDeck> }): Plugin {
  let config: ResolvedConfig | undefined;
  let outDir = '';
  const record = (): string => (config ? recordPath(config.root, outDir) : '');
  return {
    name: 'deck:build-record',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
      outDir = display(resolved.root, resolve(resolved.root, resolved.build.outDir));
    },
    buildStart() {
      // The folder is about to change: until this build succeeds there is no valid record.
      rmSync(record(), { force: true });
    },
    writeBundle: {
      order: 'post',
      async handler(_options, bundle) {
        if (!config) return;
        const root = config.root;
        const inputs = new Map<string, FileStamp>();
        const add = (path: string): void => {
          const key = display(root, path);
          if (!inputs.has(key)) inputs.set(key, stampOf(path));
        };
        for (const id of this.getModuleIds()) {
          // Real files only: virtual modules (\0…) and Vite's helpers are part of Vite itself.
          const path = id.split('?')[0] ?? '';
          if (isAbsolute(path) && stampOf(path)) add(path);
        }
        for (const path of config.configFileDependencies) add(path);
        // The head's boot script is bundled beside Vite's graph (src/build/boot-script.ts).
        for (const path of bootScriptInputs()) add(path);
        if (config.publicDir) for (const path of filesUnder(config.publicDir)) add(path);
        const envDir = config.envDir === false ? null : config.envDir;
        if (envDir) for (const name of ['.env', '.env.local', `.env.${config.mode}`, `.env.${config.mode}.local`]) add(join(envDir, name));
        for (const name of LOCK_FILES) add(join(root, name));
        const prefixes = ([] as string[]).concat(config.envPrefix ?? 'VITE_');
        const english = await options.deck();
        writeRecord(root, {
          outDir,
          builtAt: new Date().toISOString(),
          settings: buildSettings(),
          envPrefixes: prefixes,
          viteEnv: viteEnvOf(process.env, prefixes),
          inputs: Object.fromEntries([...inputs].sort(([a], [b]) => a.localeCompare(b))),
          outputs: Object.keys(bundle).sort(),
          deck: builtDeck(english),
          editions: Object.fromEntries(
            await Promise.all(english.editions.map(async (e) => [e.id, builtDeck(await options.deck(e.id))] as const)),
          ),
        });
      },
    },
  };
}
