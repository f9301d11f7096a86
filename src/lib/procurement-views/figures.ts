/**
 * The annual figures of a fiscal year, computed from its rows in satang: count and total by method, by category and by
 * month, the largest contracts and the share of specific-method purchases. What the year page, the annual report and
 * its tests read; formatting is the view's (view.ts).
 */
import type { Entry } from '../content/model.ts';
import type { ProcurementMonth, ProcurementRow } from '../../schemas/procurement.ts';
import { fiscalYearMonths, fiscalYearOfIso } from '../calendar/thai-date.ts';
import { procurementCategories, type ProcurementCategory, type ProcurementMethod } from '../procurement/vocabulary.ts';

/** A row with where it sits: its month file and its number there (1-based, as the form numbers rows). */
export interface PlacedRow {
  entryId: string;
  /** CE month 'YYYY-MM' */
  month: string;
  fiscalYear: number;
  number: number;
  row: ProcurementRow;
}

export interface Tally<Key extends string> {
  key: Key;
  count: number;
  /** Agreed prices summed, satang */
  total: number;
}

export type MonthState = 'rows' | 'none' | 'no-file';

export interface MonthTally extends Tally<string> {
  state: MonthState;
  /** The month's file, when there is one */
  entryId?: string;
}

export interface YearFigures {
  fiscalYear: number;
  count: number;
  /** Agreed prices summed, satang */
  total: number;
  /** Budgets summed, satang */
  budget: number;
  /** Largest total first; methods with rows only */
  byMethod: Tally<ProcurementMethod>[];
  /** ซื้อ, จ้าง, จ้างก่อสร้าง, in that order; categories with rows only */
  byCategory: Tally<ProcurementCategory>[];
  /** The twelve months of the fiscal year, October first */
  byMonth: MonthTally[];
  /** The five largest agreed prices, largest first (ties: earlier date first) */
  largest: PlacedRow[];
  /** Purchases by the specific method (เฉพาะเจาะจง): count, total and their shares of the year's (0–1; 0 for an empty year) */
  specific: { count: number; total: number; countShare: number; totalShare: number };
}

/** Fiscal years that have any month file or annual report, newest first. */
export function procurementYears(months: readonly Entry<ProcurementMonth>[], reportYears: readonly number[] = []): number[] {
  return [...new Set([...months.map((entry) => fiscalYearOfIso(entry.data.month)), ...reportYears])].sort((a, b) => b - a);
}

/** The month files of a fiscal year, October first. */
export function monthsOfYear(months: readonly Entry<ProcurementMonth>[], fiscalYear: number): Entry<ProcurementMonth>[] {
  return months.filter((entry) => fiscalYearOfIso(entry.data.month) === fiscalYear).sort((a, b) => a.data.month.localeCompare(b.data.month));
}

export function placedRows(months: readonly Entry<ProcurementMonth>[]): PlacedRow[] {
  return months.flatMap((entry) =>
    entry.data.rows.map((row, index) => ({
      entryId: entry.id,
      month: entry.data.month,
      fiscalYear: fiscalYearOfIso(entry.data.month),
      number: index + 1,
      row,
    })),
  );
}

function tally<Key extends string>(rows: readonly PlacedRow[], keyOf: (row: ProcurementRow) => Key): Map<Key, Tally<Key>> {
  const tallies = new Map<Key, Tally<Key>>();
  for (const { row } of rows) {
    const key = keyOf(row);
    const known = tallies.get(key) ?? { key, count: 0, total: 0 };
    tallies.set(key, { key, count: known.count + 1, total: known.total + row.winner.price });
  }
  return tallies;
}

const largestCount = 5;

export function yearFigures(months: readonly Entry<ProcurementMonth>[], fiscalYear: number): YearFigures {
  const files = monthsOfYear(months, fiscalYear);
  const rows = placedRows(files);
  const total = rows.reduce((sum, { row }) => sum + row.winner.price, 0);
  const byMethod = [...tally(rows, (row) => row.method).values()].sort((a, b) => b.total - a.total || b.count - a.count || a.key.localeCompare(b.key));
  const categories = tally(rows, (row) => row.category);
  const byCategory = procurementCategories.flatMap((category) => (categories.has(category) ? [categories.get(category)!] : []));
  const fileOf = new Map(files.map((entry) => [entry.data.month, entry]));
  const byMonth = fiscalYearMonths(fiscalYear).map((month): MonthTally => {
    const entry = fileOf.get(month);
    const ofMonth = rows.filter((placed) => placed.month === month);
    const state: MonthState = !entry ? 'no-file' : entry.data.rows.length > 0 ? 'rows' : 'none';
    return { key: month, count: ofMonth.length, total: ofMonth.reduce((sum, { row }) => sum + row.winner.price, 0), state, entryId: entry?.id };
  });
  const largest = [...rows]
    .sort((a, b) => b.row.winner.price - a.row.winner.price || a.row.evidence.date.localeCompare(b.row.evidence.date))
    .slice(0, largestCount);
  const specificRows = rows.filter(({ row }) => row.method === 'specific');
  const specificTotal = specificRows.reduce((sum, { row }) => sum + row.winner.price, 0);
  return {
    fiscalYear,
    count: rows.length,
    total,
    budget: rows.reduce((sum, { row }) => sum + row.budget, 0),
    byMethod,
    byCategory,
    byMonth,
    largest,
    specific: {
      count: specificRows.length,
      total: specificTotal,
      countShare: rows.length === 0 ? 0 : specificRows.length / rows.length,
      totalShare: total === 0 ? 0 : specificTotal / total,
    },
  };
}
