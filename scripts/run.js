// `node scripts/run.js <tool> [args…]`: runs scripts/<tool>.ts as plain JavaScript, the way npm's
// scripts start the command-line tools. Each tool is compiled ahead by esbuild into a folder under
// .cache/cli/ and compiled again only when one of its own sources changed (the check is one stat
// per source), so a run pays neither TypeScript compilation nor a module loader: about half a
// second less than tsx for every export. Dependencies stay in node_modules. What a tool imports
// with `await import()` is split into a chunk of its own, loaded only when that code runs (the
// PDF exporter's pdf-lib path, for instance, which a normal export never needs).
// `node scripts/run.js --compile` compiles every tool ahead (npm runs it after installing).
// npm's script lines start Node with `--max-semi-space-size=32`: a build inside an export (the
// deck's validation and maps) makes many short-lived objects, and Node's default young generation
// collected them over and over (a fifth of the build's CPU time; about 0.4 s less CPU with it).
//
// Plain JavaScript on purpose: it is the one file that must run before anything is compiled.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The tools npm runs this way. */
const TOOLS = ['export-pdf', 'export-pptx', 'build-site'];
const CACHE = join(ROOT, '.cache', 'cli');

const stamp = (file) => {
  try {
    const info = statSync(file);
    return `${info.mtimeMs}:${info.size}`;
  } catch {
    return null;
  }
};

/**
 * The compiled tool's entry file when it is there and every source it was compiled from is
 * unchanged, else null. The record (`<tool>.json`) names the folder of the current compilation.
 */
function fresh(tool) {
  try {
    const meta = JSON.parse(readFileSync(join(CACHE, `${tool}.json`), 'utf8'));
    if (meta.esbuild !== esbuildVersion() || typeof meta.dir !== 'string') return null;
    const entry = join(CACHE, meta.dir, `${tool}.mjs`);
    return stamp(entry) !== null && Object.entries(meta.inputs).every(([file, was]) => stamp(join(ROOT, file)) === was) ? entry : null;
  } catch {
    return null;
  }
}

function esbuildVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/**
 * Compiles a tool into a folder of its own (`<tool>-<pid>-<time>/`: the entry and its lazy chunks),
 * then points the record at it, so a run that already started keeps the folder it loads from.
 * Returns the entry file.
 */
async function compile(tool) {
  const { build } = await import('esbuild');
  const dir = `${tool}-${process.pid}-${Date.now().toString(36)}`;
  mkdirSync(CACHE, { recursive: true });
  const result = await build({
    entryPoints: { [tool]: join(ROOT, 'scripts', `${tool}.ts`) },
    outdir: join(CACHE, dir),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies load from node_modules as they are; only the project's own TypeScript is bundled.
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    plugins: [sourceUrls],
  });
  // The sources, and this file (how they are compiled).
  const inputs = Object.fromEntries(
    [...Object.keys(result.metafile.inputs), 'scripts/run.js'].map((file) => [file, stamp(join(ROOT, file))]),
  );
  const record = join(CACHE, `${tool}.json`);
  writeFileSync(`${record}.${process.pid}.part`, JSON.stringify({ esbuild: esbuildVersion(), dir, inputs }));
  renameSync(`${record}.${process.pid}.part`, record);
  // Earlier compilations go once no run can still be loading chunks from them.
  for (const old of readdirSync(CACHE)) {
    if (old === dir || !old.startsWith(`${tool}-`)) continue;
    const at = stamp(join(CACHE, old));
    if (at !== null && Date.now() - Number(at.split(':')[0]) > 10 * 60_000) rmSync(join(CACHE, old), { recursive: true, force: true });
  }
  return join(CACHE, dir, `${tool}.mjs`);
}

/**
 * Each module keeps its own `import.meta.url` (its source file), as under tsx: tools find files
 * relative to themselves and check whether they are the entry point (`import.meta.url` against
 * process.argv[1]), which in one bundle would otherwise be true for every module in it.
 */
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

const [tool, ...args] = process.argv.slice(2);
if (tool === '--compile') {
  for (const name of TOOLS) if (!fresh(name)) await compile(name);
} else if (!tool || !TOOLS.includes(tool)) {
  console.error(`Usage: node scripts/run.js <${TOOLS.join('|')}> [options]   (npm run export:pdf etc. run it)`);
  process.exit(2);
} else {
  const entry = fresh(tool) ?? (await compile(tool));
  // The tool sees the command line it would see under tsx: its own source as the script.
  process.argv = [process.argv[0] ?? 'node', join(ROOT, 'scripts', `${tool}.ts`), ...args];
  await import(pathToFileURL(entry).href);
}
