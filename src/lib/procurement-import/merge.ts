/**
 * Imported rows merged into the month files: a row is the same procurement as a file's row when its e-GP number
 * matches (or, without one, its contract or order number). New rows are added; an empty field is filled; a field that
 * differs is kept as the file has it and named. Files are edited as YAML documents (comments stay) and a file with
 * nothing new is not rewritten, so importing the same sheet again changes nothing. A row already filed under another
 * month, or a month said to have none that has rows, stops the import.
 */
import { Document, parse, parseDocument, isMap, isSeq, type YAMLMap } from 'yaml';
import { procurementMonthSchema, procurementRowSchema, type ProcurementMonth, type ProcurementRow } from '../../schemas/procurement.ts';
import { fiscalYearOfIso, formatThaiDateShort, lastDayOfMonth } from '../calendar/thai-date.ts';
import { toBeDate } from '../new-entry/scaffold.ts';
import { satangToBaht, formatBaht } from '../procurement/money.ts';
import { importMessages, type ImportText } from '../../i18n/procurement-import.ts';
import { evidenceKindLabels } from '../../i18n/procurement.ts';
import type { SheetRead, SheetRow } from './sheet-rows.ts';

export interface MergeInput {
  rows: readonly SheetRow[];
  /** Existing month files' text, by path below the content folder (`procurement/2567/2566-10.yaml`) */
  existing: ReadonlyMap<string, string>;
  /** CE ISO date the month's summary went online (`--posted`), for months that have no file yet */
  posted?: string;
  /** Months the sheet says had no procurement */
  noProcurement?: SheetRead['noProcurement'];
}

export interface MergeResult {
  /** Files to write, by path below the content folder */
  writes: Map<string, { text: string; created: boolean; data: unknown }>;
  added: number;
  updated: number;
  unchanged: number;
  /** Fields kept as staff had them, each named */
  notOverwritten: ImportText[];
  /** Problems that stop the import (nothing is written) */
  problems: ImportText[];
  /** Things worth saying that do not stop it: months with none, a row added beside one much like it */
  notes: ImportText[];
}

const beMonth = (month: string) => toBeDate(`${month}-01`).slice(0, 7);
export const monthFilePath = (month: string) => `procurement/${fiscalYearOfIso(month)}/${beMonth(month)}.yaml`;

/** The row as YAML for a month file: BE dates, baht with satang, ids for closed lists. */
function yamlRow(row: SheetRow): Record<string, unknown> {
  return {
    item: row.item,
    budget: satangToBaht(row.budget),
    ...(row.fundSource ? { fundSource: row.fundSource } : {}),
    ...(row.referencePrice !== undefined ? { referencePrice: satangToBaht(row.referencePrice) } : {}),
    method: row.method,
    category: row.category,
    ...(row.bidders.length > 0 ? { bidders: row.bidders.map((bidder) => ({ name: bidder.name, price: satangToBaht(bidder.price) })) } : {}),
    winner: { name: row.winner.name, price: satangToBaht(row.winner.price), ...(row.winner.taxId ? { taxId: row.winner.taxId } : {}) },
    ...(row.reason ? { reason: row.reason } : {}),
    evidence: { kind: row.evidence.kind ?? (row.egpNumber ? 'contract' : 'order'), number: row.evidence.number, date: toBeDate(row.evidence.date) },
    ...(row.egpNumber ? { egpNumber: row.egpNumber } : {}),
    ...(row.status ? { status: row.status } : {}),
  };
}

type Keyed = { item: string; egpNumber?: string; evidence: { date: string }; winner: { name: string } };
const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const itemKey = (row: Keyed) => `${flat(row.item)}|${row.evidence.date}|${flat(row.winner.name)}`;
/** Two rows with different e-GP numbers are never the same procurement, whatever else they share. */
const differentEgp = (a: Keyed, b: Keyed) => a.egpNumber !== undefined && b.egpNumber !== undefined && a.egpNumber !== b.egpNumber;

/**
 * Which row of the file a sheet row is: the same e-GP number; else the same contract or order (kind and number, unique
 * in a fiscal year by the rules; the number alone when the sheet does not say the kind, as e-GP's files do not — and
 * when two rows share it, the one with the same item, date and winner). Two orders alike but for their number are two
 * procurements. A file row is matched once at most.
 */
