/** Thai and English wording of the procurement rules' problems; spread into `problemMessages` (src/i18n/problems.ts). */

interface Worded {
  th: string;
  en: string;
  fixTh?: string;
  fixEn?: string;
}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));
/** Amounts come formatted ("12,500.00"): the rule module formats money, so words need no arithmetic. */
const baht = (amount: string) => `${amount} บาท`;
const bahtEn = (amount: string) => `${amount} baht`;
const rowTh = (row: number) => `รายการที่ ${row}`;

export const procurementProblemMessages = {
  'procurement.money-format': (p: { value: string }): Worded => ({
    th: `อ่านจำนวนเงิน ${show(p.value)} ไม่ได้`,
    en: `cannot read the amount ${show(p.value)}`,
    fixTh: 'เขียนเป็นตัวเลขบาท เช่น 12500 หรือ "12,500.50" (ใส่ "บาท" ได้ ใช้เลขไทยได้)',
    fixEn: 'write an amount in baht, e.g. 12500 or "12,500.50"',
  }),
  'procurement.money-precision': (p: { value: string }): Worded => ({
    th: `จำนวนเงิน ${show(p.value)} มีทศนิยมเกิน 2 ตำแหน่ง (สตางค์มีได้ 2 หลัก)`,
    en: `the amount ${show(p.value)} has more than two decimals (satang)`,
    fixTh: 'ปัดเป็นสตางค์ตามเอกสารจริง เช่น 1234.50',
    fixEn: 'write it to the satang, as on the contract, e.g. 1234.50',
  }),
  'procurement.money-negative': (p: { value: string }): Worded => ({
    th: `จำนวนเงิน ${show(p.value)} ติดลบ`,
    en: `the amount ${show(p.value)} is negative`,
    fixTh: 'ใส่จำนวนเงินที่เป็นบวกตามเอกสาร',
    fixEn: 'write the positive amount from the document',
  }),
  'procurement.money-empty': (p: { value: string }): Worded => ({
    th: `ช่องจำนวนเงินว่าง (${show(p.value)})`,
    en: `the amount is empty (${show(p.value)})`,
    fixTh: 'ใส่จำนวนเงิน หรือลบช่องนี้ออกถ้าไม่มีข้อมูล (ช่องที่ไม่บังคับ)',
    fixEn: 'write the amount, or remove the field if it is optional and unknown',
  }),
  'procurement.tax-id-format': (p: { value: string }): Worded => ({
    th: `เลขประจำตัวผู้เสียภาษี ${show(p.value)} ไม่ใช่ตัวเลข 13 หลัก`,
    en: `the tax ID ${show(p.value)} is not 13 digits`,
    fixTh: 'ใส่เลข 13 หลักในเครื่องหมายคำพูด เช่น "0105564068059" (ไม่ใส่คำพูด เลข 0 ตัวแรกจะหายไป) หรือลบช่องนี้ออก',
    fixEn: 'write the 13 digits in quotes, e.g. "0105564068059" (unquoted, the leading 0 is lost), or remove the field',
  }),
  'procurement.not-in-list': (p: { value: string; allowed: readonly string[] }): Worded => ({
    th: `${show(p.value)} ไม่อยู่ในรายการที่ใช้ได้`,
    en: `${show(p.value)} is not in the list`,
    fixTh: `ใช้ค่าใดค่าหนึ่ง (รหัสหรือชื่อภาษาไทย): ${p.allowed.join(', ')}`,
    fixEn: `use one of (id or Thai name): ${p.allowed.join(', ')}`,
  }),
  'procurement.file-name-mismatch': (p: { fileName: string; month: string }): Worded => ({
    th: `ชื่อไฟล์ ${show(p.fileName)} ไม่ตรงกับเดือน ${show(p.month)} ในไฟล์`,
    en: `the file name ${show(p.fileName)} does not match the month ${show(p.month)} inside it`,
    fixTh: `ตั้งชื่อไฟล์เป็น ${p.month}.yaml หรือแก้ช่อง month ให้ตรงกับชื่อไฟล์`,
    fixEn: `name the file ${p.month}.yaml, or correct the month field`,
  }),
  'procurement.month-outside-year': (p: { month: string; folder: string; fiscalYear: number }): Worded => ({
    th: `เดือน ${show(p.month)} อยู่ในปีงบประมาณ ${p.fiscalYear} แต่ไฟล์อยู่ในโฟลเดอร์ ${show(p.folder)}`,
    en: `the month ${show(p.month)} is in fiscal year ${p.fiscalYear} but the file is in the folder ${show(p.folder)}`,
    fixTh: `ย้ายไฟล์ไปไว้ที่ content/procurement/${p.fiscalYear}/ (ปีงบประมาณเริ่ม 1 ตุลาคม)`,
    fixEn: `move the file to content/procurement/${p.fiscalYear}/ (the fiscal year starts on 1 October)`,
  }),
  'procurement.fiscal-year-of-month': (p: { month: string; written: number; fiscalYear: number }): Worded => ({
    th: `เดือน ${show(p.month)} อยู่ในปีงบประมาณ ${p.fiscalYear} ไม่ใช่ ${p.written}`,
    en: `the month ${show(p.month)} is in fiscal year ${p.fiscalYear}, not ${p.written}`,
    fixTh: `แก้ fiscalYear เป็น ${p.fiscalYear} (ปีงบประมาณเริ่ม 1 ตุลาคม) หรือลบช่องนี้ออก`,
    fixEn: `set fiscalYear to ${p.fiscalYear} (the fiscal year starts on 1 October), or remove it`,
  }),
  'procurement.none-with-rows': (p: { count: number }): Worded => ({
    th: `ระบุว่าไม่มีการจัดซื้อจัดจ้าง (noProcurement: true) แต่มีรายการ ${p.count} รายการ`,
    en: `the month says there was no procurement (noProcurement: true) but lists ${p.count} rows`,
    fixTh: 'ลบ noProcurement: true ออกถ้ามีการจัดซื้อจัดจ้าง หรือลบรายการออกถ้าไม่มี',
    fixEn: 'remove noProcurement: true if there was procurement, or the rows if there was none',
  }),
  'procurement.empty-month': (): Worded => ({
    th: 'ไฟล์ของเดือนนี้ไม่มีรายการ และไม่ได้ระบุว่าไม่มีการจัดซื้อจัดจ้าง',
    en: 'the month has no rows and does not say there was no procurement',
    fixTh: 'ใส่รายการจัดซื้อจัดจ้างของเดือน หรือเขียน noProcurement: true ถ้าเดือนนี้ไม่มีการจัดซื้อจัดจ้าง',
    fixEn: "add the month's rows, or write noProcurement: true if there was none",
  }),
  'procurement.date-outside-month': (p: { row: number; date: string; month: string }): Worded => ({
    th: `${rowTh(p.row)}: วันที่ของสัญญาหรือใบสั่ง ${show(p.date)} ไม่อยู่ในเดือน ${show(p.month)} ของไฟล์นี้`,
    en: `row ${p.row}: the contract or order date ${show(p.date)} is not in this file's month ${show(p.month)}`,
    fixTh: 'ตรวจวันที่อีกครั้ง หรือย้ายรายการไปไว้ในไฟล์ของเดือนที่ลงนาม',
    fixEn: 'check the date, or move the row to the file of the month it was signed',
  }),
  'procurement.price-above-budget': (p: { row: number; price: string; budget: string }): Worded => ({
    th: `${rowTh(p.row)}: ราคาที่ตกลง ${baht(p.price)} สูงกว่าวงเงิน ${baht(p.budget)}`,
    en: `row ${p.row}: the agreed price ${bahtEn(p.price)} is above the budget ${bahtEn(p.budget)}`,
    fixTh: 'ตรวจตัวเลขวงเงินและราคาที่ตกลงกับเอกสารสัญญา (ราคาที่ตกลงต้องไม่เกินวงเงิน)',
    fixEn: 'check both amounts against the contract (the agreed price may not exceed the budget)',
  }),
  'procurement.price-above-reference': (p: { row: number; price: string; reference: string }): Worded => ({
    th: `${rowTh(p.row)}: ราคาที่ตกลง ${baht(p.price)} สูงกว่าราคากลาง ${baht(p.reference)}`,
    en: `row ${p.row}: the agreed price ${bahtEn(p.price)} is above the reference price ${bahtEn(p.reference)}`,
    fixTh: 'ตรวจตัวเลขอีกครั้ง ถ้าถูกต้อง ให้เขียนเหตุผล (เช่น การต่อรองราคา) ในช่อง reason',
    fixEn: 'check the amounts; if they are right, say why in the reason',
  }),
  'procurement.abolished-method': (p: { row: number; method: string; date: string; nearest: string }): Worded => ({
    th: `${rowTh(p.row)}: วิธี${p.method} ยกเลิกไปเมื่อ พ.ร.บ. การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 มีผล (23 สิงหาคม 2560) แต่รายการนี้ลงวันที่ ${p.date}`,
    en: `row ${p.row}: the method "${p.method}" ended when the Procurement Act B.E. 2560 took effect (23 August 2017), but the row is dated ${p.date}`,
    fixTh: `ตรวจวิธีอีกครั้ง (อาจคัดลอกมาจากแบบฟอร์มเก่า) วิธีตาม พ.ร.บ. ที่ใกล้เคียงที่สุดคือ "${p.nearest}"`,
    fixEn: `check the method (perhaps copied from an old form); the Act's nearest method is "${p.nearest}"`,
  }),
  'procurement.method-range': (p: { row: number; method: string; budget: string; rule: 'specific-max' | 'e-bidding-min' }): Worded =>
    p.rule === 'specific-max'
      ? {
          th: `${rowTh(p.row)}: วิธี${p.method} กับวงเงิน ${baht(p.budget)} เกิน 500,000 บาท ซึ่งเป็นวงเงินปกติของวิธีนี้ (มาตรา 56(2)(ข))`,
          en: `row ${p.row}: the specific method with a budget of ${bahtEn(p.budget)}, above the usual 500,000 baht (section 56(2)(b))`,
          fixTh: 'ตรวจวิธีและวงเงินอีกครั้ง ถ้าใช้เหตุตามมาตรา 56(2) ข้ออื่น ให้เขียนเหตุผลในช่อง reason',
          fixEn: 'check the method and budget; if another ground of section 56(2) applies, give it in the reason',
        }
      : {
          th: `${rowTh(p.row)}: วิธี${p.method} กับวงเงิน ${baht(p.budget)} ไม่เกิน 500,000 บาท ซึ่งปกติใช้วิธีเฉพาะเจาะจงได้`,
          en: `row ${p.row}: e-bidding for a budget of ${bahtEn(p.budget)}, at most 500,000 baht, where the specific method is usual`,
          fixTh: 'ตรวจวิธีและวงเงินอีกครั้ง (ไม่ผิดกฎหมาย แต่ผู้ตรวจอาจถาม)',
          fixEn: 'check the method and budget (not unlawful, but assessors may ask)',
        },
  'procurement.reference-number-form': (p: { row: number; value: string; field: string }): Worded => ({
    th: `${rowTh(p.row)}: เลข ${p.value} ไม่ได้เขียนเป็นตัวเลขธรรมดา YAML จะอ่านเป็นเลขอื่น (ทศนิยม เลขฐานสิบหก เลขฐานแปด หรือตัด 0 ข้างหน้าทิ้ง) แล้วเว็บไซต์จะแสดงไม่ตรงกับเอกสาร`,
    en: `row ${p.row}: ${p.value} is not written as plain digits, so YAML reads it as another number (a decimal, hexadecimal or octal number, or without its leading 0) and the site would not show what the document says`,
    fixTh: `ใส่เครื่องหมายคำพูดครอบเลขให้ตรงตามที่เขียนในเอกสาร เช่น ${p.field}: "${p.value}"`,
    fixEn: `put the number in quotes exactly as the document writes it, e.g. ${p.field}: "${p.value}"`,
  }),
  'procurement.duplicate-egp': (p: { row: number; value: string; otherFile: string; otherRow: number }): Worded => ({
    th: `${rowTh(p.row)}: เลขที่โครงการ e-GP ${show(p.value)} ซ้ำกับ ${p.otherFile} รายการที่ ${p.otherRow}`,
    en: `row ${p.row}: e-GP project number ${show(p.value)} also appears at ${p.otherFile} row ${p.otherRow}`,
    fixTh: 'ลบรายการที่ซ้ำ หรือแก้เลขที่โครงการให้ถูกต้อง',
    fixEn: 'remove the duplicate row, or correct the number',
  }),
  'procurement.duplicate-contract': (p: { row: number; value: string; otherFile: string; otherRow: number }): Worded => ({
    th: `${rowTh(p.row)}: เลขที่สัญญาหรือใบสั่ง ${show(p.value)} ซ้ำกับ ${p.otherFile} รายการที่ ${p.otherRow}`,
    en: `row ${p.row}: contract or order number ${show(p.value)} also appears at ${p.otherFile} row ${p.otherRow}`,
    fixTh: 'ลบรายการที่ซ้ำ หรือแก้เลขที่ให้ถูกต้อง',
    fixEn: 'remove the duplicate row, or correct the number',
  }),
  'procurement.winner-not-bidder': (p: { row: number; name: string }): Worded => ({
    th: `${rowTh(p.row)}: ผู้ได้รับการคัดเลือก ${show(p.name)} ไม่อยู่ในรายชื่อผู้เสนอราคา`,
    en: `row ${p.row}: the winner ${show(p.name)} is not among the bidders`,
    fixTh: 'เพิ่มผู้ได้รับการคัดเลือกในรายชื่อผู้เสนอราคา (bidders) หรือแก้ชื่อให้ตรงกัน',
    fixEn: 'add the winner to the bidders, or make the names match',
  }),
  'procurement.missing-column': (p: { row: number; column: string }): Worded => ({
    th: `${rowTh(p.row)}: ยังไม่มี "${p.column}" ซึ่งแบบ สขร.1 และเกณฑ์ OIT กำหนดให้แสดง`,
    en: `row ${p.row}: "${p.column}" is missing; the สขร.1 form and the OIT criterion ask for it`,
    fixTh: `เติม "${p.column}" ของรายการนี้`,
    fixEn: `fill in "${p.column}" for this row`,
  }),
  'procurement.report-before-year-end': (p: { posted: string; fiscalYear: number }): Worded => ({
    th: `รายงานประจำปีงบประมาณ ${p.fiscalYear} ระบุวันที่นำขึ้นเว็บไซต์ ${show(p.posted)} ก่อนสิ้นปีงบประมาณ`,
    en: `the annual report of fiscal year ${p.fiscalYear} says it went online on ${show(p.posted)}, before the year ended`,
    fixTh: 'รายงานประจำปีทำได้เมื่อสิ้นปีงบประมาณแล้ว (30 กันยายน) แก้วันที่ posted ให้เป็นวันที่นำขึ้นจริง',
    fixEn: 'an annual report is made after the year ends (30 September); correct posted',
  }),
  'procurement.report-year-mismatch': (p: { folder: string; fiscalYear: number }): Worded => ({
    th: `รายงานประจำปีงบประมาณ ${p.fiscalYear} อยู่ในโฟลเดอร์ ${show(p.folder)}`,
    en: `the annual report of fiscal year ${p.fiscalYear} is in the folder ${show(p.folder)}`,
    fixTh: `ย้ายไฟล์ไปไว้ที่ content/procurement/${p.fiscalYear}/annual-report.md หรือแก้ fiscalYear`,
    fixEn: `move it to content/procurement/${p.fiscalYear}/annual-report.md, or correct fiscalYear`,
  }),
  'procurement.report-file-name': (p: { fileName: string }): Worded => ({
    th: `ไฟล์ ${show(p.fileName)} ในโฟลเดอร์จัดซื้อจัดจ้าง: ไฟล์ .md ที่ใช้ได้มีเพียง annual-report.md (ข้อความรายงานประจำปี)`,
    en: `${show(p.fileName)} in the procurement folder: the only Markdown file there is annual-report.md`,
    fixTh: 'เปลี่ยนชื่อเป็น annual-report.md หรือย้ายไปไว้ที่ content/documents/',
    fixEn: 'rename it annual-report.md, or move it to content/documents/',
  }),
  'procurement.posted-before-row': (p: { row: number; posted: string; date: string }): Worded => ({
    th: `${rowTh(p.row)}: ลงวันที่ ${show(p.date)} หลังวันที่นำสรุปขึ้นเว็บไซต์ ${show(p.posted)}`,
    en: `row ${p.row} is dated ${show(p.date)}, after the summary went online (${show(p.posted)})`,
    fixTh: 'แก้ posted ให้เป็นวันที่นำสรุปของเดือนนี้ขึ้นเว็บไซต์จริง (หลังรายการสุดท้าย)',
    fixEn: 'set posted to the day the summary actually went online',
  }),
} satisfies Record<string, (params: never) => Worded>;
