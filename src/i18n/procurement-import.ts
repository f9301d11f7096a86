/** Words of `npm run import -- procurement`: what staff read when a sheet is read, merged or refused. */

export interface ImportText {
  th: string;
  en: string;
}

const show = (value: unknown) => `"${String(value)}"`;

export const importMessages = {
  notSpreadsheet: (name: string): ImportText => ({
    th: `ไฟล์ ${show(name)} ไม่ใช่ตาราง .csv หรือ .xlsx — เปิดตารางใน Excel แล้วบันทึกเป็น .xlsx หรือ "CSV UTF-8" แล้วนำเข้าไฟล์นั้น`,
    en: `${show(name)} is not a .csv or .xlsx sheet; open the table in Excel, save it as .xlsx or "CSV UTF-8", and import that file`,
  }),
  damaged: (name: string, detail: string): ImportText => ({
    th: `อ่านไฟล์ ${show(name)} ไม่ได้ ไฟล์อาจเสียหาย (${detail})`,
    en: `cannot read ${show(name)}; the file may be damaged (${detail})`,
  }),
  noHeader: (expected: readonly string[], found: readonly string[]): ImportText => ({
    th: `ไม่พบแถวหัวตารางที่รู้จัก ต้องมีอย่างน้อย: ${expected.join(', ')} — หัวตารางที่พบในแถวแรก ๆ: ${found.join(', ') || '(ว่าง)'}`,
    en: `no known header row; expected at least: ${expected.join(', ')} — found in the first rows: ${found.join(', ') || '(empty)'}`,
  }),
  missingColumns: (missing: readonly string[], found: readonly string[]): ImportText => ({
    th: `หัวตารางขาดคอลัมน์ที่จำเป็น: ${missing.join(', ')} — หัวตารางที่พบ: ${found.join(', ')}`,
    en: `the header lacks required columns: ${missing.join(', ')} — found: ${found.join(', ')}`,
  }),
  unknownColumns: (unknown: readonly string[]): ImportText => ({
    th: `คอลัมน์ที่ไม่รู้จักและไม่ได้นำเข้า: ${unknown.join(', ')}`,
    en: `columns not recognised and not imported: ${unknown.join(', ')}`,
  }),
  shiftedColumns: (count: number): ImportText => ({
    th: `ไฟล์ e-GP มีหัวตารางเกินข้อมูล ${count} คอลัมน์ (คอลัมน์ตำแหน่งภาษาอังกฤษที่ไม่มีค่า) จึงเลื่อนข้อมูลหลังคอลัมน์จังหวัดกลับให้ตรงหัวตาราง`,
    en: `the e-GP file declares ${count} location columns that carry no values; the values after จังหวัด were moved back under their headers`,
  }),
  rowLength: (found: number, expected: number): ImportText => ({
    th: `มี ${found} ช่อง แต่หัวตารางมี ${expected} คอลัมน์ จับคู่ข้อมูลกับหัวตารางไม่ได้`,
    en: `has ${found} cells but the header has ${expected} columns; cannot match values to headers`,
  }),
  hiddenRowsImported: (rows: readonly { where: ImportText; item: string }[]): ImportText => ({
    th:
      `แถวที่ถูกซ่อนไว้ในตารางนำเข้าแล้วเหมือนแถวอื่น: ${rows.map((row) => `${row.where.th} (${row.item})`).join(', ')} ` +
      '— ถ้าแถวใดไม่ใช่รายการจริง ให้ลบแถวนั้นออกจากตาราง และลบรายการออกจากไฟล์ของเดือน',
    en: `hidden rows were imported like the others: ${rows.map((row) => row.where.en).join(', ')}; if one is not a real procurement, delete it from the sheet and from the month file`,
  }),
  sheetsRead: (read: readonly { name: string; hidden: boolean }[], skipped: readonly { name: string; hidden: boolean }[]): ImportText => {
    const list = (sheets: readonly { name: string; hidden: boolean }[], hidden: string) =>
      sheets.map((sheet) => `${show(sheet.name)}${sheet.hidden ? hidden : ''}`).join(', ');
    return {
      th: `อ่านแผ่นงาน: ${list(read, ' (ซ่อนไว้)')}` + (skipped.length > 0 ? ` · ข้ามแผ่นงานที่ไม่มีหัวตารางแบบ สขร.1 หรือ e-GP: ${list(skipped, ' (ซ่อนไว้)')}` : ''),
      en: `worksheets read: ${list(read, ' (hidden)')}` + (skipped.length > 0 ? `; skipped (no สขร.1 or e-GP header): ${list(skipped, ' (hidden)')}` : ''),
    };
  },
  noSheetWithHeader: (sheets: readonly string[]): ImportText => ({
    th: `ไม่มีแผ่นงานใดมีหัวตารางที่รู้จัก (แผ่นงานในไฟล์: ${sheets.map(show).join(', ')})`,
    en: `no worksheet has a known header (worksheets: ${sheets.join(', ')})`,
  }),
  uncomputed: (): ImportText => ({
    th: 'ช่องนี้เป็นสูตรที่ยังไม่ได้คำนวณ (ไฟล์ไม่ได้บันทึกผลลัพธ์ไว้) เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกใหม่',
    en: 'this cell is a formula saved without its value; open the file in Excel or LibreOffice and save it again',
  }),
  required: (): ImportText => ({ th: 'ช่องนี้ว่าง แต่ต้องมีค่า', en: 'this cell is empty but required' }),
  tooOld: (date: string, excelDateCell: boolean): ImportText =>
    excelDateCell
      ? {
          th: `วันที่ ${date} เก่าเกินกว่าจะเป็นรายการจัดซื้อจัดจ้าง: Excel อ่านปีสองหลัก เช่น 66 เป็นปี ค.ศ. 1966 — พิมพ์ปี พ.ศ. 4 หลัก เช่น 12/10/2566`,
          en: `the date ${date} is too old for a procurement: Excel reads a two-digit year such as 66 as 1966 — type the four-digit Buddhist-era year, e.g. 12/10/2566`,
        }
      : {
          th: `วันที่ ${date} เก่าเกินกว่าจะเป็นรายการจัดซื้อจัดจ้าง — ตรวจปีอีกครั้ง พิมพ์ปี พ.ศ. 4 หลัก เช่น 12/10/2566`,
          en: `the date ${date} is too old for a procurement — check the year; type the four-digit Buddhist-era year, e.g. 12/10/2566`,
        },
  outsideSheetMonth: (date: string, month: string): ImportText => ({
    th: `ลงวันที่ ${date} แต่ตารางนี้เป็นของเดือน ${month} (ตามหัวเรื่องหรือหัวข้อเดือน) — แก้วันที่ หรือย้ายแถวไปไว้ใต้เดือนของแถวนั้น`,
    en: `dated ${date}, but this sheet is of ${month} (its title or month heading) — correct the date, or move the row under its own month`,
  }),
  personIdInText: (): ImportText => ({
    th: 'มีเลข 13 หลักที่อาจเป็นเลขประจำตัวประชาชน ซึ่งจะถูกเผยแพร่ — ลบออก แล้วใส่ไว้ในช่อง "เลขประจำตัวผู้เสียภาษี" เท่านั้น (เว็บไซต์แสดงเลขของบุคคลเพียงบางส่วน)',
    en: 'a 13-digit number that may be a national ID, which would be published — remove it and put it only in the tax-ID column (the site shows a person’s number only in part)',
  }),
  money: (value: string): ImportText => ({
    th: `อ่านจำนวนเงิน ${show(value)} ไม่ได้ (เขียนเช่น 12,500.00)`,
    en: `cannot read the amount ${show(value)} (write e.g. 12,500.00)`,
  }),
  date: (value: string): ImportText => ({
    th: `อ่านวันที่ ${show(value)} ไม่ได้ (เขียนเช่น 15 ก.ย. 68 หรือ 15/09/2568)`,
    en: `cannot read the date ${show(value)} (write e.g. 15 ก.ย. 68 or 15/09/2568)`,
  }),
  method: (value: string, allowed: readonly string[]): ImportText => ({
    th: `วิธี ${show(value)} ไม่อยู่ในรายการ: ${allowed.join(', ')}`,
    en: `method ${show(value)} is not in the list: ${allowed.join(', ')}`,
  }),
  category: (value: string): ImportText => ({
    th: `บอกประเภท (ซื้อ / จ้าง / จ้างก่อสร้าง) จาก ${show(value)} ไม่ได้ เพิ่มคอลัมน์ "ประเภท"`,
    en: `cannot tell the category (ซื้อ / จ้าง / จ้างก่อสร้าง) from ${show(value)}; add a "ประเภท" column`,
  }),
  taxId: (value: string): ImportText => ({ th: `เลขประจำตัวผู้เสียภาษี ${show(value)} ไม่ใช่ตัวเลข 13 หลัก`, en: `the tax ID ${show(value)} is not 13 digits` }),
  bidders: (value: string): ImportText => ({
    th: `แยกชื่อและราคาผู้เสนอราคาจาก ${show(value)} ไม่ได้ (เขียนหนึ่งรายต่อบรรทัด เช่น "ร้านสมใจ 12,000.00")`,
    en: `cannot split names and prices from ${show(value)} (one bidder a line, e.g. "ร้านสมใจ 12,000.00")`,
  }),
  evidence: (value: string): ImportText => ({
    th: `อ่านเลขที่และวันที่ของสัญญาจาก ${show(value)} ไม่ได้ (เขียนเช่น "สัญญาเลขที่ 1/2567 ลงวันที่ 15 ธ.ค. 66")`,
    en: `cannot read the number and date from ${show(value)} (write e.g. "สัญญาเลขที่ 1/2567 ลงวันที่ 15 ธ.ค. 66")`,
  }),
  aboveBudget: (price: string, budget: string): ImportText => ({
    th: `ราคาที่ตกลง ${price} บาท สูงกว่าวงเงิน ${budget} บาท`,
    en: `the agreed price ${price} baht is above the budget ${budget} baht`,
  }),
  duplicateInSheet: (other: ImportText): ImportText => ({
    th: `ซ้ำกับ${other.th} ในไฟล์เดียวกัน (ถ้ามีแผ่นงานสรุปทั้งปีที่ซ้ำกับแผ่นงานรายเดือน ให้เลือกอ่านแผ่นเดียวด้วย --sheet <ชื่อแผ่นงาน>)`,
    en: `the same procurement as ${other.en} (if a whole-year worksheet repeats the month worksheets, read one with --sheet <name>)`,
  }),
  winnerNotBidder: (name: string, spacedOtherwise?: string): ImportText => ({
    th:
      `ผู้ได้รับการคัดเลือก ${show(name)} ไม่อยู่ในรายชื่อผู้เสนอราคา — ` +
      (spacedOtherwise === undefined
        ? 'เพิ่มผู้ได้รับการคัดเลือกในรายชื่อผู้เสนอราคา หรือแก้ชื่อให้ตรงกัน'
        : `ชื่อในรายชื่อผู้เสนอราคา ${show(spacedOtherwise)} ต่างกันเพียงการเว้นวรรค แก้ให้เขียนเหมือนกัน`),
    en:
      `the winner ${show(name)} is not among the bidders — ` +
      (spacedOtherwise === undefined
        ? 'add the winner to the bidders, or make the names match'
        : `the bidder ${show(spacedOtherwise)} differs only in spacing; write both alike`),
  }),
  numberBecameDate: (): ImportText => ({
    th: `Excel เปลี่ยนเลขที่ที่พิมพ์เป็นวันที่ (เช่น 1/2567 กลายเป็นวันที่ 1 ม.ค.) — จัดรูปแบบช่องเป็น "ข้อความ" (Text) หรือพิมพ์ ' นำหน้า เช่น '1/2567 แล้วพิมพ์เลขที่ใหม่`,
    en: `Excel turned the number typed here into a date (e.g. 1/2567 became 1 January) — format the cell as Text, or type ' before it ('1/2567), and type the number again`,
  }),
  noProcurementMonthUnknown: (): ImportText => ({
    th: 'ตารางบอกว่าไม่มีการจัดซื้อจัดจ้าง แต่ไม่ได้บอกว่าเป็นเดือนใด — เขียนเดือนไว้ในหัวเรื่องเหนือหัวตาราง เช่น "ประจำเดือน พฤศจิกายน 2566" หรือตั้งชื่อแผ่นงานเป็นชื่อเดือน',
    en: 'the sheet says there was no procurement but not for which month — write the month in the title above the header, e.g. "ประจำเดือน พฤศจิกายน 2566", or name the worksheet after the month',
  }),
  noProcurementMonths: (months: readonly { month: string; where: ImportText }[]): ImportText => ({
    th: months.map(({ month, where }) => `${month}: ไม่มีการจัดซื้อจัดจ้าง (${where.th})`).join(' · '),
    en: months.map(({ month, where }) => `${month}: no procurement (${where.en})`).join('; '),
  }),
  noProcurementButRows: (file: string, count: number, where: ImportText): ImportText => ({
    th: `${where.th}: ตารางบอกว่าไม่มีการจัดซื้อจัดจ้าง แต่ ${file} มี ${count} รายการอยู่แล้ว — ถ้าไม่มีจริง ให้ลบรายการในไฟล์ก่อน แล้วนำเข้าใหม่`,
    en: `${where.en}: the sheet says there was no procurement, but ${file} already has ${count} row(s) — if there was none, delete them from the file first, then import again`,
  }),
  noProcurementWithRows: (month: string, where: ImportText): ImportText => ({
    th: `${where.th}: ตารางบอกว่าเดือน ${month} ไม่มีการจัดซื้อจัดจ้าง แต่ตารางเดียวกันมีรายการของเดือนนั้น — ลบแถวใดแถวหนึ่งออก`,
    en: `${where.en}: the sheet says ${month} had no procurement, yet it lists procurements of that month — delete one or the other`,
  }),
  filedInOtherMonth: (p: { where: ImportText; kind: string; number: string; file: string; row: number; fileDate: string; sheetDate: string }): ImportText => ({
    th: `${p.where.th}: ${p.kind} เลขที่ ${show(p.number)} อยู่แล้วใน ${p.file} รายการที่ ${p.row} (ลงวันที่ ${p.fileDate}) แต่ในตารางลงวันที่ ${p.sheetDate} — ถ้าวันที่ในตารางถูก ให้ลบรายการนั้นออกจากไฟล์เดิมก่อน แล้วนำเข้าใหม่`,
    en: `${p.where.en}: ${p.kind} number ${show(p.number)} is already in ${p.file} row ${p.row} (dated ${p.fileDate}) but the sheet dates it ${p.sheetDate} — if the sheet is right, delete it from that file first, then import again`,
  }),
  status: (value: string, allowed: readonly string[]): ImportText => ({
    th: `สถานะ ${show(value)} ไม่อยู่ในรายการ: ${allowed.join(', ')} — แก้ให้ตรงกับสถานะหนึ่งในรายการ หรือลบออก (ไม่บังคับ)`,
    en: `status ${show(value)} is not in the list: ${allowed.join(', ')} — write one of them, or leave it out (it is optional)`,
  }),
  categoryFromItem: (count: number): ImportText => ({
    th: `ไม่มีคอลัมน์ "ประเภท": อ่านประเภท (ซื้อ / จ้าง / จ้างก่อสร้าง) จากชื่องาน ${count} รายการ — ตรวจ category ในไฟล์ของเดือน หรือเพิ่มคอลัมน์ "ประเภท" แล้วนำเข้าใหม่`,
    en: `no "ประเภท" column: the category (goods / services / works) of ${count} row(s) was read from the item — check category in the month files, or add a "ประเภท" column and import again`,
  }),
  maskedTaxIds: (rows: readonly ImportText[]): ImportText => ({
    th: `เลขประจำตัวผู้เสียภาษีที่ปิดบางส่วนไว้ไม่ได้นำเข้า: ${rows.map((row) => row.th).join(', ')} — ถ้ามีเลขเต็มของบริษัท (ขึ้นต้นด้วย 0) ให้ใส่เลขเต็ม เลขของบุคคลใส่เต็มได้เช่นกัน เว็บไซต์ปิดบางส่วนให้เอง`,
    en: `partly masked tax IDs were not imported: ${rows.map((row) => row.en).join(', ')} — give a company's full number (it begins with 0); a person's may be given in full too, the site masks it`,
  }),
  kindAssumed: (rows: readonly ImportText[]): ImportText => ({
    th: `ไม่ได้บอกว่าเป็นสัญญา ใบสั่งซื้อ/สั่งจ้าง หรือข้อตกลง จึงถือเป็นใบสั่งซื้อ/สั่งจ้าง: ${rows.map((row) => row.th).join(', ')} — ถ้าเป็นสัญญา เขียน "สัญญาเลขที่ …" หรือเพิ่มคอลัมน์ "ประเภทหลักฐาน" แล้วนำเข้าใหม่ หรือแก้ evidence.kind ในไฟล์ของเดือน`,
    en: `the sheet does not say whether these are contracts, orders or agreements, so they were taken as orders: ${rows.map((row) => row.en).join(', ')} — if one is a contract, write "สัญญาเลขที่ …" or add a "ประเภทหลักฐาน" column and import again, or correct evidence.kind in the month file`,
  }),
  contentFolderMissing: (folder: string): ImportText => ({
    th: `ไม่พบโฟลเดอร์ข้อมูล ${show(folder)} — ตรวจชื่อที่ให้กับ --content (ปกติคือ content ซึ่งเป็นค่าเริ่มต้น ไม่ต้องระบุ) จึงไม่ได้เขียนไฟล์ใด ๆ`,
    en: `no content folder ${show(folder)} — check the name given to --content (usually content, the default); nothing was written`,
  }),
  egpKindUnknown: (): ImportText => ({
    th: 'ไฟล์ e-GP ไม่บอกว่าเลขที่ใดเป็นสัญญาและเลขที่ใดเป็นใบสั่งซื้อ/สั่งจ้าง (ทั้งสองแบบเริ่มที่ 1 ทุกปี) — นำเข้าตารางแบบ สขร.1 ของปีนั้นก่อน แล้วจึงนำเข้าไฟล์ e-GP เพื่อเติมเลขที่โครงการและสถานะ',
    en: "e-GP's file does not say which numbers are contracts and which are orders (both start at 1 each year) — import the year's สขร.1 sheet first, then the e-GP file to fill in project numbers and statuses",
  }),
  looksLikeFileRow: (p: { where: ImportText; number: string; file: string; row: number; fileNumber: string }): ImportText => ({
    th: `เพิ่ม${p.where.th} (เลขที่ ${show(p.number)}) มีงาน วันที่ และผู้ได้รับการคัดเลือกเหมือน ${p.file} รายการที่ ${p.row} (เลขที่ ${show(p.fileNumber)}) — ถ้าเป็นรายการเดียวกันที่แก้เลขที่หรือประเภทในไฟล์ไว้ ให้ลบรายการที่เพิ่มนี้ออกจากไฟล์ ถ้าเป็นคนละรายการ ไม่ต้องทำอะไร`,
    en: `added ${p.where.en} (number ${show(p.number)}), which has the item, date and winner of ${p.file} row ${p.row} (number ${show(p.fileNumber)}) — if it is the same procurement with its number or kind corrected in the file, delete the added row; if not, nothing to do`,
  }),
  postedBeforeRows: (month: string, posted: string, latest: string): ImportText => ({
    th: `สรุปของเดือน ${month} นำขึ้นเว็บไซต์ ${posted} ก่อนรายการที่ลงวันที่ ${latest} ซึ่งเป็นไปไม่ได้ — ใส่วันที่นำขึ้นเว็บไซต์ของแต่ละเดือนในคอลัมน์ "วันที่นำขึ้นเว็บไซต์" หรือนำเข้าทีละเดือนด้วย --posted ของเดือนนั้น`,
    en: `the summary of ${month} went online on ${posted}, before its row dated ${latest}, which cannot be — give each month's date in a "วันที่นำขึ้นเว็บไซต์" column, or import one month at a time with its own --posted`,
  }),
  postedBeforeMonthEnd: (month: string, posted: string): ImportText => ({
    th: `เดือน ${month} ไม่มีการจัดซื้อจัดจ้าง แต่วันที่นำขึ้นเว็บไซต์ ${posted} อยู่ก่อนสิ้นเดือน ซึ่งยังบอกไม่ได้ — ใส่วันที่นำขึ้นเว็บไซต์จริงของเดือนนั้น`,
    en: `${month} had no procurement, but the date it went online, ${posted}, is before the month ended, when that could not be known — give the date it really went online`,
  }),
  sheetNotFound: (name: string, sheets: readonly string[]): ImportText => ({
    th: `ไม่มีแผ่นงาน ${show(name)} ในไฟล์ (มี: ${sheets.map(show).join(', ')})`,
    en: `no worksheet ${show(name)} in the file (it has: ${sheets.join(', ')})`,
  }),
  postedMissing: (months: readonly string[]): ImportText => ({
    th: `ยังไม่รู้ว่าสรุปของเดือน ${months.join(', ')} นำขึ้นเว็บไซต์เมื่อใด ระบุ --posted <วันที่> (เช่น --posted 2567-11-05) หรือเพิ่มคอลัมน์ "วันที่นำขึ้นเว็บไซต์" — ไม่ใช้วันนี้แทน เพราะจะดูเหมือนเพิ่งเผยแพร่`,
    en: `when the summary of ${months.join(', ')} went online is not known; give --posted <date> or a "วันที่นำขึ้นเว็บไซต์" column (today is not assumed)`,
  }),
  postedBad: (value: string): ImportText => ({
    th: `--posted ${show(value)} ไม่ใช่วันที่ (เขียนเช่น 3 พ.ย. 2566, 03/11/2566 หรือ 2566-11-03)`,
    en: `--posted ${show(value)} is not a date (e.g. 3 พ.ย. 2566, 03/11/2566 or 2566-11-03)`,
  }),
  existingInvalid: (file: string): ImportText => ({
    th: `ไฟล์ ${file} ที่มีอยู่แล้วมีข้อผิดพลาด แก้ให้ถูกก่อน (npm run check) แล้วนำเข้าใหม่`,
    en: `the existing ${file} has errors; fix it first (npm run check), then import again`,
  }),
  notOverwritten: (file: string, row: number, field: string, kept: string, sheet: string): ImportText => ({
    th: `ไม่ได้แทนที่: ${file} รายการที่ ${row} ช่อง ${field} ในไฟล์เป็น ${show(kept)} ในตารางเป็น ${show(sheet)} (การนำเข้าไม่เขียนทับค่าที่มีในไฟล์แล้ว ถ้าค่าในตารางถูก ให้แก้ในไฟล์เอง)`,
    en: `not overwritten: ${file} row ${row} field ${field} is ${show(kept)} in the file and ${show(sheet)} in the sheet (an import never overwrites a value the file has; if the sheet is right, edit the file)`,
  }),
  where: (row: number, column?: string, sheet?: string): ImportText => ({
    th: (sheet === undefined ? '' : `แผ่นงาน "${sheet}" `) + (column ? `แถว ${row} คอลัมน์ "${column}"` : `แถว ${row}`),
    en: (sheet === undefined ? '' : `worksheet "${sheet}", `) + (column ? `row ${row}, column "${column}"` : `row ${row}`),
  }),
  kind: { form: 'แบบ สขร.1', egp: 'ข้อมูลเปิด e-GP' } as const,
  summary: (p: { file: string; kind: string; added: number; updated: number; unchanged: number; refused: number; stopped: boolean }): ImportText =>
    p.stopped
      ? {
          th: `ตรวจ ${p.file} (${p.kind}) แล้ว ยังไม่ได้นำเข้า: ถ้าแก้ปัญหาแล้วจะเพิ่ม ${p.added} รายการ · ปรับปรุง ${p.updated} · ไม่เปลี่ยนแปลง ${p.unchanged} · ปฏิเสธ ${p.refused}`,
          en: `checked ${p.file}, nothing imported: once fixed, ${p.added} would be added, ${p.updated} updated, ${p.unchanged} unchanged, ${p.refused} refused`,
        }
      : {
          th: `นำเข้า ${p.file} (${p.kind}): เพิ่ม ${p.added} รายการ · ปรับปรุง ${p.updated} · ไม่เปลี่ยนแปลง ${p.unchanged} · ปฏิเสธ ${p.refused}`,
          en: `imported ${p.file}: ${p.added} added, ${p.updated} updated, ${p.unchanged} unchanged, ${p.refused} refused`,
        },
  stopped: (count: number): ImportText => ({
    th: `✗ มีปัญหา ${count} จุด จึงไม่ได้เขียนไฟล์ใด ๆ แก้ตารางแล้วนำเข้าใหม่`,
    en: `✗ ${count} problem(s): nothing was written; fix the sheet and import again`,
  }),
  wrote: (file: string, created: boolean): ImportText => ({
    th: `${created ? '+ สร้าง' : '~ ปรับปรุง'} ${file}`,
    en: `${created ? 'created' : 'updated'} ${file}`,
  }),
  usage: (): ImportText => ({
    th: 'ใช้: npm run import -- procurement <ไฟล์.csv|ไฟล์.xlsx> [--posted "3 พ.ย. 2566"] [--sheet ชื่อแผ่นงาน] [--content content] (วิธีใช้ทั้งหมด: --help)',
    en: 'usage: npm run import -- procurement <file.csv|file.xlsx> [--posted "3 พ.ย. 2566"] [--sheet name] [--content content] (all of it: --help)',
  }),
  unknownKind: (kind: string, kinds: readonly string[]): ImportText => ({
    th: `ไม่รู้จักการนำเข้า ${show(kind)} ที่มี: ${kinds.join(', ')}`,
    en: `unknown import ${show(kind)}; available: ${kinds.join(', ')}`,
  }),
  // What a file is, by its bytes (read-table.ts): read with a note, or refused with what to do.
  wrongExtension: (name: string, extension: string): ImportText => ({
    th: `ไฟล์ ${show(name)} เป็นตาราง Excel (.xlsx) แต่${extension ? `ชื่อไฟล์ลงท้ายด้วย ${extension}` : 'ชื่อไฟล์ไม่มีนามสกุล'} — อ่านเป็น .xlsx แล้ว (เปลี่ยนชื่อให้ลงท้ายด้วย .xlsx เพื่อไม่ให้สับสน)`,
    en: `${show(name)} is an Excel workbook (.xlsx) but its name ${extension ? `ends in ${extension}` : 'has no extension'}; read as .xlsx (rename it to .xlsx to avoid confusion)`,
  }),
  macroWorkbook: (name: string): ImportText => ({
    th: `ไฟล์ ${show(name)} เป็นตาราง Excel ที่มีแมโคร (.xlsm): อ่านเฉพาะค่าในช่อง ไม่ได้เรียกใช้แมโคร และไม่ได้นำไฟล์นี้ขึ้นเว็บไซต์`,
    en: `${show(name)} is a macro-enabled workbook (.xlsm): only its cell values were read; no macro was run and the file itself is not published`,
  }),
  textRead: (name: string, encoding: 'utf-8' | 'utf-16' | 'windows-874', delimiter: string): ImportText => {
    const encodings = {
      'utf-8': { th: 'UTF-8', en: 'UTF-8' },
      // Excel's "Unicode Text" is UTF-16 separated by tabs; a UTF-16 CSV comes from other programs.
      'utf-16': delimiter === '\t' ? { th: 'UTF-16 (Unicode Text ของ Excel)', en: 'UTF-16 (Excel’s Unicode Text)' } : { th: 'UTF-16', en: 'UTF-16' },
      'windows-874': { th: 'Windows-874 (TIS-620)', en: 'Windows-874 (TIS-620)' },
    };
    const separator = delimiter === '\t' ? { th: 'แท็บ', en: 'tabs' } : { th: `เครื่องหมาย ${delimiter}`, en: `"${delimiter}"` };
    return {
      th: `อ่าน ${show(name)} เป็นข้อความ ${encodings[encoding].th} คั่นด้วย${separator.th}`,
      en: `read ${show(name)} as ${encodings[encoding].en} text separated by ${separator.en}`,
    };
  },
  emptyFile: (name: string): ImportText => ({
    th: `ไฟล์ ${show(name)} ว่างเปล่า (0 ไบต์) — บันทึกตารางจาก Excel อีกครั้ง แล้วนำเข้าไฟล์ใหม่`,
    en: `${show(name)} is empty (0 bytes); save the table from Excel again and import the new file`,
  }),
  odsFile: (name: string): ImportText => ({
    th:
      `ไฟล์ ${show(name)} เป็นตาราง OpenDocument (.ods) ของ LibreOffice ซึ่งโปรแกรมนำเข้ายังอ่านไม่ได้ — เปิดใน LibreOffice Calc ` +
      'เลือก ไฟล์ → บันทึกเป็น (File → Save As) ชนิดไฟล์ "Excel 2007-365 (.xlsx)" หรือ "Text CSV (.csv)" ชุดอักขระ Unicode (UTF-8) แล้วนำเข้าไฟล์ใหม่',
    en: `${show(name)} is an OpenDocument spreadsheet (.ods) from LibreOffice, which the importer cannot read; in LibreOffice Calc choose File → Save As, type "Excel 2007-365 (.xlsx)" or "Text CSV (.csv)" in Unicode (UTF-8), and import the new file`,
  }),
  legacyXls: (name: string): ImportText => ({
    th: `ไฟล์ ${show(name)} เป็นตาราง Excel แบบเก่า (.xls) ของ Excel 97–2003 ไม่ใช่ตาราง .csv หรือ .xlsx ที่นำเข้าได้ — เปิดใน Excel เลือก ไฟล์ → บันทึกเป็น "สมุดงาน Excel (.xlsx)" แล้วนำเข้าไฟล์ใหม่`,
    en: `${show(name)} is an old Excel 97–2003 workbook (.xls), not a .csv or .xlsx sheet; in Excel choose File → Save As "Excel Workbook (.xlsx)" and import the new file`,
  }),
  xlsbFile: (name: string): ImportText => ({
    th: `ไฟล์ ${show(name)} เป็นตาราง Excel แบบไบนารี (.xlsb) ไม่ใช่ตาราง .csv หรือ .xlsx ที่นำเข้าได้ — เปิดใน Excel เลือก ไฟล์ → บันทึกเป็น "สมุดงาน Excel (.xlsx)" แล้วนำเข้าไฟล์ใหม่`,
    en: `${show(name)} is an Excel binary workbook (.xlsb), not a .csv or .xlsx sheet; in Excel choose File → Save As "Excel Workbook (.xlsx)" and import the new file`,
  }),
  passwordProtected: (name: string): ImportText => ({
    th: `ไฟล์ ${show(name)} ตั้งรหัสผ่านไว้ จึงอ่านไม่ได้ — เปิดใน Excel ด้วยรหัสผ่าน ลบรหัสผ่านออก (ไฟล์ → ข้อมูล → ป้องกันเวิร์กบุ๊ก) แล้วบันทึกเป็น .xlsx ก่อนนำเข้า`,
    en: `${show(name)} is protected by a password and cannot be read; open it in Excel with the password, remove the password (File → Info → Protect Workbook), save it as .xlsx and import that`,
  }),
  notASheet: (name: string, kind: ImportText): ImportText => ({
    th: `ไฟล์ ${show(name)} เป็น${kind.th} ไม่ใช่ตาราง .csv หรือ .xlsx — เลือกไฟล์ตารางแบบ สขร.1 (.xlsx) หรือไฟล์ CSV จาก e-GP แทน (ถ้าตารางทำไว้ใน Excel ให้ใช้ไฟล์ Excel ต้นฉบับ ไม่ใช่ไฟล์ที่แปลงเป็น PDF หรือรูปภาพ)`,
    en: `${show(name)} is ${kind.en}, not a .csv or .xlsx sheet; choose the สขร.1 workbook (.xlsx) or e-GP's CSV instead (if the table was made in Excel, use that Excel file, not a PDF or picture of it)`,
  }),
  webPage: (name: string, kind: ImportText): ImportText => ({
    th: `ไฟล์ ${show(name)} เป็น${kind.th} ไม่ใช่ตาราง .csv หรือ .xlsx (บางระบบส่งออกตารางเป็นหน้าเว็บหรือ XML แล้วตั้งชื่อเป็น .xls) — เปิดไฟล์ใน Excel แล้วบันทึกเป็น .xlsx ก่อนนำเข้า`,
    en: `${show(name)} is ${kind.en}, not a .csv or .xlsx sheet (some systems export a table as a web page or XML named .xls); open it in Excel and save it as .xlsx before importing`,
  }),
  // The command line (cli.ts): the file, the options, the content folder.
  help: (): ImportText => ({
    th: [
      'ใช้: npm run import -- procurement <ไฟล์.csv|ไฟล์.xlsx> [--posted วันที่] [--sheet ชื่อแผ่นงาน] [--content โฟลเดอร์]',
      'นำสรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1 หรือไฟล์ CSV ข้อมูลเปิดจาก e-GP) เข้าเป็นไฟล์ของแต่ละเดือนใน content/procurement/',
      '  --posted <วันที่>       วันที่นำสรุปของเดือนขึ้นเว็บไซต์ สำหรับเดือนที่ยังไม่มีไฟล์ เช่น "3 พ.ย. 2566", 03/11/2566, 2566-11-03',
      '  --sheet <ชื่อแผ่นงาน>   อ่านเฉพาะแผ่นงานนี้ของไฟล์ .xlsx (ใส่ชื่อในเครื่องหมายคำพูดถ้ามีช่องว่าง)',
      '  --content <โฟลเดอร์>    โฟลเดอร์ข้อมูลของเว็บไซต์ (ค่าเริ่มต้น content)',
      '  --help, -h             แสดงวิธีใช้นี้',
      'อ่านได้: .xlsx (รวม .xlsm โดยไม่เรียกใช้แมโคร) และ CSV หรือข้อความที่คั่นด้วย , ; หรือแท็บ (UTF-8, UTF-16, Windows-874)',
      'ถ้ามีปัญหาแม้แถวเดียว จะไม่เขียนไฟล์ใดเลย และบอกแถวกับคอลัมน์ที่ต้องแก้',
    ].join('\n'),
    en: 'usage: npm run import -- procurement <file.csv|file.xlsx> [--posted DATE] [--sheet NAME] [--content DIR]; reads .xlsx/.xlsm and CSV or text separated by , ; or tabs; writes nothing if any row is refused',
  }),
  unknownOption: (option: string): ImportText => ({
    th: `ไม่รู้จักตัวเลือก ${show(option)} — ตัวเลือกที่มี: --posted <วันที่>, --sheet <ชื่อแผ่นงาน>, --content <โฟลเดอร์>, --help (ดูวิธีใช้: npm run import -- procurement --help)`,
    en: `unknown option ${show(option)}; the options are --posted <date>, --sheet <name>, --content <folder>, --help`,
  }),
  optionValueMissing: (option: string): ImportText => {
    const what: Record<string, ImportText> = {
      posted: { th: 'วันที่ เช่น --posted "3 พ.ย. 2566"', en: 'a date, e.g. --posted "3 พ.ย. 2566"' },
      sheet: { th: 'ชื่อแผ่นงาน เช่น --sheet "ต.ค. 66" (ใส่ชื่อในเครื่องหมายคำพูดถ้ามีช่องว่าง)', en: 'a worksheet name, e.g. --sheet "ต.ค. 66" (quoted if it has spaces)' },
      content: { th: 'โฟลเดอร์ เช่น --content content', en: 'a folder, e.g. --content content' },
      root: { th: 'โฟลเดอร์ เช่น --root .', en: 'a folder, e.g. --root .' },
    };
    const value = what[option] ?? { th: 'ค่า', en: 'a value' };
    return { th: `ตัวเลือก --${option} ต้องตามด้วย${value.th}`, en: `--${option} needs ${value.en}` };
  },
  tooManyFiles: (names: readonly string[]): ImportText => ({
    th: `ระบุได้ทีละหนึ่งไฟล์ แต่พบ ${names.length} ชื่อ: ${names.map(show).join(', ')} — ถ้าชื่อไฟล์มีช่องว่าง ให้ใส่ชื่อไว้ในเครื่องหมายคำพูด เช่น "สขร 2567.xlsx"`,
    en: `one file at a time, but ${names.length} names were given: ${names.join(', ')}; quote a file name that has spaces`,
  }),
  fileNotFound: (file: string): ImportText => ({
    th: `ไม่พบไฟล์ ${show(file)} — ตรวจชื่อไฟล์และโฟลเดอร์ที่อยู่ (ถ้าชื่อมีช่องว่าง ให้ใส่ชื่อไว้ในเครื่องหมายคำพูด เช่น "สขร 2567.xlsx")`,
    en: `file ${show(file)} not found; check its name and folder (quote a name that has spaces)`,
  }),
  fileIsFolder: (file: string, sheets: readonly string[]): ImportText => ({
    th:
      `${show(file)} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ — ระบุไฟล์ตาราง .xlsx หรือ .csv ในโฟลเดอร์นั้น` +
      (sheets.length > 0 ? ` เช่น ${sheets.map(show).join(', ')}` : ' (ในโฟลเดอร์นี้ไม่มีไฟล์ .xlsx หรือ .csv)'),
    en: `${show(file)} is a folder, not a file; give a .xlsx or .csv file in it` + (sheets.length > 0 ? `, e.g. ${sheets.join(', ')}` : ' (it has none)'),
  }),
  fileNotReadable: (file: string, code: string): ImportText => ({
    th: `ไม่มีสิทธิ์อ่านไฟล์ ${show(file)} (${code}) — คัดลอกไฟล์มาไว้ในโฟลเดอร์ของตนเอง หรือขอสิทธิ์อ่านจากเจ้าของไฟล์ แล้วนำเข้าใหม่`,
    en: `no permission to read ${show(file)} (${code}); copy it into a folder of your own, or ask its owner for read access, and import again`,
  }),
  fileNotOpened: (file: string, detail: string): ImportText => ({
    th: `เปิดไฟล์ ${show(file)} ไม่ได้ (${detail}) — ตรวจว่าไฟล์ยังอยู่และเปิดใน Excel ได้ แล้วนำเข้าใหม่`,
    en: `cannot open ${show(file)} (${detail}); check that it exists and opens in Excel, and import again`,
  }),
  contentFolderProblem: (folder: string, detail: string): ImportText => ({
    th: `อ่านหรือเขียนโฟลเดอร์ข้อมูล ${show(folder)} ไม่ได้ (${detail}) — ตรวจว่า --content ชี้ไปที่โฟลเดอร์ content ของเว็บไซต์ และโฟลเดอร์ procurement ในนั้นเป็นโฟลเดอร์ที่เขียนได้ แล้วนำเข้าใหม่ (ไฟล์ของเดือนที่เขียนไปแล้ว นำเข้าซ้ำได้โดยไม่เกิดรายการซ้ำ)`,
    en: `cannot read or write the content folder ${show(folder)} (${detail}); check that --content names the site's content folder and that its procurement folder is writable, then import again (month files already written are not duplicated by a re-import)`,
  }),
  failed: (detail: string): ImportText => ({
    th: `นำเข้าไม่สำเร็จเพราะข้อผิดพลาดที่ไม่คาดไว้ (${detail}) — แจ้งผู้ดูแลเว็บไซต์พร้อมไฟล์ที่นำเข้าและข้อความนี้`,
    en: `the import failed with an unexpected error (${detail}); tell the site's maintainer, with the file and this message`,
  }),
} as const;

