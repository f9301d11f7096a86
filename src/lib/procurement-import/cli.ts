/** `npm run import -- procurement <file.csv|file.xlsx> [--posted DATE] [--sheet NAME] [--content DIR]`: แบบ สขร.1 sheets and e-GP open-data CSV into month files. */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../../config.ts';
import { parseThaiInputDate } from '../calendar/thai-date.ts';
import { planProcurementImport } from './import-procurement.ts';
import { importMessages, type ImportText } from '../../i18n/procurement-import.ts';

const say = (text: ImportText, stream: 'log' | 'error' = 'log') => console[stream](`${text.th}\n  (${text.en})`);
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
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return files;
}

async function importProcurement(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { posted: { type: 'string' }, sheet: { type: 'string' }, content: { type: 'string' }, root: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    say(importMessages.usage(), 'error');
    return 1;
  }
  let posted: string | undefined;
  if (values.posted !== undefined) {
    const parsed = parseThaiInputDate(values.posted);
    if (!parsed.ok) {
      say(importMessages.postedBad(values.posted), 'error');
      return 1;
    }
    posted = parsed.iso;
  }
  const { root, contentDir } = resolveConfig({ root: values.root, contentDir: values.content });
  const contentRoot = path.join(root, contentDir);
  const bytes = new Uint8Array(await readFile(path.resolve(file)));
  const plan = await planProcurementImport({
    fileName: path.basename(file),
    bytes,
    existing: await monthFiles(contentRoot),
    posted,
    ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
  });
  for (const line of plan.report) say(line, plan.ok ? 'log' : 'error');
  if (!plan.ok) return 1;
  for (const [relative, write] of plan.writes) {
    await mkdir(path.dirname(path.join(contentRoot, relative)), { recursive: true });
    await writeFile(path.join(contentRoot, relative), write.text);
  }
  return 0;
}

export async function run(args: string[]): Promise<number> {
  try {
    return await importProcurement(args);
  } catch (error) {
    // A file that cannot be opened is the usual cause: say so in words, without our stack.
    console.error(`✗ ${(error as Error).message}`);
    return 1;
  }
}
