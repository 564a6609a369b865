/**
 * How a content mistake reads in the terminal: the validation messages, each led by the slide
 * module it comes from, and no bundler stack trace (the trace points into Vite's temporary config
 * bundle, never at the content). Node-only; used by the deck plugin.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DeckValidationError } from '../model/validate.ts';

/** Section modules are named `NN-<section id>.ts` (tests/unit/sections.test.ts holds that). */
const SECTION_FILE = /^\d+-([a-z0-9-]+)\.ts$/;
/** Validation names a problem's section as `section "<id>"` (src/model/validate.ts). */
const SECTION_IN_MESSAGE = /section "([^"]+)"/;

/** Section id → the module's path relative to the project, from the files in `slides/`. */
export function sectionFiles(root: string): ReadonlyMap<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(join(root, 'slides'))) {
    const id = SECTION_FILE.exec(name)?.[1];
    if (id !== undefined) files.set(id, `slides/${name}`);
  }
  return files;
}

/** The report for a list of problems: one line each, led by its file where one is known. Pure. */
export function formatProblems(problems: readonly string[], files: ReadonlyMap<string, string>): string {
  const lines = problems.map((problem) => {
    const section = SECTION_IN_MESSAGE.exec(problem)?.[1];
    const file = section === undefined ? undefined : files.get(section);
    return file === undefined ? `  - ${problem}` : `  - ${file}: ${problem}`;
  });
  return `The deck has ${problems.length} content problem(s):\n${lines.join('\n')}`;
}

/**
 * A validation failure as an error that prints its report and nothing else (no stack frames:
 * they would point into Vite's temporary config bundle). Other errors pass through unchanged.
 */
export function reportable(error: unknown, root: string): unknown {
  if (!(error instanceof DeckValidationError)) return error;
  const report = formatProblems(error.problems, sectionFiles(root));
  const plain = new Error(report);
  plain.stack = report;
  // Vite prints a failed build with util.inspect: show the report, not an error object.
  Object.defineProperty(plain, Symbol.for('nodejs.util.inspect.custom'), { value: () => report });
  return plain;
}
