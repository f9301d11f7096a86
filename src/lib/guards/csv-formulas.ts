/**
 * Cells of a CSV attachment that a spreadsheet would run as a formula able to reach out (HYPERLINK, WEBSERVICE, DDE
 * `cmd|…`): a formula start (the same rule as our own exports, src/lib/exports/csv.ts) followed by a function or command
 * name. Plain signed numbers and phone numbers (`-500`, `+66 2 123 4567`) and Thai text after a dash (`-ไม่มี-`) are not
 * such cells. Read with csv-parse and, since readers differ on stray quotes, also line by line without quoting.
 */
import { parse } from 'csv-parse/sync';
import { looksLikeFormula } from '../text/formula-cells.ts';

export interface FormulaCell {
  /** Line of the file where the cell's row ends, from 1 */
  line: number;
  /** Column, from 1 */
  column: number;
  cell: string;
}

// Excel splits on the list separator of the computer's language, LibreOffice asks: every usual one is tried.
const delimiters = [',', ';', '\t'];

/** A formula that names a function or a program: Latin letters after the formula start. */
const reachesOut = (cell: string) => looksLikeFormula(cell) && /[A-Za-z]/.test(cell);

/** Rows as a CSV reader finds them (csv-parse), or undefined when it gives up. */
function parsedRows(text: string): { cells: string[]; line: number }[] | undefined {
  try {
    const records = parse(text, { bom: true, relax_quotes: true, relax_column_count: true, delimiter: delimiters, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return records.map(({ record, info }) => ({ cells: record, line: info.lines }));
  } catch {
    return undefined;
  }
}

/** Rows as a reader that ignores quoting would split them. */
function plainRows(text: string): { cells: string[]; line: number }[] {
  return text.split(/\r\n|\n|\r/).map((row, index) => ({ cells: row.split(/[,;\t]/).map((cell) => cell.replace(/^(\s*)"/, '$1')), line: index + 1 }));
}

/**
 * Every cell that would run as a reaching-out formula, once each, in file order. Where quoting is in doubt (the parser
 * gives up, or a quote is left open), the file is also read without quoting: readers differ there.
 */
export function findFormulaCells(text: string): FormulaCell[] {
  const parsed = parsedRows(text);
  const quotesInDoubt = parsed === undefined || (text.match(/"/g)?.length ?? 0) % 2 === 1;
  const found = new Map<string, FormulaCell>();
  for (const { cells, line } of [...(parsed ?? []), ...(quotesInDoubt ? plainRows(text) : [])]) {
    cells.forEach((cell, index) => {
      if (reachesOut(cell) && !found.has(`${line}:${index}`)) found.set(`${line}:${index}`, { line, column: index + 1, cell });
    });
  }
  return [...found.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
