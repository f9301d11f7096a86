import { stringify } from 'csv-stringify/sync';
import { looksLikeFormula } from '../text/formula-cells.ts';

export { looksLikeFormula };

/** UTF-8 byte-order mark: without it Excel opens Thai CSV as mojibake. */
export const utf8Bom = '\uFEFF';

export interface CsvColumn<T> {
  /** Header shown in the first row */
  header: string;
  /** A number is written as a number; a string is text, made inert if a spreadsheet would read it as a formula */
  value: (row: T) => string | number | undefined;
}

/** A text cell as a spreadsheet must show it: one that would start a formula gets OWASP's leading `'` (and is quoted by `toCsv`). */
export function inertCell(value: string | number | undefined): string | number {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return looksLikeFormula(value) ? `'${value}` : value;
}

/**
 * CSV with a BOM and CRLF line ends (what Excel expects), the one writer of every CSV Prongsai publishes or hands to
 * staff: text cells that would start a formula are neutralised, numbers stay numbers; quoting is left to csv-stringify.
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const records = rows.map((row) => columns.map((column) => inertCell(column.value(row))));
  const header = columns.map((column) => inertCell(column.header));
  return utf8Bom + stringify([header, ...records], { record_delimiter: 'windows', quoted_match: [/[\r\n]/, /^'/] });
}
