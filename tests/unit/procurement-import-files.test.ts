/**
 * The importer's file-level answers: which file was given (its bytes, not its name, decide: .xlsx under another name,
 * UTF-16 "Unicode Text", CSV separated by ; or tabs, OpenDocument, old .xls, PDF, Word, pictures) and what `npm run
 * import -- procurement` says, in Thai first, about a missing file, a folder, an option without its value or `--help`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { parse } from 'yaml';
import { planProcurementImport, type ImportPlan } from '../../src/lib/procurement-import/import-procurement.ts';
import { readTable, type TableResult } from '../../src/lib/procurement-import/read-table.ts';
import { fileProblem, run } from '../../src/lib/procurement-import/cli.ts';
import { egpCsvText, formSheetXlsx, generatedYearSheet, windows874 } from '../../scripts/lib/procurement-sheets.ts';

const reportTh = (plan: ImportPlan) => plan.report.map((line) => line.th).join('\n');
const texts = (plan: ImportPlan) => new Map([...plan.writes].map(([file, write]) => [file, write.text]));
const plan = (fileName: string, bytes: Uint8Array) => planProcurementImport({ fileName, bytes, existing: new Map() });
const refusedWith = async (fileName: string, bytes: Uint8Array) => {
  const result = await plan(fileName, bytes);
  expect(result.ok).toBe(false);
  expect(result.writes.size).toBe(0);
  return reportTh(result);
};
const problemOf = (result: TableResult) => (result.ok ? '' : result.problem.th);

/** The generated year (24 rows, Thai dates, two bidders in a cell, "1,000.00" amounts) as text with another separator. */
const yearCsv = generatedYearSheet(24, { dates: 'thai', twoBidders: true });
const yearRows = parseCsv(yearCsv, { relax_column_count: true }) as string[][];
const withSeparator = (delimiter: string) => stringify(yearRows, { delimiter, record_delimiter: '\r\n' });
const utf16le = (text: string, bom = true) => {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  [...(bom ? '\uFEFF' : ''), ...text].forEach((character, index) => view.setUint16(index * 2, character.charCodeAt(0), true));
  return bytes;
};
const utf16be = (text: string) => {
  const bytes = new Uint8Array((text.length + 1) * 2);
  const view = new DataView(bytes.buffer);
  [...'\uFEFF', ...text].forEach((character, index) => view.setUint16(index * 2, character.charCodeAt(0), false));
  return bytes;
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a workbook is read by what its bytes are, not by its name', () => {
  it.each(['skr1.xls', 'skr1.csv', 'SKR1.XLSX', 'skr1'])('a real .xlsx named %s is read as .xlsx', async (name) => {
    const asXlsx = await plan('skr1.xlsx', formSheetXlsx());
    const renamed = await plan(name, formSheetXlsx());
    expect(renamed.ok, reportTh(renamed)).toBe(true);
    expect(texts(renamed)).toEqual(texts(asXlsx));
  });

  it('says when the name does not end in .xlsx, so staff can rename it', async () => {
    const result = await readTable('skr1.xls', formSheetXlsx());
    expect(result.ok).toBe(true);
    expect(result.ok && result.notes.map((note) => note.th)).toEqual([expect.stringContaining('ไฟล์ "skr1.xls" เป็นตาราง Excel (.xlsx) แต่ชื่อไฟล์ลงท้ายด้วย .xls')]);
    const named = await readTable('skr1.xlsx', formSheetXlsx());
    expect(named.ok && named.notes).toEqual([]);
  });

  it('a macro workbook (.xlsm): its cell values are read, its macros are never run, and the note says so', async () => {
    const parts = unzipSync(formSheetXlsx());
    parts['xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    parts['[Content_Types].xml'] = strToU8(
      new TextDecoder()
        .decode(parts['[Content_Types].xml'])
        .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'),
    );
    const xlsm = zipSync(parts);
    const result = await plan('skr1.xlsm', xlsm);
    expect(result.ok, reportTh(result)).toBe(true);
    expect(texts(result)).toEqual(texts(await plan('skr1.xlsx', formSheetXlsx())));
    const read = await readTable('skr1.xlsm', xlsm);
    expect(read.ok && read.notes.map((note) => note.th).join('\n')).toContain('มีแมโคร (.xlsm): อ่านเฉพาะค่าในช่อง ไม่ได้เรียกใช้แมโคร');
  });
});

