/** What `npm run verify` prints: what is wrong, on which address, and what staff do about it — in Thai. */
import type { FailureKind } from '../lib/verify/http-fetch.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('th-TH', { maximumFractionDigits: 1 })} MB`;

export const failureWords: Record<FailureKind, (seconds: number) => string> = {
  timeout: (seconds) => `ไม่ตอบภายใน ${seconds} วินาที`,
  refused: () => 'ปฏิเสธการเชื่อมต่อ (เครื่องให้บริการไม่เปิดรับ)',
  dns: () => 'ไม่พบชื่อโดเมนนี้ใน DNS',
  tls: () => 'การเชื่อมต่อ HTTPS ผิดพลาด (ใบรับรองไม่ถูกต้อง)',
  reset: () => 'การเชื่อมต่อถูกตัดกลางคัน',
  'redirect-loop': () => 'เปลี่ยนเส้นทาง (redirect) วนกลับมาที่เดิมไม่รู้จบ',
  'too-many-redirects': () => 'เปลี่ยนเส้นทาง (redirect) ต่อกันมากเกินไป',
  'bad-redirect': () => 'เปลี่ยนเส้นทางไปยังที่อยู่ที่ใช้ไม่ได้',
  other: () => 'ติดต่อไม่สำเร็จ',
};

/** What to do, by who does it. */
export const actionWords = {
  redeploy: 'สร้างเว็บไซต์ใหม่แล้วอัปโหลดทั้งโฟลเดอร์ (npm run build แล้วอัปโหลด dist/ หรือสั่ง deploy ใหม่)',
  restore: 'นำไฟล์ต้นฉบับจากการสร้างเว็บไซต์ (dist/) กลับขึ้นไปแทน หรือ deploy ใหม่ทั้งเว็บไซต์',
  intrusion: 'อาจถูกเจาะระบบ: แจ้งผู้ให้บริการเครื่องเว็บไซต์ (host) และผู้ดูแลระบบทันที เปลี่ยนรหัสผ่านที่ใช้อัปโหลด แล้ว deploy ใหม่ทั้งเว็บไซต์',
  callHost: 'แจ้งผู้ให้บริการเครื่องเว็บไซต์ (host) พร้อมที่อยู่นี้',
  removeExtra: 'ลบหน้านี้ออกจากเครื่องเว็บไซต์ และตรวจว่าใครเพิ่มไว้ (ระบบไม่ได้สร้าง) — ถ้าไม่มีใครในหน่วยงานทำ แจ้งผู้ให้บริการ host',
  itas: 'ผู้ประเมินจะเปิดไม่ได้และอาจให้คะแนนข้อนี้เป็น "ไม่มี": แก้ให้เสร็จก่อนวันประเมิน (deploy ใหม่ หรือแจ้ง host)',
  certificate: 'ต่ออายุใบรับรอง HTTPS (แจ้งผู้ให้บริการ host หรือผู้ดูแลโดเมน)',
  pull: 'ดึงคลังข้อมูลล่าสุด (git pull) แล้วสั่งตรวจใหม่',
  checkNetwork: 'ตรวจว่าเครื่องนี้ออกอินเทอร์เน็ตได้ แล้วแจ้งผู้ให้บริการ host ว่าเว็บไซต์เข้าไม่ได้',
  domain: 'ตรวจว่าชื่อโดเมนยังไม่หมดอายุและตั้ง DNS ถูกต้อง (แจ้งผู้ดูแลโดเมน เช่น ผู้จดทะเบียน .go.th ของหน่วยงาน)',
};

