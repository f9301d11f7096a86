/**
 * The importer on the sheets a clerk really keeps (the clerk QA pass's second list): several orders alike but for their
 * number, bidders in one cell however they are separated, numbers with the agency's prefix, merged cells, a month
 * with no procurement, dates whose year is only in the title, headers copied from a PDF or on two rows, and what the
 * build would refuse caught before anything is written. Each expectation was written from the sheet first.
 */
import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { planProcurementImport, type ImportPlan } from '../../src/lib/procurement-import/import-procurement.ts';
import { procurementMonthSchema } from '../../src/schemas/procurement.ts';
import { egpCsvText, formSheetXlsx, windows874 } from '../../scripts/lib/procurement-sheets.ts';
import { xlsxBytes, type XlsxCell } from '../../scripts/lib/xlsx-bytes.ts';
import { csvBytes, reportTh, texts } from '../helpers/import-plans.ts';

const october = 'procurement/2567/2566-10.yaml';
const november = 'procurement/2567/2566-11.yaml';
const header = [
  'ลำดับที่',
  'งานที่จัดซื้อหรือจัดจ้าง',
  'วงเงินที่จะซื้อหรือจ้าง (บาท)',
  'วิธีซื้อหรือจ้าง',
  'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
  'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
  'เหตุผลที่คัดเลือกโดยสรุป',
  'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง',
];
const fuel = (number: string, date = '20 ต.ค. 2566') => [
  '1',
  'จัดซื้อน้ำมันเชื้อเพลิง',
  '3,000.00',
  'เฉพาะเจาะจง',
  'หจก.ปั๊มดี 2,950.00',
  'หจก.ปั๊มดี 2,950.00',
  'ราคาต่ำสุด',
  `ใบสั่งซื้อเลขที่ ${number} ลงวันที่ ${date}`,
];
const title = (month: string) => [`สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ${month}`];
const sheet = (...rows: (string | null)[][]) => csvBytes([header, ...rows]);
const plan = (bytes: Uint8Array, existing: ReadonlyMap<string, string> = new Map(), fileName = 'skr1.csv') =>
  planProcurementImport({ fileName, bytes, existing, posted: '2024-01-10' });
const rowsOf = (result: ImportPlan, file: string) => procurementMonthSchema.parse(parse(texts(result).get(file)!)).rows;
const refusedWith = async (result: Promise<ImportPlan>) => {
  const done = await result;
  expect(done.ok, reportTh(done)).toBe(false);
  expect(done.writes.size).toBe(0);
  // The summary of a stopped import says nothing was imported, not "added".
  expect(reportTh(done)).toContain('แล้ว ยังไม่ได้นำเข้า: ถ้าแก้ปัญหาแล้วจะเพิ่ม');
  return reportTh(done);
};

describe('orders alike but for their number are different procurements', () => {
  it('two fuel orders from one station on one day, numbered 1/2567 and 2/2567, are both imported', async () => {
    const result = await plan(sheet(fuel('1/2567'), fuel('2/2567')));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october).map((row) => row.evidence.number)).toEqual(['1/2567', '2/2567']);
  });

  it('the second order imported from a later sheet is added, not taken for the first one edited', async () => {
    const first = await plan(sheet(fuel('1/2567')));
    const second = await plan(sheet(fuel('2/2567')), texts(first));
    expect(second.ok, reportTh(second)).toBe(true);
    expect(second.counts).toMatchObject({ added: 1, unchanged: 0 });
    expect(reportTh(second)).not.toContain('ไม่ได้แทนที่');
    expect(rowsOf(second, october).map((row) => row.evidence.number)).toEqual(['1/2567', '2/2567']);
  });

  it('the same order twice in a sheet is still refused', async () => {
    expect(await refusedWith(plan(sheet(fuel('1/2567'), fuel('1/2567'))))).toContain('แถว 3: ซ้ำกับแถว 2');
  });
});

