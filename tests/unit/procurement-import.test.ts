import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { planProcurementImport, type ImportPlan } from '../../src/lib/procurement-import/import-procurement.ts';
import { procurementMonthSchema } from '../../src/schemas/procurement.ts';
import { formSheet, generatedYearSheet, formSheetXlsx, egpCsvText, windows874 } from '../../scripts/lib/procurement-sheets.ts';
import { xlsxBytes, xlsxWorkbookBytes, type XlsxCell } from '../../scripts/lib/xlsx-bytes.ts';

const fixtureMonths = new URL('../fixtures/sites/procurement-year/content/procurement/2567/', import.meta.url);
const handWritten = async (name: string) => procurementMonthSchema.parse(parse(await readFile(new URL(name, fixtureMonths), 'utf8')));
const texts = (plan: ImportPlan) => new Map([...plan.writes].map(([file, write]) => [file, write.text]));
const reportTh = (plan: ImportPlan) => plan.report.map((line) => line.th).join('\n');
const fromForm = () => planProcurementImport({ fileName: 'skr1-2567.xlsx', bytes: formSheetXlsx(), existing: new Map() });

describe('the fixture year from its สขร.1 workbook', () => {
  it('writes the four month files with rows equal to the hand-written fixture, read from combined cells, a merged row, a formula, Thai digits and text dates', async () => {
    const plan = await fromForm();
    expect(plan.ok, reportTh(plan)).toBe(true);
    expect(plan.kind).toBe('form');
    expect(plan.counts).toEqual({ added: 6, updated: 0, unchanged: 0, refused: 0 });
    expect([...plan.writes.keys()]).toEqual([
      'procurement/2567/2566-10.yaml',
      'procurement/2567/2566-12.yaml',
      'procurement/2567/2567-01.yaml',
      'procurement/2567/2567-03.yaml',
    ]);
    for (const [file, text] of texts(plan)) {
      expect(procurementMonthSchema.parse(parse(text)), file).toEqual(await handWritten(file.split('/').pop()!));
    }
  });

  it('importing the same workbook again changes nothing', async () => {
    const first = await fromForm();
    const again = await planProcurementImport({ fileName: 'skr1-2567.xlsx', bytes: formSheetXlsx(), existing: texts(first) });
    expect(again.ok).toBe(true);
    expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 6, refused: 0 });
    expect(again.writes.size).toBe(0);
  });

  it('a value staff edited in a month file is kept and named, not overwritten', async () => {
    const first = texts(await fromForm());
    first.set(
      'procurement/2567/2566-10.yaml',
      first
        .get('procurement/2567/2566-10.yaml')!
        .replace(
          'reason: เป็นผู้เสนอราคาตรงตามข้อกำหนด และราคาไม่เกินงบประมาณ\n    evidence:\n      kind: order\n      number: 1/2567',
          'reason: ราคาต่ำสุด (แก้โดยเจ้าหน้าที่)\n    evidence:\n      kind: order\n      number: 1/2567',
        ),
    );
    const again = await planProcurementImport({ fileName: 'skr1-2567.xlsx', bytes: formSheetXlsx(), existing: first });
    expect(again.ok).toBe(true);
    expect(again.writes.size).toBe(0);
    expect(reportTh(again)).toContain('ไม่ได้แทนที่: content/procurement/2567/2566-10.yaml รายการที่ 1 ช่อง reason ในไฟล์เป็น "ราคาต่ำสุด (แก้โดยเจ้าหน้าที่)"');
  });
});

