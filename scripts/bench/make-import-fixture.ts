/**
 * Writes tests/fixtures/import-folder/: an agency's evidence folder as agencies keep them (one folder per ITA year, a
 * sub-folder per O-item or Thai topic), from the typed scans of tests/fixtures/scans and a few files made here: a PDF
 * with a text layer (printed by Chromium), a Word file, a damaged PDF, a phone's HEIC. Run once; the files are committed.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { ensureChromium, launchChromium } from '../lib/browser.ts';
import { imagePdf } from '../lib/image-pdf.ts';

const root = path.resolve(import.meta.dirname, '../..');
const scans = path.join(root, 'tests/fixtures/scans');
const out = path.join(root, 'tests/fixtures/import-folder');
const year = path.join(out, 'ITA 2567');

async function scanPdf(name: string, height: number): Promise<Uint8Array> {
  return imagePdf([{ jpeg: new Uint8Array(await readFile(path.join(scans, `${name}.jpg`))), width: 1240, height }]);
}

async function textPdf(): Promise<Uint8Array> {
  ensureChromium();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const font = pathToFileURL(path.join(root, 'node_modules/@fontsource/sarabun/files/sarabun-thai-400-normal.woff2')).href;
    await page.setContent(`<!doctype html><html lang="th"><meta charset="utf-8"><style>@font-face{font-family:S;src:url(${font})}body{font:16pt S;margin:2cm}</style>
<h1 style="font-size:18pt;text-align:center">องค์การบริหารส่วนตำบลตัวอย่าง</h1>
<p>เรื่อง รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</p>
<p>ผลการดำเนินงานตั้งแต่เดือนตุลาคม ๒๕๖๖ ถึงเดือนมีนาคม ๒๕๖๗ เป็นไปตามแผนดำเนินงาน</p>
<p>ประกาศ ณ วันที่ ๒๕ เมษายน พ.ศ. ๒๕๖๗</p></html>`);
    await page.evaluate(() => document.fonts.ready);
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}

/** The smallest Word document Word and the guard read: one paragraph per line. */
function docx(lines: string[]): Uint8Array {
  const paragraphs = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    _rels: {
      '.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    word: {
      'document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
      ),
    },
  });
}

await rm(out, { recursive: true, force: true });
const files: Record<string, Uint8Array | string> = {
  'O19 แผนการจัดซื้อจัดจ้าง/ประกาศแผนจัดซื้อ.pdf': await scanPdf('announcement-plan', 707),
  'O21 สรุปผลการจัดซื้อจัดจ้างรายเดือน/สรุปผล ม.ค. 67.pdf': await scanPdf('table-procurement', 613),
  'O12 รายงานกำกับติดตาม 6 เดือน/รายงานรอบ 6 เดือน.pdf': await textPdf(),
  'O24 การดำเนินการตามนโยบายบุคคล/สำเนาบัตร ผู้ได้รับแต่งตั้ง.jpg': new Uint8Array(await readFile(path.join(scans, 'id-card-copy.jpg'))),
  'มาตรการส่งเสริมคุณธรรม/มาตรการ ปี ๒๕๖๗.docx': docx([
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี ๒๕๖๗',
    'เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    'ประกาศ ณ วันที่ ๑๕ มกราคม พ.ศ. ๒๕๖๗',
  ]),
  'O1 โครงสร้าง/ผังโครงสร้าง.pdf': '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF — cut off while copying',
  'O7 ข่าวประชาสัมพันธ์/รูปกิจกรรม.HEIC': new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0, ...new TextEncoder().encode('mif1heic')]),
  'Thumbs.db': 'not evidence',
};
for (const [name, bytes] of Object.entries(files)) {
  await mkdir(path.dirname(path.join(year, name)), { recursive: true });
  await writeFile(path.join(year, name), bytes);
  console.log(name, typeof bytes === 'string' ? bytes.length : bytes.length);
}
