/** Thai words of procurement: the vocabulary's names (as the form and e-GP write them) and the procurement pages' text. */
import type { ContractStatus, EvidenceKind, ProcurementCategory, ProcurementMethod } from '../lib/procurement/vocabulary.ts';

export const procurementMethodLabels: Record<ProcurementMethod, string> = {
  'e-bidding': 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
  'e-market': 'ตลาดอิเล็กทรอนิกส์ (e-market)',
  selection: 'คัดเลือก',
  specific: 'เฉพาะเจาะจง',
  'price-inquiry': 'สอบราคา',
  'price-agreement': 'ตกลงราคา',
  bidding: 'ประกวดราคา',
  'international-bidding': 'ประกวดราคานานาชาติ',
  special: 'พิเศษ',
  'e-auction': 'ประกวดราคาด้วยวิธีการทางอิเล็กทรอนิกส์โดยผ่านผู้ให้บริการตลาดกลาง',
};

/** Other spellings staff and e-GP use for each method (compared without spaces, "วิธี" and brackets). */
export const procurementMethodAliases: Record<ProcurementMethod, readonly string[]> = {
  'e-bidding': ['ประกวดราคาอิเล็กทรอนิกส์', 'e-bidding', 'ebidding', 'ประกวดราคาด้วยวิธีการทางอิเล็กทรอนิกส์'],
  'e-market': ['ตลาดอิเล็กทรอนิกส์', 'e-market', 'emarket'],
  selection: ['คัดเลือก'],
  specific: ['เฉพาะเจาะจง'],
  'price-inquiry': ['สอบราคา'],
  'price-agreement': ['ตกลงราคา'],
  bidding: ['ประกวดราคา'],
  'international-bidding': ['ประกวดราคานานาชาติ'],
  special: ['พิเศษ', 'กรณีพิเศษ'],
  'e-auction': ['ประกวดราคาด้วยวิธีการทางอิเล็กทรอนิกส์โดยผ่านผู้ให้บริการตลาดกลาง', 'e-auction', 'eauction'],
};

export const procurementCategoryLabels: Record<ProcurementCategory, string> = {
  goods: 'ซื้อ',
  services: 'จ้าง',
  works: 'จ้างก่อสร้าง',
};

export const procurementCategoryAliases: Record<ProcurementCategory, readonly string[]> = {
  goods: ['ซื้อ', 'จัดซื้อ', 'goods'],
  services: ['จ้าง', 'จ้างเหมาบริการ', 'จ้างทำของ', 'จัดจ้าง', 'จ้างเหมา', 'เช่า', 'services'],
  works: ['จ้างก่อสร้าง', 'ก่อสร้าง', 'works'],
};

export const evidenceKindLabels: Record<EvidenceKind, string> = {
  contract: 'สัญญา',
  order: 'ใบสั่งซื้อ/สั่งจ้าง',
  agreement: 'ข้อตกลง',
};

export const evidenceKindAliases: Record<EvidenceKind, readonly string[]> = {
  contract: ['สัญญา', 'สัญญาเลขที่', 'contract'],
  order: ['ใบสั่งซื้อ/สั่งจ้าง', 'ใบสั่งซื้อ', 'ใบสั่งจ้าง', 'po', 'ใบสั่งซื้อสั่งจ้าง'],
  agreement: ['ข้อตกลง', 'บันทึกข้อตกลง', 'บันทึกตกลง', 'agreement'],
};

export const contractStatusLabels: Record<ContractStatus, string> = {
  signed: 'จัดทำสัญญา/POแล้ว',
  'in-progress': 'ระหว่างดำเนินการ',
  'delivered-on-time': 'ส่งงานตามกำหนด',
  'delivered-late': 'ส่งงานล่าช้ากว่ากำหนด',
  delivered: 'ส่งงานครบถ้วน',
  ended: 'สิ้นสุดสัญญา',
  cancelled: 'ยกเลิกสัญญา',
};

