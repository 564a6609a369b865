/**
 * Writes the README's key table from the one key map (src/app/keys.ts), between its markers.
 * `npx tsx scripts/readme-keys.ts`; tests/unit/keys.test.ts fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readmeTable } from '../src/app/keys.ts';

export const KEYS_START = '<!-- keys: generated from src/app/keys.ts by scripts/readme-keys.ts -->';
export const KEYS_END = '<!-- /keys -->';

/** The README with its key table replaced by the key map's. Pure. */
export function withKeyTable(readme: string): string {
  const start = readme.indexOf(KEYS_START);
  const end = readme.indexOf(KEYS_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the key table's markers (${KEYS_START} … ${KEYS_END})`);
  return `${readme.slice(0, start + KEYS_START.length)}\n\n${readmeTable()}\n\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  writeFileSync(path, withKeyTable(readFileSync(path, 'utf8')));
}
