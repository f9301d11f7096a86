/** The build's use of a scan's machine-read text (<file>.ocr.txt): privacy by page, and what it says when the text is missing or stale. */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { formatScanText } from '../../src/lib/ocr/scan-text-file.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';
import { copyFixtureSite, type ScratchSite } from '../../scripts/lib/fixture-site.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));

const scanFile = 'content/documents/2567/procurement-plan-2567.pdf';
const scanBytes = tinyPdf();
const sha256 = createHash('sha256').update(scanBytes).digest('hex');
const textOf = (pages: { page: number; text: string }[], digest = sha256) =>
  formatScanText('procurement-plan-2567.pdf', { sha256: digest, pageCount: 2, engine: 'test', pages });

async function siteWithScan(name: string, text?: string) {
  const site = await copyFixtureSite('minimal', `scan-text-${name}`);
  sites.push(site);
  await site.write(scanFile, scanBytes);
  if (text !== undefined) await site.write(`${scanFile}.ocr.txt`, text);
  return site;
}
const problemsOf = async (site: ScratchSite) =>
  (await loadAndValidateContent(site.root)).problems.filter((problem) => problem.file.includes('procurement-plan-2567.pdf'));

describe('a scan and its machine-read text', () => {
  it('without text yet: a warning saying to run npm run ocr, listed as not checked for personal data', async () => {
    const problems = await problemsOf(await siteWithScan('missing'));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        personalDataNotChecked: true,
        th: expect.stringContaining('ยังไม่ได้อ่านข้อความ'),
        fixTh: expect.stringContaining('npm run ocr'),
      }),
    ]);
  });

  it('with its text: checked through it, no warning, and the text file is not taken for an attachment', async () => {
    const result = await loadAndValidateContent((await siteWithScan('read', textOf([{ page: 1, text: 'แผนการจัดซื้อจัดจ้าง' }]))).root);
    expect(result.problems.filter((problem) => problem.file.includes('procurement-plan-2567.pdf'))).toEqual([]);
    expect(result.model).toBeDefined();
  });

  it('a likely ID on page 2 is an error naming the file and page, masked; the allow-list lets it through', async () => {
    const text = textOf([
      { page: 1, text: 'ประกาศ' },
      { page: 2, text: 'เลขประจำตัวประชาชน 3 1004 00123 45 7' },
    ]);
    const site = await siteWithScan('id', text);
    const problems = await problemsOf(site);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        th: expect.stringMatching(/น่าจะมีเลขประจำตัวประชาชน 3-1004-XXXXX-XX-7 ในไฟล์แนบ ".*procurement-plan-2567\.pdf" หน้า 2/),
      }),
    ]);
    expect(JSON.stringify(problems)).not.toContain('00123');
    await site.write(
      'content/privacy-allowlist.yaml',
      'allow:\n  - file: documents/2567/procurement-plan-2567.pdf\n    id: "3100400123457"\n    reason: เลขที่หนังสือ ไม่ใช่เลขประจำตัวประชาชน\n',
    );
    const allowed = await loadAndValidateContent(site.root);
    expect(allowed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(allowed.allowed).toEqual([
      { file: expect.stringContaining('procurement-plan-2567.pdf'), masked: '3-1004-XXXXX-XX-7', reason: 'เลขที่หนังสือ ไม่ใช่เลขประจำตัวประชาชน' },
    ]);
  });

  it('a text read from another version of the file is a warning, still checked for IDs; a text file without its header is an error', async () => {
    const stale = await problemsOf(await siteWithScan('stale', textOf([{ page: 1, text: 'เลขประจำตัวประชาชน 3100400123456' }], 'b'.repeat(64))));
    expect(stale.map((problem) => [problem.severity, problem.file.endsWith('.ocr.txt'), problem.th.slice(0, 12)])).toEqual([
      ['warning', false, 'ไฟล์แนบ "con'],
      ['error', false, 'น่าจะมีเลขปร'],
      ['warning', true, 'ข้อความใน "c'],
    ]);
    const invalid = await problemsOf(await siteWithScan('invalid', 'ข้อความที่พิมพ์เอง'));
    expect(invalid.filter((problem) => problem.severity === 'error').map((problem) => problem.file)).toEqual([expect.stringMatching(/\.ocr\.txt$/)]);
  });
});

