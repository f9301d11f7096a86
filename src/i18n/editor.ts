/**
 * The words of the web editor (`npm run edit`), written for a clerk: collection names, a Thai label and help for the
 * fields of every form, the help added to dates and choices, the problem panel beside the editor and what the command
 * prints. No file paths, field names or English: the schemas' JSDoc stays the developers' documentation.
 */

/** Collections as the editor's side bar lists them. */
export const editorCollectionLabels = {
  documents: { label: 'เอกสารเผยแพร่', singular: 'เอกสาร' },
  measures: { label: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', singular: 'มาตรการ' },
  declarations: { label: 'ประกาศเจตนารมณ์ / No Gift Policy', singular: 'ประกาศ' },
  news: { label: 'ข่าวประชาสัมพันธ์', singular: 'ข่าว' },
  qa: { label: 'ถาม-ตอบ (Q&A)', singular: 'คำถาม' },
  pages: { label: 'หน้านโยบายและข้อมูล', singular: 'หน้า' },
  scores: { label: 'ผลการประเมิน ITA', singular: 'ผลการประเมิน' },
  procurement: { label: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', singular: 'เดือน' },
  procurementReports: { label: 'รายงานผลการจัดซื้อจัดจ้างประจำปี', singular: 'รายงานประจำปี' },
  settings: { label: 'ข้อมูลหน่วยงาน', singular: 'ข้อมูลหน่วยงาน' },
  site: { label: 'ข้อมูลหน่วยงาน', singular: 'ข้อมูลหน่วยงาน' },
} as const;

export type EditorCollectionName = keyof typeof editorCollectionLabels;

/** Labels shared by several collections; a collection's own table below wins. Keys are field paths without list indexes. */
const commonFieldLabels: Record<string, string> = {
  title: 'ชื่อเรื่อง',
  fiscalYear: 'ปีงบประมาณ (พ.ศ.)',
  summary: 'สรุปย่อ',
  attachments: 'ไฟล์แนบ',
  'attachments.file': 'ไฟล์',
  'attachments.title': 'ชื่อไฟล์ที่แสดงบนเว็บไซต์',
  measures: 'มาตรการที่เกี่ยวข้อง',
  'measures.*': 'มาตรการ',
  updated: 'วันที่แก้ไขล่าสุด',
  changes: 'บันทึกการเปลี่ยนแปลง (แสดงให้ประชาชนเห็น)',
  'changes.date': 'วันที่เปลี่ยนแปลง',
  'changes.note': 'เปลี่ยนแปลงอะไร',
  body: 'เนื้อหา',
};

const contactLabels = { phones: 'หมายเลขโทรศัพท์', email: 'อีเมล' } as const;

/** A Thai label for every field, by collection and field path (`rounds.result`, without list indexes). */
export const editorFieldLabels: Record<Exclude<EditorCollectionName, 'settings'>, Record<string, string>> = {
  documents: {
    title: 'ชื่อเอกสาร',
    type: 'ประเภทเอกสาร',
    otherTypes: 'เป็นเอกสารประเภทอื่นด้วย',
    'otherTypes.*': 'ประเภทเอกสาร',
    lastFiscalYear: 'ปีงบประมาณสุดท้ายที่แผนครอบคลุม (พ.ศ.)',
    period: 'ช่วงเวลาที่เอกสารครอบคลุม',
    'period.round': 'รอบรายงาน',
    'period.quarter': 'ไตรมาส',
    'period.month': 'เดือน (สำหรับสรุปรายเดือน)',
    published: 'วันที่ในเอกสาร',
    posted: 'วันที่นำขึ้นเว็บไซต์',
    fiscalYearReason: 'เหตุผลที่ปีงบประมาณต่างจากวันที่',
    issuedBy: 'หน่วยงานที่ออกเอกสาร',
    elements: 'ส่วนของเกณฑ์ที่เอกสารนี้ตอบ',
    'elements.*': 'ส่วนของเกณฑ์',
    body: 'รายละเอียดเพิ่มเติม',
  },
  measures: {
    title: 'ชื่อมาตรการ',
    stage: 'สถานะของมาตรการ',
    category: 'หมวดของมาตรการ',
    guidelines: 'แนวทางการปฏิบัติ',
    'guidelines.*': 'แนวทาง',
    steps: 'วิธีการ / ขั้นตอน',
    'steps.*': 'ขั้นตอน',
    responsibleUnit: 'หน่วยงานที่รับผิดชอบ',
    period: 'ระยะเวลาดำเนินการ',
    rounds: 'รอบการติดตามผล',
    'rounds.round': 'รอบ',
    'rounds.date': 'วันที่รายงานผล',
    'rounds.result': 'ผลการดำเนินการ',
    'rounds.progress': 'ความก้าวหน้า (ร้อยละ)',
    recommendation: 'ข้อเสนอแนะ',
    indicators: 'ตัวชี้วัด ITA ที่เกี่ยวข้อง',
    'indicators.*': 'ตัวชี้วัดที่',
    body: 'รายละเอียดเพิ่มเติม',
  },
  declarations: {
    title: 'ชื่อประกาศ',
    kind: 'ชนิดของประกาศ',
    declaredBy: 'ผู้ประกาศ',
    'declaredBy.position': 'ตำแหน่ง',
    'declaredBy.name': 'ชื่อ-นามสกุล',
    date: 'วันที่ลงนามหรือประกาศ',
    signed: 'ฉบับลงนาม',
    'signed.file': 'ไฟล์ฉบับลงนาม',
    'signed.title': 'ชื่อไฟล์ที่แสดงบนเว็บไซต์',
    body: 'ข้อความประกาศ',
  },
  news: {
    title: 'หัวข้อข่าว',
    date: 'วันที่เผยแพร่',
    body: 'เนื้อหาข่าว',
  },
  qa: {
    question: 'คำถาม',
    asked: 'วันที่ถาม',
    answered: 'วันที่ตอบ',
    body: 'คำตอบ',
  },
  pages: {
    title: 'ชื่อหน้า',
    description: 'คำอธิบายสั้น ๆ (สำหรับเครื่องมือค้นหา)',
    type: 'เป็นหลักฐานประเภท',
  },
  scores: {
    year: 'ปีที่ประเมิน ITA (พ.ศ.)',
    source: 'แหล่งที่มาของคะแนน',
    reportedTotal: 'คะแนนรวมตามที่รายงาน',
    reportedLevel: 'ระดับตามที่รายงาน',
    sourceNotes: 'ข้อความอื่นในแหล่งที่มา',
    'sourceNotes.*': 'ข้อความ',
    tools: 'คะแนนแต่ละเครื่องมือ',
    'tools.IIT': 'IIT (ผู้มีส่วนได้ส่วนเสียภายใน)',
    'tools.EIT': 'EIT (ผู้มีส่วนได้ส่วนเสียภายนอก)',
    'tools.OIT': 'OIT (การเปิดเผยข้อมูลสาธารณะ)',
    indicators: 'คะแนนรายตัวชี้วัด',
    'indicators.number': 'ตัวชี้วัดที่',
    'indicators.score': 'คะแนน',
    recommendations: 'ข้อเสนอแนะ',
    'recommendations.tool': 'เครื่องมือ',
    'recommendations.indicator': 'ตัวชี้วัดที่',
    'recommendations.text': 'ข้อเสนอแนะ',
    strengths: 'จุดแข็ง',
    'strengths.indicator': 'ตัวชี้วัดที่',
    'strengths.labelAsReported': 'ชื่อตัวชี้วัดตามที่เขียนในรายงาน',
    weaknesses: 'จุดที่ต้องแก้ไขเร่งด่วน',
    'weaknesses.indicator': 'ตัวชี้วัดที่',
    'weaknesses.labelAsReported': 'ชื่อตัวชี้วัดตามที่เขียนในรายงาน',
    improvements: 'ประเด็นที่ควรพัฒนา',
    'improvements.tool': 'เครื่องมือ',
    'improvements.indicatorLabel': 'ตัวชี้วัด (ตามที่เขียนในรายงาน)',
    'improvements.assessed': 'ประเด็นการประเมิน',
    'improvements.suggestion': 'ประเด็นที่ควรพัฒนา',
    reportDocument: 'เอกสารรายงานผล',
  },
  procurement: {
    month: 'เดือน (พ.ศ.) เช่น 2566-10',
    fiscalYear: 'ปีงบประมาณ (พ.ศ.) ของเดือนนี้',
    posted: 'วันที่นำสรุปของเดือนนี้ขึ้นเว็บไซต์',
    noProcurement: 'เดือนนี้ไม่มีการจัดซื้อจัดจ้าง',
    rows: 'รายการจัดซื้อจัดจ้าง',
    'rows.item': 'งานที่จัดซื้อหรือจัดจ้าง',
    'rows.budget': 'วงเงินที่จะซื้อหรือจ้าง (บาท)',
    'rows.fundSource': 'แหล่งที่มาของงบประมาณ',
    'rows.referencePrice': 'ราคากลาง (บาท)',
    'rows.method': 'วิธีซื้อหรือจ้าง',
    'rows.category': 'ประเภท (ซื้อ / จ้าง / จ้างก่อสร้าง)',
    'rows.bidders': 'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
    'rows.bidders.name': 'ชื่อผู้เสนอราคา',
    'rows.bidders.price': 'ราคาที่เสนอ (บาท)',
    'rows.winner': 'ผู้ได้รับการคัดเลือกและราคาที่ตกลง',
    'rows.winner.name': 'ชื่อผู้ได้รับการคัดเลือก',
    'rows.winner.price': 'ราคาที่ตกลงซื้อหรือจ้าง (บาท)',
    'rows.winner.taxId': 'เลขประจำตัวผู้เสียภาษี 13 หลัก (ของบุคคลจะไม่เผยแพร่เต็ม)',
    'rows.reason': 'เหตุผลที่คัดเลือกโดยสรุป',
    'rows.evidence': 'สัญญาหรือข้อตกลง',
    'rows.evidence.kind': 'ประเภทหลักฐาน',
    'rows.evidence.number': 'เลขที่',
    'rows.evidence.date': 'ลงวันที่',
    'rows.egpNumber': 'เลขที่โครงการในระบบ e-GP',
    'rows.status': 'สถานะสัญญา',
  },
  procurementReports: {
    posted: 'วันที่เผยแพร่รายงาน (หลังสิ้นปีงบประมาณ)',
    problems: 'ปัญหาและอุปสรรค',
    suggestions: 'ข้อเสนอแนะและแนวทางการปรับปรุง',
    body: 'รายละเอียดเพิ่มเติม',
  },
  site: {
    name: 'ชื่อหน่วยงาน',
    'name.th': 'ชื่อภาษาไทย',
    'name.en': 'ชื่อภาษาอังกฤษ',
    shortName: 'ชื่อย่อ',
    logo: 'ตราหรือโลโก้หน่วยงาน',
    'logo.image': 'ไฟล์ภาพตรา',
    'logo.alt': 'คำบรรยายภาพตรา',
    kind: 'ประเภทหน่วยงาน',
    siteUrl: 'ที่อยู่เว็บไซต์',
    address: 'ที่อยู่สำนักงาน',
    'address.line': 'เลขที่ ถนน หมู่บ้าน',
    'address.subdistrict': 'ตำบล',
    'address.district': 'อำเภอ',
    'address.province': 'จังหวัด',
    'address.postcode': 'รหัสไปรษณีย์',
    ...contactLabels,
    'phones.*': 'หมายเลข',
    officeHours: 'เวลาทำการ',
    social: 'ช่องทางสื่อสังคมออนไลน์',
    'social.name': 'ชื่อช่องทาง',
    'social.url': 'ที่อยู่เว็บ',
    executives: 'ผู้บริหาร',
    'executives.name': 'ชื่อ-นามสกุล',
    'executives.position': 'ตำแหน่ง',
    'executives.photo': 'รูปถ่าย',
    'executives.phones': contactLabels.phones,
    'executives.phones.*': 'หมายเลข',
    'executives.email': contactLabels.email,
    units: 'หน่วยงานภายใน',
    'units.id': 'รหัสหน่วยงาน (ตัวอักษรอังกฤษ)',
    'units.name': 'ชื่อหน่วยงาน',
    'units.parent': 'รหัสหน่วยงานต้นสังกัด',
    'units.duties': 'หน้าที่',
    map: 'แผนที่ตั้งสำนักงาน',
    'map.latitude': 'ละติจูด',
    'map.longitude': 'ลองจิจูด',
    'map.image': 'ภาพแผนที่',
    'map.caption': 'คำอธิบายการเดินทาง',
    orgChart: 'ภาพแผนผังโครงสร้างหน่วยงาน',
    dutiesAndPowers: 'อำนาจหน้าที่',
    'dutiesAndPowers.text': 'อำนาจหน้าที่',
    'dutiesAndPowers.law': 'กฎหมายที่กำหนด',
    complaints: 'ช่องทางร้องเรียน',
    'complaints.corruptionFormUrl': 'แบบฟอร์มร้องเรียนการทุจริตออนไลน์',
    'complaints.hotline': 'สายด่วนร้องเรียนการทุจริต',
    'complaints.address': 'ที่อยู่สำหรับส่งเรื่องร้องเรียน',
    'complaints.email': 'อีเมลรับเรื่องร้องเรียน',
    'complaints.generalFormUrl': 'แบบฟอร์มร้องเรียนทั่วไป',
    publishing: 'ข้อกำหนดการเผยแพร่',
    'publishing.maxAttachmentMb': 'ขนาดไฟล์แนบสูงสุด (MB)',
    'publishing.showOitGaps': 'แสดงสถานะและข้อที่ยังขาดในหน้า OIT สาธารณะ',
    'publishing.historySince': 'วันที่หน่วยงานเริ่มแก้ไขข้อมูลเอง (ใช้บอกวันปรับปรุงล่าสุดของแต่ละหน้า ไม่กรอกก็ได้)',
    itaSurveys: 'ลิงก์แบบสำรวจ ITA',
    'itaSurveys.iit': 'แบบวัด IIT (ภายใน)',
    'itaSurveys.eit': 'แบบวัด EIT (ภายนอก)',
    procurement: 'การจัดซื้อจัดจ้าง',
    'procurement.ocidPrefix': 'รหัสนำหน้า OCDS ที่หน่วยงานลงทะเบียนไว้ (ไม่มีให้เว้นว่าง)',
    'procurement.noRowPages': 'ไม่สร้างหน้าแยกของรายการจัดซื้อจัดจ้าง (ปกติสร้างเฉพาะรายการที่ไม่ใช้วิธีเฉพาะเจาะจง หรือวงเงินเกิน 500,000 บาท การค้นหาจะพบหน้าสรุปรายเดือนแทน)',
  },
};

/** Every field path a form has a label for (its own and the shared ones). */
export function editorFieldPaths(collection: keyof typeof editorFieldLabels): string[] {
  return [...new Set([...Object.keys(commonFieldLabels), ...Object.keys(editorFieldLabels[collection])])];
}

/** The Thai label of a field, or undefined when the dictionary has none (the config generator then refuses to run). */
export function editorFieldLabel(collection: keyof typeof editorFieldLabels, fieldPath: string): string | undefined {
  return editorFieldLabels[collection][fieldPath] ?? commonFieldLabels[fieldPath];
}

/** Help under a field, for a clerk: what to write there and an example. Shared by several forms; a form's own table wins. */
const commonFieldHints: Record<string, string> = {
  title: 'ชื่อตามที่เขียนในเอกสาร',
  fiscalYear: 'ปีงบประมาณที่เอกสารนี้เป็นของ (ปีงบประมาณเริ่ม 1 ตุลาคม และตั้งชื่อตามปีที่สิ้นสุด 30 กันยายน)',
  summary: 'หนึ่งหรือสองประโยคที่แสดงในรายการและผลการค้นหา',
  attachments: 'ไฟล์ที่เผยแพร่พร้อมรายการนี้ เช่น ไฟล์ PDF ฉบับลงนาม',
  'attachments.title': 'ข้อความของลิงก์ที่ประชาชนเห็น เช่น "รายงานฉบับลงนาม (PDF)"',
  measures: 'มาตรการที่เอกสารนี้เกี่ยวข้อง (ถ้ามี)',
  updated: 'วันที่แก้ไขเนื้อหาครั้งล่าสุด',
  changes: 'บอกประชาชนว่าแก้อะไรเมื่อไร หน้าเว็บแสดงรายการล่าสุดก่อน',
  'changes.note': 'หนึ่งประโยคที่ประชาชนเข้าใจ เช่น "แก้ไขตัวเลขในตารางที่ 2"',
};

/** Each form's own help, by field path (`rounds.result`, without list positions). */
export const editorFieldHints: Record<Exclude<EditorCollectionName, 'settings'>, Record<string, string>> = {
  procurement: {
    month: 'เดือนของสรุปนี้',
    fiscalYear: 'ปีงบประมาณของเดือนนี้ (ตุลาคมขึ้นปีงบประมาณใหม่)',
    posted: 'วันที่นำสรุปของเดือนนี้ขึ้นเว็บไซต์จริง ใช้ตรวจว่าเผยแพร่ทันภายในเดือนถัดไปหรือไม่',
    noProcurement: 'เลือกเมื่อเดือนนี้ไม่มีการจัดซื้อจัดจ้างเลย (ยังต้องเผยแพร่ว่าไม่มี)',
    rows: 'หนึ่งรายการต่อหนึ่งงานที่ซื้อหรือจ้าง ตามแบบ สขร.1',
    'rows.budget': 'วงเงินงบประมาณของงานนี้',
    'rows.referencePrice': 'ราคากลางที่คำนวณไว้ (ถ้ามี)',
    'rows.bidders': 'ทุกรายที่เสนอราคา พร้อมราคาที่เสนอ',
    'rows.winner': 'ผู้ที่ได้รับคัดเลือก และราคาที่ตกลงซื้อหรือจ้างจริง',
    'rows.winner.taxId': 'เลขประจำตัวผู้เสียภาษี ถ้าเป็นบุคคลธรรมดา เว็บไซต์จะปิดเลขสี่หลักท้ายเสมอ',
    'rows.reason': 'เหตุผลที่คัดเลือกโดยสรุป เช่น ราคาต่ำสุดและคุณสมบัติครบ',
    'rows.evidence': 'เลขที่และวันที่ของสัญญา ใบสั่งซื้อหรือสั่งจ้าง หรือข้อตกลง',
    'rows.egpNumber': 'เลขที่โครงการในระบบจัดซื้อจัดจ้างภาครัฐ (e-GP) ถ้ามี',
  },
  procurementReports: {
    posted: 'วันที่เผยแพร่รายงานประจำปี (หลังสิ้นปีงบประมาณ)',
    problems: 'ปัญหาและอุปสรรคในการจัดซื้อจัดจ้างของปีนี้',
    suggestions: 'ข้อเสนอแนะและแนวทางการปรับปรุงในปีถัดไป',
  },
  documents: {
    type: 'เอกสารนี้คืออะไร เลือกจากรายการ ระบบใช้ประเภทนี้จับคู่กับข้อ OIT',
    otherTypes: 'ถ้าเอกสารฉบับเดียวกันเป็นเอกสารประเภทอื่นด้วย เช่น แผนบริหารทรัพยากรบุคคลที่มีหลักเกณฑ์อยู่ในเล่ม',
    fiscalYear: 'ปีงบประมาณที่เอกสารนี้เป็นของ สำหรับแผนหลายปีให้ใส่ปีแรก',
    lastFiscalYear: 'เฉพาะแผนหลายปี: ปีงบประมาณสุดท้ายของแผน เช่น แผนพัฒนา 2566–2570 ใส่ 2570',
    period: 'เฉพาะรายงานตามรอบหรือสรุปรายเดือน: เอกสารครอบคลุมช่วงใดของปีงบประมาณ',
    'period.round': 'รอบรายงานนับจาก 1 ตุลาคม: 3 เดือน (ต.ค.–ธ.ค.) 6 เดือน (ต.ค.–มี.ค.) 9 เดือน (ต.ค.–มิ.ย.) หรือ 12 เดือน (ทั้งปี)',
    'period.quarter': 'รายงานรายไตรมาส: ไตรมาส 1 (ต.ค.–ธ.ค.) 2 (ม.ค.–มี.ค.) 3 (เม.ย.–มิ.ย.) หรือ 4 (ก.ค.–ก.ย.)',
    'period.month': 'สรุปรายเดือน: เดือนที่สรุป',
    published: 'วันที่ลงนาม อนุมัติ หรือประกาศ ตามที่เขียนในเอกสาร ถ้ารู้แค่เดือนใส่เฉพาะปีและเดือนได้',
    posted: 'วันที่นำขึ้นเว็บไซต์ ถ้าช้ากว่าวันที่ในเอกสาร ระบบตรวจ OIT นับจากวันนี้',
    fiscalYearReason: 'กรอกเมื่อปีงบประมาณห่างจากวันที่ในเอกสารเกินหกเดือน เช่น แผนที่อนุมัติล่วงหน้า',
    issuedBy: 'หน่วยงานภายในที่ออกเอกสาร เช่น สำนักปลัด',
    elements: 'สำหรับข้อ OIT ที่เกณฑ์มีหลายส่วน: เอกสารนี้ตอบส่วนใดบ้าง',
  },
  measures: {
    title: 'ชื่อมาตรการ เช่น มาตรการตรวจสอบการใช้ดุลพินิจ',
    fiscalYear: 'ปีงบประมาณที่ใช้มาตรการนี้',
    stage: 'เสนอจากการวิเคราะห์ผล ITA หรือดำเนินการแล้วพร้อมผล',
    category: 'หมวดของมาตรการ',
    guidelines: 'แนวทางการปฏิบัติ ถ้ารายงานมีให้',
    steps: 'วิธีการหรือขั้นตอน เรียงตามลำดับ อย่างน้อยหนึ่งข้อ',
    responsibleUnit: 'หน่วยงานที่รับผิดชอบ เช่น สำนักปลัด',
    period: 'ช่วงเวลาดำเนินการ เขียนแบบในรายงาน เช่น ต.ค.66-ก.ย.67',
    rounds: 'รอบติดตามผล 6 เดือนและ 12 เดือน รอบที่ยังไม่มีผลถือว่ายังค้าง',
    'rounds.round': 'รอบ 6 เดือนหรือ 12 เดือน',
    'rounds.result': 'ผลการดำเนินการที่ได้ เช่น จัดอบรมเจ้าหน้าที่ 2 ครั้ง ผู้เข้าร่วม 45 คน',
    'rounds.progress': 'ความก้าวหน้าเป็นร้อยละ 0–100',
    recommendation: 'ข้อเสนอแนะ',
    indicators: 'ตัวชี้วัด ITA ข้อ 1–10 ที่มาตรการนี้ตอบ',
  },
  declarations: {
    title: 'ชื่อประกาศ เช่น ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ ประจำปี 2567',
    kind: 'นโยบายไม่รับของขวัญ หรือเจตจำนงสุจริตของผู้บริหาร',
    fiscalYear: 'ปีงบประมาณที่ประกาศนี้ใช้',
    declaredBy: 'ผู้ประกาศ',
    'declaredBy.position': 'ตำแหน่ง เช่น นายกองค์การบริหารส่วนตำบล',
    'declaredBy.name': 'ชื่อ-นามสกุล ถ้าเผยแพร่ได้',
    date: 'วันที่ลงนามหรือประกาศ',
    signed: 'ไฟล์ฉบับลงนาม (สแกนหรือ PDF)',
    'signed.title': 'ข้อความของลิงก์ที่ประชาชนเห็น เช่น "ประกาศฉบับลงนาม"',
  },
  news: {
    title: 'หัวข้อข่าว',
    date: 'วันที่เผยแพร่ข่าว',
    summary: 'สรุปข่าวหนึ่งหรือสองประโยค',
  },
  qa: {
    question: 'คำถามตามที่ประชาชนถาม',
    asked: 'วันที่ถาม',
    answered: 'วันที่ตอบ',
  },
  pages: {
    title: 'ชื่อหน้า',
    description: 'คำอธิบายสั้น ๆ ที่แสดงในผลการค้นหาของ Google และเมื่อแชร์ลิงก์',
    type: 'ถ้าหน้านี้เป็นหลักฐานของข้อ OIT ให้เลือกประเภทเอกสาร ระบบตรวจจะนับหน้านี้',
  },
  scores: {
    year: 'ปีที่ประเมิน ITA',
    source: 'ตัวเลขมาจากไหน เช่น ระบบ ITAS',
    reportedTotal: 'คะแนนรวมตามที่รายงาน ไม่ต้องคำนวณเอง',
    reportedLevel: 'ระดับตามที่รายงาน เช่น ผ่าน หรือ A',
    sourceNotes: 'ข้อความอื่นในรายงานเกี่ยวกับคะแนนหรือระดับ คัดลอกตามต้นฉบับ',
    tools: 'คะแนนของเครื่องมือทั้งสามตามที่รายงาน',
    indicators: 'คะแนนตัวชี้วัดทั้ง 10 ตัวตามที่รายงาน',
    recommendations: 'ข้อเสนอแนะของแต่ละเครื่องมือ',
    'recommendations.indicator': 'ตัวชี้วัดที่ข้อเสนอแนะนี้พูดถึง',
    'recommendations.text': 'ข้อเสนอแนะตามถ้อยคำในรายงาน',
    strengths: 'จุดแข็งที่รายงานระบุ',
    'strengths.indicator': 'ตัวชี้วัดข้อ 1–10',
    'strengths.labelAsReported': 'ชื่อตามที่รายงานเขียน ถ้าต่างจากชื่อในเกณฑ์',
    weaknesses: 'จุดที่ต้องแก้ไขเร่งด่วนตามรายงาน',
    'weaknesses.indicator': 'ตัวชี้วัดข้อ 1–10',
    'weaknesses.labelAsReported': 'ชื่อตามที่รายงานเขียน ถ้าต่างจากชื่อในเกณฑ์',
    improvements: 'ประเด็นที่ควรพัฒนาของแต่ละเครื่องมือ',
    'improvements.indicatorLabel': 'ชื่อตัวชี้วัดตามที่รายงานเขียน',
    reportDocument: 'เอกสารรายงานผลที่ตัวเลขเหล่านี้มาจาก',
  },
  site: {
    name: 'ชื่อเต็มของหน่วยงาน',
    'name.th': 'เช่น องค์การบริหารส่วนตำบลตะโก',
    shortName: 'ชื่อย่อที่แสดงหัวเว็บไซต์ เช่น อบต.ตะโก',
    kind: 'ประเภทหน่วยงาน',
    siteUrl: 'ที่อยู่เว็บไซต์จริงของหน่วยงาน ใช้ในตาราง URL สำหรับกรอกระบบ ITAS เช่น https://www.tako.go.th',
    address: 'ที่อยู่สำนักงานสำหรับติดต่อทางไปรษณีย์',
    'address.line': 'เลขที่ หมู่ ถนน',
    phones: 'หมายเลขโทรศัพท์ตามที่ต้องการให้แสดง เช่น 044-000000',
    email: 'อีเมลของสำนักงาน เช่น saraban@tako.go.th',
    officeHours: 'เขียนเป็นประโยค เช่น จันทร์–ศุกร์ 08.30–16.30 น.',
    social: 'ช่องทางสื่อสังคมออนไลน์ของหน่วยงาน',
    'social.name': 'เช่น Facebook หรือ LINE',
    executives: 'ผู้บริหารสูงสุดและรองหรือผู้ช่วย ใส่ตำแหน่งแม้ไม่เผยแพร่ชื่อ',
    'executives.name': 'ชื่อ-นามสกุล เว้นไว้ถ้าไม่เผยแพร่',
    'executives.position': 'เช่น นายกองค์การบริหารส่วนตำบล',
    'executives.photo': 'รูปถ่ายผู้บริหาร',
    units: 'หน่วยงานภายใน เช่น สำนัก กอง ฝ่าย',
    'units.id': 'ชื่อสั้นที่ใช้อ้างถึงหน่วยงานนี้ในช่องรหัสหน่วยงานต้นสังกัด',
    'units.name': 'เช่น สำนักปลัด',
    'units.parent': 'รหัสของหน่วยงานที่สังกัด (ถ้ามี)',
    'units.duties': 'หน้าที่ของหน่วยงาน',
    map: 'ที่ตั้งสำนักงาน: พิกัด หรือภาพแผนที่ หรือทั้งสองอย่าง ไม่มีการโหลดแผนที่จากเว็บไซต์อื่น',
    'map.latitude': 'คัดลอกจากแผนที่ เช่น 15.0123',
    'map.longitude': 'คัดลอกจากแผนที่ เช่น 102.6234',
    'map.image': 'ภาพแผนที่การเดินทาง',
    'map.caption': 'จุดสังเกตหรือวิธีเดินทาง เช่น ตรงข้ามโรงเรียนบ้านตะโก',
    orgChart: 'ภาพแผนผังโครงสร้างหน่วยงาน',
    dutiesAndPowers: 'อำนาจหน้าที่ตามกฎหมาย ทีละข้อ',
    'dutiesAndPowers.text': 'อำนาจหน้าที่ตามถ้อยคำในกฎหมาย',
    'dutiesAndPowers.law': 'เช่น พ.ร.บ.สภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 67',
    complaints: 'ช่องทางร้องเรียน แยกเรื่องทุจริตออกจากเรื่องทั่วไป',
    'complaints.address': 'ถ้าต่างจากที่อยู่สำนักงาน',
    publishing: 'ข้อกำหนดการเผยแพร่ของเว็บไซต์นี้',
    'publishing.maxAttachmentMb': 'ไฟล์ที่ใหญ่กว่านี้จะไม่ถูกเผยแพร่ ไฟล์ใหญ่เปิดช้าบนโทรศัพท์ ควรบีบอัดหรือแบ่งไฟล์',
    'publishing.showOitGaps': 'เปิดเพื่อให้หน้า OIT บอกประชาชนว่าข้อใดยังไม่มีหลักฐาน ปกติปิดไว้ เจ้าหน้าที่ดูข้อที่ขาดได้จากผลการตรวจ',
    itaSurveys: 'ลิงก์แบบวัดของปีนี้ ถ้า ป.ป.ช. ให้มา',
  },
};

/** The Thai help of a field, or undefined when it has none (the label says enough). */
export function editorFieldHint(collection: keyof typeof editorFieldHints, fieldPath: string): string | undefined {
  return editorFieldHints[collection][fieldPath] ?? commonFieldHints[fieldPath];
}

/** Help the generator adds to a field's own help, by the kind of value. */
export const editorHints = {
  date: 'พิมพ์ ปี พ.ศ.-เดือน-วัน เช่น 2567-09-20',
  partialDate: 'พิมพ์ ปี พ.ศ.-เดือน-วัน เช่น 2567-09-20 หรือถ้ารู้แค่เดือน 2567-09',
  month: 'พิมพ์ ปี พ.ศ.-เดือน เช่น 2567-09',
  monthRange: 'เขียนแบบในรายงาน เช่น ต.ค.66-ก.ย.67',
  beYear: 'ปี พ.ศ. 4 หลัก เช่น 2567',
  slug: 'ใช้ตัวอักษรอังกฤษพิมพ์เล็ก ตัวเลข และขีด (-) เท่านั้น',
  attachment: 'เลือกไฟล์จากเครื่อง ระบบเก็บไฟล์ไว้คู่กับรายการนี้ ตั้งชื่อไฟล์เป็นตัวอักษรอังกฤษพิมพ์เล็ก ตัวเลข และขีด เช่น plan-2567.pdf',
  measureIds: 'เลือกจากมาตรการที่มีอยู่แล้ว (มาตรการที่เพิ่งสร้างจะเลือกได้เมื่อเปิดหน้าแก้ไขใหม่)',
  money: 'จำนวนเงินเป็นบาท เช่น 12500 หรือ 12,500.50',
  taxId: 'เลข 13 หลัก ขึ้นต้นด้วย 0 = นิติบุคคล (เผยแพร่เต็ม) เลขอื่น = บุคคล (แสดงเพียงบางส่วน)',
};

/** What Decap shows when a value does not match the field's pattern. */
export const editorPatternMessages = {
  date: 'พิมพ์วันที่เป็น ปี พ.ศ.-เดือน-วัน ด้วยเลขอารบิก เช่น 2567-09-20 (ไม่ใช่ 20/9/2567 หรือ 20 ก.ย. 2567)',
  partialDate: 'พิมพ์เป็น ปี พ.ศ.-เดือน-วัน หรือ ปี พ.ศ.-เดือน ด้วยเลขอารบิก เช่น 2567-09-20 หรือ 2567-09',
  month: 'พิมพ์เดือนเป็น ปี พ.ศ.-เดือน ด้วยเลขอารบิก เช่น 2567-09',
  slug: 'ใช้ได้เฉพาะตัวอักษรอังกฤษพิมพ์เล็ก ตัวเลข และขีด (-)',
  url: 'ที่อยู่เว็บต้องขึ้นต้นด้วย http:// หรือ https://',
  email: 'อีเมลไม่ถูกต้อง เช่น saraban@example.go.th',
  postcode: 'รหัสไปรษณีย์ 5 หลัก',
  code: 'รูปแบบไม่ถูกต้อง',
  money: 'ใส่ตัวเลขบาท เช่น 12500 หรือ 12,500.50',
  taxId: 'เลขประจำตัวผู้เสียภาษีต้องมี 13 หลัก',
};

/** How an option of a vocabulary reads in a select: its Thai name only (typing the id still finds it). */
export const editorOptionLabel = (th: string) => th;
/** A measure in a select: its title and fiscal year, so two years' measures of the same name are told apart. */
export const editorMeasureOption = (title: string, fiscalYear: string) => `${title} (ปีงบประมาณ ${fiscalYear})`;
export const itaYearOption = (year: number) => `ปี ${year}`;

/** The editor page: its title and the panel of problems beside the forms. */
/**
 * Spelling slips in decap-cms-locales' Thai file (3.8.2), corrected over it when the page starts; the "new" button's
 * full-width plus sign is in neither Sarabun nor most Thai system fonts (it showed as an empty box).
 */
export const decapThaiCorrections = {
  collection: {
    sidebar: { searchIn: 'ค้นหาใน' },
    collectionTop: { newButton: 'เพิ่ม%{collectionLabel}' },
  },
  editor: {
    editorToolbar: {
      changesSaved: 'การเปลี่ยนแปลงถูกบันทึกแล้ว',
      unpublishing: 'กำลังยกเลิกการเผยแพร่...',
      deleteUnpublishedChanges: 'ลบการเปลี่ยนแปลงเนื้อหาที่ยังไม่ได้เผยแพร่',
    },
  },
} as const;

export const editorPageWords = {
  title: 'แก้ไขข้อมูลเว็บไซต์ — Prongsai',
  loading: 'กำลังเปิดหน้าแก้ไขข้อมูล…',
  signInHeading: 'แก้ไขข้อมูลเว็บไซต์ของหน่วยงาน',
  panelTitle: 'ผลการตรวจข้อมูล',
  checking: 'กำลังตรวจข้อมูล…',
  allValid: 'ข้อมูลทั้งหมดถูกต้อง เว็บไซต์สร้างได้',
  invalid: 'ข้อมูลยังไม่ถูกต้อง เว็บไซต์จะยังไม่ถูกสร้างจนกว่าจะแก้ตามรายการนี้ กดที่รายการเพื่อเปิดไปยังช่องนั้น',
  warningsOnly: 'ข้อมูลถูกต้อง มีข้อควรดูดังนี้ กดที่รายการเพื่อเปิดไปยังช่องนั้น',
  unreachable: 'ติดต่อเครื่องตรวจข้อมูลไม่ได้ — คำสั่ง npm run edit ยังทำงานอยู่หรือไม่',
  error: 'ผิดพลาด',
  warning: 'คำเตือน',
  field: (label: string) => `ช่อง "${label}"`,
  fix: 'วิธีแก้',
  /** The folded panel: a button with the counts */
  toggle: ({ errors, warnings }: { errors: number; warnings: number }) =>
    errors + warnings === 0
      ? 'ผลการตรวจ: ✓ ข้อมูลถูกต้อง'
      : `ผลการตรวจ: ${[errors > 0 ? `✗ ผิดพลาด ${errors}` : '', warnings > 0 ? `! คำเตือน ${warnings}` : ''].filter(Boolean).join(' · ')}`,
  toggleUnreachable: 'ผลการตรวจ: ติดต่อไม่ได้',
  /** What Decap's Thai locale adds to an optional field's label */
  optionalMark: /\s*\(ทางเลือก\)\s*$/,
  notedHeading: (count: number) => `ข้อสังเกตในรายงานต้นฉบับ ${count} จุด ที่เว็บไซต์แสดงพร้อมหมายเหตุแล้ว (ไม่ต้องแก้ไข)`,
  preview: 'ดูเว็บไซต์ตัวอย่าง',
  checkedAt: (time: string) => `ตรวจล่าสุด ${time} น.`,
};

/** How the problem panel names what a problem is in: the entry, or a file the editor does not show. */
export const editorPlaceWords = {
  fiscalYear: (year: string) => `ปีงบประมาณ ${year}`,
  scores: (year: string) => `ผลการประเมิน ITA ปี ${year}`,
  untitled: (kind: string) => `${kind} (ยังไม่มีชื่อ)`,
  documentTypes: 'รายการประเภทเอกสาร (แก้ในหน้านี้ไม่ได้ แจ้งผู้ดูแลระบบ)',
  catalogue: (year: string) => `เกณฑ์ OIT ปี ${year} (แก้ในหน้านี้ไม่ได้ แจ้งผู้ดูแลระบบ)`,
  privacyAllowlist: 'รายการยกเว้นเลขประจำตัวประชาชน (แก้ในหน้านี้ไม่ได้ แจ้งผู้ดูแลระบบ)',
  attachment: (name: string) => `ไฟล์แนบ ${name}`,
  /** In place of a file's path in a message: the clerk has the entry open */
  thisEntry: 'รายการนี้',
  /** "ใน content/site.yaml" in a message: said of the entry the clerk has open, so left out */
  inFile: /\s*ใน\s+\S*\/?\S+\.(?:ya?ml|md)\b/g,
};

/** What `npm run edit` prints. */
export const editCommandWords = {
  preparing: 'กำลังเตรียมหน้าแก้ไขข้อมูล…',
  ready: ({ editorUrl, previewUrl, contentDir }: { editorUrl: string; previewUrl: string; contentDir: string }) =>
    [
      '',
      '✓ พร้อมแก้ไขข้อมูลแล้ว',
      `  หน้าแก้ไขข้อมูล:    ${editorUrl}`,
      `  ดูเว็บไซต์ตัวอย่าง:  ${previewUrl}`,
      `  ไฟล์ที่บันทึกจะอยู่ใน ${contentDir}/ (ยังไม่ขึ้นเว็บไซต์จริงจนกว่าจะ commit และ push)`,
      '  กด Ctrl+C เพื่อหยุด',
      '',
    ].join('\n'),
  proxyFailed: (detail: string) => `✗ เปิดตัวเชื่อมต่อไฟล์ (decap-server) ไม่สำเร็จ: ${detail}`,
  proxyExited: (code: number | null) => `✗ ตัวเชื่อมต่อไฟล์ (decap-server) หยุดทำงาน (รหัส ${code ?? '-'}) — สั่ง npm run edit ใหม่`,
  badPort: (value: string) => `✗ หมายเลขพอร์ต "${value}" ไม่ถูกต้อง`,
  stopping: 'หยุดหน้าแก้ไขข้อมูลแล้ว',
};
