/**
 * A spreadsheet's cells, row by row as the sheet numbers them: .xlsx (and .xlsm, whose macros are never run) with
 * read-excel-file (every worksheet, values of formulas as Excel last computed them), plus the rows each worksheet hides
 * and its formulas saved without a value; text tables with csv-parse: UTF-8, e-GP's Windows-874/TIS-620 or UTF-16
 * (Excel's "Unicode Text"), separated by commas, semicolons or tabs as the header line shows. What a file is comes from
 * its bytes, not its name: a workbook renamed .xls or .csv is read, and a file that is not a table this reads (an
 * OpenDocument .ods, an old .xls, a PDF, a Word file, a picture, a web page) is named with what to do.
 */
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { contentKindName } from '../../i18n/file-contents.ts';
import { importMessages, type ImportText } from '../../i18n/procurement-import.ts';
import { identifyContent, textVerdict } from '../guards/attachment-type.ts';
import { listZipEntries, readZipEntry, type ZipEntry } from '../guards/zip-archive.ts';
import { findHeaderRow } from './columns.ts';

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
  encoding?: TextEncoding;
  /** The separator a CSV was read with, chosen by its header line */
  delimiter?: Delimiter;
  /** Merged ranges (xlsx only): 1-based rows, 0-based columns; only the top-left cell holds the value */
  merges?: CellRange[];
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type TextEncoding = 'utf-8' | 'windows-874' | 'utf-16le' | 'utf-16be';
type Delimiter = ',' | ';' | '\t';

/** Every worksheet of a workbook in its order (a CSV is one); notes say how an unusual file was read (for the terminal). */
export type TableResult = { ok: true; tables: Table[]; notes: ImportText[] } | { ok: false; problem: ImportText };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
/** OLE2 compound file: Excel 97–2003 .xls, old Word and PowerPoint, and password-protected .xlsx. */
const isCompoundFile = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

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

const refuse = (problem: ImportText): TableResult => ({ ok: false, problem });

/** The lower-case extension with its dot ('.xls'), '' for none. */
function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** What a file is, decided from its bytes before any row is read; the notes say how an unusual file will be read. */
type Sniffed =
  | { kind: 'workbook'; notes: ImportText[] }
  | { kind: 'text'; text: string; encoding: TextEncoding; delimiter: Delimiter; notes: ImportText[] }
  | { kind: 'refused'; problem: ImportText };

async function sniff(name: string, bytes: Uint8Array): Promise<Sniffed> {
  const refused = (problem: ImportText): Sniffed => ({ kind: 'refused', problem });
  if (bytes.length === 0) return refused(importMessages.emptyFile(name));
  if (isZip(bytes)) {
    const entries = zipEntries(bytes);
    const names = new Set(entries?.map((entry) => entry.name));
    if (names.has('xl/workbook.xml')) return { kind: 'workbook', notes: workbookNotes(name, names) };
    if (names.has('xl/workbook.bin')) return refused(importMessages.xlsbFile(name));
    if (/^application\/vnd\.oasis\.opendocument\.spreadsheet/.test(openDocumentType(bytes, entries) ?? '')) return refused(importMessages.odsFile(name));
  }
  // Excel's "Unicode Text" and UTF-16 CSVs begin with a byte-order mark; checked before signatures, which it has none of.
  const bom = utf16ByBom(bytes);
  if (bom) return sniffText(name, bytes, bom);
  const identified = await identifyContent(bytes);
  if (isCompoundFile(bytes)) return refused(compoundFileProblem(name, identified.signatures));
  const [signature] = identified.signatures;
  if (signature === 'excel') return refused(importMessages.damaged(name, 'xl/workbook.xml is missing'));
  if (signature !== undefined) return refused(importMessages.notASheet(name, contentKindName(signature, identified.detail)));
  const utf16 = utf16ByContent(bytes);
  if (utf16) return sniffText(name, bytes, utf16);
  const verdict = textVerdict(bytes);
  if (verdict.kind === 'markup') {
    const kind = contentKindName(verdict.markup);
    return refused(verdict.markup === 'svg' ? importMessages.notASheet(name, kind) : importMessages.webPage(name, kind));
  }
  if (verdict.kind === 'binary') return refused(importMessages.notSpreadsheet(name));
  return sniffText(name, bytes);
}

/** How the file will be read, for the terminal: a workbook under another name, UTF-16, a separator other than a comma. */
export async function readTable(name: string, bytes: Uint8Array): Promise<TableResult> {
  const sniffed = await sniff(name, bytes);
  if (sniffed.kind === 'refused') return refuse(sniffed.problem);
  if (sniffed.kind === 'workbook') return readWorkbook(name, bytes, sniffed.notes);
  const { text, encoding, delimiter, notes } = sniffed;
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
    return { ok: true, tables: [{ format: 'csv', rows, hiddenRows: new Set(), uncomputed: new Set(), encoding, delimiter }], notes };
  } catch (error) {
    return refuse(importMessages.damaged(name, (error as Error).message));
  }
}

/** The entries of a ZIP, or undefined when it cannot be read as one. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  try {
    return listZipEntries(bytes);
  } catch {
    return undefined;
  }
}

/** An OpenDocument package's media type, from its `mimetype` entry. */
function openDocumentType(bytes: Uint8Array, entries: readonly ZipEntry[] | undefined): string | undefined {
  const entry = entries?.find((candidate) => candidate.name === 'mimetype');
  if (!entry) return undefined;
  try {
    return strFromU8(readZipEntry(bytes, entry)).trim();
  } catch {
    return undefined;
  }
}

