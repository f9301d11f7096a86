import { stringify } from 'csv-stringify/sync';

/** UTF-8 byte-order mark: without it Excel opens Thai CSV as mojibake. */
export const utf8Bom = '\uFEFF';

export interface CsvColumn<T> {
  /** Header shown in the first row */
  header: string;
  value: (row: T) => string | number | undefined;
}

/** CSV with a BOM and CRLF line ends (what Excel expects); quoting is left to csv-stringify. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const records = rows.map((row) => columns.map((column) => column.value(row) ?? ''));
  return utf8Bom + stringify([columns.map((column) => column.header), ...records], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