describe('several bidders in one cell, however the clerk separated them', () => {
  it.each([
    ['a comma', 'หจก.ปั๊มดี 2,950.00, ร้านน้ำมันเจริญ 2,990.00'],
    ['a comma after บาท', 'หจก.ปั๊มดี 2,950 บาท, ร้านน้ำมันเจริญ 2,990 บาท'],
    ['a slash', 'หจก.ปั๊มดี 2,950 / ร้านน้ำมันเจริญ 2,990'],
    ['numbers without a space', '1.หจก.ปั๊มดี 2,950 2.ร้านน้ำมันเจริญ 2,990'],
    ['only a space after an amount with satang', 'หจก.ปั๊มดี 2,950.00 ร้านน้ำมันเจริญ 2,990.00'],
    ['name and price on their own lines', 'หจก.ปั๊มดี\nราคา 2,950.00 บาท\nร้านน้ำมันเจริญ\nราคา 2,990.00 บาท'],
  ])('%s', async (_name, cell) => {
    const row = fuel('1/2567');
    row[4] = cell;
    const result = await plan(sheet(row));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.bidders).toEqual([
      { name: 'หจก.ปั๊มดี', price: 295_000 },
      { name: 'ร้านน้ำมันเจริญ', price: 299_000 },
    ]);
  });

  it('a name that keeps its own number ("ร้าน 2 พี่น้อง") is one bidder', async () => {
    const row = fuel('1/2567');
    row[4] = 'ร้าน 2 พี่น้อง 2,990.00\nหจก.ปั๊มดี 2,950.00';
    const result = await plan(sheet(row));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.bidders.map((bidder) => bidder.name)).toEqual(['ร้าน 2 พี่น้อง', 'หจก.ปั๊มดี']);
  });
});

describe('the winner must be among the bidders, as the build requires', () => {
  const column = 'แถว 2 คอลัมน์ "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง"';

  it('a winner who is not a bidder is refused in the sheet, naming the cell', async () => {
    const row = fuel('1/2567');
    row[5] = 'ร้านอื่น 2,950.00';
    expect(await refusedWith(plan(sheet(row)))).toContain(`${column}: ผู้ได้รับการคัดเลือก "ร้านอื่น" ไม่อยู่ในรายชื่อผู้เสนอราคา`);
  });

  it('a name spaced differently says that the spacing is the difference', async () => {
    const row = fuel('1/2567');
    row[4] = 'หจก. ปั๊มดี 2,950.00';
    const text = await refusedWith(plan(sheet(row)));
    expect(text).toContain(`${column}: ผู้ได้รับการคัดเลือก "หจก.ปั๊มดี" ไม่อยู่ในรายชื่อผู้เสนอราคา`);
    expect(text).toContain('"หจก. ปั๊มดี" ต่างกันเพียงการเว้นวรรค');
  });
});

describe('contract and order numbers as agencies write them', () => {
  it.each([
    ['ใบสั่งซื้อเลขที่ กค.1/2567 ลงวันที่ 20 ต.ค. 2566', 'กค.1/2567'],
    ['ใบสั่งซื้อ นม 12/2567 ลว. 20 ต.ค. 66', 'นม 12/2567'],
    ['ใบสั่งซื้อเลขที่ กค 0023/12 วันที่ 20/10/2566', 'กค 0023/12'],
    ['ใบสั่งซื้อเลขที่ 3/2567\nลงวันที่ 20 ตุลาคม 2566', '3/2567'],
  ])('%s → number %s', async (cell, number) => {
    const row = fuel('1/2567');
    row[7] = cell;
    const result = await plan(sheet(row));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.evidence).toEqual({ kind: 'order', number, date: '2023-10-20' });
  });

  it('a number Excel turned into a date is refused, saying how to type it', async () => {
    const bytes = formSheetXlsx((form) => ({
      ...form,
      rows: form.rows.map((row, index) => (index === 4 ? row.map((cell, at) => (at === 12 ? { date: '2024-01-01' } : cell)) : row)),
    }));
    const text = await refusedWith(plan(bytes, new Map(), 'skr1.xlsx'));
    expect(text).toContain('แถว 5 คอลัมน์ "เลขที่สัญญา": Excel เปลี่ยนเลขที่ที่พิมพ์เป็นวันที่');
  });
});