export const verifyWords = {
  /** A date and time as Intl writes it, with the word for o'clock */
  clock: (dateTime: string) => `${dateTime} น.`,
  heading: ({ url, when }: { url: string; when: string }) => `ตรวจเว็บไซต์ที่ออนไลน์ ${url} เทียบกับเว็บไซต์ที่สร้างจากคลังข้อมูลปัจจุบัน — ${when}`,
  builtFrom: ({ version, asOf }: { version?: string; asOf: string }) => `ฉบับที่ใช้เทียบ: ข้อมูลรุ่น ${version ?? 'ไม่ทราบ (ไม่มี git)'} · สถานะ OIT ณ ${asOf}`,
  deployedBuild: ({ version, asOf }: { version?: string; asOf: string }) => `ฉบับที่ออนไลน์: ข้อมูลรุ่น ${version ?? 'ไม่ทราบ'} · สถานะ OIT ณ ${asOf}`,
  counts: ({ files, identical, itasYear, itasUrls, itasOk }: { files: number; identical: number; itasYear?: number; itasUrls: number; itasOk: number }) =>
    `ไฟล์ที่ตรวจ ${files.toLocaleString('th-TH')} ไฟล์ ตรงกันทุกไบต์ ${identical.toLocaleString('th-TH')} ไฟล์` +
    (itasYear ? ` · URL ในตาราง ITAS ปี ${itasYear}: ใช้ได้ ${itasOk}/${itasUrls}` : ''),
  allGood: 'ผ่านทุกข้อ: ทุกไฟล์บนเว็บไซต์ตรงกับที่ระบบสร้าง ทุก URL ของ ITAS เปิดได้และแสดงหลักฐาน',
  problems: (count: number) => `พบปัญหา ${count} รายการ`,
  notes: (count: number) => `ข้อสังเกต ${count} รายการ (ไม่นับเป็นปัญหา)`,
  more: (count: number) => `… และอีก ${count.toLocaleString('th-TH')} รายการของเรื่องเดียวกัน (ดูทั้งหมดด้วย --json)`,
  todo: 'สิ่งที่ต้องทำ',

  unreachable: ({ url, reason }: { url: string; reason: string }) => `เข้าเว็บไซต์ ${url} ไม่ได้: ${reason}`,
  stale: ({ deployed, built, olderPages }: { deployed: string; built: string; olderPages: number }) =>
    `เว็บไซต์ที่ออนไลน์เป็นฉบับเก่า: สร้างจากข้อมูลรุ่น ${deployed} แต่คลังข้อมูลตอนนี้เป็นรุ่น ${built} (หน้าที่ยังเป็นฉบับเก่า ${olderPages.toLocaleString('th-TH')} หน้า)`,
  staleCommits: (commits: string) => `  รุ่นที่ออนไลน์ตรงกับ commit: ${commits}`,
  noMarker: ({ url, olderPages }: { url: string; olderPages: number }) =>
    `เว็บไซต์ที่ออนไลน์ไม่มีเครื่องหมายรุ่น (หน้าแรก ${url}): สร้างด้วย Prongsai รุ่นก่อนมีคำสั่งนี้ หรือถูกแทนที่ทั้งหน้า — หน้าที่ต่างจากฉบับปัจจุบัน ${olderPages.toLocaleString('th-TH')} หน้า`,
  sourceBehind: ({ deployed, built }: { deployed: string; built: string }) =>
    `เว็บไซต์ที่ออนไลน์สร้างจากข้อมูลรุ่นที่ใหม่กว่าคลังในเครื่องนี้ (ออนไลน์: ${deployed}, ในเครื่อง: ${built}) จึงเทียบไม่ได้`,
  changedPage: ({ url }: { url: string }) => `หน้าเว็บถูกแก้ไข ไม่ตรงกับที่ระบบสร้าง: ${url}`,
  changedFile: ({ url }: { url: string }) => `ไฟล์ถูกแทนที่ ไม่ตรงกับที่ระบบสร้าง (SHA-256 ต่างกัน): ${url}`,
  injectedLink: ({ url, element, hidden, external }: { url: string; element: string; hidden: boolean; external: boolean }) =>
    `มี${element === 'a' ? 'ลิงก์' : element === 'script' ? 'สคริปต์' : element === 'iframe' ? 'กรอบฝังหน้าอื่น (iframe)' : `<${element}>`}ที่ระบบไม่ได้สร้าง: ${url}${external ? ' (ไปยังเว็บไซต์ภายนอกที่ระบบไม่เคยลิงก์)' : ''}${hidden ? ' — ซ่อนไม่ให้ผู้อ่านเห็น' : ''}`,
  injectedScript: ({ text, hidden }: { text: string; hidden: boolean }) => `มีสคริปต์ในหน้าที่ระบบไม่ได้สร้าง: ${text}${hidden ? ' — ซ่อนไม่ให้ผู้อ่านเห็น' : ''}`,
  firstDifference: (line: number) => `บรรทัดแรกที่ต่าง (นับหนึ่งบรรทัดต่อแท็ก, บรรทัดที่ ${line}):`,
  builtLine: 'ระบบสร้าง:',
  deployedLine: 'บนเว็บไซต์:',
  olderPage: ({ url, version }: { url: string; version: string }) => `หน้านี้ยังเป็นฉบับเก่า (ข้อมูลรุ่น ${version}) ขณะที่หน้าอื่นเป็นฉบับปัจจุบัน — อัปโหลดไม่ครบ: ${url}`,
  injectedInOlder: ({ url }: { url: string }) => `หน้าฉบับเก่านี้มีสิ่งที่ระบบไม่เคยสร้าง: ${url}`,
  missing: ({ url, status }: { url: string; status: number }) => `ไม่พบไฟล์บนเว็บไซต์ (ตอบ ${status}): ${url}`,
  serverError: ({ url, status }: { url: string; status: number }) => `เครื่องเว็บไซต์ตอบผิดพลาด (${status}): ${url}`,
  unexpectedStatus: ({ url, status }: { url: string; status: number }) => `เครื่องเว็บไซต์ตอบรหัส ${status} แทนที่จะส่งไฟล์: ${url}`,
  noAnswer: ({ url, reason }: { url: string; reason: string }) => `เปิดไม่ได้ (${reason}): ${url}`,
  tooLarge: ({ url, limit, expected }: { url: string; limit: number; expected: number }) =>
    `ไฟล์บนเว็บไซต์ใหญ่กว่าที่ระบบสร้าง (${mb(expected)}) มาก จึงหยุดอ่านที่ ${mb(limit)} — ถูกแทนที่: ${url}`,
  wrongType: ({ url, expected, actual }: { url: string; expected: string; actual: string }) =>
    `เครื่องเว็บไซต์ส่งชนิดไฟล์ผิด (${actual} แทน ${expected}) เบราว์เซอร์อาจเปิดไม่ถูก: ${url}`,
  extraPage: ({ url, status, from }: { url: string; status: number; from: string }) =>
    `${status === 200 ? 'มีหน้าที่ระบบไม่ได้สร้างอยู่บนเว็บไซต์' : `มีลิงก์ไปยังหน้าที่ระบบไม่ได้สร้าง (ตอบ ${status || 'ไม่ได้'})`}: ${url} — ลิงก์จาก ${from}`,
  robotsSkipped: ({ url, from }: { url: string; from: string }) => `ไม่ได้เปิดหน้าที่ระบบไม่ได้สร้าง ${url} (robots.txt ไม่อนุญาต) — ลิงก์จาก ${from}`,
  itasBroken: ({ code, url, why }: { code: string; url: string; why: string }) => `URL ของข้อ ${code} ในตาราง ITAS เปิดไม่ได้ (${why}): ${url}`,
  itasNoEvidence: ({ code, url, missing }: { code: string; url: string; missing: string }) => `หน้าของข้อ ${code} (${url}) ไม่มีลิงก์ไปยังหลักฐาน: ${missing}`,
  certificateExpiring: ({ host, date, days }: { host: string; date: string; days: number }) =>
    days < 0 ? `ใบรับรอง HTTPS ของ ${host} หมดอายุแล้วเมื่อ ${date}` : `ใบรับรอง HTTPS ของ ${host} จะหมดอายุใน ${days} วัน (${date})`,
  certificateUntrusted: ({ host, problem }: { host: string; problem: string }) => `ใบรับรอง HTTPS ของ ${host} ใช้ไม่ได้ (${problem}) เบราว์เซอร์จะเตือนว่าไม่ปลอดภัย`,
  httpsUnreachable: ({ host, detail }: { host: string; detail: string }) => `ต่อ HTTPS กับ ${host} ไม่ได้: ${detail}`,
  httpNotRedirected: ({ url, why }: { url: string; why: string }) => `${url} ไม่เปลี่ยนไปยัง https:// (${why}) ผู้ที่พิมพ์ที่อยู่โดยไม่มี https จะไม่ได้ใช้การเชื่อมต่อที่ปลอดภัย`,
  httpActions: 'ให้ผู้ให้บริการ host ตั้งค่าให้ http:// เปลี่ยนเส้นทาง (301) ไปยัง https://',
  bareDomain: ({ url, why }: { url: string; why: string }) => `ที่อยู่แบบไม่มี www (${url}) ไม่พาไปยังเว็บไซต์ (${why})`,
  bareDomainAction: 'ให้ผู้ดูแลโดเมนตั้ง DNS และให้ host เปลี่ยนเส้นทางที่อยู่นี้ไปยังเว็บไซต์',
  slow: ({ url, seconds }: { url: string; seconds: string }) => `ตอบช้า (${seconds} วินาที): ${url}`,
  status: (status: number) => `ตอบ ${status}`,
  dirtyTree: 'หมายเหตุ: มีไฟล์ที่ยังไม่ commit — เทียบกับเว็บไซต์ที่สร้างจากไฟล์ในเครื่องนี้ตามที่เป็นอยู่',

  summaryGood: ({ host, files, itas }: { host: string; files: number; itas: string }) =>
    `✓ ${host}: ตรงกับที่ระบบสร้างทุกไฟล์ (${files.toLocaleString('th-TH')} ไฟล์${itas})`,
  summaryBad: ({ host, parts }: { host: string; parts: string }) => `✗ ${host}: ${parts} — ดูรายละเอียด: npm run verify`,
  summaryUnreachable: ({ host, reason }: { host: string; reason: string }) => `⚠ ${host}: เข้าเว็บไซต์ไม่ได้ (${reason})`,
  summaryItas: (ok: number, total: number) => `, ITAS ${ok}/${total} URL ใช้ได้`,

  // Setting up the comparison.
  building: ({ asOf }: { asOf: string }) => `สร้างเว็บไซต์จากคลังข้อมูลปัจจุบันเพื่อใช้เทียบ (สถานะ OIT ณ ${asOf}) …`,
  reusingBuild: 'ใช้เว็บไซต์ที่สร้างไว้แล้วสำหรับการเทียบ (คลังข้อมูลไม่เปลี่ยนตั้งแต่สร้าง)',
  buildFailed: 'สร้างเว็บไซต์เพื่อใช้เทียบไม่สำเร็จ (ดูข้อความข้างบน) แก้ข้อมูลแล้วสั่งใหม่',
  distNotCurrent: ({ dir, built, current }: { dir: string; built: string; current: string }) =>
    `โฟลเดอร์ ${dir}/ ไม่ได้สร้างจากคลังข้อมูลรุ่นปัจจุบัน (สร้างจากรุ่น ${built}, ปัจจุบัน ${current}) จึงใช้เทียบไม่ได้: สั่ง npm run build ใหม่ หรือไม่ต้องระบุ --dist`,
  distDirty: ({ dir }: { dir: string }) => `มีไฟล์ที่ยังไม่ commit จึงยืนยันไม่ได้ว่า ${dir}/ ตรงกับคลังข้อมูล: commit ก่อน หรือไม่ต้องระบุ --dist`,
  distMissing: ({ dir }: { dir: string }) => `ไม่พบเว็บไซต์ที่สร้างไว้ใน ${dir}/ (ไม่มี index.html)`,
  noSiteUrl: 'ไม่ทราบที่อยู่เว็บไซต์: ระบุเป็นอาร์กิวเมนต์ (npm run verify -- https://www.example.go.th) หรือตั้ง siteUrl ใน content/site.yaml',
  badUrl: (url: string) => `ที่อยู่ "${url}" ไม่ถูกต้อง ใช้รูปแบบ https://www.example.go.th`,
  usage: '[URL] --json --summary --since-deploy --wait วินาที --dist DIR --year ปี --content DIR --timeout วินาที --retries N --concurrency N --slow-seconds วินาที',
  badNumber: (option: string, value: string, minimum: number) => `ตัวเลือก --${option} ต้องเป็นตัวเลขตั้งแต่ ${minimum} ขึ้นไป (ได้ "${value}")`,
  waiting: ({ seconds }: { seconds: number }) => `เว็บไซต์ยังเป็นฉบับเก่า รอให้การอัปโหลดเผยแพร่ (ลองใหม่ใน ${seconds} วินาที) …`,
  progress: ({ done, total }: { done: number; total: number }) => `ตรวจแล้ว ${done.toLocaleString('th-TH')}/${total.toLocaleString('th-TH')} ไฟล์`,
};