function compoundFileProblem(name: string, kinds: readonly string[]): ImportText {
  if (kinds.includes('office-encrypted')) return importMessages.passwordProtected(name);
  if (kinds.includes('excel-legacy')) return importMessages.legacyXls(name);
  if (kinds.includes('word-legacy')) return importMessages.notASheet(name, contentKindName('word-legacy'));
  if (kinds.includes('powerpoint-legacy')) return importMessages.notASheet(name, contentKindName('powerpoint-legacy'));
  // A compound file whose streams could not be listed: most likely the old .xls staff meant to give.
  return importMessages.legacyXls(name);
}

/** Macros are code in xl/vbaProject.bin; only cell values are read here, so nothing of it runs or is published. */
function workbookNotes(name: string, parts: ReadonlySet<string>): ImportText[] {
  const extension = extensionOf(name);
  if (extension === '.xlsm' || parts.has('xl/vbaProject.bin')) return [importMessages.macroWorkbook(name)];
  return extension === '.xlsx' ? [] : [importMessages.wrongExtension(name, extension)];
}

async function readWorkbook(name: string, bytes: Uint8Array, notes: ImportText[]): Promise<TableResult> {
  try {
    // Loaded only for workbooks: a CSV import (e-GP's files, the bench) need not load the xlsx reader.
    const { default: readXlsxFile } = await import('read-excel-file/node');
    const sheets = await readXlsxFile(Buffer.from(bytes));
    const files = unzipSync(bytes, { filter: (file) => /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(file.name) });
    const worksheets = new Map(worksheetParts(files).map((part) => [part.name, part]));
    const tables = sheets.map(({ sheet, data }): Table => {
      const part = worksheets.get(sheet);
      return {
        format: 'xlsx',
        sheetName: sheet,
        sheetHidden: part?.hidden ?? false,
        rows: data as unknown as Cell[][],
        ...sheetPropertiesOf(part?.part ? files[part.part] : undefined),
      };
    });
    return { ok: true, tables, notes };
  } catch (error) {
    return refuse(importMessages.damaged(name, (error as Error).message));
  }
}

const utf16ByBom = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined =>
  bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;

/** Characters a table's text is made of: ASCII, Latin-1, Thai, punctuation; binary read as UTF-16 is mostly others. */
const tableCharacter = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u0e00-\u0e7f\u2000-\u206f\ufeff]/g;

/** UTF-16 without a byte-order mark: NUL bytes (ASCII's high bytes) and, decoded, nearly all table characters. */
function utf16ByContent(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const head = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (head.length < 2 || !head.includes(0)) return undefined;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(head);
    } catch {
      continue;
    }
    if ((text.match(tableCharacter)?.length ?? 0) >= text.length * 0.95) return encoding;
  }
  return undefined;
}

/** UTF-8 when the bytes are UTF-8 (with or without BOM); otherwise Thai Windows-874, which e-GP's files use. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-874' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    // A UTF-8 byte-order mark some programs put in front of a Windows-874 file is not text of the table.
    const withoutMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    return { text: new TextDecoder('windows-874').decode(withoutMark), encoding: 'windows-874' };
  }
}

function decodeText(name: string, bytes: Uint8Array, utf16?: 'utf-16le' | 'utf-16be'): { text: string; encoding: TextEncoding } | ImportText {
  if (!utf16) return decodeCsv(bytes);
  try {
    // The decoder drops the byte-order mark.
    return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
  } catch (error) {
    return importMessages.damaged(name, (error as Error).message);
  }
}

const delimiters: readonly Delimiter[] = [',', ';', '\t'];
/** How many records of the top the separator is chosen from: a form's title rows and its header are among them. */
const headRecords = 30;

/**
 * The separator: the one under which the header row is found with the most known columns (a title line above the
 * header, or amounts such as 12,500.00 in a ;-separated file, cannot mislead it); when no header is known, the one that
 * splits the first non-empty line into the most cells. A separator that breaks a quoted field is not a candidate.
 */
function chooseDelimiter(text: string): Delimiter {
  const candidates = delimiters.flatMap((delimiter) => {
    try {
      return [{ delimiter, rows: parse(text, { delimiter, relax_column_count: true, to: headRecords }) as string[][] }];
    } catch {
      return [];
    }
  });
  let best: { delimiter: Delimiter; known: number; cells: number } | undefined;
  for (const { delimiter, rows } of candidates) {
    const known = findHeaderRow(rows)?.fields.size ?? 0;
    const cells = rows.find((row) => row.some((cell) => cell.trim() !== ''))?.length ?? 0;
    if (!best || known > best.known || (known === best.known && cells > best.cells)) best = { delimiter, known, cells };
  }
  return best?.delimiter ?? ',';
}

function sniffText(name: string, bytes: Uint8Array, utf16?: 'utf-16le' | 'utf-16be'): Sniffed {
  const decoded = decodeText(name, bytes, utf16);
  if (!('text' in decoded)) return { kind: 'refused', problem: decoded };
  const { text, encoding } = decoded;
  const delimiter = chooseDelimiter(text);
  const plain = delimiter === ',' && !utf16 && ['.csv', '.txt', '.tsv'].includes(extensionOf(name));
  const notes = plain ? [] : [importMessages.textRead(name, utf16 ? 'utf-16' : encoding === 'windows-874' ? 'windows-874' : 'utf-8', delimiter)];
  return { kind: 'text', text, encoding, delimiter, notes };
}