describe('what the build would refuse is refused before writing', () => {
  it('one order number for two different purchases', async () => {
    const other = fuel('1/2567');
    other[1] = 'จัดซื้อวัสดุสำนักงาน';
    expect(await refusedWith(plan(sheet(fuel('1/2567'), other)))).toContain('เลขที่สัญญาหรือใบสั่ง "1/2567" ซ้ำกับ content/procurement/2567/2566-10.yaml รายการที่ 1');
  });

  it('an order already filed under another month: says where, and leaves both files as they are', async () => {
    const filedInNovember = await plan(sheet(fuel('2/2567', '20 พ.ย. 2566')));
    expect([...texts(filedInNovember).keys()]).toEqual([november]);
    const text = await refusedWith(plan(sheet(fuel('2/2567')), texts(filedInNovember)));
    expect(text).toContain('แถว 2: ใบสั่งซื้อ/สั่งจ้าง เลขที่ "2/2567" อยู่แล้วใน content/procurement/2567/2566-11.yaml รายการที่ 1 (ลงวันที่ 20 พ.ย. 2566)');
  });
});

describe('cells merged down several rows count for every row they cover', () => {
  const fixtureMonths = new URL('../fixtures/sites/procurement-year/content/procurement/2567/', import.meta.url);
  const merged = (merges: string[], emptied: [number, number][]) =>
    formSheetXlsx((form) => ({
      rows: form.rows.map((row, index) => row.map((cell, column) => (emptied.some(([r, c]) => r === index && c === column) ? null : cell)) as XlsxCell[]),
      merges: [...(form.merges ?? []), ...merges],
    }));

  it.each([
    ['the reason over two rows', ['K5:K6'], [[5, 10]]],
    ['the method over two rows', ['G5:G6'], [[5, 6]]],
    [
      'the method over three rows',
      ['G9:G11'],
      [
        [9, 6],
        [10, 6],
      ],
    ],
  ] as [string, string[], [number, number][]][])('%s', async (_name, merges, emptied) => {
    const result = await plan(merged(merges, emptied), new Map(), 'skr1.xlsx');
    expect(result.ok, reportTh(result)).toBe(true);
    expect(result.counts).toEqual({ added: 6, updated: 0, unchanged: 0, refused: 0 });
    for (const [file, text] of texts(result)) {
      const written = await readFile(new URL(file.split('/').pop()!, fixtureMonths), 'utf8');
      expect(procurementMonthSchema.parse(parse(text)), file).toEqual(procurementMonthSchema.parse(parse(written)));
    }
  });
});

describe('the month named only in the title', () => {
  it('a month with no procurement: one row saying so makes the month file that says so', async () => {
    const result = await plan(csvBytes([title('พฤศจิกายน พ.ศ. 2566'), header, ['', 'ไม่มีการจัดซื้อจัดจ้าง']]));
    expect(result.ok, reportTh(result)).toBe(true);
    expect([...texts(result).keys()]).toEqual([november]);
    expect(procurementMonthSchema.parse(parse(texts(result).get(november)!))).toMatchObject({
      month: '2023-11',
      posted: '2024-01-10',
      noProcurement: true,
      rows: [],
    });
    expect(reportTh(result)).toContain('พ.ย. 2566: ไม่มีการจัดซื้อจัดจ้าง');
  });

  it('importing it again changes nothing; a month that has rows is not emptied', async () => {
    const bytes = csvBytes([title('พฤศจิกายน 2566'), header, ['', 'ไม่มีการจัดซื้อจัดจ้าง']]);
    const first = await plan(bytes);
    const again = await plan(bytes, texts(first));
    expect(again.ok, reportTh(again)).toBe(true);
    expect(again.writes.size).toBe(0);
    const withRows = await plan(sheet(fuel('2/2567', '20 พ.ย. 2566')));
    expect(await refusedWith(plan(bytes, texts(withRows)))).toContain('content/procurement/2567/2566-11.yaml มี 1 รายการอยู่แล้ว');
  });

  it('"none" without a month anywhere is refused, saying where to write the month', async () => {
    expect(await refusedWith(plan(sheet(['', 'ไม่มีการจัดซื้อจัดจ้าง'])))).toContain('แถว 2: ตารางบอกว่าไม่มีการจัดซื้อจัดจ้าง แต่ไม่ได้บอกว่าเป็นเดือนใด');
  });

  it('dates without a year ("20 ต.ค.") take the year of the month in the title', async () => {
    const row = fuel('1/2567', '20 ต.ค.');
    const result = await plan(csvBytes([title('ตุลาคม พ.ศ. 2566'), header, row]));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.evidence.date).toBe('2023-10-20');
  });

  it('a date without a year under a title without a month is refused', async () => {
    expect(await refusedWith(plan(sheet(fuel('1/2567', '20 ต.ค.'))))).toContain('แถว 2 คอลัมน์ "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"');
  });
});

