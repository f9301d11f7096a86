/**
 * The fixture agency's procurement year (tests/fixtures/sites/procurement-year, EXPECTED.md) as staff receive it:
 * a แบบ สขร.1 workbook typed in an office (title rows, combined "name price" cells, a bidder on a merged continuation
 * row, a formula, Thai digits, dates as date cells and as text, a totals row) and e-GP's open-data CSV (Windows-874,
 * three empty English location columns shifting the values, BE dates "12 ต.ค. 66", separators, "-").
 */
import { xlsxBytes, type XlsxCell, type XlsxSheet } from './xlsx-bytes.ts';

export const formHeader = [
  'ลำดับที่',
  'งานที่จัดซื้อหรือจัดจ้าง',
  'ประเภท',
  'แหล่งที่มาของงบประมาณ',
  'วงเงินที่จะซื้อหรือจ้าง (บาท)',
  'ราคากลาง (บาท)',
  'วิธีซื้อหรือจ้าง',
  'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
  'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
  'เลขประจำตัวผู้เสียภาษี',
  'เหตุผลที่คัดเลือกโดยสรุป',
  'ประเภทหลักฐาน',
  'เลขที่สัญญา',
  'วันที่สัญญา',
  'เลขที่โครงการ',
  'สถานะ',
  'วันที่นำขึ้นเว็บไซต์',
];

const reasonSpec = 'เป็นผู้เสนอราคาตรงตามข้อกำหนด และราคาไม่เกินงบประมาณ';

export function formSheet(): XlsxSheet {
  const rows: XlsxCell[][] = [
    ['แบบ สขร.1'],
    ['สรุปผลการดำเนินการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2567'],
    ['องค์การบริหารส่วนตำบลทดลองซื้อ'],
    formHeader,
    [
      1,
      'จัดซื้อวัสดุสำนักงาน',
      'ซื้อ',
      'เงินงบประมาณ',
      '12,500.00',
      12500,
      'เฉพาะเจาะจง',
      'ร้านสมใจการค้า 12,000.00',
      'ร้านสมใจการค้า ราคา 12,000.00 บาท',
      '1-1037-02071-81-1',
      reasonSpec,
      'ใบสั่งซื้อ/สั่งจ้าง',
      '1/2567',
      { date: '2023-10-12' },
      null,
      'สิ้นสุดสัญญา',
      { date: '2023-11-03' },
    ],
    [
      2,
      'จ้างซ่อมแซมรถบรรทุกน้ำ',
      'จ้าง',
      null,
      45000.5,
      { formula: 'E6', cached: 45000.5 },
      'วิธีเฉพาะเจาะจง',
      'อู่ช่างเอก 44,990.25 บาท',
      'อู่ช่างเอก 44,990.25',
      '0305561000123',
      reasonSpec,
      'ใบสั่งซื้อ',
      '2/2567',
      '20 ต.ค. 66',
      null,
      null,
      '3 พ.ย. 66',
    ],
    [
      3,
      'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5',
      'จ้างก่อสร้าง',
      'เงินอุดหนุนเฉพาะกิจ',
      '๑,๕๐๐,๐๐๐',
      1480000,
      'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
      'หจก.ทองดีก่อสร้าง 1,450,000.00',
      'หจก.ทองดีก่อสร้าง 1,450,000.00',
      '0303560001234',
      'เป็นผู้มีคุณสมบัติและข้อเสนอทางด้านเทคนิคถูกต้องครบถ้วนและเป็นผู้เสนอราคาต่ำสุด',
      'สัญญา',
      '1/2567',
      { date: '2023-12-15' },
      '66129012345',
      'ระหว่างดำเนินการ',
      { date: '2024-02-10' },
    ],
    [null, null, null, null, null, null, null, 'บริษัท ศิลาพัฒนา จำกัด 1,470,000.00', null, null, null, null, null, null, null, null, null],
    [
      4,
      'จัดซื้อครุภัณฑ์คอมพิวเตอร์',
      'ซื้อ',
      null,
      600000,
      600000,
      'เฉพาะเจาะจง',
      'บริษัท ไอทีโคราช จำกัด 598,000.00',
      'บริษัท ไอทีโคราช จำกัด 598,000.00',
      '0305562000456',
      'เป็นผู้เสนอราคาตรงตามข้อกำหนด และราคาไม่เกินงบประมาณและราคากลาง',
      'สัญญา',
      '2/2567',
      { date: '2024-01-20' },
      67019045678,
      null,
      { date: '2024-02-05' },
    ],
    [
      5,
      'จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน',
      'จ้าง',
      null,
      96000,
      90000,
      'เฉพาะเจาะจง',
      'นางสาวสมศรี ใจดี 95,000.00',
      'นางสาวสมศรี ใจดี 95,000.00',
      '3301500456781',
      null,
      'ใบสั่งจ้าง',
      '3/2567',
      { date: '2024-01-05' },
      null,
      null,
      { date: '2024-02-05' },
    ],
    [
      6,
      'จัดซื้อน้ำมันเชื้อเพลิง',
      'ซื้อ',
      null,
      30000,
      30000,
      'เฉพาะเจาะจง',
      null,
      'สหกรณ์การเกษตรห้วยแถลง จำกัด 29,500.75',
      null,
      'เป็นผู้มีคุณสมบัติตรงตามเงื่อนไขที่กำหนด',
      'ใบสั่งซื้อ',
      '4/2567',
      '๘ มี.ค. ๖๗',
      null,
      null,
      { date: '2024-04-10' },
    ],
    ['รวม', null, null, null, { formula: 'SUM(E5:E11)', cached: 2283500.5 }],
  ];
  return { rows, merges: ['A7:A8', 'B7:B8', 'C7:C8', 'I7:I8'] };
}