describe('rows without an e-GP number are matched by item, date and winner', () => {
  const sheet = () => new TextEncoder().encode(generatedYearSheet(24, { dates: 'thai', twoBidders: true }));
  const first = async () => texts(await planProcurementImport({ fileName: 'skr1.csv', bytes: sheet(), existing: new Map() }));
  const october = 'procurement/2567/2566-10.yaml';

  it('importing a sheet with no e-GP numbers again changes nothing', async () => {
    const files = await first();
    expect(files.size).toBe(12);
    const again = await planProcurementImport({ fileName: 'skr1.csv', bytes: sheet(), existing: files });
    expect(again.ok, reportTh(again)).toBe(true);
    expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 24, refused: 0 });
    expect(again.writes.size).toBe(0);
  });

  it('an item staff corrected in the file is the same procurement (same contract number): kept, named, no second row', async () => {
    const files = await first();
    files.set(october, files.get(october)!.replace('item: จัดซื้อวัสดุรายการที่ 1\n', 'item: จัดซื้อวัสดุสำนักงาน รายการที่ 1\n'));
    const again = await planProcurementImport({ fileName: 'skr1.csv', bytes: sheet(), existing: files });
    expect(again.ok, reportTh(again)).toBe(true);
    expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 24, refused: 0 });
    expect(again.writes.size).toBe(0);
    expect(reportTh(again)).toContain('ไม่ได้แทนที่: content/procurement/2567/2566-10.yaml รายการที่ 1 ช่อง item ในไฟล์เป็น "จัดซื้อวัสดุสำนักงาน รายการที่ 1"');
  });

  it("a winner's name staff corrected is kept and named the same way", async () => {
    const files = await first();
    files.set(october, files.get(october)!.replace('name: ร้านหนึ่ง\n      price: 990', 'name: ร้านหนึ่ง (สาขา 2)\n      price: 990'));
    expect(files.get(october)).toContain('ร้านหนึ่ง (สาขา 2)');
    const again = await planProcurementImport({ fileName: 'skr1.csv', bytes: sheet(), existing: files });
    expect(again.counts.added).toBe(0);
    expect(again.writes.size).toBe(0);
    expect(reportTh(again)).toContain('ช่อง winner.name ในไฟล์เป็น "ร้านหนึ่ง (สาขา 2)"');
  });

  it('a new row in the sheet (another contract number) is added beside the rest; the others stay unchanged', async () => {
    const files = await first();
    const longer = new TextEncoder().encode(generatedYearSheet(25, { dates: 'thai', twoBidders: true }));
    const again = await planProcurementImport({ fileName: 'skr1.csv', bytes: longer, existing: files });
    expect(again.counts).toEqual({ added: 1, updated: 0, unchanged: 24, refused: 0 });
    expect([...again.writes.keys()]).toEqual([october]);
  });
});