export const contractStatusAliases: Record<ContractStatus, readonly string[]> = {
  signed: ['จัดทำสัญญา/POแล้ว', 'จัดทำสัญญาแล้ว', 'ลงนามในสัญญาแล้ว', 'ลงนามสัญญาแล้ว'],
  'in-progress': ['ระหว่างดำเนินการ', 'อยู่ระหว่างระยะสัญญา', 'อยู่ระหว่างดำเนินการ'],
  'delivered-on-time': ['ส่งงานตามกำหนด'],
  'delivered-late': ['ส่งงานล่าช้ากว่ากำหนด'],
  delivered: ['ส่งงานครบถ้วน', 'ส่งมอบแล้ว', 'ส่งมอบงานแล้ว', 'ตรวจรับแล้ว', 'ตรวจรับงานแล้ว', 'ดำเนินการแล้วเสร็จ', 'แล้วเสร็จ'],
  ended: ['สิ้นสุดสัญญา', 'สิ้นสุดระยะสัญญา', 'เบิกจ่ายแล้ว'],
  cancelled: ['ยกเลิกสัญญา', 'ยกเลิก', 'ยกเลิกโครงการ', 'ยกเลิกการจัดซื้อจัดจ้าง'],
};

/** The nine columns of แบบ สขร.1, in the form's order: headers of the month page and of the CSV. */
export const formColumns = {
  number: 'ลำดับที่',
  item: 'งานที่จัดซื้อหรือจัดจ้าง',
  budget: 'วงเงินที่จะซื้อหรือจ้าง (บาท)',
  referencePrice: 'ราคากลาง (บาท)',
  method: 'วิธีซื้อหรือจ้าง',
  bidders: 'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
  winner: 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
  reason: 'เหตุผลที่คัดเลือกโดยสรุป',
  evidence: 'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง',
} as const;

/** Columns the CSV adds after the nine (split values and the newer ITA table's fields). */
export const dataColumns = {
  month: 'เดือน',
  category: 'ประเภท',
  fundSource: 'แหล่งที่มาของงบประมาณ',
  winnerName: 'ผู้ได้รับการคัดเลือก',
  winnerTaxId: 'เลขประจำตัวผู้เสียภาษีของผู้ได้รับการคัดเลือก',
  agreedPrice: 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)',
  evidenceKind: 'ประเภทหลักฐาน',
  evidenceNumber: 'เลขที่หลักฐาน',
  evidenceDate: 'วันที่หลักฐาน',
  egpNumber: 'เลขที่โครงการในระบบ e-GP',
  status: 'สถานะการจัดซื้อจัดจ้าง',
} as const;

/** Titles of the procurement pages (also the OIT evidence's titles). */
export const procurementTitles = {
  index: 'การจัดซื้อจัดจ้าง',
  /** 'ตุลาคม 2566' in, the form's title out */
  month: (monthName: string) => `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ${monthName}`,
  year: (fiscalYear: number) => `รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ${fiscalYear}`,
};

