/**
 * Finds the Chromium that tests and the PDF exporter drive. Playwright cannot download
 * its own browser here, so we use the system one: CHROMIUM_PATH, then the usual names on PATH.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags for a headless Chromium on a machine with no network but localhost. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`CHROMIUM_PATH is set to "${explicit}", which is not an executable file.`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) {
      const path = join(dir, name);
      if (dir && isExecutable(path)) return path;
    }
  }
  throw new Error(
    'No Chromium found. Install Debian’s chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
