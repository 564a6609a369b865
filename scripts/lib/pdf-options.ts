/**
 * Command-line options of `npm run export:pdf`. Parsing is pure; checking the output path
 * touches the file system but never creates anything.
 */
import { access, constants, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';

export interface PdfOptions {
  /** Output file (absolute). */
  readonly out: string;
  /** Handout: each slide paired with its speaker notes. */
  readonly notes: boolean;
  /** One page per fragment (build step). */
  readonly fragments: boolean;
  /** How long to wait for the deck's ready signal. */
  readonly timeoutMs: number;
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run export:pdf -- [--out FILE.pdf] [--notes] [--fragments] [--timeout SECONDS]

  --out FILE      where to write the PDF (default: <build dir>/deck.pdf, the build dir being $DECK_OUT_DIR or dist)
  --notes         handout: every slide paired with its speaker notes on one page
  --fragments     one page per build step instead of one page per slide
  --timeout SEC   how long to wait for the deck to become ready (default 30)
  --help, -h      show this help`;

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Parses argv (without node and the script). Returns null for `--help`. */
export function parsePdfArgs(argv: readonly string[], defaults: { out: string; cwd: string }): PdfOptions | null {
  let out = defaults.out;
  let notes = false;
  let fragments = false;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  const args = [...argv];
  while (args.length > 0) {
    const raw = args.shift() ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? args.shift();
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) {
        throw new UsageError(`${flag} needs a value`);
      }
      return v;
    };
    const noValue = (): void => {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
    };
    switch (flag) {
      case '--out':
        out = value();
        break;
      case '--notes':
        noValue();
        notes = true;
        break;
      case '--fragments':
        noValue();
        fragments = true;
        break;
      case '--timeout': {
        const text = value();
        const seconds = Number(text);
        if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout needs a positive number of seconds, not "${text}"`);
        timeoutMs = Math.round(seconds * 1000);
        break;
      }
      case '--help':
      case '-h':
        return null;
      default:
        throw new UsageError(flag.startsWith('-') ? `unknown option ${flag}` : `unexpected argument "${raw}"`);
    }
  }
  if (extname(out).toLowerCase() !== '.pdf') throw new UsageError(`--out must name a .pdf file, not "${out}"`);
  return { out: resolve(defaults.cwd, out), notes, fragments, timeoutMs };
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