/** Every other word the procurement pages show. */
export const procurementWords = {
  indexIntro: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) และรายงานประจำปี จากข้อมูลที่หน่วยงานบันทึก ดาวน์โหลดเป็นข้อมูลเปิดได้ที่หน้าข้อมูลเปิด',
  fiscalYear: (fiscalYear: number) => `ปีงบประมาณ พ.ศ. ${fiscalYear}`,
  yearSummary: (count: number, total: string) => `${count} รายการ รวม ${total} บาท`,
  month: 'เดือน',
  rows: 'จำนวนรายการ',
  total: 'รวมราคาที่ตกลง (บาท)',
  noProcurement: 'ไม่มีการจัดซื้อจัดจ้าง',
  noFile: 'ยังไม่มีข้อมูล',
  posted: 'นำขึ้นเว็บไซต์เมื่อ',
  monthTotal: (count: number, total: string) => `รวม ${count} รายการ เป็นเงิน ${total} บาท`,
  agencyLine: (name: string) => name,
  formName: 'แบบ สขร.1',
  print: 'พิมพ์หน้านี้ได้ในแนวนอนขนาด A4 ตามแบบ สขร.1 (เมนูพิมพ์ของเบราว์เซอร์)',
  evidenceText: (kind: string, number: string, date: string) => `${kind} เลขที่ ${number} ลงวันที่ ${date}`,
  price: (amount: string) => `ราคา ${amount} บาท`,
  baht: (amount: string) => `${amount} บาท`,
  taxIdLabel: 'เลขประจำตัวผู้เสียภาษี',
  egpNumberLabel: 'เลขที่โครงการ e-GP',
  fundSource: (source: string) => `แหล่งเงิน: ${source}`,
  status: (status: string) => `สถานะ: ${status}`,
  category: 'ประเภท',
  method: 'วิธีจัดซื้อจัดจ้าง',
  notGiven: '–',
  signature: ['ลงชื่อ ..................................................... ผู้รายงาน', 'ลงชื่อ ..................................................... หัวหน้าหน่วยงาน'],
  yearFigures: 'ภาพรวมของปี',
  count: 'จำนวนรายการทั้งหมด',
  totalAgreed: 'มูลค่าที่ตกลงซื้อหรือจ้างรวม',
  totalBudget: 'วงเงินรวม',
  specificShare: 'สัดส่วนวิธีเฉพาะเจาะจง',
  specificShareText: (countShare: string, totalShare: string) => `${countShare} ของจำนวนรายการ และ ${totalShare} ของมูลค่า`,
  byMethod: 'จำนวนและมูลค่าตามวิธีจัดซื้อจัดจ้าง',
  byCategory: 'จำนวนและมูลค่าตามประเภท',
  byMonth: 'จำนวนและมูลค่ารายเดือน',
  largest: 'สัญญาที่มีมูลค่าสูงสุด',
  chartValue: 'มูลค่า (บาท)',
  chartTableNote: 'ตัวเลขทั้งหมดอยู่ในตารางใต้กราฟ',
  share: 'สัดส่วนมูลค่า',
  staffText: 'ผลการวิเคราะห์ของหน่วยงาน',
  problems: 'ปัญหาและอุปสรรค',
  suggestions: 'ข้อเสนอแนะและแนวทางการปรับปรุง',
  reportPosted: 'เผยแพร่รายงานเมื่อ',
  reportPending: 'รายงานประจำปีจะเผยแพร่เมื่อสิ้นปีงบประมาณ ตัวเลขด้านล่างคำนวณจากรายการที่บันทึกถึงปัจจุบัน',
  monthsHeading: 'สรุปผลรายเดือน',
  openData: 'ข้อมูลเปิดของปีนี้',
  csv: 'ตาราง CSV',
  json: 'JSON',
  ocds: 'OCDS 1.1 (มาตรฐานข้อมูลการจัดซื้อจัดจ้างแบบเปิด)',
  noYears: 'ยังไม่มีข้อมูลการจัดซื้อจัดจ้าง',
  attachments: 'ไฟล์แนบ',
  /** The page of one row */
  rowOfMonth: (monthLabel: string) => `รายการหนึ่งในสรุปผลการจัดซื้อจัดจ้างเดือน ${monthLabel}`,
  rowDetails: 'รายละเอียดการจัดซื้อจัดจ้าง',
  allRowsOfMonth: (monthLabel: string) => `ดูทุกรายการของเดือน ${monthLabel} (แบบ สขร.1)`,
  bidderLine: (name: string, price: string) => `${name} ราคา ${price} บาท`,
  maskedTaxId: 'เลขประจำตัวของบุคคลธรรมดาแสดงเพียง 9 หลักแรก',
  reportedIn: 'รายงานในสรุปผลประจำเดือน',
} as const;

/** Labels of one row's fields on its own page, in the form's order, then the newer ITA table's. */
export const rowFieldLabels = {
  item: formColumns.item,
  category: dataColumns.category,
  budget: 'วงเงินที่จะซื้อหรือจ้าง',
  fundSource: dataColumns.fundSource,
  referencePrice: 'ราคากลาง',
  method: formColumns.method,
  bidders: formColumns.bidders,
  winner: dataColumns.winnerName,
  agreedPrice: 'ราคาที่ตกลงซื้อหรือจ้าง',
  taxId: dataColumns.winnerTaxId,
  reason: formColumns.reason,
  evidenceKind: dataColumns.evidenceKind,
  evidenceNumber: dataColumns.evidenceNumber,
  evidenceDate: dataColumns.evidenceDate,
  egpNumber: dataColumns.egpNumber,
  status: dataColumns.status,
} as const;

