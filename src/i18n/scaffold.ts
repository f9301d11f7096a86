/** The Thai placeholders and hints `npm run new` writes into a new content file, and what it asks staff to fill in. */

export const scaffoldKindLabels = {
  document: 'เอกสารเผยแพร่ (แผน รายงาน ประกาศ สรุปผล)',
  measure: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  declaration: 'ประกาศเจตนารมณ์ / นโยบาย No Gift Policy',
  news: 'ข่าวประชาสัมพันธ์',
  qa: 'ถาม-ตอบ (Q&A)',
};

export const documentScaffold = {
  title: 'ชื่อเอกสาร (แก้ไข)',
  typesHint: 'ประเภทเอกสารที่ใช้ได้ (document types):',
  publishedHint: 'วันที่เผยแพร่ ใช้ปี พ.ศ. (ปปปป-ดด-วว)',
  periodHint: 'รอบรายงาน (ถ้ามี): 6-month หรือ 12-month; รายงานรายเดือนใส่ month: ปปปป-ดด',
  summary: 'สรุปสั้น ๆ หนึ่งถึงสองประโยค (แก้ไข)',
  attachmentsHint: 'ไฟล์แนบ: วางไฟล์ไว้ในโฟลเดอร์เดียวกับไฟล์นี้ ชื่อไฟล์ใช้ a-z 0-9 - เท่านั้น',
  attachmentFile: 'ชื่อไฟล์.pdf',
  attachmentTitle: 'ชื่อที่แสดงให้ประชาชนเห็น',
  body: 'เนื้อหาของเอกสาร (ไม่บังคับ)',
  fillIn: ['title: ชื่อเอกสาร', 'summary: สรุปสั้น ๆ', 'attachments: ไฟล์ PDF ของเอกสาร (วางไว้ในโฟลเดอร์เดียวกัน)', 'period: รอบรายงานหรือเดือน ถ้าเป็นรายงานตามรอบ'],
};

export const measureScaffold = {
  title: 'ชื่อมาตรการ (แก้ไข)',
  stageHint: 'recommended = เสนอจากการวิเคราะห์ผล ITA; implemented = ดำเนินการแล้ว',
  categoryHint: 'หมวด: anti-bribery, conflict-of-interest, procurement-transparency, discretion-oversight, public-disclosure, no-gift, other',
  step: 'ขั้นตอนที่ 1 (แก้ไข)',
  responsibleUnit: 'สำนักปลัด (แก้ไข)',
  periodHint: 'ระยะเวลา เช่น "ต.ค.66-ก.ย.67"',
  /** The fiscal year as reports write it, from the two-digit years of its October and September. */
  period: (octoberYear: string, septemberYear: string) => `ต.ค.${octoberYear}-ก.ย.${septemberYear}`,
  fillIn: ['title: ชื่อมาตรการ', 'steps: ขั้นตอนการดำเนินการ', 'responsibleUnit: หน่วยงานที่รับผิดชอบ', 'rounds: ผลการดำเนินการเมื่อครบรอบ (result, date)'],
};

export const declarationScaffold = {
  title: (fiscalYear: number) => `ประกาศเจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปี ${fiscalYear}`,
  kindHint: 'no-gift-policy หรือ integrity-intent',
  position: 'ตำแหน่งผู้บริหาร (แก้ไข)',
  signedHint: 'ไฟล์ฉบับลงนาม (วางไว้ในโฟลเดอร์เดียวกัน)',
  signedTitle: 'ประกาศฉบับลงนาม',
  body: 'ข้อความประกาศ (แก้ไข)',
  fillIn: ['declaredBy.position: ตำแหน่งผู้ประกาศ', 'signed: ไฟล์ฉบับลงนาม', 'ข้อความประกาศใต้เส้น ---'],
};

export const newsScaffold = {
  title: 'หัวข้อข่าว (แก้ไข)',
  summary: 'สรุปข่าวหนึ่งประโยค (แก้ไข)',
  body: 'เนื้อหาข่าว (แก้ไข)',
  fillIn: ['title: หัวข้อข่าว', 'summary: สรุปข่าว', 'เนื้อหาข่าวใต้เส้น ---'],
};

export const qaScaffold = {
  question: 'คำถาม (แก้ไข)',
  answer: 'คำตอบ (แก้ไข)',
  fillIn: ['question: คำถาม', 'คำตอบใต้เส้น ---'],
};
