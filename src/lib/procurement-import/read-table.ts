/**
 * A spreadsheet's cells, row by row as the sheet numbers them: CSV (UTF-8, or e-GP's Windows-874/TIS-620) read with
 * csv-parse, .xlsx with read-excel-file (every worksheet, values of formulas as Excel last computed them), plus the
 * rows each worksheet hides and its formulas saved without a value.
 */
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { importMessages, type ImportText } from '../../i18n/procurement-import.ts';

export type Cell = string | number | boolean | Date | null;

export interface Table {
  format: 'csv' | 'xlsx';
  /** The worksheet's name (xlsx); agencies often keep one worksheet a month */
  sheetName?: string;
  /** The worksheet is hidden in the workbook */
  sheetHidden?: boolean;
  /** rows[i] is sheet row i + 1 */
  rows: Cell[][];
  /** 1-based rows the sheet hides (xlsx only) */
  hiddenRows: Set<number>;
  /** Cells holding a formula Excel never computed (no value saved), as "row:column" with 1-based row, 0-based column */
  uncomputed: Set<string>;
  /** The encoding a CSV was read in */
  encoding?: 'utf-8' | 'windows-874';
  /** Merged ranges (xlsx only): 1-based rows, 0-based columns; only the top-left cell holds the value */
  merges?: CellRange[];
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Every worksheet of a workbook in its order (a CSV is one) */
export type TableResult = { ok: true; tables: Table[] } | { ok: false; problem: ImportText };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
/** OLE2 (legacy .xls, .doc) and PDF: files people pick by mistake. */
const isBinaryDocument = (bytes: Uint8Array) =>
  (bytes[0] === 0xd0 && bytes[1] === 0xcf) || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46);

/** UTF-8 when the bytes are UTF-8 (with or without BOM); otherwise Thai Windows-874, which e-GP's files use. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-874' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
}

const columnIndex = (letters: string) => [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const xmlText = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each worksheet's name, XML part and whether the workbook hides it, in the workbook's order. */
function worksheetParts(files: Record<string, Uint8Array>): { name: string; part?: string; hidden: boolean }[] {
  const workbook = files['xl/workbook.xml'];
  if (!workbook) return [];
  const rels = files['xl/_rels/workbook.xml.rels'];
  const targets = new Map<string, string>();
  for (const [tag] of rels ? strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g) : []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  return [...strFromU8(workbook).matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => {
    const id = attribute(tag, 'r:id');
    return {
      name: xmlText(attribute(tag, 'name') ?? ''),
      part: id ? targets.get(id) : undefined,
      hidden: /^(?:hidden|veryHidden)$/.test(attribute(tag, 'state') ?? ''),
    };
  });
}

/**
 * What read-excel-file does not tell: rows marked hidden, and formulas saved without a value (a file written by a
 * program, never opened in Excel), in a worksheet's XML.
 */
function sheetPropertiesOf(xml: Uint8Array | undefined): { hiddenRows: Set<number>; uncomputed: Set<string>; merges: CellRange[] } {
  const hiddenRows = new Set<number>();
  const uncomputed = new Set<string>();
  const merges: CellRange[] = [];
  if (!xml) return { hiddenRows, uncomputed, merges };
  const text = strFromU8(xml);
  for (const match of text.matchAll(/<row\b[^>]*>/g)) {
    if (!/\bhidden="(?:1|true)"/.test(match[0])) continue;
    const number = /\br="(\d+)"/.exec(match[0]);
    if (number) hiddenRows.add(Number(number[1]));
  }
  for (const match of text.matchAll(/<c\b[^>]*\br="([A-Z]+)(\d+)"[^>]*>(.*?)<\/c>/gs)) {
    if (/<f\b/.test(match[3]!) && !/<v>/.test(match[3]!)) uncomputed.add(`${match[2]}:${columnIndex(match[1]!)}`);
  }
  for (const [, fromColumn, fromRow, toColumn, toRow] of text.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    merges.push({ top: Number(fromRow), left: columnIndex(fromColumn!), bottom: Number(toRow), right: columnIndex(toColumn!) });
  }
  return { hiddenRows, uncomputed, merges };
}

export async function readTable(name: string, bytes: Uint8Array): Promise<TableResult> {
  const extension = name.toLowerCase().split('.').pop();
  if (extension === 'xlsx' && isZip(bytes)) {
    try {
      // Loaded only for workbooks: a CSV import (e-GP's files, the bench) need not load the xlsx reader.
      const { default: readXlsxFile } = await import('read-excel-file/node');
      const sheets = await readXlsxFile(Buffer.from(bytes));
      const files = unzipSync(bytes, { filter: (file) => /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(file.name) });
      const parts = new Map(worksheetParts(files).map((part) => [part.name, part]));
      const tables = sheets.map(({ sheet, data }): Table => {
        const part = parts.get(sheet);
        return {
          format: 'xlsx',
          sheetName: sheet,
          sheetHidden: part?.hidden ?? false,
          rows: data as unknown as Cell[][],
          ...sheetPropertiesOf(part?.part ? files[part.part] : undefined),
        };
      });
      return { ok: true, tables };
    } catch (error) {
      return { ok: false, problem: importMessages.damaged(name, (error as Error).message) };
    }
  }
  if (extension === 'csv' && !isZip(bytes) && !isBinaryDocument(bytes) && !bytes.subarray(0, 4096).includes(0)) {
    const { text, encoding } = decodeCsv(bytes);
    try {
      const rows = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
      return { ok: true, tables: [{ format: 'csv', rows, hiddenRows: new Set(), uncomputed: new Set(), encoding }] };
    } catch (error) {
      return { ok: false, problem: importMessages.damaged(name, (error as Error).message) };
    }
  }
  return { ok: false, problem: importMessages.notSpreadsheet(name) };
}
