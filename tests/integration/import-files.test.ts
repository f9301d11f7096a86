/**
 * The fixture folder (tests/fixtures/import-folder, as agencies keep evidence: ITA year, O-item or topic folders) is
 * imported into a copy of the example content, reviewed as staff would, and built: the scan with an ID card number
 * stops the build naming its page; a word printed only in a scan is in the search index, labelled as machine-read.
 * OCR runs with tesseract.js on the folder's three one-page scans.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { runBuild } from '../helpers/run-build.ts';
import { importFiles, type ImportReport } from '../../src/lib/import-files/import-files.ts';
import { formatImportSummary } from '../../src/lib/import-files/summary-table.ts';
import { openOcrEngines, type OcrEngine } from '../../src/lib/ocr/ocr-engine.ts';
import { foundInScanText } from '../../src/lib/search/scan-text-result.ts';
import { scanTextUi } from '../../src/i18n/ocr.ts';

const siteRoot = path.join(projectRoot, '.prongsai/test-sites/import-files');
const contentDir = path.relative(projectRoot, path.join(siteRoot, 'content'));
const outDir = '.prongsai/test-out/import-files/dist';
const folder = path.join(projectRoot, 'tests/fixtures/import-folder');
let engines: OcrEngine[];
let first: ImportReport;

const entriesIn = async () => (await readdir(path.join(siteRoot, 'content/documents/2567'))).sort();
const byEntryType = (report: ImportReport) =>
  Object.fromEntries(report.imported.map((file) => [file.source, { review: file.review.map((note) => note.field) }]));

beforeAll(async () => {
  await rm(siteRoot, { recursive: true, force: true });
  await mkdir(siteRoot, { recursive: true });
  await cp(path.join(projectRoot, 'content'), path.join(siteRoot, 'content'), { recursive: true });
  engines = await openOcrEngines('wasm', 1, path.join(siteRoot, '.work'));
  first = await importFiles({ sourceDir: folder, projectRoot, contentDir, today: '2024-06-01', engines });
}, 120_000);

afterAll(async () => {
  await Promise.all(engines?.map((engine) => engine.close()) ?? []);
  await rm(siteRoot, { recursive: true, force: true });
  await rm(path.join(projectRoot, '.prongsai/test-out/import-files'), { recursive: true, force: true });
});

describe('npm run import -- files', () => {
  it('imports each document into its fiscal year with a clean name, and says what a person must check', async () => {
    // Expected from the rules: type from the O-folder (or the topic), title and date from a text layer or Office text are
    // trusted; from OCR they are guesses; a file with no date in it has none.
    expect(byEntryType(first)).toEqual({
      'ITA 2567/มาตรการส่งเสริมคุณธรรม/มาตรการ ปี ๒๕๖๗.docx': { review: [] },
      'ITA 2567/O12 รายงานกำกับติดตาม 6 เดือน/รายงานรอบ 6 เดือน.pdf': { review: [] },
      'ITA 2567/O19 แผนการจัดซื้อจัดจ้าง/ประกาศแผนจัดซื้อ.pdf': { review: ['title', 'published'] },
      'ITA 2567/O21 สรุปผลการจัดซื้อจัดจ้างรายเดือน/สรุปผล ม.ค. 67.pdf': { review: ['title', 'published'] },
      'ITA 2567/O24 การดำเนินการตามนโยบายบุคคล/สำเนาบัตร ผู้ได้รับแต่งตั้ง.jpg': { review: ['title', 'published'] },
    });
    expect(first.imported.map((file) => path.basename(file.entry))).toEqual([
      'integrity-measures-2567-01-15.md',
      'budget-monitoring-6-month-report-2567-04-25.md',
      'procurement-plan-2567.md',
      'procurement-monthly-summary-2567.md',
      'hr-policy-implementation-2567.md',
    ]);
    expect(first.skipped).toEqual([
      { source: 'ITA 2567/O1 โครงสร้าง/ผังโครงสร้าง.pdf', why: expect.stringContaining('ไฟล์เสีย') },
      { source: 'ITA 2567/O7 ข่าวประชาสัมพันธ์/รูปกิจกรรม.HEIC', why: expect.stringContaining('HEIC') },
    ]);
    const report = await readFile(path.join(siteRoot, 'content', first.imported[1]!.entry), 'utf8');
    expect(report).toContain('title: "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2567"');
    expect(report).toContain('type: budget-monitoring-6-month-report\nfiscalYear: 2567\npublished: 2567-04-25');
    const scanned = await readFile(path.join(siteRoot, 'content', first.imported[2]!.entry), 'utf8');
    // A date OCR read is a hint in a comment, never the value.
    expect(scanned).toMatch(/# เครื่องอ่านวันที่ในภาพสแกนได้ว่า ".*มกราคม.*"/);
    expect(scanned).toContain('published: "(แก้ไข) วันที่ในเอกสาร ปปปป-ดด-วว"');
    expect(scanned).toMatch(/title: ".*แผนการจัดซื้อจัดจ้าง.* \(แก้ไข\)"/);
    expect(formatImportSummary(first)).toMatch(/นำเข้าแล้ว 5 ไฟล์[\s\S]*ต้องตรวจ 3 ไฟล์[\s\S]*ข้าม 2 ไฟล์/);
  });

  it('skips what it imported before and writes nothing again', async () => {
    const before = await entriesIn();
    const again = await importFiles({ sourceDir: folder, projectRoot, contentDir, today: '2024-06-01' });
    expect(again.imported).toEqual([]);
    expect(again.skipped.filter((file) => file.why.startsWith('นำเข้าแล้ว'))).toHaveLength(5);
    expect(await entriesIn()).toEqual(before);
  });

  it('finishes an import stopped after a file was copied but before its entry was written, and copies nothing twice', async () => {
    // As a kill between the two writes leaves it: the attachment (and its text) there, no entry naming it.
    const entry = first.imported[3]!.entry;
    const saved = await readFile(path.join(siteRoot, 'content', entry), 'utf8');
    await rm(path.join(siteRoot, 'content', entry));
    const resumed = await importFiles({ sourceDir: folder, projectRoot, contentDir, today: '2024-06-01' });
    expect(resumed.imported.map((file) => [file.source, file.entry, file.attachment])).toEqual([
      [first.imported[3]!.source, entry, first.imported[3]!.attachment],
    ]);
    expect(resumed.skipped.filter((file) => file.why.startsWith('นำเข้าแล้ว'))).toHaveLength(4);
    const rewritten = await readFile(path.join(siteRoot, 'content', entry), 'utf8');
    expect(rewritten).toContain(`file: ${path.basename(first.imported[3]!.attachment)}`);
    // Without OCR this time, the title is the file name's: the rest as before.
    expect(rewritten.split('\n').filter((line) => line.startsWith('type:') || line.startsWith('fiscalYear:'))).toEqual(
      saved.split('\n').filter((line) => line.startsWith('type:') || line.startsWith('fiscalYear:')),
    );
    await writeFile(path.join(siteRoot, 'content', entry), saved);
  });

  it('leaves the build refusing the guesses, then stops on the ID card scan naming its page, then builds with the scan text searchable', async () => {
    const refused = await runBuild(contentDir, outDir);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('ยังเป็นข้อความตัวอย่างจาก npm run new');

    // Staff check each guess against the paper and take the marks out.
    for (const file of first.imported) {
      const entry = path.join(siteRoot, 'content', file.entry);
      const text = (await readFile(entry, 'utf8')).replace(/published: "\(แก้ไข\)[^"]*"/, 'published: 2567-01-15').replaceAll(' (แก้ไข)', '');
      await writeFile(entry, text);
    }
    const stopped = await runBuild(contentDir, outDir);
    const output = stopped.stdout + stopped.stderr;
    expect(stopped.code).not.toBe(0);
    expect(output).toContain(`น่าจะมีเลขประจำตัวประชาชน 3-1004-XXXXX-XX-6 ในไฟล์แนบ "${contentDir}/documents/2567/hr-policy-implementation-2567.jpg" หน้า 1`);
    expect(output).not.toContain('3100400123456');

    // A false alarm is allowed by name, as for any other file.
    await writeFile(
      path.join(siteRoot, 'content/privacy-allowlist.yaml'),
      'allow:\n  - file: documents/2567/hr-policy-implementation-2567.jpg\n    id: "3 1004 00123 45 6"\n    reason: ตัวอย่างบัตรที่ไม่มีอยู่จริง ใช้ทดสอบ\n',
    );
    const built = await runBuild(contentDir, outDir);
    expect(built.code, built.stdout + built.stderr).toBe(0);

    // Headings carry line-break marks between Thai words (<wbr>, kept-together spans): read the text as a reader sees it.
    const html = (await readFile(path.join(projectRoot, outDir, 'documents/2567/procurement-monthly-summary-2567/index.html'), 'utf8'))
      .replaceAll('<wbr>', '')
      .replace(/<span class="kw">([^<]*)<\/span>/g, '$1');
    expect(html).toContain(scanTextUi.heading);
    expect(html).toMatch(/<details class="scan-text[^"]*"[^>]*><summary[^>]*>ข้อความของ/);
    expect(html).toContain('1 หน้า');
    const fragments = path.join(projectRoot, outDir, 'pagefind/fragment');
    let content = '';
    for (const name of await readdir(fragments)) {
      const fragment = JSON.parse(
        gunzipSync(await readFile(path.join(fragments, name)))
          .subarray('pagefind_dcd'.length)
          .toString('utf8'),
      ) as { url: string; content: string };
      if (fragment.url === '/documents/2567/procurement-monthly-summary-2567/') content = fragment.content;
    }
    // "ทำความสะอาด" is printed only in the scanned table (its row "จ้างเหมาทำความสะอาด").
    expect(content).toContain('ทำความสะอาด');
    expect(foundInScanText(content, ['ทำความสะอาด'], scanTextUi.heading, scanTextUi.end)).toBe(true);
    expect(foundInScanText(content, ['สรุปผล'], scanTextUi.heading, scanTextUi.end)).toBe(false);
  }, 180_000);
});
