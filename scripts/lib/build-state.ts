/**
 * "Build the deck if needed": the build is stale when its index.html is missing or older
 * than any file the deck is built from.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** What the built deck is made from (relative to the project root). */
export const BUILD_INPUTS = ['slides', 'src', 'public', 'index.html', 'vite.config.ts'] as const;

/** Build output folder: the project's convention (vite.config.ts reads the same variable). */
export function buildDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DECK_OUT_DIR || 'dist';
}

interface Newest {
  readonly path: string;
  readonly mtimeMs: number;
}

async function newestFile(path: string): Promise<Newest | null> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return null;
  }
  if (!info.isDirectory()) return { path, mtimeMs: info.mtimeMs };
  let newest: Newest | null = null;
  for (const entry of await readdir(path)) {
    const found = await newestFile(join(path, entry));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/** Why the build in `outDir` must be (re)built, or null when it is up to date. */
export async function staleReason(projectRoot: string, outDir: string): Promise<string | null> {
  const index = join(projectRoot, outDir, 'index.html');
  let built: number;
  try {
    built = (await stat(index)).mtimeMs;
  } catch {
    return `${relative(projectRoot, index)} does not exist`;
  }
  for (const input of BUILD_INPUTS) {
    const newest = await newestFile(join(projectRoot, input));
    if (newest && newest.mtimeMs > built) {
      return `${relative(projectRoot, newest.path)} is newer than ${relative(projectRoot, index)}`;
    }
  }
  return null;
}
