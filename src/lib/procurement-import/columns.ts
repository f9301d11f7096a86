/**
 * Which column holds what: the headers of แบบ สขร.1 and its variants (split or merged columns, the e-GP project
 * number, the newer ITA table's names) and of e-GP's open-data CSV, compared without spaces, line breaks and "(บาท)".
 */

export type Field =
  | 'number'
  | 'item'
  | 'budget'
  | 'referencePrice'
  | 'method'
  | 'category'
  | 'fundSource'
  | 'biddersCombined'
  | 'bidderNames'
  | 'bidderPrices'
  | 'winnerCombined'
  | 'winnerName'
  | 'winnerPrice'
  | 'contractAmount'
  | 'taxId'
  | 'reason'
  | 'evidenceCombined'
  | 'evidenceKind'
  | 'evidenceNumber'
  | 'evidenceDate'
  | 'egpNumber'
  | 'status'
  | 'posted'
  | 'projectType';

/** Header spellings, by field; the first is how messages name the column. */
export const headerNames: Record<Field, readonly string[]> = {
  number: ['ลำดับที่', 'ลำดับ', 'ที่'],
  item: ['งานที่จัดซื้อหรือจัดจ้าง', 'ชื่อรายการของงานที่ซื้อหรือจ้าง', 'งานที่ซื้อหรือจ้าง', 'รายการ', 'รายการพัสดุ', 'ชื่อโครงการ'],
  budget: ['วงเงินที่จะซื้อหรือจ้าง', 'วงเงินงบประมาณที่ได้รับจัดสรร', 'วงเงินงบประมาณ', 'วงเงิน', 'งบประมาณ'],
  referencePrice: ['ราคากลาง'],
  method: ['วิธีซื้อหรือจ้าง', 'วิธีการจัดซื้อจัดจ้าง', 'วิธีจัดซื้อจัดจ้าง', 'วิธีจัดซื้อฯ', 'วิธีจัดซื้อ'],
  category: ['ประเภท', 'ประเภทการจัดซื้อจัดจ้าง'],
  projectType: ['ชื่อประเภทโครงการ'],
  fundSource: ['แหล่งที่มาของงบประมาณ', 'แหล่งเงิน'],
  biddersCombined: ['รายชื่อผู้เสนอราคาและราคาที่เสนอ', 'รายชื่อผู้เสนอราคาและราคาที่เสนอราคา'],
  bidderNames: ['รายชื่อผู้เสนอราคา', 'ผู้เสนอราคา'],
  bidderPrices: ['ราคาที่เสนอ'],
  winnerCombined: ['ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง', 'ผู้ได้รับการคัดเลือกและราคาที่ตกลง'],
  winnerName: ['ผู้ได้รับการคัดเลือก', 'รายชื่อผู้ประกอบการที่ได้รับการคัดเลือก', 'ชื่อผู้ชนะ', 'ชื่อผู้ประกอบการ'],
  winnerPrice: ['ราคาที่ตกลงซื้อหรือจ้าง', 'ราคาที่ตกลง', 'ราคาตกลงซื้อ/จ้าง', 'จำนวนเงินรวม'],
  contractAmount: ['งบสัญญา'],
  taxId: ['เลขประจำตัวผู้เสียภาษี', 'เลขประจำตัวผู้เสียภาษีอากร', 'เลขนิติบุคคล', 'เลขประจำตัวผู้เสียภาษี/เลขประจำตัวประชาชน'],
  reason: ['เหตุผลที่คัดเลือกโดยสรุป', 'เหตุผลที่คัดเลือก', 'เหตุผลสนับสนุน'],
  evidenceCombined: ['เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง', 'เลขที่และวันที่ของหลักฐานที่ก่อให้เกิดภาระในการซื้อหรือจัดจ้าง', 'เลขที่และวันที่ของสัญญาหรือข้อตกลง', 'เอกสารอ้างอิง'],
  evidenceKind: ['ประเภทหลักฐาน', 'ประเภทสัญญา'],
  evidenceNumber: ['เลขที่สัญญา', 'เลขที่สัญญาหรือข้อตกลง', 'เลขที่ใบสั่งซื้อ/สั่งจ้าง', 'เลขที่'],
  evidenceDate: ['วันที่ลงนามสัญญา', 'วันที่สัญญา', 'วันที่ของสัญญาหรือข้อตกลง', 'วันที่'],
  egpNumber: ['เลขที่โครงการในระบบe-GP', 'เลขที่โครงการ', 'รหัสโครงการ', 'เลขที่โครงการe-GP'],
  status: ['สถานะการจัดซื้อจัดจ้าง', 'สถานะสัญญา', 'สถานะ'],
  posted: ['วันที่นำขึ้นเว็บไซต์', 'วันที่เผยแพร่'],
};