/** Header spellings of แบบ สขร.1 sheets, e-GP's CSV and the ITA table, by field; the first names the column in messages. */
export const sheetHeaderNames = {
  number: ['ลำดับที่', 'ลำดับ', 'ที่'],
  item: ['งานที่จัดซื้อหรือจัดจ้าง', 'งานจัดซื้อหรือจัดจ้าง', 'ชื่อรายการของงานที่ซื้อหรือจ้าง', 'งานที่ซื้อหรือจ้าง', 'รายการ', 'รายการพัสดุ', 'ชื่อโครงการ'],
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
  reason: ['เหตุผลที่คัดเลือกโดยสรุป', 'เหตุผลที่คัดเลือกโดยสังเขป', 'เหตุผลที่คัดเลือก', 'เหตุผลสนับสนุน'],
  evidenceCombined: ['เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง', 'เลขที่และวันที่ของหลักฐานที่ก่อให้เกิดภาระในการซื้อหรือจัดจ้าง', 'เลขที่และวันที่ของสัญญาหรือข้อตกลง', 'เอกสารอ้างอิง'],
  evidenceKind: ['ประเภทหลักฐาน', 'ประเภทสัญญา'],
  evidenceNumber: ['เลขที่สัญญา', 'เลขที่สัญญาหรือข้อตกลง', 'เลขที่ใบสั่งซื้อ/สั่งจ้าง', 'เลขที่'],
  evidenceDate: ['วันที่ลงนามสัญญา', 'วันที่สัญญา', 'วันที่ของสัญญาหรือข้อตกลง', 'วันที่'],
  egpNumber: ['เลขที่โครงการในระบบe-GP', 'เลขที่โครงการ', 'รหัสโครงการ', 'เลขที่โครงการe-GP'],
  status: ['สถานะการจัดซื้อจัดจ้าง', 'สถานะสัญญา', 'สถานะ'],
  projectStatus: ['สถานะโครงการ'],
  satang: ['สต.', 'สต', 'สตางค์'],
  posted: ['วันที่นำขึ้นเว็บไซต์', 'วันที่เผยแพร่'],
} as const satisfies Record<string, readonly string[]>;

/** e-GP's columns that a month file has no place for (the agency, its location, announcement dates). */
export const egpColumnsNotImported = [
  'ลำดับ',
  'ชื่อหน่วยงาน',
  'ชื่อหน่วยงานย่อย',
  'กลุ่มวิธีจัดซื้อฯ',
  'วันที่ประกาศ',
  'ปีงบประมาณ',
  'วันที่เกิดรายการ',
  'จังหวัด',
  'เขต/อำเภอ',
  'แขวง/ตำบล',
  'พิกัดของโครงการ',
  'ละติจูด/ลองจิจูดโครงการ',
  'วันที่สิ้นสุดสัญญา',
];

/** e-GP's export columns that say a file is e-GP's (reference §3). */
export const egpMarkerColumns = ['รหัสโครงการ', 'วิธีจัดซื้อฯ', 'ชื่อผู้ชนะ', 'วันที่ลงนามสัญญา'];

/** The column after which e-GP's header declares its empty English location columns. */
export const egpProvinceColumn = 'จังหวัด';