describe('headers as they reach the clerk', () => {
  it('copied from a PDF, with the tone mark typed before the vowel (ท่ี for ที่)', async () => {
    const pdfOrder = (text: string) => text.replace(/([\u0e34-\u0e37\u0e31])([\u0e48-\u0e4b])/g, '$2$1');
    expect(pdfOrder('ที่')).not.toBe('ที่');
    const result = await plan(csvBytes([header.map(pdfOrder), fuel('1/2567')]));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)).toHaveLength(1);
  });

  it.each([
    ['the halves named as the form names them', ['ผู้เสนอราคา', 'ราคาที่เสนอ', 'ผู้ได้รับการคัดเลือก', 'ราคาที่ตกลง', 'เลขที่', 'วันที่']],
    ['"ชื่อ…" / "ราคา (บาท)", and the date half "วัน เดือน ปี"', ['ชื่อผู้เสนอราคา', 'ราคา (บาท)', 'ชื่อผู้ได้รับการคัดเลือก', 'ราคา (บาท)', 'เลขที่', 'วัน เดือน ปี']],
  ])('on two rows: a heading over two columns, the halves below it — %s', async (_name, halves) => {
    const two = [
      [
        'งานที่จัดซื้อหรือจัดจ้าง',
        'วงเงินที่จะซื้อหรือจ้าง',
        'วิธีซื้อหรือจ้าง',
        'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
        null,
        'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
        null,
        'เลขที่และวันที่ของสัญญาหรือข้อตกลง',
        null,
      ],
      [null, null, null, ...halves],
      ['จัดซื้อน้ำมันเชื้อเพลิง', '3,000.00', 'เฉพาะเจาะจง', 'หจก.ปั๊มดี', '2,950.00', 'หจก.ปั๊มดี', '2,950.00', '1/2567', '20 ต.ค. 2566'],
    ];
    const result = await plan(xlsxBytes({ rows: two, merges: ['D1:E1', 'F1:G1', 'H1:I1'] }), new Map(), 'skr1.xlsx');
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]).toMatchObject({
      bidders: [{ name: 'หจก.ปั๊มดี', price: 295_000 }],
      winner: { name: 'หจก.ปั๊มดี', price: 295_000 },
      evidence: { number: '1/2567', date: '2023-10-20' },
    });
  });
});

describe('what a re-import says about values that differ', () => {
  it('does not claim staff edited a value, and shows dates in BE', async () => {
    const first = await plan(sheet(fuel('1/2567')));
    const corrected = fuel('1/2567', '21 ต.ค. 2566');
    corrected[2] = '3,100.00';
    const again = await plan(sheet(corrected), texts(first));
    const text = reportTh(again);
    expect(text).toContain('ช่อง budget ในไฟล์เป็น "3,000.00" ในตารางเป็น "3,100.00"');
    expect(text).toContain('ในไฟล์เป็น "20 ต.ค. 2566" ในตารางเป็น "21 ต.ค. 2566"');
    expect(text).not.toContain('เจ้าหน้าที่แก้ไว้');
  });
});

