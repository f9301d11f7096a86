/** What `npm run edit` prints about who may reach the editor: refused requests, and the warning of `--host` beyond this computer. */

/** Why a path named in a file-API call is refused (src/lib/editor/api-guard.ts). */
export type PathRefusal = 'not-text' | 'encoded' | 'absolute' | 'traversal' | 'outside' | 'hidden' | 'unsafe-name' | 'extension' | 'link';

/** Why a file-API call is refused. */
export type ApiRefusal =
  | { reason: 'body' }
  | { reason: 'action'; action: string }
  | { reason: 'path'; field: string; value: string; why: PathRefusal }
  | { reason: 'listing-extension'; value: string };

/** Why a request is refused before its content is read (src/lib/editor/request-source.ts). */
export type SourceRefusal =
  { reason: 'host'; value: string } | { reason: 'origin'; value: string } | { reason: 'fetch-site'; value: string } | { reason: 'key' };

const pathReasons: Record<PathRefusal, string> = {
  'not-text': 'ไม่ได้ระบุเป็นข้อความ',
  encoded: 'มีอักขระที่ใช้อำพรางที่อยู่ (%, \\, :, อักขระควบคุม)',
  absolute: 'เป็นที่อยู่เต็มของเครื่อง (ขึ้นต้นด้วย / หรือชื่อไดรฟ์)',
  traversal: 'มี .. หรือ . หรือ // ในที่อยู่',
  outside: 'อยู่นอกโฟลเดอร์ข้อมูล',
  hidden: 'เป็นไฟล์หรือโฟลเดอร์ซ่อน (ชื่อขึ้นต้นด้วยจุด)',
  'unsafe-name': 'ชื่อลงท้ายด้วยจุดหรือช่องว่าง',
  extension: 'ไม่ใช่ไฟล์ข้อมูล (.md, .yaml) หรือไฟล์แนบชนิดที่อนุญาต',
  link: 'ผ่านลิงก์สัญลักษณ์ (symbolic link) ไปยังที่อื่น',
};

export const editorAccessWords = {
  /** One line per refused request, in the terminal where `npm run edit` runs. */
  refused: (
    what: SourceRefusal | ApiRefusal | { reason: 'request'; detail: string },
    request: { method: string; url: string; from: string },
    contentDir: string,
  ): string => {
    const why = ((): string => {
      switch (what.reason) {
        case 'host':
          return `ที่อยู่ที่เรียก (Host "${what.value}") ไม่ใช่ที่อยู่ของหน้าแก้ไขข้อมูลนี้ — อาจเป็นเว็บไซต์อื่นพยายามเข้าถึงเครื่องนี้ (DNS rebinding)`;
        case 'origin':
          return `คำขอมาจากเว็บไซต์อื่น (Origin "${what.value}")`;
        case 'fetch-site':
          return `คำขอมาจากเว็บไซต์อื่น (Sec-Fetch-Site: ${what.value})`;
        case 'key':
          return 'ไม่มีรหัสเข้าใช้ — ต้องเปิดจากลิงก์ที่คำสั่ง npm run edit พิมพ์ไว้';
        case 'request':
          return `ไม่ใช่คำขอแบบที่หน้าแก้ไขข้อมูลส่ง (${what.detail})`;
        case 'body':
          return 'ข้อมูลที่ส่งมาอ่านไม่ได้ ไม่ครบ หรือใหญ่เกินไป';
        case 'action':
          return `คำสั่ง "${what.action}" ไม่อนุญาตในหน้าแก้ไขข้อมูลบนเครื่อง`;
        case 'listing-extension':
          return `ขอรายการไฟล์นามสกุล "${what.value}" ซึ่งไม่ใช่ไฟล์ข้อมูล`;
        case 'path':
          return `ไฟล์ "${what.value}" (ช่อง ${what.field}) ${pathReasons[what.why]} — หน้าแก้ไขข้อมูลอ่านและเขียนได้เฉพาะไฟล์ข้อมูลและไฟล์แนบใน ${contentDir}/`;
      }
    })();
    return `✗ ปฏิเสธคำขอถึงหน้าแก้ไขข้อมูล: ${why} (${request.method} ${request.url} จาก ${request.from})`;
  },
  /** The answer a refused browser request gets (Decap shows it in its error notice). */
  refusedAnswer: 'หน้าแก้ไขข้อมูลปฏิเสธคำขอนี้ ดูเหตุผลในหน้าต่างที่สั่ง npm run edit · The editor refused this request; the reason is in the terminal running npm run edit',
  /** The page a browser without the key sees when the editor is open to the network. */
  keyNeeded: 'ต้องเปิดหน้าแก้ไขข้อมูลจากลิงก์ (ที่มีรหัสเข้าใช้) ที่คำสั่ง npm run edit พิมพ์ไว้ · Open the editor from the link (with its key) that npm run edit printed',
  /** `--origin` that is not an http(s) address with nothing after the host name. */
  badOrigin: (value: string) => `✗ --origin "${value}" ไม่ใช่ที่อยู่เว็บแบบ https://ชื่อเครื่อง หรือ https://ชื่อเครื่อง:พอร์ต (ไม่มี / หรือข้อความต่อท้าย)`,
  /** Printed before the address when `--host` is beyond this computer. */
  networkWarning: ({ host, contentDir, links, httpsOnly }: { host: string; contentDir: string; links: readonly string[]; httpsOnly: boolean }): string =>
    [
      '',
      `⚠ เปิดหน้าแก้ไขข้อมูลให้เครื่องอื่นในเครือข่ายเข้าถึงได้ (${host})`,
      `  ผู้ที่มีลิงก์ด้านล่าง (ซึ่งมีรหัสเข้าใช้) จะอ่าน เพิ่ม แก้ และลบไฟล์ข้อมูลและไฟล์แนบใน ${contentDir}/ ของเครื่องนี้ได้`,
      '  เห็นเว็บไซต์ตัวอย่างรวมถึงข้อมูลที่ยังไม่เผยแพร่ และอ่านไฟล์อื่นในโฟลเดอร์โครงการผ่านเซิร์ฟเวอร์ตัวอย่างได้',
      ...(httpsOnly
        ? []
        : [
            '  การเชื่อมต่อแบบ http ไม่เข้ารหัส: ผู้ที่ดักฟังเครือข่ายเดียวกันอาจเห็นรหัสและข้อมูลได้ และเบราว์เซอร์ของเครื่องอื่น',
            '  จะไม่เปิดหน้าแก้ไขข้อมูลผ่าน http — ให้ตั้ง https ไว้ด้านหน้าแล้วใช้ --origin https://ชื่อเครื่อง (ดู docs/security.md)',
          ]),
      '  ใช้เฉพาะในเครือข่ายของหน่วยงานที่ไว้ใจได้ ห้ามใช้บน Wi-Fi สาธารณะ ส่งลิงก์ให้เฉพาะเจ้าหน้าที่ที่แก้ข้อมูล',
      '  รหัสเข้าใช้เปลี่ยนใหม่ทุกครั้งที่สั่ง npm run edit — กด Ctrl+C ทันทีเมื่อเลิกใช้',
      ...(links.length > 0 ? ['  ลิงก์สำหรับเครื่องอื่น:', ...links.map((link) => `    ${link}`)] : []),
    ].join('\n'),
};
