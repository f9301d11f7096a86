/** What `npm run import -- files` says: its reasons, its closing table (Thai, with English for the headings). */

export const importWords = {
  usage:
    'ใช้: npm run import -- files <โฟลเดอร์> หรือ npm run import -- procurement <ไฟล์ .csv หรือ .xlsx> (usage: npm run import -- files <folder> | procurement <file>)',
  unknownCommand: (name: string, known: string[]) => `ไม่รู้จักคำสั่งนำเข้า "${name}" — ใช้ได้: ${known.join(', ')} (unknown import command)`,
  noFolder: (folder: string) => `ไม่พบโฟลเดอร์ ${folder} (no such folder)`,
  start: (files: number, folder: string) => `นำเข้าไฟล์จาก ${folder}: พบ ${files} ไฟล์ (importing ${files} files)`,
  unit: 'ไฟล์',
  ocrNote: (engine: string) => `ภาพสแกนอ่านหน้าแรกด้วย ${engine} เพื่อหาชื่อเอกสาร (scans: first page read by OCR for the title)`,
  interrupted: 'หยุดตามที่สั่ง: ไฟล์ที่นำเข้าแล้วอยู่ครบ สั่งคำสั่งเดิมอีกครั้งเพื่อทำต่อ (stopped; run the same command again to continue)',
  // Reasons a file is skipped
  empty: 'ไฟล์ว่างเปล่า',
  tooLarge: (mb: string, limit: number) => `ใหญ่ ${mb} MB เกินกำหนด ${limit} MB — ลดขนาดหรือแยกเป็นหลายไฟล์ก่อน`,
  alreadyImported: (where: string) => `นำเข้าแล้ว (ไฟล์เดียวกันอยู่ที่ ${where})`,
  convertFirst: (format: string) => `ไฟล์ ${format} เปิดบนเว็บไม่ได้ทุกเครื่อง — บันทึกเป็น PDF หรือ JPEG ก่อนแล้วนำเข้าใหม่`,
  damaged: (detail: string) => `ไฟล์เสีย เปิดอ่านไม่ได้ (${detail}) — สแกนหรือส่งออกใหม่`,
  password: 'ตั้งรหัสผ่านไว้ — เอกสารที่เผยแพร่ต้องเปิดได้ทุกคน เอารหัสผ่านออกก่อน',
  failed: (detail: string) => `นำเข้าไม่สำเร็จ: ${detail}`,
  // What needs a person's look
  titleFromName: 'ไม่พบชื่อเรื่องในเนื้อหา ใช้ชื่อไฟล์แทน',
  titleHoldsId: 'บรรทัดแรกของเอกสารมีเลขประจำตัวประชาชน จึงไม่คัดลอกมา ใช้ชื่อไฟล์แทน',
  titleByOcr: 'ชื่อเรื่องอ่านจากภาพสแกนด้วยเครื่อง อาจสะกดผิด',
  noSuchItem: (code: string, year: number | undefined) => `ไม่มีข้อ ${code} ในแบบตรวจ OIT ปี ${year ?? '?'}`,
  typeUnknown: (topic: string | undefined) => (topic ? `ชื่อโฟลเดอร์ "${topic}" ไม่ตรงกับประเภทเอกสารใด` : 'ไม่มีโฟลเดอร์ข้อ O หรือหัวข้อบอกประเภทเอกสาร'),
  typeOneOf: (types: string[]) => `เป็นได้หลายประเภท: ${types.join(', ')}`,
  typeChoices: (types: string[]) => `ประเภทที่เป็นไปได้ (เลือกหนึ่ง): ${types.join(', ')}`,
  dateByOcr: (printed: string) => `วันที่อ่านจากภาพสแกน ("${printed}") เครื่องอ่านเลขไทยผิดบ่อย ต้องพิมพ์จากต้นฉบับ`,
  ocrDateHint: (printed: string) => `เครื่องอ่านวันที่ในภาพสแกนได้ว่า "${printed}" — ตัวเลขอาจผิด ตรวจกับต้นฉบับแล้วพิมพ์เป็น ปปปป-ดด-วว`,
  datePlaceholder: 'วันที่ในเอกสาร ปปปป-ดด-วว',
  noDate: 'ไม่พบวันที่ในเนื้อหา',
  yearsDisagree: (folderYear: number, date: string) => `โฟลเดอร์บอกปี ${folderYear} แต่เอกสารลงวันที่ ${date} จึงใช้ปีงบประมาณตามวันที่`,
  noYear: 'ไม่รู้ปีงบประมาณ (ไม่มีปีในชื่อโฟลเดอร์และไม่พบวันที่) ใส่ปีปัจจุบันไว้ก่อน',
  importedFrom: (source: string) => `นำเข้าจาก ${source} ด้วย npm run import`,
  // The closing table
  importedHeading: (count: number) => `นำเข้าแล้ว ${count} ไฟล์ (imported)`,
  reviewHeading: (count: number) => `ต้องตรวจ ${count} ไฟล์ — แก้ค่าที่มี (แก้ไข) แล้วลบคำนั้นออก; npm run build จะไม่ยอมสร้างจนกว่าจะแก้ (needs review)`,
  skippedHeading: (count: number) => `ข้าม ${count} ไฟล์ (skipped)`,
  columns: { source: 'ไฟล์ต้นฉบับ', entry: 'เอกสารที่สร้าง', field: 'ช่อง', why: 'เหตุผล' },
  fieldNames: { title: 'ชื่อเรื่อง (title)', type: 'ประเภท (type)', published: 'วันที่ (published)', fiscalYear: 'ปีงบประมาณ (fiscalYear)' } as Record<string, string>,
  notReached: (count: number) => `ยังไม่ได้ทำ ${count} ไฟล์ (not reached)`,
  next: 'ต่อไป: npm run ocr (อ่านข้อความภาพสแกนที่เหลือ) แล้ว npm run build',
};
