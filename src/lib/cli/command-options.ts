/**
 * A command's options read from its arguments; a mistyped option or one without its value is answered in Thai with the
 * options the command takes (never Node's stack trace), and `--help` prints them.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { commandOptionWords } from '../../i18n/terminal.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What the arguments ask: the options' values, or the lines to print and the exit code (0 for --help, 1 for a mistake). */
export function readCommandOptions<const T extends Options>(
  options: T,
  usage: string,
  args: readonly string[] = process.argv.slice(2),
): { values: ReturnType<typeof parseArgs<{ options: T; args: string[] }>>['values'] } | { lines: string[]; exitCode: 0 | 1 } {
  if (args.includes('--help') || args.includes('-h')) return { lines: [commandOptionWords.usage(usage)], exitCode: 0 };
  try {
    return { values: parseArgs({ options, args: [...args] }).values };
  } catch (error) {
    return { lines: [`✗ ${commandOptionWords.wrong(usage)}`, `  ${(error as Error).message}`], exitCode: 1 };
  }
}

/** `readCommandOptions` for a command: prints and exits when the arguments are help or a mistake. */
export function commandOptionsOrExit<const T extends Options>(options: T, usage: string) {
  const read = readCommandOptions(options, usage);
  if ('values' in read) return read.values;
  (read.exitCode === 0 ? console.log : console.error)(read.lines.join('\n'));
  process.exit(read.exitCode);
}