describe("the clerk QA's second pass (each case its reproduction, the expectation written from the sheet)", () => {
  const order = (item: string, number: string, date: string, winner = 'ร้านสมใจการค้า', budget = '5,000.00', price = '4,800.00') => [
    '',
    item,
    budget,
    'เฉพาะเจาะจง',
    `${winner} ${price}`,
    `${winner} ${price}`,
    'ราคาต่ำสุด',
    `ใบสั่งซื้อเลขที่ ${number} ลงวันที่ ${date}`,
  ];

  it('an item merged down over two orders, each with its own budget, winner and number: two procurements', async () => {
    const rows: XlsxCell[][] = [
      header,
      order('จัดซื้อวัสดุสำนักงาน', '1/2567', '12 ต.ค. 2566'),
      order('จัดซื้อวัสดุสำนักงาน', '2/2567', '13 ต.ค. 2566', 'ร้านมั่นคง', '3,000.00', '2,950.00'),
    ];
    rows[2]![1] = null;
    const result = await plan(xlsxBytes({ rows, merges: ['B2:B3'] }), new Map(), 'skr1.xlsx');
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october).map((row) => [row.item, row.evidence.number, row.winner.name, row.bidders.length])).toEqual([
      ['จัดซื้อวัสดุสำนักงาน', '1/2567', 'ร้านสมใจการค้า', 1],
      ['จัดซื้อวัสดุสำนักงาน', '2/2567', 'ร้านมั่นคง', 1],
    ]);
  });

  it('monthly forms pasted one under another, each with its signature footer and header: every month is read', async () => {
    const footer = [
      ['', 'ลงชื่อ ........................ ผู้รายงาน'],
      ['', '(นางสาวพัสดุ ใจดี)'],
      ['', 'เจ้าพนักงานพัสดุ'],
    ];
    const result = await plan(
      csvBytes([title('ตุลาคม 2566'), header, fuel('1/2567'), ...footer, [], title('พฤศจิกายน 2566'), header, fuel('2/2567', '5 พ.ย. 2566'), ...footer]),
      new Map(),
    );
    expect(result.ok, reportTh(result)).toBe(true);
    expect([...texts(result).keys()]).toEqual([october, november]);
  });

  it('a header repeated under the data (printed on each page) is passed over', async () => {
    const result = await plan(sheet(fuel('1/2567'), header, fuel('2/2567')));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)).toHaveLength(2);
  });

  it('a row dated outside the month the title names is refused, naming the row and the month', async () => {
    const text = await refusedWith(plan(csvBytes([title('ตุลาคม พ.ศ. 2566'), header, fuel('1/2567'), fuel('2/2567', '12 ต.ค. 65')])));
    expect(text).toContain('แถว 4 คอลัมน์ "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง": ลงวันที่ 12 ต.ค. 2565 แต่ตารางนี้เป็นของเดือน ต.ค. 2566');
  });

  it.each([
    ['สัญญาจ้างเลขที่ 13/2567 ลงวันที่ 20 ตุลาคม 2566', { kind: 'contract', number: '13/2567' }],
    ['สัญญาซื้อขาย เลขที่ 14/2567 ลว. 20 ต.ค. 66', { kind: 'contract', number: '14/2567' }],
    ['บันทึกตกลงซื้อ ที่ 9/2567 ลว. 20 ต.ค. 66', { kind: 'agreement', number: '9/2567' }],
    ['ใบสั่งจ้าง ที่ 5/2567 ลว 20 ต.ค. 66', { kind: 'order', number: '5/2567' }],
  ])('evidence "%s"', async (cell, expected) => {
    const row = fuel('1/2567');
    row[7] = cell;
    const result = await plan(sheet(row));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.evidence).toMatchObject(expected);
  });

  it('two orders in one evidence cell are refused, naming the cell', async () => {
    const row = fuel('1/2567');
    row[7] = 'ใบสั่งจ้างเลขที่ 7/2567 ลว. 4 ต.ค. 66 และ 8/2567 ลว. 20 ต.ค. 66';
    expect(await refusedWith(plan(sheet(row)))).toContain('แถว 2 คอลัมน์ "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง": อ่านเลขที่และวันที่ของสัญญาจาก');
  });

  it('"สัญญาเลขที่ 5/2567" in a number column of its own is a contract numbered 5/2567', async () => {
    const bytes = formSheetXlsx((form) => ({
      ...form,
      rows: form.rows.map((row, index) => (index === 8 ? row.map((cell, at) => (at === 11 ? null : at === 12 ? 'สัญญาเลขที่ 2/2567' : cell)) : row)),
    }));
    const result = await plan(bytes, new Map(), 'skr1.xlsx');
    expect(result.ok, reportTh(result)).toBe(true);
    expect(procurementMonthSchema.parse(parse(texts(result).get('procurement/2567/2567-01.yaml')!)).rows[0]!.evidence).toMatchObject({
      kind: 'contract',
      number: '2/2567',
    });
  });

  it("the form sheet after e-GP's file: its rows are the e-GP rows of the same number and date, not new ones", async () => {
    const egp = await planProcurementImport({
      fileName: 'egp.csv',
      bytes: windows874(egpCsvText({ withoutOctober: true })),
      existing: new Map(),
      posted: '2024-10-15',
    });
    expect(egp.ok, reportTh(egp)).toBe(true);
    const form = await planProcurementImport({ fileName: 'skr1.xlsx', bytes: formSheetXlsx(), existing: texts(egp) });
    expect(form.ok, reportTh(form)).toBe(true);
    expect(form.counts.added).toBe(2);
    expect(reportTh(form)).toContain('ช่อง evidence.kind ในไฟล์เป็น "contract" ในตารางเป็น "order"');
  });

  it("a number staff corrected in the file: the sheet's row is added, and the import says which row it looks like", async () => {
    const first = await plan(sheet(fuel('1/2567')));
    const edited = new Map(texts(first));
    edited.set(october, edited.get(october)!.replace('number: 1/2567', 'number: กค.1/2567'));
    const again = await plan(sheet(fuel('1/2567')), edited);
    expect(again.ok, reportTh(again)).toBe(true);
    expect(reportTh(again)).toContain(
      'แถว 2 (เลขที่ "1/2567") มีงาน วันที่ และผู้ได้รับการคัดเลือกเหมือน content/procurement/2567/2566-10.yaml รายการที่ 1 (เลขที่ "กค.1/2567")',
    );
  });

  it('--posted before a row of its month is refused, naming the month', async () => {
    const result = planProcurementImport({ fileName: 'skr1.csv', bytes: sheet(fuel('1/2567', '20 พ.ย. 2566')), existing: new Map(), posted: '2023-11-03' });
    expect(await refusedWith(result)).toContain('สรุปของเดือน พ.ย. 2566 นำขึ้นเว็บไซต์ 3 พ.ย. 2566 ก่อนรายการที่ลงวันที่ 20 พ.ย. 2566');
  });

  it('whole-baht amounts with only spaces between bidders are refused as a bidders cell it cannot split, not blamed on the winner', async () => {
    const row = fuel('1/2567');
    row[4] = 'หจก.ปั๊มดี 2950 ร้านน้ำมันเจริญ 2990';
    const text = await refusedWith(plan(sheet(row)));
    expect(text).toContain('แถว 2 คอลัมน์ "รายชื่อผู้เสนอราคาและราคาที่เสนอ": แยกชื่อและราคาผู้เสนอราคาจาก');
    expect(text).not.toContain('ไม่อยู่ในรายชื่อผู้เสนอราคา');
  });

  it('a four-digit Christian-era year typed as text is not blamed on Excel', async () => {
    const text = await refusedWith(plan(sheet(fuel('1/2567', '20 ต.ค. 1980'))));
    expect(text).toContain('วันที่ 20 ต.ค. 2523 เก่าเกินกว่าจะเป็นรายการจัดซื้อจัดจ้าง');
    expect(text).not.toContain('Excel อ่านปีสองหลัก');
  });

  it('a footer line alone ("ณ วันที่ 3 พฤศจิกายน 2566") is not a month heading', async () => {
    const result = await plan(
      csvBytes([title('ธันวาคม 2566'), header, fuel('1/2567', '20 ธ.ค.'), ['', 'ณ วันที่ 3 มกราคม 2567'], fuel('2/2567', '21 ธ.ค.')]),
      new Map(),
    );
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, 'procurement/2567/2566-12.yaml').map((row) => row.evidence.date)).toEqual(['2023-12-20', '2023-12-21']);
  });
});

