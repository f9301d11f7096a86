/**
 * `npm run import -- procurement <file>` without the disk: the sheet read, its rows refused or merged into the month
 * files, the files that would be written checked against the schema, and the summary staff read. Any refusal means
 * nothing is written.
 */
import { procurementMonthSchema } from '../../schemas/procurement.ts';
import { importMessages, type ImportText } from '../../i18n/procurement-import.ts';
import { readTable } from './read-table.ts';
import { readSheetRows, type Refusal } from './sheet-rows.ts';
import { mergeIntoMonths } from './merge.ts';

export interface ImportPlan {
  /** True when the files may be written */
  ok: boolean;
  kind?: 'form' | 'egp';
  writes: Map<string, { text: string; created: boolean; data: unknown }>;
  /** Lines for the terminal, Thai then English */
  report: ImportText[];
  counts: { added: number; updated: number; unchanged: number; refused: number };
}

export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  /** Month files already in the content folder, by path below it */
  existing: ReadonlyMap<string, string>;
  /** CE ISO date the summaries went online, for months without a file */
  posted?: string;
}

const refusalText = (refusal: Refusal): ImportText => {
  if (refusal.sheetRow === undefined) return refusal.text;
  const where = importMessages.where(refusal.sheetRow, refusal.column);
  return { th: `${where.th}: ${refusal.text.th}`, en: `${where.en}: ${refusal.text.en}` };
};

export async function planProcurementImport(request: ImportRequest): Promise<ImportPlan> {
  const empty = { added: 0, updated: 0, unchanged: 0, refused: 0 };
  const table = await readTable(request.fileName, request.bytes);
  if (!table.ok) return { ok: false, writes: new Map(), report: [table.problem, importMessages.stopped(1)], counts: empty };
  const sheet = readSheetRows(table.table);
  const refusedRows = new Set(sheet.refusals.map((refusal) => refusal.sheetRow ?? 0)).size;
  const merged = mergeIntoMonths({ rows: sheet.rows, existing: request.existing, posted: request.posted });
  // What would be written must be valid month files: the build would refuse anything else.
  const invalid = [...merged.writes]
    .filter(([, write]) => !procurementMonthSchema.safeParse(write.data).success)
    .map(([file]) => importMessages.existingInvalid(`content/${file}`));
  const problems = [...sheet.refusals.map(refusalText), ...merged.problems, ...invalid];
  const counts = { added: merged.added, updated: merged.updated, unchanged: merged.unchanged, refused: refusedRows };
  const summary = importMessages.summary({ file: request.fileName, kind: importMessages.kind[sheet.kind], ...counts });
  const report = [...sheet.notes, ...merged.notOverwritten, ...problems, summary];
  if (problems.length > 0) return { ok: false, kind: sheet.kind, writes: new Map(), report: [...report, importMessages.stopped(problems.length)], counts };
  const written = [...merged.writes].map(([file, write]) => importMessages.wrote(`content/${file}`, write.created));
  return { ok: true, kind: sheet.kind, writes: merged.writes, report: [...report, ...written], counts };
}