function rowMatcher(rows: readonly ProcurementRow[]) {
  const byEgp = new Map(rows.flatMap((row, index) => (row.egpNumber ? [[row.egpNumber, index] as const] : [])));
  const byEvidence = new Map(rows.map((row, index) => [`${row.evidence.kind}|${flat(row.evidence.number)}`, index] as const));
  const byNumber = new Map<string, number[]>();
  rows.forEach((row, index) => byNumber.set(flat(row.evidence.number), [...(byNumber.get(flat(row.evidence.number)) ?? []), index]));
  const matched = new Set<number>();
  return (sheetRow: SheetRow): number => {
    const number = flat(sheetRow.evidence.number);
    const sameNumber = byNumber.get(number) ?? [];
    const candidates = [
      sheetRow.egpNumber === undefined ? undefined : byEgp.get(sheetRow.egpNumber),
      sheetRow.evidence.kind !== undefined
        ? byEvidence.get(`${sheetRow.evidence.kind}|${number}`)
        : sameNumber.length === 1
          ? sameNumber[0]
          : sameNumber.find((index) => itemKey(rows[index]!) === itemKey(sheetRow)),
      // A row e-GP's file wrote (its kind a guess) with the sheet's number and date: the form sheet imported after it.
      sheetRow.egpNumber === undefined
        ? sameNumber.find((index) => rows[index]!.egpNumber !== undefined && rows[index]!.evidence.date === sheetRow.evidence.date)
        : undefined,
    ];
    const index = candidates.find((candidate) => candidate !== undefined && !matched.has(candidate) && !differentEgp(rows[candidate]!, sheetRow));
    if (index === undefined) return -1;
    matched.add(index);
    return index;
  };
}

