import { describe, it, expect, afterAll } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';
import { png } from '../helpers/attachment-bytes.ts';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyFixtureSite, type ScratchSite } from '../../scripts/lib/fixture-site.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));
async function scratch(name: string) {
  const site = await copyFixtureSite('minimal', `guards-${name}`);
  sites.push(site);
  return site;
}
const errors = async (site: ScratchSite) => (await loadAndValidateContent(site.root)).problems.filter((problem) => problem.severity === 'error');

// Checksum-valid but made up: 1-1037-02071-81-1.
const nationalId = '1-1037-02071-81-1';
const planFile = 'content/documents/2567/procurement-plan.md';

describe('privacy guard', () => {
  it('fails on a national ID in Markdown, naming the file and line and masking the number', async () => {
    const site = await scratch('id');
    await site.edit(planFile, (text) => `${text}\nผู้ยื่นคำขอ เลขประจำตัวประชาชน ${nationalId}\n`);
    const [problem, ...rest] = await errors(site);
    expect(rest).toEqual([]);
    expect(problem?.file).toMatch(/content\/documents\/2567\/procurement-plan\.md$/);
    expect(problem?.line).toBe(13);
    expect(problem?.th).toContain('1-1037-XXXXX-XX-1');
    expect(problem?.th).not.toContain('02071');
    expect(problem?.fixTh).toContain('privacy-allowlist.yaml');
  });

  it('finds an ID in YAML data too', async () => {
    const site = await scratch('id-yaml');
    await site.edit('content/site.yaml', (text) =>
      text.replace('  - position: นายกองค์การบริหารส่วนตำบลทดสอบ', `  - position: นายกองค์การบริหารส่วนตำบลทดสอบ ${nationalId.replaceAll('-', '')}`),
    );
    expect((await errors(site)).map((problem) => problem.file)).toEqual([expect.stringMatching(/site\.yaml$/)]);
  });

  it('lets an allow-listed ID through and reports it', async () => {
    const site = await scratch('id-allowed');
    await site.edit(planFile, (text) => `${text}\nผู้ยื่นคำขอ ${nationalId}\n`);
    await site.write(
      'content/privacy-allowlist.yaml',
      `allow:\n  - file: documents/2567/procurement-plan.md\n    id: "${nationalId}"\n    reason: เจ้าของข้อมูลยินยอมให้เผยแพร่\n`,
    );
    const result = await loadAndValidateContent(site.root);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.allowed).toEqual([
      { file: expect.stringMatching(/procurement-plan\.md$/), line: 13, masked: '1-1037-XXXXX-XX-1', reason: 'เจ้าของข้อมูลยินยอมให้เผยแพร่' },
    ]);
  });

  it('finds an ID in the extracted text of a PDF attachment', async () => {
    const site = await scratch('id-pdf');
    const { readContent } = await import('../../src/lib/content/read-content.ts');
    const { validateContent } = await import('../../src/lib/content/validate-content.ts');
    const raw = await readContent(site.root);
    const pdf = [...raw.files].find((file) => file.endsWith('.pdf'))!;
    const { scanAttachmentText } = await import('../../src/lib/guards/personal-data.ts');
    raw.attachments.set(pdf, { typeProblems: [], scan: scanAttachmentText(pdf, { kind: 'text', text: `ผู้ยื่น ${nationalId}` }) });
    const [problem] = validateContent(raw).problems.filter((entry) => entry.severity === 'error');
    expect(problem?.th).toContain('ในไฟล์แนบ');
    expect(problem?.th).toContain(pdf);
  });
});

describe('content-is-data guard (the whole class is in publishing-safety.test.ts)', () => {
  it.each([
    ['<script>alert(1)</script>', 'the content contains a <script> element'],
    ['<img src="procurement-plan-2567.pdf" onerror="alert(1)">', '<img> carries the attribute onerror'],
    ['[คลิก](javascript:alert(1))', 'a link in <a> points to "javascript:alert(1)"'],
    ['<iframe src="https://example.com"></iframe>', 'the content contains a <iframe> element'],
  ])('refuses %s', async (markup, found) => {
    const site = await scratch(`markup-${found.replace(/\W/g, '').slice(0, 20)}`);
    await site.edit(planFile, (text) => `${text}\n${markup}\n`);
    const problems = await errors(site);
    expect(problems.map((problem) => problem.en)).toEqual([expect.stringContaining(found)]);
    expect(problems[0]?.line).toBe(13);
  });

  it("says a picture from a file beside the entry cannot go in the body, naming the file and not Astro's internal attribute", async () => {
    const site = await scratch('markup-local-image');
    // The clerk put the picture beside the entry, as for an attachment.
    await writeFile(path.join(site.root, 'content/documents/2567/chart.png'), png());
    await site.edit(planFile, (text) => `${text}\n![ผังองค์กร](./chart.png)\n`);
    const problems = await errors(site);
    expect(problems.map((problem) => [problem.line, problem.en])).toEqual([[13, expect.stringContaining('"./chart.png"')]]);
    expect(problems[0]!.th).toContain('./chart.png');
    expect(problems[0]!.fixTh).toContain('attachments');
    for (const text of [problems[0]!.th, problems[0]!.fixTh, problems[0]!.en, problems[0]!.fixEn]) expect(text).not.toContain('__astro');
  });
});

