/**
 * Command lines for every script: `node:util`'s parseArgs (strict), with its errors turned into
 * one short sentence each, the same for every command, as a `UsageError` (exit code 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how a command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The message parseArgs gives, in the deck's words. */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[\w-]+)/.exec(message)?.[1] ?? '';
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument "${/'([^']*)'/.exec(message)?.[1] ?? ''}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(message)) return `${option} takes no value`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option} needs a value`;
  return message;
}

/**
 * Parses argv (without node and the script). String options given as `--x=` count as missing.
 * Positionals are allowed only when `positionals` is true.
 */
export function parseCommandLine<T extends Options>(argv: readonly string[], options: T, positionals = false) {
  try {
    const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: positionals });
    for (const [name, value] of Object.entries(parsed.values)) {
      if (value === '') throw new UsageError(`--${name} needs a value`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(explain(error));
  }
}