describe("the same year from e-GP's open-data CSV (Windows-874, shifted columns)", () => {
  it("over the workbook's files: adds nothing, fills e-GP numbers and statuses in five rows, leaves one unchanged; again: nothing", async () => {
    const form = texts(await fromForm());
    const egp = await planProcurementImport({ fileName: 'egp-2567.csv', bytes: windows874(egpCsvText()), existing: form });
    expect(egp.ok, reportTh(egp)).toBe(true);
    expect(egp.kind).toBe('egp');
    expect(egp.counts).toEqual({ added: 0, updated: 5, unchanged: 1, refused: 0 });
    expect(reportTh(egp)).toContain('เกินข้อมูล 3 คอลัมน์');
    const merged = new Map([...form, ...texts(egp)]);
    const october = procurementMonthSchema.parse(parse(merged.get('procurement/2567/2566-10.yaml')!));
    expect(october.rows.map((row) => [row.egpNumber, row.status, row.winner.taxId])).toEqual([
      ['66109000001', 'ended', '1103702071811'],
      ['66109000002', 'ended', '0305561000123'],
    ]);
    const again = await planProcurementImport({ fileName: 'egp-2567.csv', bytes: windows874(egpCsvText()), existing: merged });
    expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 6, refused: 0 });
    expect(again.writes.size).toBe(0);
  });

  it('into an empty folder it needs to know when the months went online, and never assumes today', async () => {
    const without = await planProcurementImport({ fileName: 'egp-2567.csv', bytes: windows874(egpCsvText()), existing: new Map() });
    expect(without.ok).toBe(false);
    expect(without.writes.size).toBe(0);
    expect(reportTh(without)).toContain('ยังไม่รู้ว่าสรุปของเดือน 2566-10, 2566-12, 2567-01, 2567-03 นำขึ้นเว็บไซต์เมื่อใด');
    const withPosted = await planProcurementImport({
      fileName: 'egp-2567.csv',
      bytes: windows874(egpCsvText({ withoutOctober: true })),
      existing: new Map(),
      posted: '2024-10-15',
    });
    expect(withPosted.ok, reportTh(withPosted)).toBe(true);
    const january = procurementMonthSchema.parse(parse(texts(withPosted).get('procurement/2567/2567-01.yaml')!));
    expect(january.posted).toBe('2024-10-15');
    // e-GP lists no bidders and no reasons: staff add them (the build warns); a person's ID already masked by e-GP is not kept.
    expect(january.rows.map((row) => [row.item, row.winner.price, row.winner.taxId, row.bidders.length, row.evidence.kind])).toEqual([
      ['จัดซื้อครุภัณฑ์คอมพิวเตอร์', 59800000, '0305562000456', 0, 'contract'],
      ['จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน', 9500000, undefined, 0, 'contract'],
    ]);
  });

  it('into an empty folder, numbers a contract and an order share are refused, saying to import the สขร.1 sheet first', async () => {
    const plan = await planProcurementImport({ fileName: 'egp-2567.csv', bytes: windows874(egpCsvText()), existing: new Map(), posted: '2024-10-15' });
    expect(plan.ok).toBe(false);
    expect(plan.writes.size).toBe(0);
    expect(reportTh(plan)).toContain(
      'content/procurement/2567/2566-12.yaml:15 (rows[0].evidence.number): รายการที่ 1: เลขที่สัญญาหรือใบสั่ง "1/2567" ซ้ำกับ content/procurement/2567/2566-10.yaml รายการที่ 1',
    );
    expect(reportTh(plan)).toContain('นำเข้าตารางแบบ สขร.1 ของปีนั้นก่อน');
  });

  it('reads the same file saved as UTF-8 with a BOM', async () => {
    const plan = await planProcurementImport({
      fileName: 'egp.csv',
      bytes: new TextEncoder().encode(`\uFEFF${egpCsvText()}`),
      existing: new Map(),
      posted: '2024-10-15',
    });
    expect(plan.counts.added).toBe(6);
  });
});