describe('a kind the sheet does not state', () => {
  it('is taken as an order, and the import names the rows so taken', async () => {
    const row = fuel('1/2567');
    row[7] = '1/2567 ลว. 20 ต.ค. 66';
    const result = await plan(sheet(row, fuel('2/2567')));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.evidence.kind).toBe('order');
    expect(reportTh(result)).toContain('ไม่ได้บอกว่าเป็นสัญญา ใบสั่งซื้อ/สั่งจ้าง หรือข้อตกลง จึงถือเป็นใบสั่งซื้อ/สั่งจ้าง: แถว 2');
    expect(reportTh(result)).not.toContain('แถว 3');
  });
});

describe("the clerk QA's third pass (each case its reproduction, the expectation written from the sheet)", () => {
  const withCell = (column: number, value: string) => {
    const row = fuel('1/2567');
    row[column] = value;
    return row;
  };
  const statusHeader = [...header, 'สถานะ'];

  it.each([
    ['ส่งมอบแล้ว', 'delivered'],
    ['ตรวจรับแล้ว', 'delivered'],
    ['ดำเนินการแล้วเสร็จ', 'delivered'],
    ['ยกเลิก', 'cancelled'],
    ['ยกเลิกโครงการ', 'cancelled'],
    ['ลงนามในสัญญาแล้ว', 'signed'],
  ])('the status "%s" is read as %s', async (status, expected) => {
    const result = await plan(csvBytes([statusHeader, [...fuel('1/2567'), status]]));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.status).toBe(expected);
  });

  it('a status it does not know is refused, naming the cell and the statuses it knows', async () => {
    const text = await refusedWith(plan(csvBytes([statusHeader, [...fuel('1/2567'), 'รอดำเนินการตามระเบียบ']])));
    expect(text).toContain('แถว 2 คอลัมน์ "สถานะ": สถานะ "รอดำเนินการตามระเบียบ" ไม่อยู่ในรายการ');
  });

  it.each([
    ['วิธีเฉพาะเจาะจง (ม.56(2)(ข))', 'specific'],
    ['เฉพาะเจาะจง (ข)', 'specific'],
    ['e-market (ตลาดอิเล็กทรอนิกส์)', 'e-market'],
    ['e-bidding (ประกวดราคาอิเล็กทรอนิกส์)', 'e-bidding'],
    ['เฉพาะเจาะจง ม.56(1)(ข)', 'specific'],
  ])('the method "%s" is read as %s', async (method, expected) => {
    const result = await plan(sheet(withCell(3, method)));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.method).toBe(expected);
  });

  it.each([
    ['จ้างเหมาก่อสร้างรางระบายน้ำ', 'works'],
    ['โครงการจ้างเหมาก่อสร้างถนนคอนกรีต', 'works'],
    ['จ้างปรับปรุงถนนลูกรัง', 'works'],
    ['ซื้อวัสดุก่อสร้าง', 'goods'],
    ['ค่าวัสดุสำนักงาน', 'goods'],
    ['ค่าจ้างเหมาบริการทำความสะอาด', 'services'],
    ['ซ่อมแซมเครื่องปรับอากาศ', 'services'],
    ['ค่าซ่อมแซมรถยนต์ส่วนกลาง', 'services'],
    ['1. จัดซื้อน้ำดื่ม', 'goods'],
  ])('without a category column, "%s" is %s, and the import says the category was read from the item', async (item, expected) => {
    const result = await plan(sheet(withCell(1, item)));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.category).toBe(expected);
    expect(reportTh(result)).toContain('ไม่มีคอลัมน์ "ประเภท": อ่านประเภท (ซื้อ / จ้าง / จ้างก่อสร้าง) จากชื่องาน 1 รายการ');
  });

  it('a list number before the item ("1. จัดซื้อ…") is not part of the item', async () => {
    const result = await plan(sheet(withCell(1, '1. จัดซื้อน้ำดื่ม')));
    expect(rowsOf(result, october)[0]!.item).toBe('จัดซื้อน้ำดื่ม');
  });

  it('a satang column after an amount ("บาท" | "สต.") is part of it', async () => {
    const satangHeader = [...header.slice(0, 3), 'สต.', ...header.slice(3)];
    const row = fuel('1/2567');
    const result = await plan(csvBytes([satangHeader, [...row.slice(0, 2), '3,000', '50', ...row.slice(3)]]));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.budget).toBe(300_050);
    expect(reportTh(result)).not.toContain('คอลัมน์ที่ไม่รู้จัก');
  });

  it('a tax ID published masked elsewhere ("010556xxxx059") is left out, and the import says so', async () => {
    const taxHeader = [...header, 'เลขประจำตัวผู้เสียภาษี'];
    const result = await plan(csvBytes([taxHeader, [...fuel('1/2567'), '010556xxxx059']]));
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]!.winner.taxId).toBeUndefined();
    expect(reportTh(result)).toContain('เลขประจำตัวผู้เสียภาษีที่ปิดบางส่วนไว้ไม่ได้นำเข้า: แถว 2');
  });

  it('a UTF-8 byte-order mark in front of a Windows-874 file is passed over', async () => {
    const text = [header.slice(1), fuel('1/2567').slice(1)].map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell}"` : cell)).join(',')).join('\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...windows874(text)]);
    const result = await plan(bytes);
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)).toHaveLength(1);
  });
});