/** How /data/ describes each year's procurement dataset. */
export const procurementDatasetWords = {
  title: (fiscalYear: number) => `ผลการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. ${fiscalYear} (แบบ สขร.1)`,
  description:
    'ทุกรายการจัดซื้อจัดจ้างของปี หนึ่งแถวต่อหนึ่งสัญญาหรือใบสั่ง: 9 คอลัมน์ตามแบบ สขร.1 ตามด้วยเดือน ประเภท แหล่งเงิน ผู้ได้รับการคัดเลือก ราคาที่ตกลง เลขที่และวันที่หลักฐาน (ค.ศ. รูปแบบ ISO) เลขที่โครงการ e-GP และสถานะ จำนวนเงินเป็นบาท ทศนิยม 2 ตำแหน่ง เลขประจำตัวผู้เสียภาษีของบุคคลธรรมดาแสดงเพียงบางส่วน',
  updateFrequency: 'ทุกเดือน',
  ocds: 'ชุดข้อมูลเดียวกันตามมาตรฐาน Open Contracting Data Standard (OCDS 1.1)',
};

/** What `npm run check` adds about procurement. */
export const procurementCheckNotes = {
  noOcidPrefix:
    'ℹ ข้อมูลจัดซื้อจัดจ้างเผยแพร่เป็น CSV และ JSON แล้ว แต่ยังไม่มีไฟล์ OCDS เพราะ site.yaml ยังไม่มี procurement.ocidPrefix ' +
    '(ลงทะเบียนรหัส ocds-xxxxxx กับ Open Contracting Partnership แล้วใส่ไว้) ' +
    '(no OCDS file: site.yaml has no procurement.ocidPrefix; register one with the Open Contracting Partnership)',
};

/** Where the content holds a person's ID that a published file would carry: a month or report file, a row, a field. */
export interface IdPlace {
  file: string;
  /** 1-based row of a month file */
  row?: number;
  field?: string;
}

/** A person's ID found in a file about to be published: masked, whose tax ID it is, and the fields that carry it. */
export interface IdInOutput {
  masked: string;
  owner?: IdPlace;
  carriers: IdPlace[];
}

const placeTh = (place: IdPlace) => `${place.file}${place.row ? ` รายการที่ ${place.row}` : ''}${place.field ? ` ช่อง ${place.field}` : ''}`;
const placeEn = (place: IdPlace) => `${place.file}${place.row ? ` row ${place.row}` : ''}${place.field ? `, field ${place.field}` : ''}`;

/** What the build says when it refuses to publish. */
export const procurementBuildMessages = {
  personalIdInOutput: (where: string, found: readonly IdInOutput[] = []) => {
    const th = found.map(
      (id) =>
        `เลข ${id.masked}${id.owner ? ` (เลขประจำตัวผู้เสียภาษีของผู้ได้รับการคัดเลือกใน ${placeTh(id.owner)})` : ''}` +
        (id.carriers.length > 0 ? ` อยู่ใน ${id.carriers.map(placeTh).join(', ')}` : ''),
    );
    const en = found.map(
      (id) =>
        `${id.masked}${id.owner ? ` (the winner's tax ID in ${placeEn(id.owner)})` : ''}` +
        (id.carriers.length > 0 ? ` is in ${id.carriers.map(placeEn).join('; ')}` : ''),
    );
    const fixTh = found.some((id) => id.carriers.length > 0) ? ' — ลบเลขออกจากช่องนั้น (ในช่อง taxId เลขนี้แสดงแบบปิดบังให้เอง)' : '';
    const fixEn = found.some((id) => id.carriers.length > 0) ? ' — remove it from that field (in taxId it is published masked)' : '';
    return (
      `✗ พบเลขประจำตัวประชาชนของบุคคลใน ${where} ที่กำลังจะเผยแพร่ จึงหยุดสร้างเว็บไซต์${th.length > 0 ? `: ${th.join('; ')}${fixTh}` : ''} ` +
      `(${where} would publish a person's national ID; the build stops${en.length > 0 ? `: ${en.join('; ')}${fixEn}` : ''})`
    );
  },
};
