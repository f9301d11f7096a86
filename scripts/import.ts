/**
 * `npm run import -- <kind> …`: brings an agency's existing material into content/. Each kind lives in its own module
 * under src/lib/ and exports `run(args)`; this file only picks one.
 */
import { importWords } from '../src/i18n/import.ts';

const kinds: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  files: () => import('../src/lib/import-files/cli.ts'),
  procurement: () => import('../src/lib/procurement-import/cli.ts'),
};

const [kind, ...args] = process.argv.slice(2);
const load = kind === undefined ? undefined : kinds[kind];
if (!load) {
  console.error(kind === undefined ? importWords.usage : importWords.unknownCommand(kind, Object.keys(kinds)));
  process.exit(2);
}
process.exitCode = await (await load()).run(args);
