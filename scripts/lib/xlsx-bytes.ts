/**
 * A minimal .xlsx written by hand (OOXML parts zipped with fflate), so tests can give the importer real workbooks:
 * text, numbers, dates as Excel serials with a date format, formulas with cached values, merged and hidden rows.
 */
import { zipSync, strToU8 } from 'fflate';

export type XlsxCell = string | number | { date: string } | { formula: string; cached?: string | number } | null;

export interface XlsxSheet {
  rows: XlsxCell[][];
  /** 1-based row numbers hidden in the sheet */
  hiddenRows?: number[];
  /** Ranges such as "A3:A4" */
  merges?: string[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (index: number) => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};
/** Days since 1899-12-30, as Excel stores dates. */
const serial = (iso: string) =>
  (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - Date.UTC(1899, 11, 30)) / 86_400_000;

function cellXml(cell: XlsxCell, ref: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(cell)}</t></is></c>`;
  if ('date' in cell) return `<c r="${ref}" s="1"><v>${serial(cell.date)}</v></c>`;
  const cached = cell.cached === undefined ? '' : typeof cell.cached === 'number' ? `<v>${cell.cached}</v>` : `<v>${escape(cell.cached)}</v>`;
  return `<c r="${ref}"${typeof cell.cached === 'string' ? ' t="str"' : ''}><f>${escape(cell.formula)}</f>${cached}</c>`;
}

function worksheetXml(sheet: XlsxSheet): string {
  const hidden = new Set(sheet.hiddenRows ?? []);
  const rows = sheet.rows
    .map(
      (row, rowIndex) =>
        `<row r="${rowIndex + 1}"${hidden.has(rowIndex + 1) ? ' hidden="1"' : ''}>${row.map((cell, columnIndex) => cellXml(cell, `${column(columnIndex)}${rowIndex + 1}`)).join('')}</row>`,
    )
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((range) => `<mergeCell ref="${range}"/>`).join('')}</mergeCells>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

export function xlsxBytes(sheet: XlsxSheet): Uint8Array {
  return xlsxWorkbookBytes([{ name: 'สขร1', sheet }]);
}

/** A workbook of several worksheets in this order (as agencies keep one a month); a hidden one is marked so. */
export function xlsxWorkbookBytes(worksheets: readonly { name: string; sheet: XlsxSheet; hidden?: boolean }[]): Uint8Array {
  const numbered = worksheets.map((worksheet, index) => ({ ...worksheet, number: index + 1 }));
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${numbered.map(({ number }) => `<Override PartName="/xl/worksheets/sheet${number}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${numbered.map(({ name, number, hidden }) => `<sheet name="${escape(name)}" sheetId="${number}"${hidden ? ' state="hidden"' : ''} r:id="rId${number}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${numbered.map(({ number }) => `<Relationship Id="rId${number}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${number}.xml"/>`).join('')}<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="0"/><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ...Object.fromEntries(numbered.map(({ number, sheet }) => [`xl/worksheets/sheet${number}.xml`, worksheetXml(sheet)])),
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}
