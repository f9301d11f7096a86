/**
 * The words of the web editor (`npm run edit`): collection names, a Thai label for every field of every schema the
 * editor shows, the help added to dates and choices, the problem panel beside the editor and what the command prints.
 * Field help itself comes from the schemas' JSDoc (src/schemas/), so it is written once, where validation is.
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
  site: { label: 'ข้อมูลหน่วยงาน (site.yaml)', singular: 'ข้อมูลหน่วยงาน' },
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
  'measures.*': 'รหัสมาตรการ เช่น 2567/no-gift',
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
    'otherTypes.*': 'รหัสประเภทเอกสาร',
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
    'elements.*': 'รหัสส่วนของเกณฑ์',
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
    'units.id': 'รหัสหน่วยงาน (ภาษาอังกฤษ)',
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
    itaSurveys: 'ลิงก์แบบสำรวจ ITA',
    'itaSurveys.iit': 'แบบวัด IIT (ภายใน)',
    'itaSurveys.eit': 'แบบวัด EIT (ภายนอก)',
    procurement: 'การจัดซื้อจัดจ้าง',
    'procurement.ocidPrefix': 'รหัสนำหน้า OCDS ที่ลงทะเบียนแล้ว (ocds-xxxxxx)',
  },
};

/** The Thai label of a field, or undefined when the dictionary has none (the config generator then refuses to run). */
export function editorFieldLabel(collection: keyof typeof editorFieldLabels, fieldPath: string): string | undefined {
  return editorFieldLabels[collection][fieldPath] ?? commonFieldLabels[fieldPath];
}

/** Help the generator adds to a field's own help (its JSDoc), by the kind of value. */
export const editorHints = {
  date: 'พิมพ์วันที่เป็นปี พ.ศ. แบบ ปปปป-ดด-วว เช่น 2567-01-15 (ปี ค.ศ. ก็ได้ ระบบแยกจากช่วงปี)',
  partialDate: 'พิมพ์ ปปปป-ดด-วว เช่น 2567-01-15 หรือถ้ารู้แค่เดือน ปปปป-ดด เช่น 2567-01 (ปี พ.ศ.)',
  month: 'พิมพ์ ปปปป-ดด เช่น 2567-01 (ปี พ.ศ.)',
  monthRange: 'เขียนแบบในรายงาน เช่น ต.ค.66-ก.ย.67',
  beYear: 'ปี พ.ศ. 4 หลัก เช่น 2567',
  slug: 'ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และขีด (-) เช่น procurement-plan',
  attachment: 'เลือกไฟล์จากเครื่อง ระบบจะวางไฟล์ไว้ในโฟลเดอร์เดียวกับรายการนี้ ชื่อไฟล์ควรเป็น a-z 0-9 และขีด (-) เช่น plan-2567.pdf',
  contentImage: 'ไฟล์ภาพจะเก็บไว้ในโฟลเดอร์ images/ ของ content',
  measureIds: 'เลือกจากมาตรการที่มีอยู่แล้ว (มาตรการที่เพิ่งสร้างจะปรากฏเมื่อเปิดหน้าแก้ไขใหม่)',
  money: 'จำนวนเงินเป็นบาท เช่น 12500 หรือ 12,500.50',
  taxId: 'เลข 13 หลัก ขึ้นต้นด้วย 0 = นิติบุคคล (เผยแพร่เต็ม) เลขอื่น = บุคคล (แสดงเพียงบางส่วน)',
};

/** What Decap shows when a value does not match the field's pattern. */
export const editorPatternMessages = {
  date: 'วันที่ต้องเป็น ปปปป-ดด-วว เช่น 2567-01-15',
  partialDate: 'ต้องเป็น ปปปป-ดด-วว หรือ ปปปป-ดด เช่น 2567-01-15 หรือ 2567-01',
  month: 'เดือนต้องเป็น ปปปป-ดด เช่น 2567-01',
  slug: 'ใช้ได้เฉพาะ a-z 0-9 และขีด (-) เช่น procurement-plan',
  url: 'ที่อยู่เว็บต้องขึ้นต้นด้วย http:// หรือ https://',
  email: 'อีเมลไม่ถูกต้อง เช่น saraban@example.go.th',
  postcode: 'รหัสไปรษณีย์ 5 หลัก',
  code: 'รูปแบบไม่ถูกต้อง',
  money: 'ใส่ตัวเลขบาท เช่น 12500 หรือ 12,500.50',
  taxId: 'เลขประจำตัวผู้เสียภาษีต้องมี 13 หลัก',
};

/** How an option of a vocabulary reads in a select: the Thai label with the id staff see in files. */
export const editorOptionLabel = (th: string, id: string) => `${th} (${id})`;
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
  panelTitle: 'ผลการตรวจข้อมูล',
  checking: 'กำลังตรวจข้อมูล…',
  allValid: 'ข้อมูลทั้งหมดถูกต้อง เว็บไซต์สร้างได้',
  invalid: 'ข้อมูลยังไม่ถูกต้อง เว็บไซต์จะยังไม่ถูกสร้างจนกว่าจะแก้ตามรายการนี้',
  warningsOnly: 'ข้อมูลถูกต้อง มีข้อควรดูดังนี้',
  unreachable: 'ติดต่อเครื่องตรวจข้อมูลไม่ได้ — คำสั่ง npm run edit ยังทำงานอยู่หรือไม่',
  error: 'ผิดพลาด',
  warning: 'คำเตือน',
  line: (line: number) => `บรรทัด ${line}`,
  field: (field: string) => `ช่อง ${field}`,
  fix: 'วิธีแก้',
  summary: ({ errors, warnings, files }: { errors: number; warnings: number; files: number }) =>
    `ผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ ใน ${files} ไฟล์`,
  preview: 'ดูเว็บไซต์ตัวอย่าง',
  checkedAt: (time: string) => `ตรวจล่าสุด ${time} น.`,
  hide: 'ย่อ',
  show: 'แสดงผลการตรวจ',
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