describe('bad input stops before writing anything, naming the row and column', () => {
  const withRow = (rowIndex: number, column: number, value: unknown) =>
    formSheetXlsx((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row, index) => (index === rowIndex ? row.map((cell, at) => (at === column ? (value as never) : cell)) : row)),
    }));
  const refused = async (bytes: Uint8Array, fileName = 'skr1.xlsx') => {
    const plan = await planProcurementImport({ fileName, bytes, existing: new Map() });
    expect(plan.ok).toBe(false);
    expect(plan.writes.size).toBe(0);
    return reportTh(plan);
  };

  it.each([
    ['money that is words', 4, 4, 'สิบสองบาท', 'แถว 5 คอลัมน์ "วงเงินที่จะซื้อหรือจ้าง (บาท)": อ่านจำนวนเงิน "สิบสองบาท" ไม่ได้'],
    ['a date that does not exist', 5, 13, '31 ก.พ. 67', 'แถว 6 คอลัมน์ "วันที่สัญญา": อ่านวันที่ "31 ก.พ. 67" ไม่ได้'],
    ['an unknown method', 8, 6, 'จ้างญาติ', 'แถว 9 คอลัมน์ "วิธีซื้อหรือจ้าง": วิธี "จ้างญาติ" ไม่อยู่ในรายการ'],
    ['a tax ID of 12 digits', 8, 9, '030556200045', 'แถว 9 คอลัมน์ "เลขประจำตัวผู้เสียภาษี": เลขประจำตัวผู้เสียภาษี "030556200045" ไม่ใช่ตัวเลข 13 หลัก'],
    [
      'an agreed price above the budget',
      10,
      8,
      'สหกรณ์การเกษตรห้วยแถลง จำกัด 31,000.00',
      'แถว 11 คอลัมน์ "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง": ราคาที่ตกลง 31,000.00 บาท สูงกว่าวงเงิน 30,000.00 บาท',
    ],
    ['a required cell left empty', 9, 12, null, 'แถว 10 คอลัมน์ "เลขที่สัญญา": ช่องนี้ว่าง แต่ต้องมีค่า'],
    ['a formula saved without its value', 4, 5, { formula: 'E5*1' }, 'แถว 5 คอลัมน์ "ราคากลาง (บาท)": ช่องนี้เป็นสูตรที่ยังไม่ได้คำนวณ'],
  ])('%s', async (_name, rowIndex, column, value, message) => {
    expect(await refused(withRow(rowIndex, column, value))).toContain(message);
  });

  it('the same procurement twice in the sheet', async () => {
    expect(await refused(formSheetXlsx((sheet) => ({ ...sheet, rows: [...sheet.rows.slice(0, 5), sheet.rows[4]!, ...sheet.rows.slice(5)] })))).toContain(
      'แถว 6: ซ้ำกับแถว 5',
    );
  });

  it('unknown headers: says what it expected and what it found', async () => {
    const text = await refused(
      xlsxBytes({
        rows: [
          ['No.', 'Item', 'Amount'],
          [1, 'Paper', 100],
        ],
      }),
    );
    expect(text).toContain('ไม่พบแถวหัวตารางที่รู้จัก ต้องมีอย่างน้อย: งานที่จัดซื้อหรือจัดจ้าง, วงเงินที่จะซื้อหรือจ้าง, วิธีซื้อหรือจ้าง');
    expect(text).toContain('No., Item, Amount');
  });

  it('a required column missing from the header', async () => {
    const without = (row: unknown[]) => row.filter((_, index) => index !== 6);
    const text = await refused(formSheetXlsx((sheet) => ({ rows: sheet.rows.map((row) => without(row) as never) })));
    expect(text).toContain('หัวตารางขาดคอลัมน์ที่จำเป็น: วิธีซื้อหรือจ้าง');
  });

  it.each([
    ['a PDF named .xlsx', new TextEncoder().encode('%PDF-1.4 …'), 'report.xlsx'],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'report.xls'],
    ['a Word file named .csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'report.csv'],
  ])('a file that is not a spreadsheet: %s', async (_name, bytes, fileName) => {
    expect(await refused(bytes, fileName)).toContain('ไม่ใช่ตาราง .csv หรือ .xlsx');
  });
});

const expectFixtureFiles = async (plan: ImportPlan) => {
  expect(plan.ok, reportTh(plan)).toBe(true);
  expect(plan.counts).toEqual({ added: 6, updated: 0, unchanged: 0, refused: 0 });
  for (const [file, text] of texts(plan)) expect(procurementMonthSchema.parse(parse(text)), file).toEqual(await handWritten(file.split('/').pop()!));
};