describe('files that are not a sheet this importer reads get a Thai answer naming what they are and what to do', () => {
  const ods = zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8('<office:document-content/>'),
  });

  it.each(['report.ods', 'report.xlsx', 'report.csv'])('an OpenDocument spreadsheet named %s: save it as .xlsx or CSV in LibreOffice', async (name) => {
    const text = await refusedWith(name, ods);
    expect(text).toContain(`ไฟล์ "${name}" เป็นตาราง OpenDocument (.ods) ของ LibreOffice`);
    expect(text).toContain('ไฟล์ → บันทึกเป็น (File → Save As)');
    expect(text).not.toContain('.xls แบบเก่า');
  });

  it('an old Excel 97–2003 .xls: save it as .xlsx', async () => {
    const text = await refusedWith('report.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    expect(text).toContain('ไฟล์ "report.xls" เป็นตาราง Excel แบบเก่า (.xls)');
    expect(text).toContain('บันทึกเป็น "สมุดงาน Excel (.xlsx)"');
  });

  it('an Excel binary workbook (.xlsb): save it as .xlsx', async () => {
    const xlsb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.bin': new Uint8Array([1, 2, 3]) });
    expect(await refusedWith('report.xlsb', xlsb)).toContain('เป็นตาราง Excel แบบไบนารี (.xlsb)');
  });

  const docx = zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8('<Relationships/>'),
    'word/document.xml': strToU8('<w:document/>'),
  });
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  it.each([
    ['a PDF', 'report.xlsx', utf8('%PDF-1.7\n%\xe2\xe3\n1 0 obj'), 'เป็นเอกสาร PDF ไม่ใช่ตาราง .csv หรือ .xlsx'],
    ['a Word document', 'report.csv', docx, 'เป็นเอกสาร Word (.docx) ไม่ใช่ตาราง .csv หรือ .xlsx'],
    ['a picture', 'report.xlsx', png, 'เป็นรูปภาพ PNG ไม่ใช่ตาราง .csv หรือ .xlsx'],
  ])('%s says what it is, not a sheet', async (_what, name, bytes, expected) => {
    const text = await refusedWith(name, bytes);
    expect(text).toContain(`ไฟล์ "${name}" ${expected}`);
    expect(text).not.toContain('.xls แบบเก่า');
  });

  it('a web page saved as .xls (what some systems export): open it in Excel and save as .xlsx', async () => {
    const text = await refusedWith('export.xls', utf8('<html><body><table><tr><td>งานที่จัดซื้อหรือจัดจ้าง</td></tr></table></body></html>'));
    expect(text).toContain('ไฟล์ "export.xls" เป็นหน้าเว็บ HTML ไม่ใช่ตาราง .csv หรือ .xlsx');
    expect(text).toContain('เปิดไฟล์ใน Excel แล้วบันทึกเป็น .xlsx');
  });

  it('an empty file says it is empty', async () => {
    expect(await refusedWith('skr1.csv', new Uint8Array())).toContain('ไฟล์ "skr1.csv" ว่างเปล่า (0 ไบต์)');
  });
});

