// `node scripts/run.js <tool> [args…]`: runs scripts/<tool>.ts as plain JavaScript, the way npm's
// scripts start the command-line tools. Each tool is compiled ahead into one file under
// .cache/cli/ by esbuild and compiled again only when one of its own sources changed (the check
// is one stat per source), so a run pays neither TypeScript compilation nor a module loader:
// about half a second less than tsx for every export. Dependencies stay in node_modules.
// `node scripts/run.js --compile` compiles every tool ahead (npm runs it after installing).
//
// Plain JavaScript on purpose: it is the one file that must run before anything is compiled.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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

/** Whether the compiled tool is there and every source it was compiled from is unchanged. */
function fresh(tool) {
  try {
    const meta = JSON.parse(readFileSync(join(CACHE, `${tool}.json`), 'utf8'));
    if (meta.esbuild !== esbuildVersion()) return false;
    return (
      stamp(join(CACHE, `${tool}.mjs`)) !== null && Object.entries(meta.inputs).every(([file, was]) => stamp(join(ROOT, file)) === was)
    );
  } catch {
    return false;
  }
}

function esbuildVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

async function compile(tool) {
  const { build } = await import('esbuild');
  const outfile = join(CACHE, `${tool}.mjs`);
  const temp = `${outfile}.${process.pid}.part`;
  mkdirSync(CACHE, { recursive: true });
  const result = await build({
    entryPoints: [join(ROOT, 'scripts', `${tool}.ts`)],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies load from node_modules as they are; only the project's own TypeScript is bundled.
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    plugins: [sourceUrls],
  });
  renameSync(temp, outfile);
  // The sources, and this file (how they are compiled).
  const inputs = Object.fromEntries(
    [...Object.keys(result.metafile.inputs), 'scripts/run.js'].map((file) => [file, stamp(join(ROOT, file))]),
  );
  writeFileSync(join(CACHE, `${tool}.json`), JSON.stringify({ esbuild: esbuildVersion(), inputs }));
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
  if (!fresh(tool)) await compile(tool);
  // The tool sees the command line it would see under tsx: its own source as the script.
  process.argv = [process.argv[0] ?? 'node', join(ROOT, 'scripts', `${tool}.ts`), ...args];
  await import(pathToFileURL(join(CACHE, `${tool}.mjs`)).href);
}