describe('hidden rows and formulas', () => {
  it("a hidden row is still the agency's record: imported like the others, and the summary names it with its item", async () => {
    const plan = await planProcurementImport({ fileName: 'skr1.xlsx', bytes: formSheetXlsx((sheet) => ({ ...sheet, hiddenRows: [9] })), existing: new Map() });
    await expectFixtureFiles(plan);
    expect(reportTh(plan)).toContain('แถวที่ถูกซ่อนไว้ในตารางนำเข้าแล้วเหมือนแถวอื่น: แถว 9 (จัดซื้อครุภัณฑ์คอมพิวเตอร์)');
    expect(reportTh(plan)).toContain('ให้ลบแถวนั้นออกจากตาราง และลบรายการออกจากไฟล์ของเดือน');
  });

  it("a hidden continuation row: its bidder still joins the row above, and it is named as that row's", async () => {
    const plan = await planProcurementImport({ fileName: 'skr1.xlsx', bytes: formSheetXlsx((sheet) => ({ ...sheet, hiddenRows: [8] })), existing: new Map() });
    await expectFixtureFiles(plan);
    expect(reportTh(plan)).toContain('แถว 8 (โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5)');
  });

  it('no note about hidden rows when none is hidden', async () => {
    expect(reportTh(await fromForm())).not.toContain('ซ่อน');
  });

  it("a formula's saved value is used, text as well as numbers", async () => {
    const bytes = formSheetXlsx((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row, index) =>
        index === 4 ? row.map((cell, column) => (column === 1 ? { formula: 'CONCATENATE("จัดซื้อ","วัสดุสำนักงาน")', cached: 'จัดซื้อวัสดุสำนักงาน' } : cell)) : row,
      ),
    }));
    await expectFixtureFiles(await planProcurementImport({ fileName: 'skr1.xlsx', bytes, existing: new Map() }));
  });

  it('a formula without a saved value stops the import, naming its row and column', async () => {
    const bytes = formSheetXlsx((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row, index) => (index === 5 ? row.map((cell, column) => (column === 8 ? { formula: 'H6' } : cell)) : row)),
    }));
    const plan = await planProcurementImport({ fileName: 'skr1.xlsx', bytes, existing: new Map() });
    expect(plan.ok).toBe(false);
    expect(plan.writes.size).toBe(0);
    expect(reportTh(plan)).toContain('แถว 6 คอลัมน์ "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง": ช่องนี้เป็นสูตรที่ยังไม่ได้คำนวณ');
  });
});