describe('text tables: UTF-16 "Unicode Text", and a separator other than a comma, read from the header line', () => {
  const commaPlan = () => plan('year.csv', utf8(yearCsv));

  it.each([
    ['Excel "Unicode Text" (UTF-16LE with BOM, tab-separated) saved as .txt', 'year.txt', () => utf16le(withSeparator('\t'))],
    ['the same renamed .csv', 'year.csv', () => utf16le(withSeparator('\t'))],
    ['a UTF-16LE CSV with commas', 'year.csv', () => utf16le(withSeparator(','))],
    ['a UTF-16BE CSV with commas', 'year.csv', () => utf16be(withSeparator(','))],
    ['UTF-16LE without a BOM', 'year.txt', () => utf16le(withSeparator('\t'), false)],
    ['a UTF-8 CSV separated by ;', 'year.csv', () => utf8(withSeparator(';'))],
    ['a UTF-8 .tsv', 'year.tsv', () => utf8(withSeparator('\t'))],
    ['a UTF-8 .txt separated by tabs', 'year.txt', () => utf8(withSeparator('\t'))],
    ['a Windows-874 CSV separated by ;', 'year.csv', () => windows874(withSeparator(';'))],
  ])('%s gives the same month files as the comma CSV', async (_what, name, bytes) => {
    const result = await plan(name, bytes());
    expect(result.ok, reportTh(result)).toBe(true);
    expect(result.counts).toEqual({ added: 24, updated: 0, unchanged: 0, refused: 0 });
    expect(texts(result)).toEqual(texts(await commaPlan()));
  });

  it('12,500.00 in a ;-separated CSV stays one cell, and the note names the separator', async () => {
    const text = ['งานที่จัดซื้อหรือจัดจ้าง;วงเงินที่จะซื้อหรือจ้าง;วิธีซื้อหรือจ้าง;ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง', 'จัดซื้อวัสดุ;12,500.00;เฉพาะเจาะจง;ร้านสมใจ 12,000.00'].join(
      '\r\n',
    );
    const result = await readTable('skr1.csv', utf8(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tables[0]!.rows[1]).toEqual(['จัดซื้อวัสดุ', '12,500.00', 'เฉพาะเจาะจง', 'ร้านสมใจ 12,000.00']);
    expect(result.notes.map((note) => note.th)).toEqual(['อ่าน "skr1.csv" เป็นข้อความ UTF-8 คั่นด้วยเครื่องหมาย ;']);
  });

  it('the header line decides, not a title line above it or commas inside quoted fields', async () => {
    const text = [
      'สรุปผลการดำเนินการจัดซื้อจัดจ้าง, เดือนตุลาคม, 2566, หน่วยงาน ก',
      '"งานที่จัดซื้อหรือจัดจ้าง";"วงเงินที่จะซื้อหรือจ้าง (บาท, รวมภาษี)";"วิธีซื้อหรือจ้าง";"ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง"',
      '"จัดซื้อวัสดุ, สำนักงาน";12,500.00;เฉพาะเจาะจง;"ร้านสมใจ 12,000.00"',
    ].join('\n');
    const result = await readTable('skr1.csv', utf8(text));
    expect(result.ok && result.tables[0]!.rows[2]).toEqual(['จัดซื้อวัสดุ, สำนักงาน', '12,500.00', 'เฉพาะเจาะจง', 'ร้านสมใจ 12,000.00']);
  });

  it('a UTF-16 file is named in the note (Excel "Unicode Text")', async () => {
    const result = await readTable('year.txt', utf16le(withSeparator('\t')));
    expect(result.ok && result.notes.map((note) => note.th)).toEqual(['อ่าน "year.txt" เป็นข้อความ UTF-16 (Unicode Text ของ Excel) คั่นด้วยแท็บ']);
  });

  it('a plain UTF-8 or e-GP Windows-874 comma CSV gets no note', async () => {
    for (const bytes of [utf8(yearCsv), windows874(egpCsvText())]) {
      const result = await readTable('x.csv', bytes);
      expect(result.ok && result.notes).toEqual([]);
    }
  });

  it('binary data that is neither a known type nor text is still refused, not read as a CSV', async () => {
    const noise = Uint8Array.from({ length: 2048 }, (_, index) => (index * 7919) % 256);
    expect(problemOf(await readTable('skr1.csv', noise))).toContain('ไม่ใช่ตาราง .csv หรือ .xlsx');
  });
});

describe('npm run import -- procurement: every answer is Thai first, names the file or option and the fix', () => {
  let folder: string;
  let errors: string[];
  let logs: string[];
  const content = () => path.join(folder, 'content');
  const errorText = () => errors.join('\n');

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'import-files-'));
    await mkdir(content());
    errors = [];
    logs = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logs.push(args.join(' ')));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(folder, { recursive: true, force: true });
  });

  /** Thai first, the English in brackets after it, never Node's English error alone or a stack. */
  const expectThaiFirst = (text: string) => {
    expect(text).toMatch(/^[^\n(]*[\u0e00-\u0e7f]/);
    expect(text).not.toMatch(/^\s*at |^✗ [A-Z]{3,}:|ERR_PARSE_ARGS/m);
  };

  it('a missing file: ไม่พบไฟล์, with its name and how to write a name with spaces; exit 1', async () => {
    const missing = path.join(folder, 'สขร 2567.xlsx');
    expect(await run([missing, '--content', content()])).toBe(1);
    expect(errorText()).toContain(`ไม่พบไฟล์ "${missing}"`);
    expect(errorText()).toContain('ใส่ชื่อไว้ในเครื่องหมายคำพูด');
    expectThaiFirst(errorText());
  });

  it('a folder: says it is a folder and lists the sheets in it', async () => {
    await writeFile(path.join(folder, 'skr1.xlsx'), formSheetXlsx());
    await writeFile(path.join(folder, 'notes.docx'), '');
    expect(await run([folder, '--content', content()])).toBe(1);
    expect(errorText()).toContain(`"${folder}" เป็นโฟลเดอร์ ไม่ใช่ไฟล์`);
    expect(errorText()).toContain('เช่น "skr1.xlsx"');
    expect(errorText()).not.toContain('notes.docx');
    expectThaiFirst(errorText());
  });

  it.each(['EACCES', 'EPERM'])('a file that may not be read (%s): ไม่มีสิทธิ์อ่านไฟล์', (code) => {
    const error = Object.assign(new Error(`${code}: permission denied, open 'x.xlsx'`), { code });
    const text = fileProblem('x.xlsx', error);
    expect(text.th).toContain('ไม่มีสิทธิ์อ่านไฟล์ "x.xlsx"');
    expect(text.en).toContain('permission');
  });

  it.each([['--help'], ['-h'], ['skr1.xlsx', '--help']])('%s prints the Thai usage on stdout and exits 0', async (...args) => {
    expect(await run(args)).toBe(0);
    expect(errors).toEqual([]);
    const text = logs.join('\n');
    expect(text).toContain('ใช้: npm run import -- procurement <ไฟล์.csv|ไฟล์.xlsx>');
    expect(text).toContain('--posted');
    expect(text).toContain('--sheet');
    expectThaiFirst(text);
  });

  it.each([
    [['skr1.xlsx', '--bogus'], 'ไม่รู้จักตัวเลือก "--bogus"'],
    [['skr1.xlsx', '-x'], 'ไม่รู้จักตัวเลือก "-x"'],
    [['skr1.xlsx', '--sheet'], 'ตัวเลือก --sheet ต้องตามด้วยชื่อแผ่นงาน'],
    [['skr1.xlsx', '--sheet', '--posted', '2567-11-05'], 'ตัวเลือก --sheet ต้องตามด้วยชื่อแผ่นงาน'],
    [['skr1.xlsx', '--sheet='], 'ตัวเลือก --sheet ต้องตามด้วยชื่อแผ่นงาน'],
    [['skr1.xlsx', '--posted'], 'ตัวเลือก --posted ต้องตามด้วยวันที่'],
    [['skr1.xlsx', '--content'], 'ตัวเลือก --content ต้องตามด้วยโฟลเดอร์'],
    [['สขร', '2567.xlsx'], 'ระบุได้ทีละหนึ่งไฟล์ แต่พบ 2 ชื่อ: "สขร", "2567.xlsx"'],
    [[], 'ใช้: npm run import -- procurement'],
  ])('%j: %s, exit 1', async (args, expected) => {
    expect(await run(args)).toBe(1);
    expect(errorText()).toContain(expected);
    expectThaiFirst(errorText());
  });

  describe('--posted takes every date form the sheet takes', () => {
    const importEgp = async (posted: string) => {
      const file = path.join(folder, 'egp-2567.csv');
      await writeFile(file, windows874(egpCsvText({ withoutOctober: true })));
      const code = await run([file, '--content', content(), '--posted', posted]);
      return { code, january: code === 0 ? parse(await readFile(path.join(content(), 'procurement/2567/2567-01.yaml'), 'utf8')) : undefined };
    };

    it.each(['10 เม.ย. 2567', '10 เม.ย. 67', '๑๐ เม.ย. ๒๕๖๗', '10 เมษายน 2567', '10/04/2567', '10/4/2024', '2567-04-10', '2024-04-10', ' 2567-04-10 '])(
      '--posted "%s" is 10 April 2024 (written in the month file as staff write it, 2567-04-10)',
      async (posted) => {
        const { code, january } = await importEgp(posted);
        expect(code, errorText()).toBe(0);
        expect(january.posted).toBe('2567-04-10');
      },
    );

    it.each(['พรุ่งนี้', '31 ก.พ. 2567', '45000', '2567-13-01'])('--posted "%s" is refused in Thai with examples, nothing written', async (posted) => {
      const { code } = await importEgp(posted);
      expect(code).toBe(1);
      expect(errorText()).toContain(`--posted "${posted}" ไม่ใช่วันที่ (เขียนเช่น 3 พ.ย. 2566, 03/11/2566 หรือ 2566-11-03)`);
      expect(await readdir(content())).toEqual([]);
    });
  });

  it('a sheet read under the wrong name says so on the terminal and imports', async () => {
    const file = path.join(folder, 'skr1.xls');
    await writeFile(file, formSheetXlsx());
    expect(await run([file, '--content', content()]), errorText()).toBe(0);
    expect(logs.join('\n')).toContain('ไฟล์ "skr1.xls" เป็นตาราง Excel (.xlsx) แต่ชื่อไฟล์ลงท้ายด้วย .xls');
    expect(await readdir(path.join(content(), 'procurement/2567'))).toHaveLength(4);
  });

  it('--content naming a folder that does not exist (a slip: "contnet") is refused, naming it; nothing is created', async () => {
    const file = path.join(folder, 'skr1.xlsx');
    await writeFile(file, formSheetXlsx());
    const slip = path.join(folder, 'contnet');
    expect(await run([file, '--content', slip])).toBe(1);
    expect(errorText()).toContain(`ไม่พบโฟลเดอร์ข้อมูล "${slip}"`);
    expectThaiFirst(errorText());
    expect(await readdir(folder)).not.toContain('contnet');
  });

  it('what was written is named in the folder --content gave, not "content/"', async () => {
    const file = path.join(folder, 'skr1.xlsx');
    await writeFile(file, formSheetXlsx());
    expect(await run([file, '--content', content()]), errorText()).toBe(0);
    expect(logs.join('\n')).toContain(`+ สร้าง ${path.join(content(), 'procurement/2567/2566-10.yaml')}`);
  });

  it('a content folder that cannot be written: Thai, naming the file', async () => {
    const file = path.join(folder, 'skr1.xlsx');
    await writeFile(file, formSheetXlsx());
    await writeFile(path.join(content(), 'procurement'), 'not a folder');
    expect(await run([file, '--content', content()])).toBe(1);
    expect(errorText()).toMatch(/procurement/);
    expectThaiFirst(errorText());
  });
});