export const formSheetXlsx = (change: (sheet: XlsxSheet) => XlsxSheet = (sheet) => sheet) => xlsxBytes(change(formSheet()));

/** e-GP's export columns (reference §3) with the three English location columns its header declares after จังหวัด. */
const egpHeader = [
  'ลำดับ',
  'รหัสโครงการ',
  'ชื่อโครงการ',
  'ชื่อประเภทโครงการ',
  'ชื่อหน่วยงาน',
  'ชื่อหน่วยงานย่อย',
  'วิธีจัดซื้อฯ',
  'กลุ่มวิธีจัดซื้อฯ',
  'วันที่ประกาศ',
  'งบประมาณ(บาท)',
  'ราคากลาง(บาท)',
  'ราคาตกลงซื้อ/จ้าง',
  'ปีงบประมาณ',
  'วันที่เกิดรายการ',
  'จังหวัด',
  'province',
  'district',
  'subdistrict',
  'เขต/อำเภอ',
  'แขวง/ตำบล',
  'สถานะโครงการ',
  'พิกัดของโครงการ',
  'ละติจูด/ลองจิจูดโครงการ',
  'เลขนิติบุคคล',
  'ชื่อผู้ชนะ',
  'เลขที่สัญญา',
  'วันที่ลงนามสัญญา',
  'วันที่สิ้นสุดสัญญา',
  'งบสัญญา(บาท)',
  'สถานะสัญญา',
];

const agency = ['องค์การบริหารส่วนตำบลทดลองซื้อ', 'สำนักปลัด'];
/** Values after จังหวัด have no cells for the English columns: the shift e-GP's files have. */
const egpRow = (
  n: number,
  id: string,
  item: string,
  type: string,
  method: string,
  budget: string,
  reference: string,
  agreed: string,
  day: string,
  taxId: string,
  winner: string,
  contract: string,
  status: string,
) => [
  String(n),
  id,
  item,
  type,
  ...agency,
  method,
  method === 'เฉพาะเจาะจง' ? 'วิธีเฉพาะเจาะจง' : 'ประกาศเชิญชวนทั่วไป',
  '-',
  budget,
  reference,
  agreed,
  '2567',
  day,
  'นครราชสีมา',
  'เมือง',
  'ทดลองซื้อ',
  'จัดทำสัญญา/PO แล้ว',
  '-',
  '-',
  taxId,
  winner,
  contract,
  day,
  '-',
  agreed,
  status,
];

/**
 * `withoutOctober`: leave out October's two orders, whose numbers 1/2567 and 2/2567 December's and January's contracts
 * also carry — e-GP does not say which is which, so the file alone, into an empty folder, is refused.
 */