describe("what clerks type in their sheets, read as they mean it (found by a clerk's files)", () => {
  const changed = (change: (rows: XlsxCell[][]) => XlsxCell[][]) => formSheetXlsx((sheet) => ({ ...sheet, rows: change(sheet.rows as XlsxCell[][]) }));
  const setCell = (rowIndex: number, column: number, value: XlsxCell) => (rows: XlsxCell[][]) =>
    rows.map((row, index) => (index === rowIndex ? row.map((cell, at) => (at === column ? value : cell)) : row));
  const plan = (bytes: Uint8Array) => planProcurementImport({ fileName: 'skr1.xlsx', bytes, existing: new Map() });

  it('whole baht written "12,500.-"', async () => {
    await expectFixtureFiles(await plan(changed(setCell(4, 4, '12,500.-'))));
  });

  it.each([
    ['a space inside the brackets', 5, 'ราคากลาง\n( บาท )'],
    ['a note in brackets', 5, 'ราคากลาง (ถ้ามี)'],
    ['the unit written out', 4, 'วงเงินที่จะซื้อหรือจ้าง (หน่วย : บาท)'],
    ["the official form's งานจัดซื้อหรือจัดจ้าง", 1, 'งานจัดซื้อหรือจัดจ้าง'],
    ["the official form's โดยสังเขป", 10, 'เหตุผลที่คัดเลือกโดยสังเขป'],
  ])('a header with %s', async (_name, column, header) => {
    await expectFixtureFiles(await plan(changed(setCell(3, column, header))));
  });

  it("a company's tax ID typed as a number: Excel dropped its leading 0", async () => {
    await expectFixtureFiles(await plan(changed(setCell(5, 9, 305561000123))));
  });

  it('footer lines under the table (the date, the signature, the name, the position) and numbered empty rows are not procurements', async () => {
    const footer: XlsxCell[][] = [
      [null, null, null, null, null, null, null, 'ณ วันที่ 3 พฤศจิกายน 2566'],
      [null, 'ลงชื่อ ........................ ผู้รายงาน'],
      [null, '(นางสาวพัสดุ ใจดี)'],
      [null, 'เจ้าพนักงานพัสดุ'],
    ];
    await expectFixtureFiles(await plan(changed((rows) => [...rows.slice(0, 10), [7], [8], ...rows.slice(10, 11), ...footer, ...rows.slice(11)])));
  });

  it.each([
    ['a date cell Excel made 1966 from "12/10/66"', { date: '1966-10-12' }, 'วันที่ 12 ต.ค. 2509'],
    ['a Christian-era short year', '12/10/23', 'วันที่ 12 ต.ค. 2523'],
  ])('%s is refused, naming the cell, not filed decades back', async (_name, value, shown) => {
    const result = await plan(changed(setCell(4, 13, value as XlsxCell)));
    expect(result.ok).toBe(false);
    expect(result.writes.size).toBe(0);
    expect(reportTh(result)).toContain(`แถว 5 คอลัมน์ "วันที่สัญญา": ${shown}`);
    expect(reportTh(result)).toContain('ปี พ.ศ. 4 หลัก');
  });

  it.each([
    ['the reason', 10, 'ผู้รับจ้าง นายดี มีงาน เลขบัตร 1-4599-00321-12-0 เสนอราคาต่ำสุด', 'เหตุผลที่คัดเลือกโดยสรุป'],
    ['the winner', 8, 'นายขยัน ขนดี 5 4101 00099 88 7 12,000.00', 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง'],
    ['a bidder', 7, 'นายขยัน ขนดี 5410100099887 12,000.00', 'รายชื่อผู้เสนอราคาและราคาที่เสนอ'],
  ])("a person's 13-digit ID typed in %s is refused, naming the cell: it would be published", async (_name, column, value, header) => {
    const result = await plan(changed(setCell(4, column, value)));
    expect(result.ok).toBe(false);
    expect(result.writes.size).toBe(0);
    expect(reportTh(result)).toContain(`แถว 5 คอลัมน์ "${header}": มีเลข 13 หลักที่อาจเป็นเลขประจำตัวประชาชน`);
  });
});

describe('a workbook of several worksheets (one a month)', () => {
  const rows = formSheet().rows;
  const header = rows[3]!;
  const monthSheets = (change: (name: string, sheetRows: XlsxCell[][]) => XlsxCell[][] = (_name, sheetRows) => sheetRows) => [
    { name: 'คำอธิบาย', sheet: { rows: [['กรอกหนึ่งแผ่นงานต่อหนึ่งเดือน'], ['ใส่ราคาเป็นบาท']] } },
    { name: 'ต.ค. 66', sheet: { rows: change('ต.ค. 66', rows.slice(0, 6)) } },
    { name: 'ธ.ค. 66', sheet: { rows: change('ธ.ค. 66', [header, ...rows.slice(6, 8)]) } },
    { name: 'ม.ค. 67', sheet: { rows: change('ม.ค. 67', [header, ...rows.slice(8, 10)]) } },
    { name: 'มี.ค. 67', sheet: { rows: change('มี.ค. 67', [header, ...rows.slice(10)]) } },
    { name: 'รายการ', hidden: true, sheet: { rows: [['เฉพาะเจาะจง'], ['คัดเลือก'], ['e-bidding']] } },
  ];
  const plan = (sheets: Parameters<typeof xlsxWorkbookBytes>[0], sheet?: string) =>
    planProcurementImport({ fileName: 'skr1-2567.xlsx', bytes: xlsxWorkbookBytes(sheets), existing: new Map(), ...(sheet ? { sheet } : {}) });

  it('reads every worksheet with the form headers into the same four month files, and names the worksheets read and skipped', async () => {
    const read = await plan(monthSheets());
    await expectFixtureFiles(read);
    expect(reportTh(read)).toContain(
      'อ่านแผ่นงาน: "ต.ค. 66", "ธ.ค. 66", "ม.ค. 67", "มี.ค. 67" · ข้ามแผ่นงานที่ไม่มีหัวตารางแบบ สขร.1 หรือ e-GP: "คำอธิบาย", "รายการ" (ซ่อนไว้)',
    );
  });

  it('a problem is named by worksheet, row and column', async () => {
    const refused = await plan(
      monthSheets((name, sheetRows) =>
        name === 'ม.ค. 67' ? sheetRows.map((row, index) => (index === 1 ? row.map((cell, column) => (column === 4 ? 'สิบสองบาท' : cell)) : row)) : sheetRows,
      ),
    );
    expect(refused.ok).toBe(false);
    expect(refused.writes.size).toBe(0);
    expect(reportTh(refused)).toContain('แผ่นงาน "ม.ค. 67" แถว 2 คอลัมน์ "วงเงินที่จะซื้อหรือจ้าง (บาท)": อ่านจำนวนเงิน "สิบสองบาท" ไม่ได้');
  });

  it('a whole-year worksheet repeating the month worksheets is refused with where each row was first seen; --sheet reads one', async () => {
    const withYear = [...monthSheets(), { name: 'ทั้งปี', sheet: formSheet() }];
    const refused = await plan(withYear);
    expect(refused.ok).toBe(false);
    expect(reportTh(refused)).toContain('แผ่นงาน "ทั้งปี" แถว 5: ซ้ำกับแผ่นงาน "ต.ค. 66" แถว 5 ในไฟล์เดียวกัน');
    expect(reportTh(refused)).toContain('--sheet');
    await expectFixtureFiles(await plan(withYear, 'ทั้งปี'));
    const missing = await plan(withYear, 'ปี 2568');
    expect(missing.ok).toBe(false);
    expect(reportTh(missing)).toContain('ไม่มีแผ่นงาน "ปี 2568" ในไฟล์ (มี: "คำอธิบาย", "ต.ค. 66"');
  });

  it('a workbook where no worksheet has a known header says so, listing them', async () => {
    const none = await plan([monthSheets()[0]!, monthSheets()[5]!]);
    expect(none.ok).toBe(false);
    expect(reportTh(none)).toContain('ไม่มีแผ่นงานใดมีหัวตารางที่รู้จัก (แผ่นงานในไฟล์: "คำอธิบาย", "รายการ")');
  });
});

describe('a large sheet', () => {
  it('10,000 rows over a year import into twelve month files', async () => {
    const plan = await planProcurementImport({
      fileName: 'big.csv',
      bytes: new TextEncoder().encode(generatedYearSheet(10_000, { dates: 'iso', twoBidders: false })),
      existing: new Map(),
    });
    expect(plan.ok, reportTh(plan).slice(0, 500)).toBe(true);
    expect(plan.counts.added).toBe(10_000);
    expect(plan.writes.size).toBe(12);
  }, 60_000);
});

describe('the template in docs/', () => {
  it('has the headers the importer reads: a row typed under them imports', async () => {
    const template = await readFile(new URL('../../docs/procurement-template.csv', import.meta.url), 'utf8');
    const row = '1,จัดซื้อกระดาษ,ซื้อ,เงินงบประมาณ,"5,000.00",5000,เฉพาะเจาะจง,ร้านหนึ่ง 4900,ร้านหนึ่ง 4900,,ราคาต่ำสุด,ใบสั่งซื้อ,7/2568,5 พ.ย. 67,,,10 ธ.ค. 67';
    const plan = await planProcurementImport({ fileName: 'template.csv', bytes: new TextEncoder().encode(`${template}${row}\r\n`), existing: new Map() });
    expect(plan.ok, reportTh(plan)).toBe(true);
    expect([...plan.writes.keys()]).toEqual(['procurement/2568/2567-11.yaml']);
  });
});
