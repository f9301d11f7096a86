/**
 * `npm run import -- procurement <file>` without the disk: the sheet read, its rows refused or merged into the month
 * files, the files that would be written checked against the schema, and the summary staff read. Any refusal means
 * nothing is written.
 */
import { procurementMonthSchema } from '../../schemas/procurement.ts';
import { importMessages, type ImportText } from '../../i18n/procurement-import.ts';
import { readTable, type Table } from './read-table.ts';
import { readSheetRows, type Refusal, type SeenRows, type SheetRead } from './sheet-rows.ts';
import { findHeaderRow } from './columns.ts';
import { mergeIntoMonths } from './merge.ts';
import { procurementRuleErrors } from './rule-errors.ts';

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
  /** Read only this worksheet of a workbook (`--sheet`) */
  sheet?: string;
  /** How the files written are named to staff: the content folder as given (`--content`), `content` by default */
  contentLabel?: string;
}

const refusalText = (refusal: Refusal): ImportText => {
  if (refusal.sheetRow === undefined) return refusal.text;
  const where = importMessages.where(refusal.sheetRow, refusal.column, refusal.sheet);
  return { th: `${where.th}: ${refusal.text.th}`, en: `${where.en}: ${refusal.text.en}` };
};

const empty = { added: 0, updated: 0, unchanged: 0, refused: 0 };
const stop = (problem: ImportText): ImportPlan => ({ ok: false, writes: new Map(), report: [problem, importMessages.stopped(1)], counts: empty });

/**
 * The worksheets to read: every one with a สขร.1 or e-GP header (agencies keep one a month), or the one `--sheet`
 * names. Worksheets without such a header (notes, lists for drop-downs) are skipped and named.
 */
function readWorksheets(tables: readonly Table[], only: string | undefined): SheetRead | ImportText {
  const named = (table: Table) => ({ name: table.sheetName ?? '', hidden: table.sheetHidden ?? false });
  const sheetNames = tables.map((table) => table.sheetName ?? '');
  const chosen = only === undefined ? tables : tables.filter((table) => table.sheetName?.trim() === only.trim());
  if (chosen.length === 0) return importMessages.sheetNotFound(only ?? '', sheetNames);
  // A CSV or a workbook of one worksheet: as before, without naming it.
  if (tables.length === 1 || only !== undefined) return readSheetRows(chosen[0]!);
  const withHeader = chosen.filter((table) => findHeaderRow(table.rows) !== undefined);
  if (withHeader.length === 0) return importMessages.noSheetWithHeader(sheetNames);
  const seen: SeenRows = new Map();
  const reads = withHeader.map((table) => ({ read: readSheetRows(table, { sheet: table.sheetName, seen }) }));
  const skipped = chosen.filter((table) => !withHeader.includes(table)).map(named);
  return {
    kind: reads[0]!.read.kind,
    rows: reads.flatMap(({ read }) => read.rows),
    refusals: reads.flatMap(({ read }) => read.refusals),
    notes: [importMessages.sheetsRead(withHeader.map(named), skipped), ...reads.flatMap(({ read }) => read.notes)],
    hiddenImported: reads.flatMap(({ read }) => read.hiddenImported),
    noProcurement: reads.flatMap(({ read }) => read.noProcurement),
  };
}

export async function planProcurementImport(request: ImportRequest): Promise<ImportPlan> {
  const table = await readTable(request.fileName, request.bytes);
  if (!table.ok) return stop(table.problem);
  const sheet = readWorksheets(table.tables, request.sheet);
  if (!('rows' in sheet)) return stop(sheet);
  const refusedRows = new Set(sheet.refusals.map((refusal) => `${refusal.sheet ?? ''}:${refusal.sheetRow ?? 0}`)).size;
  const merged = mergeIntoMonths({ rows: sheet.rows, existing: request.existing, posted: request.posted, noProcurement: sheet.noProcurement });
  // What would be written must be valid month files that the build's rules accept: it would refuse anything else.
  const invalid = [...merged.writes]
    .filter(([, write]) => !procurementMonthSchema.safeParse(write.data).success)
    .map(([file]) => importMessages.existingInvalid(`content/${file}`));
  const ruleErrors = invalid.length === 0 ? procurementRuleErrors(request.existing, merged.writes) : [];
  // e-GP's files do not say whether a number is a contract's or an order's, and both start at 1 each year.
  const kindUnknown =
    sheet.kind === 'egp' && ruleErrors.some((error) => error.key === 'procurement.duplicate-contract') ? [importMessages.egpKindUnknown()] : [];
  const problems = [...sheet.refusals.map(refusalText), ...merged.problems, ...invalid, ...ruleErrors.map((error) => error.text), ...kindUnknown];
  const counts = { added: merged.added, updated: merged.updated, unchanged: merged.unchanged, refused: refusedRows };
  const summary = importMessages.summary({ file: request.fileName, kind: importMessages.kind[sheet.kind], ...counts, stopped: problems.length > 0 });
  const hidden =
    sheet.hiddenImported.length === 0
      ? []
      : [
          importMessages.hiddenRowsImported(
            sheet.hiddenImported.map((row) => ({ where: importMessages.where(row.sheetRow, undefined, row.sheet), item: row.item })),
          ),
        ];
  // How an unusual file was read (a workbook under another name, UTF-16, a ; separator) comes first.
  const report = [...table.notes, ...sheet.notes, ...merged.notes, ...hidden, ...merged.notOverwritten, ...problems, summary];
  if (problems.length > 0) return { ok: false, kind: sheet.kind, writes: new Map(), report: [...report, importMessages.stopped(problems.length)], counts };
  const folder = (request.contentLabel ?? 'content').replace(/[\\/]+$/, '');
  const written = [...merged.writes].map(([file, write]) => importMessages.wrote(`${folder}/${file}`, write.created));
  return { ok: true, kind: sheet.kind, writes: merged.writes, report: [...report, ...written], counts };
}
