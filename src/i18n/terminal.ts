/** What the build, `npm run check` and the content validator print in the terminal: Thai first, English beside it. */

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The frame around each content problem (the problems' own words are in problems.ts). */
export const problemListWords = {
  error: '✗ ผิดพลาด',
  warning: '! คำเตือน',
  line: (line: number) => ({ th: `บรรทัด ${line}`, en: `line ${line}` }),
  field: (field: string) => ({ th: `ช่อง ${field}`, en: `field ${field}` }),
  fixTh: 'วิธีแก้',
  fixEn: 'fix',
  warningsHeading: (count: number, files: number) =>
    `── คำเตือน ${count} รายการ ใน ${files} ไฟล์ (ไม่หยุดการสร้างเว็บไซต์) · ${plural(count, 'warning')} in ${plural(files, 'file')} (the build goes on) ──`,
  notedSummary: (file: string, count: number) =>
    `ℹ ${file}: ข้อมูลที่ขัดกันเองในรายงานต้นฉบับ ${count} จุด เว็บไซต์แสดงตามต้นฉบับพร้อมหมายเหตุแล้ว ไม่ต้องแก้ไข (ดูทีละจุด: npm run check) · ${count} known inconsistencies in the source report, shown with a note; nothing to fix`,
  summary: ({ errors, warnings, files, noted }: { errors: number; warnings: number; files: number; noted: number }) =>
    `ผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ ใน ${files} ไฟล์${noted > 0 ? ` และข้อสังเกตที่เว็บไซต์แสดงพร้อมหมายเหตุแล้ว ${noted} จุด` : ''} (${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}${noted > 0 ? `; ${noted} known note${noted === 1 ? '' : 's'}` : ''})`,
};

/** `npm run check`'s table of OIT items and the one line the build prints from it. */
export const checkReportWords = {
  heading: ({ year, date, partial }: { year: number; date: string; partial: boolean }) =>
    `ตรวจความพร้อมแบบ OIT ปี ${year} ณ วันที่ ${date}${partial ? ' (รายการข้อของปีนี้ยังไม่ยืนยันครบถ้วน)' : ''}`,
  columns: { code: 'ข้อ', status: 'สถานะ', title: 'รายการ' },
  evidence: 'หลักฐาน',
  outOfPeriod: 'นอกรอบเวลา',
  missingCriterion: 'ขาด',
  missingMonths: 'เดือนที่ยังไม่มีสรุป',
  lateMonths: 'เดือนที่นำขึ้นเว็บไซต์ช้า',
  notYetOnline: 'ยังไม่ขึ้นเว็บไซต์ ณ วันนั้น',
  postedAfterYear: 'นำขึ้นหลังสิ้นปีงบประมาณ ไม่ทันการประเมินปีนี้',
  postedOn: 'นำขึ้นเมื่อ',
  fix: '→ วิธีแก้',
  summaryTh: ({ ok, total, incomplete, outOfPeriod, missing }: CheckCounts) =>
    `สรุป: ครบ ${ok} จาก ${total} ข้อ · ไม่ครบถ้วน ${incomplete} · ไม่อยู่ในรอบเวลา ${outOfPeriod} · ยังไม่เผยแพร่ ${missing}`,
  summaryEn: ({ ok, total, incomplete, outOfPeriod, missing }: CheckCounts) =>
    `Summary: ${ok} of ${total} items ok · ${incomplete} incomplete · ${outOfPeriod} out of period · ${missing} missing`,
  buildLine: ({ year, ok, total }: { year: number; ok: number; total: number }) =>
    `OIT ${year}: ครบ ${ok}/${total} ข้อ, ยังขาด ${total - ok} ข้อ — ดูรายละเอียด: npm run check -- --year ${year}`,
};

type CheckCounts = Record<'total' | 'ok' | 'incomplete' | 'outOfPeriod' | 'missing', number>;

/** The search index step of `npm run build`. */
export const searchIndexWords = {
  noTextLayer: ({ path, pages }: { path: string; pages: number | undefined }) =>
    `⚠ ค้นหาข้อความในไฟล์ ${path} ไม่ได้: ไฟล์ ${pages} หน้าไม่มีชั้นข้อความ (น่าจะเป็นภาพสแกน) ทำ OCR แล้วแนบใหม่เพื่อให้ค้นหาได้ — not searchable: the PDF has no text layer (a scan?)`,
  unreadable: ({ path, reason }: { path: string; reason: string | undefined }) =>
    `⚠ อ่านไฟล์ ${path} ไม่ได้ จึงไม่ได้นำข้อความเข้าดัชนีค้นหา: ${reason} — could not read the PDF; its text is not searchable`,
  missing: ({ path }: { path: string }) => `⚠ ไม่พบไฟล์แนบ ${path} ในเว็บไซต์ที่สร้าง จึงค้นหาข้อความในไฟล์ไม่ได้ — attachment not found in the built site`,
  built: ({ pages, searchable, pdfs, size, seconds }: { pages: number; searchable: number; pdfs: number; size: string; seconds: string }) =>
    `✓ สร้างดัชนีค้นหาแล้ว: ${pages} หน้า, PDF ที่ค้นข้อความได้ ${searchable}/${pdfs} ไฟล์, ${size}, ${seconds} วินาที (search index: ${pages} pages, ${searchable}/${pdfs} PDFs searchable)`,
  failed: ({ step, detail }: { step?: string; detail: string }) => `สร้างดัชนีค้นหาไม่สำเร็จ${step ? ` (${step})` : ''}: ${detail} — search index failed`,
  wrongPagefind: ({ installed, expected }: { installed: string; expected: string }) =>
    `สร้างดัชนีค้นหาไม่สำเร็จ: ติดตั้ง Pagefind รุ่น ${installed} ไว้ แต่ Prongsai เขียนดัชนีค้นหาในรูปแบบของ Pagefind รุ่น ${expected} เท่านั้น ` +
    `ให้ติดตั้งรุ่น ${expected} ใหม่ด้วยคำสั่ง npm ci (ถ้าตั้งใจเปลี่ยนรุ่น ต้องแก้ src/lib/search/pagefind-records.ts ให้ตรงกับรุ่นใหม่ก่อน ดู docs/search-index.md) ` +
    `— search index failed: Pagefind ${installed} is installed, the index format is Pagefind ${expected}'s`,
};

/** Said after every failed build, whichever step failed. */
/** The last line of a failed build: which output folder was kept exactly as it was (or that none was written). */
export const outputUntouched = (folder: string, existed: boolean) =>
  existed ? `โฟลเดอร์ ${folder}/ เดิมยังอยู่ครบ ไม่ถูกแก้ไข (the previous ${folder}/ is untouched)` : `ไม่ได้สร้างโฟลเดอร์ ${folder}/ (no ${folder}/ was written)`;

/** What `npm run dev` shows in the browser while content is invalid. */
export const devProblemWords = {
  title: 'ข้อมูลยังไม่ถูกต้อง (content is invalid)',
  heading: (contentDir: string) => `ข้อมูลใน ${contentDir}/ ยังไม่ถูกต้อง`,
  notFoundWhileInvalid: 'ข้อมูลยังไม่ถูกต้อง เปิดหน้าเว็บไซต์เพื่อดูรายการที่ต้องแก้ (content is invalid; open a page to see what to fix)',
  intro: 'แก้ไฟล์ตามรายการด้านล่างแล้วบันทึก หน้านี้จะโหลดใหม่เอง (fix the files below and save; this page reloads by itself).',
  error: (contentDir: string, problems: string) =>
    `ข้อมูลใน ${contentDir}/ ไม่ถูกต้อง แก้ตามรายการนี้แล้วบันทึกไฟล์ (content is invalid; fix these and save):\n\n${problems}`,
};

/** `npm run build --as-of` given something other than a CE date. */
export const badAsOfDate = (detail: string) =>
  `✗ วันที่ --as-of ต้องเป็น ปปปป-ดด-วว แบบ ค.ศ. เช่น 2024-06-30 (--as-of must be a CE date like 2024-06-30)\n  ${detail}`;

const noWriteAccess = ({ parent }: { parent: string }): readonly [string, string] => [
  `ผู้ใช้ที่สั่งสร้างเว็บไซต์ไม่มีสิทธิ์เขียนในโฟลเดอร์ ${parent} (เว็บไซต์ใหม่ต้องวางข้างโฟลเดอร์เดิมก่อนสลับ) — วิธีแก้: ให้ผู้ดูแลเครื่องให้สิทธิ์เขียนโฟลเดอร์ ${parent} หรือสร้างลงโฟลเดอร์ที่เขียนได้แล้วคัดลอกไปเอง`,
  `the user running the build may not write to ${parent} (the new site is put beside the old one before the swap) — fix: have the administrator grant write access to ${parent}, or build into a folder you can write and copy it yourself`,
];

/** Why the built site could not be put in place, by the system's error code: what staff can do about it. */
const swapFailureReasons: Record<string, (place: { folder: string; parent: string }) => readonly [string, string]> = {
  EACCES: noWriteAccess,
  EPERM: noWriteAccess,
  EROFS: ({ parent }) => [
    `โฟลเดอร์ ${parent} อยู่บนดิสก์ที่อ่านได้อย่างเดียว — วิธีแก้: สร้างลงโฟลเดอร์บนดิสก์ที่เขียนได้`,
    `${parent} is on a read-only disk — fix: build into a folder on a disk you can write to`,
  ],
  ENOSPC: ({ parent }) => [
    `พื้นที่ดิสก์ของ ${parent} ไม่พอ (ระหว่างสลับต้องมีที่สำหรับเว็บไซต์ทั้งเก่าและใหม่) — วิธีแก้: ลบไฟล์ที่ไม่ใช้ออก แล้วสั่งใหม่`,
    `the disk of ${parent} is full (the swap needs room for the old and the new site at once) — fix: free some space and run the build again`,
  ],
  EBUSY: ({ folder }) => [
    `โฟลเดอร์ปลายทางถูกใช้งานอยู่หรือเป็นจุดต่อดิสก์ (mount point) ซึ่งย้ายไม่ได้ — วิธีแก้: สร้างลงโฟลเดอร์ย่อยข้างใน เช่น ${folder}/site/ แล้วให้เว็บเซิร์ฟเวอร์ชี้ไปที่นั่น`,
    `the output folder is in use or is a mount point, which cannot be moved — fix: build into a folder inside it, e.g. ${folder}/site/, and point the web server there`,
  ],
};

/** What the build, check, OCR and screenshot commands say of their own steps (Thai first, English in brackets or below). */
/** A command's options, mistyped or asked for (src/lib/cli/command-options.ts) */
export const commandOptionWords = {
  wrong: (usage: string) => `ตัวเลือกไม่ถูกต้อง ใช้ได้: ${usage}`,
  usage: (usage: string) => `ตัวเลือกที่ใช้ได้ (options): ${usage}`,
  unknown: (option: string) => `ไม่รู้จักตัวเลือก ${option} (unknown option)`,
  missingValue: (option: string) => `ตัวเลือก ${option} ต้องมีค่าตามหลัง (missing value)`,
  noValue: (option: string) => `ตัวเลือก ${option} ไม่รับค่า (takes no value)`,
  stray: (word: string) => `ไม่รู้จักคำว่า "${word}" (unexpected argument)`,
  unreadable: 'อ่านตัวเลือกไม่ได้ (unreadable options)',
};

export const commandWords = {
  contentInvalid: (contentDir: string, summary: string) => `ข้อมูลใน ${contentDir}/ ไม่ถูกต้อง — ${summary}`,
  contentInvalidEn: 'Content is invalid; fix the problems above and run the build again.',
  contentValidated: (summary: string) => `✓ ตรวจข้อมูลแล้ว (content validated): ${summary}`,
  idAllowed: (masked: string, file: string, line: number | undefined, reason: string) =>
    `! อนุญาตเลขประจำตัวประชาชน ${masked} ใน ${file}${line ? ` บรรทัด ${line}` : ''} ตาม privacy-allowlist.yaml: ${reason}`,
  siteFailed: (message: string) => [`สร้างเว็บไซต์ไม่สำเร็จ: ${message}`, `The site build failed: ${message}`] as const,
  swapFailed: (out: string, message: string, code?: string, place = { folder: out, parent: '.' }) => {
    const why = swapFailureReasons[code ?? '']?.(place);
    return why
      ? ([`แทนที่โฟลเดอร์ ${out} ไม่สำเร็จ: ${why[0]} (${message})`, `Could not replace ${out}: ${why[1]} (${message})`] as const)
      : ([`แทนที่โฟลเดอร์ ${out} ไม่สำเร็จ: ${message}`, `Could not replace ${out}: ${message}`] as const);
  },
  siteWritten: (folder: string) => `✓ สร้างเว็บไซต์เสร็จแล้วที่ ${folder}/ (site written to ${folder}/)`,
  checkUsage: '--year ปี --json --strict --as-of วันที่ --content DIR --root DIR',
  checkAsOf: (typed: string) => [`วันที่ --as-of "${typed}" ไม่ถูกต้อง ใช้รูปแบบ 2567-06-30`, `--as-of must be a date like 2567-06-30 or 2024-06-30`] as const,
  checkContentInvalid: (contentDir: string, summary: string) => `✗ ข้อมูลใน ${contentDir}/ ไม่ถูกต้อง — ${summary}`,
  checkNoCatalogue: (year: string, known: string, contentDir: string) =>
    [`ไม่มีเกณฑ์ OIT ของปี ${year} (มี: ${known}) — เพิ่มไฟล์ ${contentDir}/oit/<ปี>.yaml`, `no OIT catalogue for ${year || 'any year'} (have: ${known})`] as const,
  ocrEngine: (typed: string) => `--engine ต้องเป็น auto, native หรือ wasm (got ${typed})`,
  screenshotsNoSite: (dir: string) =>
    `✗ ไม่พบเว็บไซต์ที่สร้างแล้วใน ${dir}/ — สั่ง npm run build ก่อน แล้วจึง npm run screenshots\n` +
    `  No built site in ${dir}/ (no sitemap-index.xml): run npm run build first, then npm run screenshots.`,
  screenshotsWritten: (pages: number, widths: readonly number[], folder: string) =>
    `✓ ภาพหน้าจอ ${pages} หน้า × ${widths.length} ความกว้าง ที่ ${folder}/ (screenshots of ${pages} pages at ${widths.join(' and ')} px)`,
};

/** What the browser tests' Chromium setup prints (scripts/lib/browser.ts), Thai with English. */
export const chromiumWords = {
  howToInstall: [
    'ติดตั้งด้วยคำสั่ง: sudo apt-get update && sudo apt-get install -y chromium-headless-shell (Debian/Ubuntu)',
    'หรือกำหนดตำแหน่งของ Chromium ที่มีอยู่แล้วด้วยตัวแปร CHROMIUM_PATH แล้วรันการทดสอบอีกครั้ง',
    'Install it with: sudo apt-get update && sudo apt-get install -y chromium-headless-shell (Debian/Ubuntu),',
    'or set CHROMIUM_PATH to a Chromium you already have, then run the tests again.',
  ].join('\n'),
  missing: 'ไม่พบเบราว์เซอร์ Chromium ที่การทดสอบ end-to-end ต้องใช้ (Chromium, which the end-to-end tests drive, was not found)',
  lookedIn: (candidates: readonly string[]) => `ตำแหน่งที่ค้นหา (looked in): ${candidates.join(', ')}`,
  noAptGet: 'เครื่องนี้ไม่มี apt-get (no apt-get on this machine)',
  notRoot: 'ติดตั้งเองไม่ได้เพราะไม่ได้รันในสิทธิ์ root (not running as root, so it cannot be installed here)',
  installing: "กำลังติดตั้ง Chromium แบบ headless ของ Debian ด้วย apt-get (installing Debian's chromium-headless-shell with apt-get) …",
  installed: (file: string) => `ติดตั้ง Chromium แล้ว (Chromium installed): ${file}`,
  fallingBack: (file: string, aptOutput: string) =>
    `ติดตั้ง chromium-headless-shell ไม่สำเร็จ ใช้ ${file} แทน (could not install the headless shell; using ${file}, slower):\n${aptOutput}`,
  installFailed: (aptOutput: string) =>
    `apt-get install chromium-headless-shell ไม่สำเร็จ (apt-get install chromium-headless-shell did not succeed):\n${aptOutput}`,
};