describe("e-GP's project status", () => {
  it('a project e-GP lists as cancelled (สถานะโครงการ "ยกเลิกโครงการ", no contract status) is imported as cancelled', async () => {
    const lines = egpCsvText({ withoutOctober: true }).split('\r\n');
    lines[2] = lines[2]!.replace('จัดทำสัญญา/PO แล้ว', 'ยกเลิกโครงการ').replace(/,สิ้นสุดสัญญา$/, ',-');
    const result = await planProcurementImport({ fileName: 'egp.csv', bytes: windows874(lines.join('\r\n')), existing: new Map(), posted: '2024-10-15' });
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, 'procurement/2567/2567-01.yaml')[0]).toMatchObject({ item: 'จัดซื้อครุภัณฑ์คอมพิวเตอร์', status: 'cancelled' });
  });
});

describe('baht and satang in two columns under one heading (a two-row header)', () => {
  it('the amount is the two together', async () => {
    const rows = [
      ['งานที่จัดซื้อหรือจัดจ้าง', 'วงเงินที่จะซื้อหรือจ้าง', null, 'วิธีซื้อหรือจ้าง', 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง', null, null, 'เลขที่และวันที่ของสัญญาหรือข้อตกลง'],
      [null, 'บาท', 'สต.', null, 'ชื่อ', 'บาท', 'สต.', null],
      ['จัดซื้อน้ำมันเชื้อเพลิง', '3,000', '50', 'เฉพาะเจาะจง', 'หจก.ปั๊มดี', '2,950', '25', 'ใบสั่งซื้อเลขที่ 1/2567 ลงวันที่ 20 ต.ค. 2566'],
    ];
    const result = await plan(xlsxBytes({ rows, merges: ['B1:C1', 'E1:G1'] }), new Map(), 'skr1.xlsx');
    expect(result.ok, reportTh(result)).toBe(true);
    expect(rowsOf(result, october)[0]).toMatchObject({ budget: 300_050, winner: { name: 'หจก.ปั๊มดี', price: 295_025 } });
  });
});
