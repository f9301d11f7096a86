import { describe, it, expect, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { formatProblems, summarizeProblems } from '../../src/lib/content/format-problems.ts';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));

async function scratch(name: string) {
  const site = await copyFixtureSite('minimal', `validate-${name}`);
  sites.push(site);
  return site;
}
const errorsOf = async (site: ScratchSite) => (await loadAndValidateContent(site.root)).problems.filter((problem) => problem.severity === 'error');

describe('the example site (content/)', () => {
  it('is valid: no errors, whatever warnings', async () => {
    const { model, problems } = await loadAndValidateContent(projectRoot);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(model).toBeDefined();
  });
});

describe('inconsistent ITA figures', () => {
  it('are warnings, not errors: the site still builds, and the warning names both totals', async () => {
    const site = await scratch('ita-mismatch');
    // The fixture's tools weigh up to 88.30; a report that says 79.84 is kept as reported, with a warning.
    await site.edit('content/scores/2567.yaml', (text) => text.replace('reportedTotal: 88.3', 'reportedTotal: 79.84'));
    const { model, problems } = await loadAndValidateContent(site.root);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(model?.scores.map((entry) => entry.data.reportedTotal)).toEqual([79.84]);
    const warnings = problems.filter((problem) => problem.severity === 'warning' && problem.file.endsWith('content/scores/2567.yaml'));
    expect(warnings.map((problem) => problem.en).join('\n')).toMatch(/reported total 79\.84 differs.*88\.3/);
  });
});

describe('a valid fixture site', () => {
  it('validates with no problems and normalizes BE dates to CE', async () => {
    // Read where it is: nothing is changed, so no copy is needed.
    const { model, problems } = await loadAndValidateContent(path.join(projectRoot, 'tests/fixtures/sites/minimal'));
    expect(problems).toEqual([]);
    const summary = model?.documents.find((entry) => entry.id === '2567/procurement-2567-01');
    // BE 2567-02-29 is CE 2024-02-29, a real leap day.
    expect(summary?.data.published).toBe('2024-02-29');
    expect(summary?.data.period?.month).toBe('2024-01');
    expect(model?.measures[0]?.data.period).toEqual({ start: '2023-10', end: '2024-09', asWritten: 'ต.ค.66-ก.ย.67' });
  });
});