/** Short names of the kinds of problem, for the one-line summary. */
export const summaryKindWords: Record<string, string> = {
  stale: 'เป็นฉบับเก่า',
  'no-marker': 'เป็นฉบับเก่า (ไม่มีเครื่องหมายรุ่น)',
  'source-behind': 'คลังในเครื่องเก่ากว่าเว็บไซต์',
  injected: 'มีสิ่งแปลกปลอม',
  changed: 'ถูกแก้ไข',
  'older-page': 'หน้าฉบับเก่า',
  missing: 'ไฟล์หาย',
  'extra-page': 'หน้าแปลกปลอม',
  'server-error': 'เครื่องตอบผิดพลาด',
  'unexpected-status': 'ตอบผิดรหัส',
  'no-answer': 'เปิดไม่ได้',
  'too-large': 'ไฟล์ใหญ่ผิดปกติ',
  'wrong-type': 'ชนิดไฟล์ผิด',
  'itas-broken': 'URL ITAS เสีย',
  'itas-no-evidence': 'ITAS ไม่มีหลักฐาน',
  'certificate-expiring': 'ใบรับรองใกล้หมดอายุ',
  'certificate-untrusted': 'ใบรับรองใช้ไม่ได้',
  'https-unreachable': 'HTTPS ใช้ไม่ได้',
  'http-not-redirected': 'http ไม่เปลี่ยนเป็น https',
  'bare-domain': 'โดเมนไม่มี www ใช้ไม่ได้',
};
