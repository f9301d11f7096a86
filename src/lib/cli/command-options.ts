/**
 * A command's options read from its arguments; a mistyped option, one without its value or a stray word is answered in
 * Thai, naming it, with the options the command takes (never Node's stack trace or its English advice), and `--help`
 * prints them.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { commandOptionWords } from '../../i18n/terminal.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<T extends Options> = ReturnType<typeof parseArgs<{ options: T; args: string[] }>>['values'];

/** What went wrong, from Node's parse error (its code, and the option or word its message quotes). */
function mistake(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']*)'/.exec(message ?? '')?.[1] ?? '';
  // "--year <value>" or "-y, --year <value>": the option as typed.
  const option = /--?[^\s,<]+(?=\s*(?:<|$))/.exec(quoted)?.[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return commandOptionWords.unknown(option.replace(/=.*$/, ''));
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return commandOptionWords.stray(quoted);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(message ?? '') ? commandOptionWords.noValue(option) : commandOptionWords.missingValue(option);
  return commandOptionWords.unreadable;
}

/**
 * What the arguments ask: the options' values (and, with `positionals`, the words besides them), or the lines to print
 * and the exit code (0 for --help, 1 for a mistake).
 */
export function readCommandOptions<const T extends Options>(
  options: T,
  usage: string,
  args: readonly string[] = process.argv.slice(2),
  { positionals = false }: { positionals?: boolean } = {},
): { values: Values<T>; positionals?: string[] } | { lines: string[]; exitCode: 0 | 1 } {
  if (args.includes('--help') || args.includes('-h')) return { lines: [commandOptionWords.usage(usage)], exitCode: 0 };
  try {
    const parsed = parseArgs({ options, args: [...args], allowPositionals: positionals });
    return positionals ? { values: parsed.values as Values<T>, positionals: parsed.positionals } : { values: parsed.values as Values<T> };
  } catch (error) {
    return { lines: [`✗ ${commandOptionWords.wrong(usage)}`, `  ${mistake(error)}`], exitCode: 1 };
  }
}

/** `readCommandOptions` for a command: prints and exits when the arguments are help or a mistake. */
export function commandOptionsOrExit<const T extends Options>(options: T, usage: string): Values<T> {
  return commandArgumentsOrExit(options, usage, { positionals: false }).values;
}

/** The same for a command that also takes words besides its options (a URL, a kind of document): its values and those words. */
export function commandArgumentsOrExit<const T extends Options>(
  options: T,
  usage: string,
  { positionals = true }: { positionals?: boolean } = {},
): { values: Values<T>; positionals: string[] } {
  const read = readCommandOptions(options, usage, process.argv.slice(2), { positionals });
  if ('values' in read) return { values: read.values, positionals: read.positionals ?? [] };
  (read.exitCode === 0 ? console.log : console.error)(read.lines.join('\n'));
  process.exit(read.exitCode);
}