describe('broken content', () => {
  it('reports every problem of a badly broken site in one run, in Thai and English (snapshot)', async () => {
    const site = await scratch('broken');
    // A date that does not exist (BE 2566 = CE 2023 has no 29 February) and a misspelt field.
    await site.edit('content/documents/2567/procurement-2567-01.md', (text) =>
      text.replace('published: 2567-02-29', 'published: 2566-02-29').replace('type:', 'titel: x\ntype:'),
    );
    // A CE year where a BE fiscal year belongs.
    await site.edit('content/documents/2567/procurement-plan.md', (text) => text.replace('fiscalYear: 2567', 'fiscalYear: 2024'));
    await site.write(
      'content/documents/2567/missing-file.md',
      [
        '---',
        'title: เอกสารที่ไฟล์แนบหายไป',
        'type: procurement-plann',
        'fiscalYear: 2567',
        'published: 2567-01-10',
        'attachments:',
        '  - file: scan.pdf',
        '    title: ฉบับสแกน',
        'measures: [2567/no-such-measure]',
        '---',
        '',
      ].join('\n'),
    );
    // A month that does not exist.
    await site.write('content/news/bad-month.md', '---\ntitle: ข่าว\ndate: 2567-13-01\n---\n');
    // Same id twice (only the extension differs).
    await site.write('content/documents/2567/procurement-plan.mdx', await site.read('content/documents/2567/procurement-plan.md'));
    // A catalogue item that no document type can satisfy, and a YAML syntax error elsewhere.
    await site.edit('content/oit/2567.yaml', (text) => text.replace('documentTypes: [procurement-monthly-summary]', 'documentTypes: []'));
    await site.write('content/scores/2567.yaml', 'year: 2567\nsource: [ITAS\n');
    // Missing required fields and a wrong kind.
    await site.edit('content/declarations/2567/no-gift.md', (text) => text.replace('kind: no-gift-policy', 'kind: gift'));
    await site.edit('content/measures/2567/no-gift.md', (text) => text.replace(/steps:\n.*\n/, '').replace('period: "ต.ค.66-ก.ย.67"', 'period: "ตุลา"'));

    const { model, problems } = await loadAndValidateContent(site.root);
    expect(model).toBeUndefined();
    expect(summarizeProblems(problems)).toMatchInlineSnapshot(`"ผิดพลาด 13 รายการ คำเตือน 0 รายการ ใน 9 ไฟล์ (13 errors, 0 warnings in 9 files)"`);
    expect(formatProblems(problems)).toMatchSnapshot();
  });

  it('names the file, the line and the field of a bad value', async () => {
    const site = await scratch('one-error');
    await site.edit('content/declarations/2567/no-gift.md', (text) => text.replace('date: 2566-10-02', 'date: 2566-10-32'));
    const [problem, ...rest] = await errorsOf(site);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 7, field: 'date', th: 'วันที่ "2566-10-32" ไม่มีอยู่จริงในปฏิทิน' });
    expect(problem?.file.endsWith('content/declarations/2567/no-gift.md')).toBe(true);
  });

  it('takes a date up to six months either side of the fiscal year without a reason (a plan approved early, a report posted late)', async () => {
    const site = await scratch('fiscal-year-near');
    await site.edit('content/documents/2567/procurement-plan.md', (text) => text.replace('published: 2566-10-20', 'published: 2566-04-01'));
    expect(await errorsOf(site)).toEqual([]);
    await site.edit('content/documents/2567/procurement-plan.md', (text) => text.replace('published: 2566-04-01', 'published: 2568-03-31'));
    expect(await errorsOf(site)).toEqual([]);
  });

  it('refuses a date further from the fiscal year unless a reason is given', async () => {
    const site = await scratch('fiscal-year');
    await site.edit('content/documents/2567/procurement-plan.md', (text) => text.replace('published: 2566-10-20', 'published: 2566-03-31'));
    expect((await errorsOf(site)).map((problem) => problem.field)).toEqual(['published']);
    await site.edit('content/documents/2567/procurement-plan.md', (text) =>
      text.replace('summary:', 'fiscalYearReason: ประกาศแผนล่วงหน้าก่อนเริ่มปีงบประมาณ\nsummary:'),
    );
    expect(await errorsOf(site)).toEqual([]);
  });

  it('suggests the nearest document type for a typo', async () => {
    const site = await scratch('typo');
    await site.edit('content/documents/2567/procurement-plan.md', (text) => text.replace('type: procurement-plan', 'type: procurment-plan'));
    const [problem] = await errorsOf(site);
    expect(problem?.fixTh).toContain('"procurement-plan"');
  });

  it('refuses an MDX document, which the document pages cannot run', async () => {
    const site = await scratch('mdx-document');
    await site.write('content/documents/2567/plan-component.mdx', await readFile(path.join(site.root, 'content/documents/2567/procurement-plan.md'), 'utf8'));
    const problems = await errorsOf(site);
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/content\/documents\/2567\/plan-component\.mdx$/), line: 1, th: expect.stringContaining('.md') }),
    ]);
    expect(problems[0]!.fixTh).toContain('.md');
  });

  it('reports an empty site profile instead of crashing', async () => {
    const site = await scratch('no-site');
    await site.write('content/site.yaml', '');
    const problems = await errorsOf(site);
    expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/content\/site\.yaml$/), line: 1, en: 'the file is empty' })]);
  });

  it('reports a site profile without its fields, field by field', async () => {
    const site = await scratch('bare-site');
    await site.write('content/site.yaml', 'siteUrl: https://www.thotsop.go.th\n');
    const problems = await errorsOf(site);
    expect(problems.every((problem) => problem.file.endsWith('content/site.yaml'))).toBe(true);
    expect(problems.map((problem) => problem.field)).toContain('name');
  });
});