/** e-GP's columns that a month file has no place for (the agency, its location, announcement dates): read past quietly. */
export const egpNotImported = new Set(
  ['ลำดับ', 'ชื่อหน่วยงาน', 'ชื่อหน่วยงานย่อย', 'กลุ่มวิธีจัดซื้อฯ', 'วันที่ประกาศ', 'ปีงบประมาณ', 'วันที่เกิดรายการ', 'จังหวัด', 'เขต/อำเภอ', 'แขวง/ตำบล', 'สถานะโครงการ', 'พิกัดของโครงการ', 'ละติจูด/ลองจิจูดโครงการ', 'วันที่สิ้นสุดสัญญา'].map((name) => headerKey(name)),
);

/** e-GP's export columns that say the file is e-GP's (reference §3). */
const egpMarkers = ['รหัสโครงการ', 'วิธีจัดซื้อฯ', 'ชื่อผู้ชนะ', 'วันที่ลงนามสัญญา'];

export function headerKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/\((?:บาท|ล้านบาท)\)|\(บาท\.\)/g, '')
    .replace(/[\s\u00A0\u200B*:]/g, '')
    .toLowerCase();
}

const fieldByKey = new Map<string, Field>(
  (Object.entries(headerNames) as [Field, readonly string[]][]).flatMap(([field, names]) => names.map((name) => [headerKey(name), field] as const)),
);

export function fieldOfHeader(text: string): Field | undefined {
  return fieldByKey.get(headerKey(text));
}

export interface HeaderRow {
  /** 0-based index of the header row in the table */
  index: number;
  kind: 'form' | 'egp';
  /** Column index → field; unknown headers left out */
  fields: Map<number, Field>;
  /** Headers as written, by column */
  written: string[];
  unknown: string[];
}

/** The first row among the first 20 with at least three known headers (a form sheet has its title rows above). */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): HeaderRow | undefined {
  for (let index = 0; index < Math.min(rows.length, 20); index++) {
    const written = (rows[index] ?? []).map((cell) => (typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell)));
    const fields = new Map<number, Field>();
    const unknown: string[] = [];
    written.forEach((header, column) => {
      const field = fieldOfHeader(header);
      // The first column of a field wins: "วันที่" may appear twice (announcement, contract) in some exports.
      if (field && ![...fields.values()].includes(field)) fields.set(column, field);
      else if (header !== '' && !field) unknown.push(header);
    });
    if (fields.size < 3) continue;
    const kind = egpMarkers.filter((marker) => written.some((header) => headerKey(header) === headerKey(marker))).length >= 2 ? 'egp' : 'form';
    return { index, kind, fields, written, unknown };
  }
  return undefined;
}

/** What a sheet needs, as groups of alternatives: at least one field of each group. */
export const requiredGroups: readonly (readonly Field[])[] = [
  ['item'],
  ['budget'],
  ['method'],
  ['winnerCombined', 'winnerName'],
  ['winnerCombined', 'winnerPrice', 'contractAmount'],
  ['evidenceCombined', 'evidenceNumber'],
  ['evidenceCombined', 'evidenceDate'],
];
