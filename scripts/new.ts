/**
 * `npm run new -- <document|measure|declaration|news|qa> [document-type] [--title …] [--fiscal-year 2567] [--last-fiscal-year 2570]
 * [--date 2567-01-15] [--round 6-month | --quarter 2 | --month 2567-01] [--attach file.pdf]`: writes a skeleton into the right folder.
 * What is not given is asked in the terminal; what is left unanswered is written as a marked placeholder the build refuses.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { commandArgumentsOrExit } from '../src/lib/cli/command-options.ts';
import { createInterface, type Interface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import { resolveConfig } from '../src/config.ts';
import { readContent } from '../src/lib/content/read-content.ts';
import { documentTypesFileSchema } from '../src/schemas/document-types.ts';
import { scaffoldEntry, scaffoldKinds, firstFreePath, periodKindOfType, toBeDate, type ScaffoldKind } from '../src/lib/new-entry/scaffold.ts';
import { scaffoldKindLabels, newCommandWords as words } from '../src/i18n/scaffold.ts';
import { bangkokIsoDate, fiscalYearOfIso, parseThaiInputDate, parseThaiInputMonth } from '../src/lib/calendar/thai-date.ts';
import { unsafeFileNameSuggestion } from '../src/lib/guards/markup.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values: options, positionals } = commandArgumentsOrExit(
  {
    title: { type: 'string' },
    'fiscal-year': { type: 'string' },
    'last-fiscal-year': { type: 'string' },
    date: { type: 'string' },
    round: { type: 'string' },
    quarter: { type: 'string' },
    month: { type: 'string' },
    attach: { type: 'string' },
    content: { type: 'string' },
  },
  words.usage(scaffoldKinds),
);
const { root, contentDir } = resolveConfig({ contentDir: options.content });
const raw = await readContent(root, contentDir);
const types = documentTypesFileSchema.safeParse(raw.singletons.documentTypes?.data);
if (!types.success) fail(words.cannotReadTypes(contentDir));
const documentTypes = types.data.types.filter((type) => type.source === 'documents');

let prompt: Interface | undefined;
const interactive = stdin.isTTY === true;
async function askLine(question: string): Promise<string> {
  prompt ??= createInterface({ input: stdin, output: stdout });
  return (await prompt.question(question)).trim();
}
async function choose(question: string, choices: string[]): Promise<number> {
  if (!interactive) fail(words.notInTerminal);
  console.log(question);
  choices.forEach((choice, index) => console.log(`  ${index + 1}. ${choice}`));
  for (;;) {
    const answer = Number(await askLine(words.pickNumber));
    if (Number.isInteger(answer) && answer >= 1 && answer <= choices.length) return answer - 1;
    console.log(words.pickRange(choices.length));
  }
}
const asDate = (value: string) => {
  const date = parseThaiInputDate(value);
  return date.ok ? date.iso : fail(words.badDate(value));
};
const asYear = (value: string) => (/^25\d\d$/.test(value) ? Number(value) : fail(words.badYear(value)));

let [kindArgument, typeArgument] = positionals;
kindArgument ??=
  scaffoldKinds[
    await choose(
      words.whatToAdd,
      scaffoldKinds.map((kind) => scaffoldKindLabels[kind]),
    )
  ];
if (!scaffoldKinds.includes(kindArgument as ScaffoldKind)) fail(words.unknownKind(kindArgument ?? '', scaffoldKinds));
const kind = kindArgument as ScaffoldKind;
if (kind === 'document' && !typeArgument)
  typeArgument =
    documentTypes[
      await choose(
        words.whichType,
        documentTypes.map((type) => `${type.th} (${type.id})`),
      )
    ]?.id;
const type = documentTypes.find((candidate) => candidate.id === typeArgument);
if (kind === 'document' && !type)
  fail(words.unknownType(typeArgument ?? '', documentTypes.map((candidate) => `  ${candidate.id}  ${candidate.th}`).join('\n')));

const today = bangkokIsoDate(new Date());
// Asked only for documents, only in a terminal, only when not given as a flag; Enter keeps the default.
const ask = async (given: string | undefined, question: string) =>
  given !== undefined || kind !== 'document' || !interactive ? given : (await askLine(question)) || undefined;
const title = await ask(options.title, words.askTitle);
const dateText = await ask(options.date, words.askDate(toBeDate(today)));
const date = dateText ? asDate(dateText) : today;
const fiscalYearText = await ask(options['fiscal-year'], words.askFiscalYear(fiscalYearOfIso(date)));
const fiscalYear = fiscalYearText ? asYear(fiscalYearText) : fiscalYearOfIso(date);
const attachFrom = await ask(options.attach, words.askAttachment);
const month = options.month ? parseThaiInputMonth(options.month) : undefined;
if (month && !month.ok) fail(words.badDate(options.month!));

let attachment: { file: string; title: string } | undefined;
const scaffoldOptions = {
  today,
  documentTypes: types.data.types,
  documentType: type?.id,
  title: title || undefined,
  fiscalYear,
  lastFiscalYear: options['last-fiscal-year'] ? asYear(options['last-fiscal-year']) : undefined,
  date,
  period: { round: options.round, quarter: options.quarter ? Number(options.quarter) : undefined, month: month?.ok ? month.iso : undefined },
  // Only a type whose OIT items ask for a round or a month is asked for its period.
  periodKind: type
    ? periodKindOfType(
        raw.yaml.oit.map((catalogue) => catalogue.data),
        type.id,
      )
    : undefined,
};
const first = scaffoldEntry(kind, scaffoldOptions);
const relative = firstFreePath(first.path, (candidate) => existsSync(path.join(root, contentDir, candidate)));
const target = path.join(root, contentDir, relative);
await mkdir(path.dirname(target), { recursive: true });
if (attachFrom) {
  const source = path.resolve(attachFrom.replace(/^~(?=\/|$)/, os.homedir()));
  if (!existsSync(source)) fail(words.missingFile(source));
  // The attachment sits beside the entry under a name that makes a clean, stable URL.
  const extension = path.extname(source).toLowerCase();
  const fileName = unsafeFileNameSuggestion(`${path.basename(relative, '.md')}${extension}`) ?? `${path.basename(relative, '.md')}${extension}`;
  await copyFile(source, path.join(path.dirname(target), fileName));
  attachment = { file: fileName, title: words.attachmentTitle(type?.th ?? '') };
  console.log(words.copied(source, path.join(contentDir, path.dirname(relative), fileName)));
}
const scaffold = attachment ? scaffoldEntry(kind, { ...scaffoldOptions, attachment }) : first;
await writeFile(target, scaffold.text);
prompt?.close();
console.log(words.created(path.join(contentDir, relative)));
console.log(words.fillIn);
for (const line of scaffold.fillIn) console.log(`  - ${line}`);
console.log(words.next);
