/**
 * Imported rows merged into the month files: a row is the same procurement as a file's row when its e-GP number
 * matches (or, without one, its item, date and winner). New rows are added; an empty field is filled; a field that
 * differs is kept as staff have it and named. Files are edited as YAML documents (comments stay) and a file with
 * nothing new is not rewritten, so importing the same sheet again changes nothing.
 */
import { Document, parseDocument, isMap, isSeq, type YAMLMap } from 'yaml';
import { procurementMonthSchema, procurementRowSchema, type ProcurementMonth, type ProcurementRow } from '../../schemas/procurement.ts';
import { fiscalYearOfIso } from '../calendar/thai-date.ts';
import { toBeDate } from '../new-entry/scaffold.ts';
import { satangToBaht, formatBaht } from '../procurement/money.ts';
import { importMessages, type ImportText } from '../../i18n/procurement-import.ts';
import type { SheetRow } from './sheet-rows.ts';

export interface MergeInput {
  rows: readonly SheetRow[];
  /** Existing month files' text, by path below the content folder (`procurement/2567/2566-10.yaml`) */
  existing: ReadonlyMap<string, string>;
  /** CE ISO date the month's summary went online (`--posted`), for months that have no file yet */
  posted?: string;
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
 * Which row of the file a sheet row is: the same e-GP number; else the same item, date and winner; else — when staff
 * corrected the item or the winner's name in the file — the same contract or order (kind and number, unique in a
 * fiscal year by the rules; number alone when the sheet does not say the kind, as e-GP's files do not). A file row
 * is matched once at most.
 */
function rowMatcher(rows: readonly ProcurementRow[]) {
  const byEgp = new Map(rows.flatMap((row, index) => (row.egpNumber ? [[row.egpNumber, index] as const] : [])));
  const byItem = new Map(rows.map((row, index) => [itemKey(row), index] as const));
  const byEvidence = new Map(rows.map((row, index) => [`${row.evidence.kind}|${flat(row.evidence.number)}`, index] as const));
  // A number alone names a row only when one row of the file has it.
  const numberCount = new Map<string, number>();
  for (const row of rows) numberCount.set(flat(row.evidence.number), (numberCount.get(flat(row.evidence.number)) ?? 0) + 1);
  const byNumber = new Map(
    rows.flatMap((row, index) => (numberCount.get(flat(row.evidence.number)) === 1 ? [[flat(row.evidence.number), index] as const] : [])),
  );
  const matched = new Set<number>();
  return (sheetRow: SheetRow): number => {
    const number = flat(sheetRow.evidence.number);
    const candidates = [
      sheetRow.egpNumber === undefined ? undefined : byEgp.get(sheetRow.egpNumber),
      byItem.get(itemKey(sheetRow)),
      sheetRow.evidence.kind === undefined ? byNumber.get(number) : byEvidence.get(`${sheetRow.evidence.kind}|${number}`),
    ];
    const index = candidates.find((candidate) => candidate !== undefined && !matched.has(candidate) && !differentEgp(rows[candidate]!, sheetRow));
    if (index === undefined) return -1;
    matched.add(index);
    return index;
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
  { path: ['evidence', 'date'], show: (row) => row.evidence.date },
  { path: ['egpNumber'], show: (row) => row.egpNumber },
  { path: ['status'], show: (row) => row.status },
];

const valueAt = (row: ProcurementRow, fieldPath: readonly string[]): unknown => {
  const value = fieldPath.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], row);
  return Array.isArray(value) && value.length === 0 ? undefined : value;
};

/** A month file the import creates, and its text. */
const newMonthFile = (month: string, bePosted: string, rows: readonly SheetRow[]) => ({ month: beMonth(month), posted: bePosted, rows: rows.map(yamlRow) });
const monthFileText = (data: ReturnType<typeof newMonthFile>) => new Document(data).toString({ lineWidth: 0 });

/** What the import would have written for these rows with the file's own `posted` line, or undefined when it has none. */
function untouchedFileText(month: string, text: string, rows: readonly SheetRow[]): string | undefined {
  const posted = /^posted: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1];
  return posted === undefined ? undefined : monthFileText(newMonthFile(month, posted, rows));
}

export function mergeIntoMonths({ rows, existing, posted }: MergeInput): MergeResult {
  const result: MergeResult = { writes: new Map(), added: 0, updated: 0, unchanged: 0, notOverwritten: [], problems: [] };
  const byMonth = new Map<string, SheetRow[]>();
  for (const row of rows) byMonth.set(row.evidence.date.slice(0, 7), [...(byMonth.get(row.evidence.date.slice(0, 7)) ?? []), row]);
  const unknownPosting: string[] = [];

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
    for (const sheetRow of monthRows) {
      const index = matchRow(sheetRow);
      if (index < 0) {
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
