/**
 * The procurement month files, read, parsed and checked on their own: a year of rows is megabytes of YAML, so the build
 * does this on a thread of its own (procurementMonthsInWorker) while the rest of the content is validated, and
 * validateContent takes the result as it would have found it. Every rule that reads a month file's text or rows is
 * here: its schema, the collection's rules, duplicate ids, national IDs and placeholders. The rules over every file
 * (names, sizes, links) stay with the rest of the content.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { readContent, type RawContent } from './read-content.ts';
import { singletonFiles, yamlCollections, yamlExtensions } from '../../schemas/collections.ts';
import type { ProcurementMonth } from '../../schemas/procurement.ts';
import type { Entry } from './model.ts';
import type { ContentProblem } from './problem.ts';
import { createRuleContext, values } from './rules/context.ts';
import { checkDuplicateIdsIn } from './rules/identity.ts';
import { referenceCheckers } from './rules/references.ts';
import { taxIdLines, validateProcurementMonths } from './rules/procurement.ts';
import { guardProcurementMonths, type AllowedFinding } from './rules/guards.ts';
import { workerResult } from '../build/worker-result.ts';

export interface CheckedProcurementMonths {
  /** The month files that pass their schema, as the model holds them */
  months: Entry<ProcurementMonth>[];
  /** What is wrong in the month files (validateContent sorts and masks every problem) */
  problems: ContentProblem[];
  /** National IDs in the month files that the allow-list let through */
  allowed: AllowedFinding[];
}

/** Checks the month files of content already read; reading problems stay in `raw.problems`, the caller's to report. */
export function checkProcurementMonths(raw: RawContent): CheckedProcurementMonths {
  const context = createRuleContext({ ...raw, problems: [] });
  const monthFiles = raw.yaml.procurement;
  checkDuplicateIdsIn(monthFiles, context.report);
  const months = context.parseAll(monthFiles, yamlCollections.procurement.schema);
  validateProcurementMonths(months, { report: context.report, checkAttachment: referenceCheckers(context).checkAttachment });

  // Lines are looked up only for a file where an ID was found (finding them parses the file again, keeping positions).
  const byFile = new Map(monthFiles.map((entry) => [entry.file, entry]));
  const taxIdLinesByFile = new Map<string, Map<number, string>>();
  const taxIdLinesOf = (file: string) => {
    const entry = byFile.get(file);
    if (entry && !taxIdLinesByFile.has(file)) taxIdLinesByFile.set(file, taxIdLines(entry));
    return taxIdLinesByFile.get(file);
  };
  // The allow-list's own problems are reported with the rest of the content; here it is only read.
  const allowlistEntry = raw.singletons.privacyAllowlist;
  const allowlist = allowlistEntry ? singletonFiles.privacyAllowlist.schema.safeParse(allowlistEntry.data).data : undefined;
  const allowed = guardProcurementMonths(raw.contentDir, monthFiles, context.problems, { allowlist, taxIdLinesOf });
  return { months: values(months), problems: context.problems, allowed };
}

/** Reads the month files (and the allow-list) and checks them, with the problems of reading them. */
export async function loadProcurementMonths(projectRoot: string, contentDir: string): Promise<CheckedProcurementMonths> {
  const raw = await readContent(projectRoot, contentDir, { procurementMonths: 'only' });
  const checked = checkProcurementMonths(raw);
  // The rest of the content's reading reports links, other files and the single files; these are the month files' own.
  const folder = `${contentDir}/${yamlCollections.procurement.dir}/`;
  const isMonthFile = (file: string) => raw.files.has(file) && file.startsWith(folder) && yamlExtensions.some((extension) => file.toLowerCase().endsWith(extension));
  return { ...checked, problems: [...raw.problems.filter((problem) => isMonthFile(problem.file)), ...checked.problems] };
}

/** Whether the content has a folder of procurement months: without one a thread would start only to list every file and find none. */
export function hasProcurementFolder(projectRoot: string, contentDir: string): boolean {
  try {
    // lstat: a link in the folder's place is read (and reported) with the rest of the content.
    return lstatSync(path.join(projectRoot, contentDir, yamlCollections.procurement.dir)).isDirectory();
  } catch {
    return false;
  }
}

/** loadProcurementMonths on a thread of its own (see procurement-months-worker.ts). */
export function procurementMonthsInWorker(projectRoot: string, contentDir: string): Promise<CheckedProcurementMonths> {
  return workerResult(new URL('./procurement-months-worker.ts', import.meta.url), { projectRoot, contentDir }, 'procurement');
}
