/**
 * Command-line options of `npm run export:pptx`, read with node:util's parseArgs. Pure but for
 * the output path check, which touches the file system and creates nothing.
 */
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../pdf-options.ts';

export { checkOutPath, UsageError } from '../pdf-options.ts';

export interface PptxOptions {
  /** Output file (absolute). */
  readonly out: string;
  /** The edition (`en`, `ru`, `zh`; default English). */
  readonly lang?: string;
}

export const PPTX_USAGE = `Usage: npm run export:pptx -- [--lang en|ru|zh] [--out FILE.pptx]

  --lang ID       the edition: en (default), ru or zh (the default file name gains -ru, -zh)
  --out FILE      where to write the PowerPoint file (default: exports/deck.pptx, the folder being $DECK_EXPORT_DIR or exports)
  --help, -h      show this help`;

/** Parses argv (without node and the script). Returns null for `--help`. */
export function parsePptxArgs(
  argv: readonly string[],
  defaults: { out: string | ((lang: string | undefined) => string); cwd: string },
): PptxOptions | null {
  let parsed: ReturnType<typeof parse>;
  const parse = (args: string[]) =>
    parseArgs({
      args,
      options: { out: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
  try {
    parsed = parse([...argv]);
  } catch (error) {
    throw new UsageError(describeParseError(error), { cause: error });
  }
  if (parsed.values.help === true) return null;
  const lang = parsed.values.lang;
  if (lang !== undefined && !/^[a-z]{2,3}$/.test(lang)) throw new UsageError(`--lang needs an edition id such as ru or zh, not "${lang}"`);
  const out = parsed.values.out ?? (typeof defaults.out === 'string' ? defaults.out : defaults.out(lang));
  // parseArgs takes `--out --help` as the value "--help": a value that looks like an option is refused.
  if (out === '' || (parsed.values.out !== undefined && out.startsWith('-'))) throw new UsageError('--out needs a value');
  if (extname(out).toLowerCase() !== '.pptx') throw new UsageError(`--out must name a .pptx file, not "${out}"`);
  return { out: resolve(defaults.cwd, out), ...(lang ? { lang } : {}) };
}

/** parseArgs's messages, shortened to this command's style. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  // The long name in the quoted part: "Option '-h, --help' does not take an argument".
  const option = /'[^']*?(--[\w-]+)[^']*'/.exec(message)?.[1] ?? /'(-[^'\s]+)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? message}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const arg = /'([^']*)'/.exec(message)?.[1];
      return `unexpected argument "${arg ?? message}"`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take/.test(message) ? `${option ?? 'option'} takes no value` : `${option ?? 'option'} needs a value`;
    default:
      return message;
  }
}
