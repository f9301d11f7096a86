/** The Thai placeholders and hints `npm run new` writes into a new content file, and what it asks staff to fill in. */

/** Every placeholder `npm run new` writes carries this mark, and the build refuses any value or body that still has it. */
export const placeholderMark = '(แก้ไข)';

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
  periodHint: 'รอบรายงาน: round: 3-month, 6-month, 9-month หรือ 12-month หรือ quarter: 1–4; สรุปรายเดือนใส่ month: ปปปป-ดด',
  postedHint: 'วันที่นำขึ้นเว็บไซต์ ถ้าช้ากว่าวันที่ในเอกสาร (ไม่บังคับ)',
  lastFiscalYearHint: 'แผนหลายปี: ปีงบประมาณสุดท้ายที่แผนครอบคลุม',
  summary: 'สรุปสั้น ๆ หนึ่งถึงสองประโยค (แก้ไข)',
  attachmentsHint: 'ไฟล์แนบ: วางไฟล์ไว้ในโฟลเดอร์เดียวกับไฟล์นี้ ชื่อไฟล์ใช้ a-z 0-9 - เท่านั้น',
  attachmentFile: 'ชื่อไฟล์.pdf',
  attachmentTitle: 'ชื่อที่แสดงให้ประชาชนเห็น',
  body: 'เนื้อหาของเอกสาร หรือลบบรรทัดนี้ถ้าไม่มี (แก้ไข)',
  /** What is left to fill, each listed only when it is: a title or attachment given, or a period the type does not need, is not. */
  fillIn: {
    title: 'title: ชื่อเอกสาร',
    summary: 'summary: สรุปสั้น ๆ',
    attachments: 'attachments: ไฟล์ PDF ของเอกสาร (วางไว้ในโฟลเดอร์เดียวกัน)',
    round: 'period: รอบรายงาน (round: 6-month, 12-month …) หรือไตรมาส (quarter: 1–4) — ลบเครื่องหมาย # หน้าบรรทัด period',
    month: 'period: เดือนที่สรุป (month: ปปปป-ดด) — ลบเครื่องหมาย # หน้าบรรทัด period',
    body: 'เนื้อหาใต้เส้น --- หรือลบบรรทัดตัวอย่างนั้นออก',
  },
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

/** What `npm run new` says and asks in the terminal. */
export const newCommandWords = {
  cannotReadTypes: (contentDir: string) => `✗ อ่าน ${contentDir}/document-types.yaml ไม่ได้ — แก้ไฟล์นั้นก่อน (npm run check จะบอกว่าผิดตรงไหน)`,
  notInTerminal: '✗ ไม่ได้ระบุชนิด และไม่ได้รันในเทอร์มินัล: ใช้ npm run new -- <ชนิด> เช่น npm run new -- document procurement-plan',
  whatToAdd: 'ต้องการเพิ่มอะไร?',
  whichType: 'ประเภทเอกสาร:',
  pickNumber: 'เลือกหมายเลข: ',
  pickRange: (count: number) => `กรุณาพิมพ์ตัวเลข 1–${count}`,
  unknownKind: (kind: string, kinds: readonly string[]) => `✗ ไม่รู้จักชนิด "${kind}" ใช้ได้: ${kinds.join(', ')}`,
  unknownType: (type: string, list: string) => `✗ ไม่รู้จักประเภทเอกสาร "${type}" — ประเภททั้งหมด:\n${list}`,
  usage: (kinds: readonly string[]) =>
    `[${kinds.join('|')}] [ประเภทเอกสาร] --title "…" --fiscal-year 2567 --last-fiscal-year 2570 --date 2567-01-15 --round 6-month --quarter 2 --month 2567-01 --attach ไฟล์.pdf --content DIR`,
  badDate: (value: string) => `✗ วันที่ "${value}" ไม่ถูกต้อง ใช้รูปแบบ 2567-01-15`,
  badYear: (value: string) => `✗ ปีงบประมาณ "${value}" ไม่ถูกต้อง ใช้ปี พ.ศ. เช่น 2567`,
  missingFile: (file: string) => `✗ ไม่พบไฟล์แนบ ${file}`,
  askTitle: 'ชื่อเอกสาร (Enter = เว้นไว้กรอกทีหลัง): ',
  askDate: (today: string) => `วันที่ในเอกสาร ปปปป-ดด-วว (Enter = วันนี้ ${today}): `,
  askFiscalYear: (fiscalYear: number) => `ปีงบประมาณ พ.ศ. (Enter = ${fiscalYear}): `,
  askAttachment: 'ไฟล์แนบ เช่น ~/Downloads/แผน.pdf (Enter = ไม่มี): ',
  attachmentTitle: (typeLabel: string) => `${typeLabel} (PDF)`,
  copied: (from: string, to: string) => `✓ คัดลอกไฟล์แนบ ${from} → ${to}`,
  created: (file: string) => `✓ สร้างไฟล์ ${file}`,
  fillIn: 'กรอกต่อ (ข้อความที่มี (แก้ไข) ต้องแก้ก่อน ไม่เช่นนั้น npm run build จะไม่เผยแพร่):',
  next: 'แล้วตรวจด้วย npm run check และสร้างเว็บไซต์ด้วย npm run build',
};