/** A month file's data, or undefined when it is not a valid month file (the merge names such a file where it matters). */
function monthOf(text: string): ProcurementMonth | undefined {
  try {
    const parsed = procurementMonthSchema.safeParse(parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Where each contract, order and e-GP number of the existing month files is, by fiscal year: to find a row filed under another month. */
function filedNumbers(existing: ReadonlyMap<string, string>) {
  // null: a number two rows share (an order and a contract both 1/2567), which names neither.
  const where = new Map<string, { file: string; row: number; date: string } | null>();
  const put = (key: string, place: { file: string; row: number; date: string }) => where.set(key, where.has(key) ? null : place);
  for (const [file, text] of existing) {
    const month = monthOf(text);
    if (!month) continue;
    const fiscalYear = fiscalYearOfIso(month.month);
    month.rows.forEach((row, index) => {
      const place = { file, row: index + 1, date: row.evidence.date };
      if (row.egpNumber) put(`${fiscalYear}|egp|${row.egpNumber}`, place);
      put(`${fiscalYear}|${row.evidence.kind}|${flat(row.evidence.number)}`, place);
      put(`${fiscalYear}|number|${flat(row.evidence.number)}`, place);
    });
  }
  return (row: SheetRow) => {
    const fiscalYear = fiscalYearOfIso(row.evidence.date);
    const number = flat(row.evidence.number);
    const keys = [
      row.egpNumber === undefined ? undefined : `${fiscalYear}|egp|${row.egpNumber}`,
      row.evidence.kind === undefined ? `${fiscalYear}|number|${number}` : `${fiscalYear}|${row.evidence.kind}|${number}`,
    ];
    const places = keys.flatMap((key) => (key === undefined ? [] : [where.get(key)])).filter((place) => place !== undefined && place !== null);
    // Found in its own month too: that file's merge decides.
    if (places.some((place) => place.file === monthFilePath(row.evidence.date.slice(0, 7)))) return undefined;
    return places[0];
  };
}

/** Fields compared one by one (paths in the YAML row) and how each reads for people. */
const comparedFields: { path: string[]; show: (row: ProcurementRow) => string | undefined }[] = [
  { path: ['item'], show: (row) => row.item },
  { path: ['budget'], show: (row) => formatBaht(row.budget) },
  { path: ['fundSource'], show: (row) => row.fundSource },
  { path: ['referencePrice'], show: (row) => (row.referencePrice === undefined ? undefined : formatBaht(row.referencePrice)) },
  { path: ['method'], show: (row) => row.method },
  { path: ['category'], show: (row) => row.category },
  {
    path: ['bidders'],
    show: (row) => (row.bidders.length === 0 ? undefined : row.bidders.map((bidder) => `${bidder.name} ${formatBaht(bidder.price)}`).join('; ')),
  },
  { path: ['winner', 'name'], show: (row) => row.winner.name },
  { path: ['winner', 'price'], show: (row) => formatBaht(row.winner.price) },
  { path: ['winner', 'taxId'], show: (row) => row.winner.taxId },
  { path: ['reason'], show: (row) => row.reason },
  { path: ['evidence', 'kind'], show: (row) => row.evidence.kind },
  { path: ['evidence', 'number'], show: (row) => row.evidence.number },
  { path: ['evidence', 'date'], show: (row) => formatThaiDateShort(row.evidence.date) },
  { path: ['egpNumber'], show: (row) => row.egpNumber },
  { path: ['status'], show: (row) => row.status },
];

const valueAt = (row: ProcurementRow, fieldPath: readonly string[]): unknown => {
  const value = fieldPath.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], row);
  return Array.isArray(value) && value.length === 0 ? undefined : value;
};

/** Months the sheet says had none: a file saying so, unless rows say otherwise. */
function noneMonths({
  noProcurement,
  byMonth,
  existing,
  posted,
  result,
  unknownPosting,
}: {
  noProcurement: SheetRead['noProcurement'];
  byMonth: ReadonlyMap<string, readonly SheetRow[]>;
  existing: ReadonlyMap<string, string>;
  posted: string | undefined;
  result: MergeResult;
  unknownPosting: string[];
}): void {
  if (noProcurement.length === 0) return;
  result.notes.push(
    importMessages.noProcurementMonths(
      noProcurement.map((none) => ({ month: formatThaiDateShort(none.month), where: importMessages.where(none.sheetRow, undefined, none.sheet) })),
    ),
  );
  for (const none of noProcurement) {
    const where = importMessages.where(none.sheetRow, undefined, none.sheet);
    const file = monthFilePath(none.month);
    if (byMonth.has(none.month)) {
      result.problems.push(importMessages.noProcurementWithRows(formatThaiDateShort(none.month), where));
      continue;
    }
    const text = existing.get(file);
    if (text !== undefined) {
      const current = monthOf(text);
      if (!current) result.problems.push(importMessages.existingInvalid(`content/${file}`));
      else if (current.rows.length > 0) result.problems.push(importMessages.noProcurementButRows(`content/${file}`, current.rows.length, where));
      continue;
    }
    if (!posted) {
      unknownPosting.push(beMonth(none.month));
      continue;
    }
    if (posted < lastDayOfMonth(none.month)) {
      result.problems.push(importMessages.postedBeforeMonthEnd(formatThaiDateShort(none.month), formatThaiDateShort(posted)));
      continue;
    }
    const data = { month: beMonth(none.month), posted: toBeDate(posted), noProcurement: true };
    result.writes.set(file, { text: new Document(data).toString({ lineWidth: 0 }), created: true, data });
  }
}

/** A month file the import creates, and its text. */
const newMonthFile = (month: string, bePosted: string, rows: readonly SheetRow[]) => ({ month: beMonth(month), posted: bePosted, rows: rows.map(yamlRow) });
const monthFileText = (data: ReturnType<typeof newMonthFile>) => new Document(data).toString({ lineWidth: 0 });

/** What the import would have written for these rows with the file's own `posted` line, or undefined when it has none. */
function untouchedFileText(month: string, text: string, rows: readonly SheetRow[]): string | undefined {
  const posted = /^posted: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1];
  return posted === undefined ? undefined : monthFileText(newMonthFile(month, posted, rows));
}

