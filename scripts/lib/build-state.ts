/**
 * Where things go, in one place: the build folder (its freshness is the build record's to tell,
 * src/build/build-record.ts) and the exports, which never go into the build folder because every
 * build empties it.
 *
 *   dist/                       `npm run build`: the site; `build:site` adds deck.pdf and og-image.png
 *   exports/deck.pdf            `npm run export:pdf`
 *   exports/deck-handout.pdf    `npm run export:pdf -- --notes`
 *   exports/deck-steps.pdf      `npm run export:pdf -- --fragments` (deck-handout-steps.pdf with both)
 *   exports/deck.pptx           `npm run export:pptx`
 *   exports/deck-ru.pdf, …      the same with `--lang ru` (or zh): the edition's id before the extension
 *
 * DECK_OUT_DIR moves the build folder and DECK_EXPORT_DIR the exports (both relative to the project).
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { staleReason as recordStaleReason, type StaleUse } from '../../src/build/build-record.ts';

/** Build output folder: the project's convention (vite.config.ts reads the same variable). */
export function buildDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DECK_OUT_DIR || 'dist';
}

/** Where exports go unless told otherwise. */
export function exportDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DECK_EXPORT_DIR || 'exports';
}

/** What an export is, as far as its default file name goes. */
export type ExportKind = (
  { readonly format: 'pdf'; readonly notes: boolean; readonly fragments: boolean } | { readonly format: 'pptx' }
) & {
  /** The edition (`--lang`); English when absent. */
  readonly lang?: string;
};

/** The default file of each export: each its own name, so none overwrites another. Pure. */
export function exportFileName(kind: ExportKind): string {
  const edition = kind.lang && kind.lang !== 'en' ? `-${kind.lang}` : '';
  if (kind.format === 'pptx') return `deck${edition}.pptx`;
  return `deck${kind.notes ? '-handout' : ''}${kind.fragments ? '-steps' : ''}${edition}.pdf`;
}

/** The default path of an export (relative to the project root unless DECK_EXPORT_DIR is absolute). */
export function defaultExportPath(kind: ExportKind, env: NodeJS.ProcessEnv = process.env): string {
  return join(exportDir(env), exportFileName(kind));
}

/** Whether `file` lies inside the build folder, where the next build deletes it. */
export function insideBuildDir(file: string, root: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const rel = relative(resolve(root, buildDir(env)), resolve(root, file));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Why the build in `outDir` must be (re)built, or null when it is what a build would give now:
 * same inputs (whatever the build read: Vite's module graph, the config's own imports, public/,
 * .env files, the lock file) and the same settings from the environment (DECK_URL).
 */
export function staleReason(projectRoot: string, outDir: string, env: NodeJS.ProcessEnv = process.env, use: StaleUse = {}): string | null {
  return recordStaleReason(projectRoot, outDir, env, use);
}