describe('link and file guards', () => {
  it('refuses internal links to pages and files that do not exist, and accepts ones that do', async () => {
    const site = await scratch('links');
    await site.edit(
      planFile,
      (text) =>
        `${text}\n[ดีแล้ว](/documents/2567/procurement-2567-01/) [ไฟล์](procurement-plan-2567.pdf) [ภายนอก](https://www.nacc.go.th/)\n[ผิด](/documents/2567/no-such-page/) [หาย](missing.pdf) [ไฟล์หาย](/files/documents/2567/x.pdf)\n`,
    );
    const problems = await errors(site);
    expect(problems.map((problem) => [problem.line, problem.en])).toEqual([
      [14, 'link "/documents/2567/no-such-page/" points to a page or file that does not exist'],
      [14, 'link "missing.pdf" points to a page or file that does not exist'],
      [14, 'link "/files/documents/2567/x.pdf" points to a page or file that does not exist'],
    ]);
  });

  it('refuses file names that make bad URLs, suggesting a safe one', async () => {
    const site = await scratch('names');
    await site.write('content/documents/2567/แผน จัดซื้อ (ฉบับแก้ไข).PDF', tinyPdf());
    await site.write('content/documents/2567/Annual Report.PDF', tinyPdf());
    const problems = await errors(site);
    expect(problems.map((problem) => problem.fixEn)).toEqual([
      'rename it, e.g. "annual-report.pdf", and update whatever refers to it',
      'rename it, e.g. "file.pdf", and update whatever refers to it',
    ]);
  });

  it('suggests a name from the document type and date for a Thai-named attachment', async () => {
    const site = await scratch('thai-name');
    await site.write('content/documents/2567/แผนจัดซื้อจัดจ้าง.pdf', tinyPdf());
    await site.edit(planFile, (text) => text.replace('file: procurement-plan-2567.pdf', 'file: แผนจัดซื้อจัดจ้าง.pdf'));
    const problems = await errors(site);
    expect(problems.map((problem) => problem.fixEn)).toEqual(['rename it, e.g. "procurement-plan-2566-10-20.pdf", and update whatever refers to it']);
  });

  it('refuses attachments over the configured size', async () => {
    const site = await scratch('size');
    await site.edit('content/site.yaml', (text) => `${text}publishing:\n  maxAttachmentMb: 0.01\n`);
    const [problem, ...rest] = await errors(site);
    expect(rest).toEqual([]);
    expect(problem?.file).toMatch(/procurement-plan-2567\.pdf$/);
    expect(problem?.en).toContain('over the 0.01 MB limit');
  });
});

describe('privacy guard on real PDFs', () => {
  it('fails on a national ID in the text layer of an attached PDF, naming the attachment', async () => {
    const site = await scratch('pdf-id');
    const { copyFile } = await import('node:fs/promises');
    const path = await import('node:path');
    await copyFile(
      path.join(site.root, '../../../tests/fixtures/pdf/national-id.pdf'),
      path.join(site.root, 'content/documents/2567/procurement-plan-2567.pdf'),
    );
    const [problem, ...rest] = await errors(site);
    expect(rest).toEqual([]);
    expect(problem?.th).toContain('1-1037-XXXXX-XX-1');
    expect(problem?.th).toContain('ในไฟล์แนบ');
    expect(problem?.th).toContain('procurement-plan-2567.pdf');
    // The fixture is one page: staff are told which page to black out.
    expect(problem?.th).toContain('procurement-plan-2567.pdf" หน้า 1');
    expect(problem?.en).toContain('on page 1');
  });
});