export function mergeIntoMonths({ rows, existing, posted, noProcurement = [] }: MergeInput): MergeResult {
  const result: MergeResult = { writes: new Map(), added: 0, updated: 0, unchanged: 0, notOverwritten: [], problems: [], notes: [] };
  const byMonth = new Map<string, SheetRow[]>();
  // A row whose number is filed under another month: the clerk corrected its date, or typed a wrong one; never filed twice.
  let filedElsewhere: ReturnType<typeof filedNumbers> | undefined;
  for (const row of rows) {
    const other = existing.size === 0 ? undefined : (filedElsewhere ??= filedNumbers(existing))(row);
    if (other) {
      result.problems.push(
        importMessages.filedInOtherMonth({
          where: importMessages.where(row.sheetRow, undefined, row.sheet),
          kind: evidenceKindLabels[row.evidence.kind ?? 'order'],
          number: row.evidence.number,
          file: `content/${other.file}`,
          row: other.row,
          fileDate: formatThaiDateShort(other.date),
          sheetDate: formatThaiDateShort(row.evidence.date),
        }),
      );
      continue;
    }
    byMonth.set(row.evidence.date.slice(0, 7), [...(byMonth.get(row.evidence.date.slice(0, 7)) ?? []), row]);
  }
  const unknownPosting: string[] = [];
  noneMonths({ noProcurement, byMonth, existing, posted, result, unknownPosting });

  for (const [month, monthRows] of [...byMonth].sort(([a], [b]) => a.localeCompare(b))) {
    const file = monthFilePath(month);
    const postedOfSheet = monthRows.map((row) => row.posted).find((date) => date !== undefined);
    const text = existing.get(file);
    if (text === undefined) {
      const monthPosted = postedOfSheet ?? posted;
      if (!monthPosted) {
        unknownPosting.push(beMonth(month));
        continue;
      }
      // A summary cannot have gone online before the rows it lists (one --posted for a whole year is the usual cause).
      const latest = monthRows.map((row) => row.evidence.date).reduce((a, b) => (a > b ? a : b));
      if (monthPosted < latest) {
        result.problems.push(importMessages.postedBeforeRows(formatThaiDateShort(month), formatThaiDateShort(monthPosted), formatThaiDateShort(latest)));
        continue;
      }
      const data = newMonthFile(month, toBeDate(monthPosted), monthRows);
      result.writes.set(file, { text: monthFileText(data), created: true, data });
      result.added += monthRows.length;
      continue;
    }
    // A file exactly as this import would write it (imported before, untouched since): nothing to merge, no YAML to parse.
    if (text === untouchedFileText(month, text, monthRows)) {
      result.unchanged += monthRows.length;
      continue;
    }
    const document = parseDocument(text);
    const parsed = procurementMonthSchema.safeParse(document.toJS());
    if (document.errors.length > 0 || !parsed.success) {
      result.problems.push(importMessages.existingInvalid(`content/${file}`));
      continue;
    }
    const current: ProcurementMonth = parsed.data;
    let changed = false;
    const rowsNode = document.get('rows');
    // The file's rows by each key, so a month of hundreds of rows is matched without comparing every pair.
    const matchRow = rowMatcher(current.rows);
    const indices = monthRows.map(matchRow);
    const matchedRows = new Set(indices.filter((index) => index >= 0));
    for (const [at, sheetRow] of monthRows.entries()) {
      const index = indices[at]!;
      if (index < 0) {
        // Much like a row no sheet row matched: staff may have corrected its number or kind in the file. Said, not guessed.
        const alike = current.rows.findIndex((row, other) => !matchedRows.has(other) && itemKey(row) === itemKey(sheetRow));
        if (alike >= 0)
          result.notes.push(
            importMessages.looksLikeFileRow({
              where: importMessages.where(sheetRow.sheetRow, undefined, sheetRow.sheet),
              number: sheetRow.evidence.number,
              file: `content/${file}`,
              row: alike + 1,
              fileNumber: current.rows[alike]!.evidence.number,
            }),
          );
        if (!isSeq(rowsNode)) document.set('rows', document.createNode([yamlRow(sheetRow)]));
        else rowsNode.add(document.createNode(yamlRow(sheetRow)));
        if (current.noProcurement) document.delete('noProcurement');
        result.added += 1;
        changed = true;
        continue;
      }
      const fileRow = current.rows[index]!;
      const imported = procurementRowSchema.parse(yamlRow(sheetRow));
      // A kind the sheet did not state (e-GP's files do not) is not a difference.
      const compared = sheetRow.evidence.kind === undefined ? comparedFields.filter((field) => field.path.join('.') !== 'evidence.kind') : comparedFields;
      const rowNode = isSeq(rowsNode) ? (rowsNode.items[index] as YAMLMap) : undefined;
      let filled = false;
      for (const field of compared) {
        const sheetRaw = valueAt(imported, field.path);
        if (sheetRaw === undefined || JSON.stringify(sheetRaw) === JSON.stringify(valueAt(fileRow, field.path))) continue;
        const sheetValue = field.show(imported)!;
        const fileValue = field.show(fileRow);
        if (fileValue === undefined && rowNode && isMap(rowNode)) {
          const yamlValue = field.path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], yamlRow(sheetRow));
          rowNode.setIn(field.path, document.createNode(yamlValue));
          filled = true;
        } else {
          result.notOverwritten.push(importMessages.notOverwritten(`content/${file}`, index + 1, field.path.join('.'), fileValue ?? '', sheetValue));
        }
      }
      if (filled) {
        result.updated += 1;
        changed = true;
      } else result.unchanged += 1;
    }
    if (changed) result.writes.set(file, { text: document.toString({ lineWidth: 0 }), created: false, data: document.toJS() });
  }
  if (unknownPosting.length > 0) result.problems.push(importMessages.postedMissing(unknownPosting));
  return result;
}
