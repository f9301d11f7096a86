/** What `npm run ocr`, the document page's text version of a scan and the build's scan notes say: Thai first. */

export const ocrWords = {
  engine: (name: string, workers: number) => `อ่านข้อความจากภาพสแกนด้วย ${name}, ${workers} งานพร้อมกัน (OCR engine, ${workers} at once)`,
  nothingToDo: (upToDate: number) => `ไม่มีภาพสแกนที่ต้องอ่าน (ภาพสแกนที่อ่านแล้ว ${upToDate} ไฟล์) — nothing to read`,
  pending: (files: number, pages: number) => `ต้องอ่าน ${files} ไฟล์ ${pages} หน้า (${files} files, ${pages} pages to read)`,
  unit: 'หน้า',
  read: (file: string, pages: number) => `✓ ${file}: อ่านแล้ว ${pages} หน้า เขียนข้อความไว้ที่ ${file}.ocr.txt`,
  unreadable: (file: string, detail: string) => `⚠ ${file}: อ่านไม่ได้ (${detail}) — not read`,
  summary: ({ read, pages, upToDate, seconds }: { read: number; pages: number; upToDate: number; seconds: string }) =>
    `อ่านแล้ว ${read} ไฟล์ ${pages} หน้า ใน ${seconds} วินาที, อ่านไว้ก่อนแล้ว ${upToDate} ไฟล์ — ตรวจข้อความในไฟล์ .ocr.txt แล้ว commit พร้อมเนื้อหา (read ${read} files, ${pages} pages)`,
  interrupted: 'หยุดแล้ว: ไฟล์ที่อ่านเสร็จถูกบันทึกไว้แล้ว สั่ง npm run ocr อีกครั้งเพื่ออ่านต่อ (stopped; what was read is kept, run again to continue)',
  leftovers: (count: number) => `ลบไฟล์ที่เขียนค้างไว้จากการสั่งครั้งก่อนที่ถูกหยุดกลางคัน ${count} ไฟล์ (removed ${count} half-written files left by a stopped run)`,
  noNative: 'ไม่พบ tesseract ของระบบ (apt-get install tesseract-ocr tesseract-ocr-tha) — ใช้ --engine wasm หรือไม่ระบุ --engine',
};

/** The citizens' document page: the text version of a scan. */
export const scanTextUi = {
  /** Also the marker the search page looks for to say a result was found in scanned text: keep both in step */
  heading: 'ข้อความจากเอกสารสแกน (เครื่องอ่าน)',
  summary: (title: string) => `ข้อความของ “${title}” ที่เครื่องอ่านจากภาพสแกน`,
  note: 'ข้อความนี้อ่านด้วยเครื่อง (OCR) จากภาพสแกน อาจคลาดเคลื่อน โดยเฉพาะตัวเลขและวันที่ ให้ยึดเอกสารต้นฉบับเป็นหลัก',
  page: (page: number) => `หน้า ${page}`,
  empty: '(ไม่พบข้อความในหน้านี้)',
  pageCount: 'จำนวนหน้า',
  pages: (count: number) => `${count} หน้า`,
  end: 'สิ้นสุดข้อความที่เครื่องอ่าน',
  /** Below a long scan's first pages */
  shownPart: (lastShown: number, read: number) => `แสดงข้อความหน้า 1–${lastShown} จากที่อ่านได้ ${read} หน้า`,
  wholeText: (size: string) => `ข้อความทั้งหมด (ไฟล์ข้อความ ${size})`,
  /** First line of the published whole text */
  fileHeading: (title: string, pages: number) => `ข้อความที่เครื่องอ่าน (OCR) จากภาพสแกนของ “${title}” (${pages} หน้า)`,
  /** Beside a search result found in such text */
  searchLabel: 'พบในข้อความที่เครื่องอ่านจากภาพสแกน อาจคลาดเคลื่อน',
};

/** The header of a scan's machine-read text file (`<file>.ocr.txt`) and the line that starts each page in it. */
export const scanTextFileWords = {
  headerTh: (name: string) => `ข้อความที่เครื่องอ่านจากภาพสแกน (OCR) ของ ${name} — อาจคลาดเคลื่อน เจ้าหน้าที่แก้ไขได้ ตัวเลขและวันที่ต้องตรวจกับต้นฉบับ`,
  /** "--- หน้า N ---": also what the file is read back by */
  pageWord: 'หน้า',
};

/** The progress bar of long commands. */
export const progressWords = {
  seconds: (count: number) => `${count} วินาที`,
  minutes: (count: number) => `${count} นาที`,
  hours: (count: number) => `${count} ชั่วโมง`,
  left: (time: string) => `เหลือประมาณ ${time}`,
};
