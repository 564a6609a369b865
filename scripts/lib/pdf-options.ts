/**
 * Command-line options of `npm run export:pdf`. Parsing is pure; checking the output path
 * touches the file system but never creates anything.
 */
import { access, constants, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parseCommandLine, UsageError } from './cli.ts';

export interface PdfOptions {
  /** Output file (absolute). */
  readonly out: string;
  /** Handout: each slide paired with its speaker notes. */
  readonly notes: boolean;
  /** One page per fragment (build step). */
  readonly fragments: boolean;
  /** How long to wait for the deck's ready signal. */
  readonly timeoutMs: number;
  /** Print each stage's time at the end (`--timings`). */
  readonly timings?: boolean;
  /** The edition to print (`en`, `ru`, `zh`; default `en`). */
  readonly lang?: string;
}

export { UsageError };

export const USAGE = `Usage: npm run export:pdf -- [--lang en|ru|zh] [--out FILE.pdf] [--notes] [--fragments] [--timeout SECONDS] [--timings]

  --lang ID       the edition to print: en (default), ru or zh (default file names gain -ru, -zh)
  --out FILE      where to write the PDF (default: exports/deck.pdf, exports/deck-handout.pdf with --notes,
                  exports/deck-steps.pdf with --fragments; the folder being $DECK_EXPORT_DIR or exports)
  --notes         handout: every slide paired with its speaker notes on one page
  --fragments     one page per build step instead of one page per slide
  --timeout SEC   how long to wait for the deck to become ready (default 30)
  --timings       print how long each stage took
  --help, -h      show this help`;

export const DEFAULT_TIMEOUT_MS = 30_000;

/** The default output: one path, or one per kind of PDF (each kind its own file). */
export type DefaultOut = string | ((kind: { readonly notes: boolean; readonly fragments: boolean; readonly lang?: string }) => string);

/** Parses argv (without node and the script). Returns null for `--help`. */
export function parsePdfArgs(argv: readonly string[], defaults: { out: DefaultOut; cwd: string }): PdfOptions | null {
  const { values } = parseCommandLine(argv, {
    out: { type: 'string' },
    notes: { type: 'boolean', default: false },
    fragments: { type: 'boolean', default: false },
    timeout: { type: 'string' },
    timings: { type: 'boolean', default: false },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return null;
  const lang = values.lang;
  if (lang !== undefined && !/^[a-z]{2,3}$/.test(lang)) throw new UsageError(`--lang needs an edition id such as ru or zh, not "${lang}"`);
  const out =
    values.out ??
    (typeof defaults.out === 'string'
      ? defaults.out
      : defaults.out({ notes: values.notes, fragments: values.fragments, ...(lang ? { lang } : {}) }));
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0)
      throw new UsageError(`--timeout needs a positive number of seconds, not "${values.timeout}"`);
    timeoutMs = Math.round(seconds * 1000);
  }
  if (extname(out).toLowerCase() !== '.pdf') throw new UsageError(`--out must name a .pdf file, not "${out}"`);
  return {
    out: resolve(defaults.cwd, out),
    notes: values.notes,
    fragments: values.fragments,
    timeoutMs,
    ...(values.timings ? { timings: true } : {}),
    ...(lang ? { lang } : {}),
  };
}

/**
 * Checks that the PDF can be written: the folder exists and is writable, and the path is
 * not a folder. `willCreate` names a folder the export itself creates (the build dir).
 */
export async function checkOutPath(out: string, willCreate?: string): Promise<void> {
  const dir = dirname(out);
  const existing = await stat(out).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`--out ${out} is a folder; name a .pdf file`);
  const dirInfo = await stat(dir).catch(() => null);
  if (!dirInfo) {
    if (willCreate && resolve(willCreate) === dir) return;
    throw new UsageError(`cannot write ${out}: folder ${dir} does not exist`);
  }
  if (!dirInfo.isDirectory()) throw new UsageError(`cannot write ${out}: ${dir} is not a folder`);
  try {
    await access(dir, constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${out}: folder ${dir} is not writable`);
  }
}
