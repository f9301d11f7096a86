/** `npm run import -- procurement <file.csv|file.xlsx> [--posted DATE] [--sheet NAME] [--content DIR]`: แบบ สขร.1 sheets and e-GP open-data CSV into month files. */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../../config.ts';
import { parseThaiDateText } from './thai-date-text.ts';
import { planProcurementImport } from './import-procurement.ts';
import { importMessages, type ImportText } from '../../i18n/procurement-import.ts';

const say = (text: ImportText, stream: 'log' | 'error' = 'log') => console[stream](`${text.th}\n  (${text.en})`);
/** A problem with the content folder, thrown where it is read or written and said in run(). */
class ContentFolderError extends Error {
  readonly folder: string;
  constructor(folder: string, error: unknown) {
    super((error as Error).message);
    this.folder = folder;
  }
}

/** Every month file below content/procurement/, by path below the content folder. */
async function monthFiles(contentRoot: string): Promise<Map<string, string>> {
  const folder = path.join(contentRoot, 'procurement');
  const files = new Map<string, string>();
  try {
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.ya?ml$/i.test(entry.name)) continue;
      const absolute = path.join(entry.parentPath, entry.name);
      files.set(path.relative(contentRoot, absolute).split(path.sep).join('/'), await readFile(absolute, 'utf8'));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new ContentFolderError(folder, error);
  }
  return files;
}

/** Options that take a value; `--root` is for scripts and tests (the site's folder). */
const valueOptions = ['posted', 'sheet', 'content', 'root'] as const;
type ValueOption = (typeof valueOptions)[number];

type Arguments = { help: true } | { help: false; values: Partial<Record<ValueOption, string>>; positionals: string[] } | { problem: ImportText };

/**
 * The command line read loosely (every token, known or not), then checked here so that each mistake is said in Thai:
 * an unknown option, an option without its value (at the end, or followed by another option), more than one file.
 */
function readArguments(args: string[]): Arguments {
  const { tokens } = parseArgs({
    args,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: { ...Object.fromEntries(valueOptions.map((name) => [name, { type: 'string' as const }])), help: { type: 'boolean', short: 'h' } },
  });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { help: true };
  const values: Partial<Record<ValueOption, string>> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!(valueOptions as readonly string[]).includes(token.name)) return { problem: importMessages.unknownOption(token.rawName) };
    // Loosely read, `--sheet --posted x` gives --sheet the value "--posted": another option is not a value (--sheet=-x is).
    const missing = token.value === undefined || token.value.trim() === '' || (!token.inlineValue && token.value.startsWith('-'));
    if (missing) return { problem: importMessages.optionValueMissing(token.name) };
    values[token.name as ValueOption] = token.value;
  }
  return { help: false, values, positionals };
}

/** What staff read when the file cannot be opened: missing, a folder (with the sheets in it), not readable. */
export function fileProblem(file: string, error: unknown): ImportText {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return importMessages.fileNotFound(file);
  if (code === 'EACCES' || code === 'EPERM') return importMessages.fileNotReadable(file, code);
  return importMessages.fileNotOpened(file, (error as Error).message);
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/** The .xlsx and .csv files directly in a folder given instead of a file, a few, for the message. */
async function sheetsIn(folder: string): Promise<string[]> {
  try {
    const names = await readdir(folder);
    return names.filter((name) => /\.(?:xlsx|xlsm|csv)$/i.test(name)).slice(0, 5);
  } catch {
    return [];
  }
}

/**
 * `--posted` as the sheet's date column takes it ("3 พ.ย. 2566", "03/11/2566", Thai digits, "2566-11-03" BE or CE),
 * except a bare number, which the sheet reads as an Excel date serial but on the command line is a slip.
 */
const postedDate = (text: string) => (/^\s*\p{Nd}+\s*$/u.test(text) ? undefined : parseThaiDateText(text));

async function importProcurement(args: string[]): Promise<number> {
  const read = readArguments(args);
  if ('problem' in read) {
    say(read.problem, 'error');
    return 1;
  }
  if (read.help) {
    say(importMessages.help());
    return 0;
  }
  const { values, positionals } = read;
  const file = positionals[0];
  if (!file) {
    say(importMessages.usage(), 'error');
    return 1;
  }
  if (positionals.length > 1) {
    say(importMessages.tooManyFiles(positionals), 'error');
    return 1;
  }
  let posted: string | undefined;
  if (values.posted !== undefined) {
    posted = postedDate(values.posted);
    if (posted === undefined) {
      say(importMessages.postedBad(values.posted), 'error');
      return 1;
    }
  }
  const { root, contentDir } = resolveConfig({ root: values.root, contentDir: values.content });
  const contentRoot = path.join(root, contentDir);
  // A misspelt --content would otherwise start a second content folder beside the site's.
  if (!(await isFolder(contentRoot))) {
    say(importMessages.contentFolderMissing(values.content ?? contentDir), 'error');
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path.resolve(file)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    say(code === 'EISDIR' ? importMessages.fileIsFolder(file, await sheetsIn(path.resolve(file))) : fileProblem(file, error), 'error');
    return 1;
  }
  const fileName = path.basename(file);
  const plan = await planProcurementImport({
    fileName,
    bytes,
    existing: await monthFiles(contentRoot),
    posted,
    contentLabel: values.content ?? contentDir,
    ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
  });
  for (const line of plan.report) say(line, plan.ok ? 'log' : 'error');
  if (!plan.ok) return 1;
  for (const [relative, write] of plan.writes) {
    const target = path.join(contentRoot, relative);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, write.text);
    } catch (error) {
      throw new ContentFolderError(path.dirname(target), error);
    }
  }
  return 0;
}

export async function run(args: string[]): Promise<number> {
  try {
    return await importProcurement(args);
  } catch (error) {
    // Said in words, Thai first, without our stack: the content folder, or what no one expected.
    if (error instanceof ContentFolderError) say(importMessages.contentFolderProblem(error.folder, error.message), 'error');
    else say(importMessages.failed((error as Error).message), 'error');
    return 1;
  }
}