export function egpCsvText({ withoutOctober = false }: { withoutOctober?: boolean } = {}): string {
  const rows = [
    egpHeader,
    egpRow(
      1,
      '66109000001',
      'จัดซื้อวัสดุสำนักงาน',
      'ซื้อ',
      'เฉพาะเจาะจง',
      '12,500.00',
      '12,500.00',
      '12,000.00',
      '12 ต.ค. 66',
      '110370207xxxx',
      'ร้านสมใจการค้า',
      '1/2567',
      'สิ้นสุดสัญญา',
    ),
    egpRow(
      2,
      '66109000002',
      'จ้างซ่อมแซมรถบรรทุกน้ำ',
      'จ้างทำของ/จ้างเหมาบริการ',
      'เฉพาะเจาะจง',
      '45,000.50',
      '45,000.50',
      '44,990.25',
      '20 ต.ค. 66',
      '0305561000123',
      'อู่ช่างเอก',
      '2/2567',
      'สิ้นสุดสัญญา',
    ),
    egpRow(
      3,
      '66129012345',
      'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5',
      'จ้างก่อสร้าง',
      'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
      '1,500,000.00',
      '1,480,000.00',
      '1,450,000.00',
      '15 ธ.ค. 66',
      '0303560001234',
      'หจก.ทองดีก่อสร้าง',
      '1/2567',
      'ระหว่างดำเนินการ',
    ),
    egpRow(
      4,
      '67019045678',
      'จัดซื้อครุภัณฑ์คอมพิวเตอร์',
      'ซื้อ',
      'เฉพาะเจาะจง',
      '600,000.00',
      '600,000.00',
      '598,000.00',
      '20 ม.ค. 67',
      '0305562000456',
      'บริษัท ไอทีโคราช จำกัด',
      '2/2567',
      'สิ้นสุดสัญญา',
    ),
    egpRow(
      5,
      '67019000005',
      'จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน',
      'จ้างทำของ/จ้างเหมาบริการ',
      'เฉพาะเจาะจง',
      '96,000.00',
      '90,000.00',
      '95,000.00',
      '5 ม.ค. 67',
      '330150045xxxx',
      'นางสาวสมศรี ใจดี',
      '3/2567',
      'สิ้นสุดสัญญา',
    ),
    egpRow(
      6,
      '67039000006',
      'จัดซื้อน้ำมันเชื้อเพลิง',
      'ซื้อ',
      'เฉพาะเจาะจง',
      '30,000.00',
      '30,000.00',
      '29,500.75',
      '8 มี.ค. 67',
      '-',
      'สหกรณ์การเกษตรห้วยแถลง จำกัด',
      '4/2567',
      'สิ้นสุดสัญญา',
    ),
  ];
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const kept = withoutOctober ? rows.filter((row) => !row[1]!.startsWith('6610900000')) : rows;
  return `${kept.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** Thai text in Windows-874 (TIS-620's letters at 0xA1–0xFB, ASCII as is), as e-GP serves its files. */
export function windows874(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x0e01 && code <= 0x0e5b) bytes.push(code - 0x0e00 + 0xa0);
    else throw new Error(`not in Windows-874: ${character}`);
  }
  return new Uint8Array(bytes);
}

const thaiMonthAbbreviations = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];

/**
 * A generated year of `count` specific-method purchases as a แบบ สขร.1 CSV, spread over the twelve months of FY 2567,
 * for the importer's bench and its large-sheet test: contract dates written as BE ISO dates or as Thai text
 * ("12 ต.ค. 66"), and one bidder per row or two in one cell.
 */
export function generatedYearSheet(count: number, { dates, twoBidders }: { dates: 'iso' | 'thai'; twoBidders: boolean }): string {
  const months = ['2566-10', '2566-11', '2566-12', '2567-01', '2567-02', '2567-03', '2567-04', '2567-05', '2567-06', '2567-07', '2567-08', '2567-09'];
  const lines = [formHeader.join(',')];
  for (let index = 0; index < count; index++) {
    const month = months[index % 12]!;
    const day = (index % 28) + 1;
    lines.push(
      [
        index + 1,
        `จัดซื้อวัสดุรายการที่ ${index + 1}`,
        'ซื้อ',
        '',
        '"1,000.00"',
        '1000',
        'เฉพาะเจาะจง',
        twoBidders ? '"ร้านหนึ่ง 990.00\nร้านสอง 995.00"' : 'ร้านหนึ่ง 990.00',
        'ร้านหนึ่ง 990.00',
        '',
        'ราคาต่ำสุด',
        'ใบสั่งซื้อ',
        `${index + 1}/2567`,
        dates === 'iso' ? `${month}-${String(day).padStart(2, '0')}` : `${day} ${thaiMonthAbbreviations[index % 12]} ${month.slice(2, 4)}`,
        '',
        '',
        '2567-10-20',
      ].join(','),
    );
  }
  return lines.join('\n');
}