describe('a machine-read text whose scan is gone', () => {
  const orphanProblems = async (site: ScratchSite) => (await loadAndValidateContent(site.root)).problems.filter((problem) => problem.file.endsWith('.ocr.txt'));

  it('after the scan was renamed: a warning naming the text file and the new name to give it, and the text is not used', async () => {
    const site = await siteWithScan('renamed');
    // The text was read from these very bytes, then staff renamed the PDF and left the text under the old name.
    await site.write('content/documents/2567/แผนจัดซื้อ-เดิม.pdf.ocr.txt', textOf([{ page: 1, text: 'แผนการจัดซื้อจัดจ้าง' }]));
    const result = await loadAndValidateContent(site.root);
    const orphan = result.problems.filter((problem) => problem.file.endsWith('.ocr.txt'));
    expect(orphan).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'content/documents/2567/แผนจัดซื้อ-เดิม.pdf.ocr.txt',
        th: expect.stringContaining('ไม่พบไฟล์ "content/documents/2567/แผนจัดซื้อ-เดิม.pdf"'),
        fixTh: expect.stringContaining('"procurement-plan-2567.pdf.ocr.txt"'),
      }),
    ]);
    // The renamed scan still has no text of its own: said as before.
    expect(result.problems.filter((problem) => problem.file === scanFile).map((problem) => problem.th)).toEqual([expect.stringContaining('ยังไม่ได้อ่านข้อความ')]);
    expect(result.model).toBeDefined();
  });

  it('after the scan was deleted: a warning saying to delete the text file or rename it with its scan', async () => {
    const site = await siteWithScan('deleted', textOf([{ page: 1, text: 'แผน' }]));
    await site.write('content/documents/2568/ประกาศ.jpg.ocr.txt', textOf([{ page: 1, text: 'ประกาศ' }], 'c'.repeat(64)));
    expect(await orphanProblems(site)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'content/documents/2568/ประกาศ.jpg.ocr.txt',
        th: expect.stringContaining('ไม่พบไฟล์ "content/documents/2568/ประกาศ.jpg"'),
        fixTh: expect.stringMatching(/ลบไฟล์ .*ประกาศ\.jpg\.ocr\.txt.*เปลี่ยนชื่อ/),
      }),
    ]);
  });

  it('a scan renamed only in letter case is not a match: the text must be renamed too', async () => {
    const site = await siteWithScan('case');
    await site.write('content/documents/2567/Procurement-Plan-2567.PDF.ocr.txt', textOf([{ page: 1, text: 'แผน' }]));
    expect((await orphanProblems(site)).map((problem) => problem.fixTh)).toEqual([expect.stringContaining('"procurement-plan-2567.pdf.ocr.txt"')]);
  });

  it('is never published: an entry cannot attach a machine-read text (or a file a stopped run left aside)', async () => {
    const site = await siteWithScan('attached', textOf([{ page: 1, text: 'แผน' }]));
    await site.edit('content/documents/2567/procurement-plan.md', (text) =>
      text.replace('    title: แผนการจัดซื้อจัดจ้าง (PDF)', '    title: แผนการจัดซื้อจัดจ้าง (PDF)\n  - file: procurement-plan-2567.pdf.ocr.txt\n    title: ข้อความ'),
    );
    await site.write('content/documents/2567/.procurement-plan-2567.pdf.ocr.txt.99.partial', 'x');
    await site.edit('content/documents/2567/procurement-2567-01.md', (text) =>
      text.replace(
        'published: 2567-02-29\n',
        'published: 2567-02-29\nattachments:\n  - file: .procurement-plan-2567.pdf.ocr.txt.99.partial\n    title: ข้อความ\n',
      ),
    );
    const result = await loadAndValidateContent(site.root);
    const refused = result.problems.filter((problem) => problem.severity === 'error');
    expect(refused.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/documents/2567/procurement-2567-01.md', 'attachments[0].file'],
      ['content/documents/2567/procurement-plan.md', 'attachments[1].file'],
    ]);
    expect(refused[1]!.th).toContain('procurement-plan-2567.pdf.ocr.txt');
    expect(result.model).toBeUndefined();
  });
});
