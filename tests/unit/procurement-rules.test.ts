import { describe, it, expect, afterAll } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import type { ContentProblem } from '../../src/lib/content/problem.ts';
import { copyFixtureSite, type ScratchSite } from '../../scripts/lib/fixture-site.ts';

const fixtureRoot = new URL('../fixtures/sites/procurement-year', import.meta.url).pathname;
const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));
let count = 0;
async function scratch(): Promise<ScratchSite> {
  const site = await copyFixtureSite('procurement-year', `procurement-rules-${(count += 1)}`);
  sites.push(site);
  return site;
}
const short = (problem: ContentProblem) =>
  `${problem.severity} ${problem.file.replace(/^.*procurement\/2567\//, '')}:${problem.line ?? ''} ${problem.field ?? ''}`;
const ofProcurement = (problems: ContentProblem[]) => problems.filter((problem) => problem.file.includes('/procurement/'));
const errorsOf = async (site: ScratchSite) => (await loadAndValidateContent(site.root)).problems.filter((problem) => problem.severity === 'error');

describe('the fixture agency year (tests/fixtures/sites/procurement-year, EXPECTED.md)', () => {
  it('is valid with exactly the four warnings worked out by hand, and the person IDs in taxId are not guard errors', async () => {
    const { model, problems } = await loadAndValidateContent(fixtureRoot);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(ofProcurement(problems).map(short)).toEqual([
      'warning 2567-01.yaml:7 rows[0].method',
      'warning 2567-01.yaml:15 rows[1]',
      'warning 2567-01.yaml:22 rows[1].winner.price',
      'warning 2567-03.yaml:4 rows[0]',
    ]);
    const texts = ofProcurement(problems).map((problem) => problem.th);
    expect(texts[0]).toContain('500,000');
    expect(texts[1]).toContain('เหตุผลที่คัดเลือกโดยสรุป');
    expect(texts[2]).toContain('95,000.00 บาท สูงกว่าราคากลาง 90,000.00 บาท');
    expect(texts[3]).toContain('รายชื่อผู้เสนอราคา');
    expect(model?.procurement?.months.map((entry) => entry.id)).toEqual(['2567/2566-10', '2567/2566-11', '2567/2566-12', '2567/2567-01', '2567/2567-03']);
    // Money as satang, tax IDs as digits.
    const october = model!.procurement!.months[0]!.data;
    expect(october.rows.map((row) => [row.budget, row.winner.price, row.winner.taxId])).toEqual([
      [1250000, 1200000, '1103702071811'],
      [4500050, 4499025, '0305561000123'],
    ]);
    expect(october.rows[0]!.method).toBe('specific');
    expect(october.rows[0]!.evidence.kind).toBe('order');
  });
});

describe("a tired clerk's mistakes: each an error naming the file, row and field, with a fix", () => {
  const cases: [string, string, (text: string) => string, string, RegExp][] = [
    [
      'a date outside its month',
      '2566-10.yaml',
      (text) => text.replace('date: 2566-10-20', 'date: 2566-11-02'),
      'error 2566-10.yaml:28 rows[1].evidence.date',
      /รายการที่ 2: วันที่.*"2566-11-02".*"2566-10"/,
    ],
    [
      'an agreed price above the budget',
      '2567-03.yaml',
      (text) => text.replace('price: "29,500.75"', 'price: "30,500.75"'),
      'error 2567-03.yaml:9 rows[0].winner.price',
      /30,500\.75 บาท สูงกว่าวงเงิน 30,000\.00 บาท/,
    ],
    [
      'a method not in the list',
      '2567-03.yaml',
      (text) => text.replace('method: specific', 'method: จ้างเพื่อน'),
      'error 2567-03.yaml:7 rows[0].method',
      /"จ้างเพื่อน" ไม่อยู่ในรายการ/,
    ],
    [
      'the winner not among the bidders',
      '2566-12.yaml',
      (text) => text.replace('winner: { name: หจก.ทองดีก่อสร้าง', 'winner: { name: หจก.ทองดี'),
      'error 2566-12.yaml:14 rows[0].winner.name',
      /"หจก.ทองดี" ไม่อยู่ในรายชื่อผู้เสนอราคา/,
    ],
    [
      'money with three decimals',
      '2567-03.yaml',
      (text) => text.replace('budget: 30000', 'budget: 30000.125'),
      'error 2567-03.yaml:5 rows[0].budget',
      /ทศนิยมเกิน 2 ตำแหน่ง/,
    ],
    [
      'a company ID typed without quotes (the leading 0 is lost)',
      '2566-12.yaml',
      (text) => text.replace('taxId: "0303560001234"', 'taxId: 0303560001234'),
      'error 2566-12.yaml:14 rows[0].winner.taxId',
      /ไม่ใช่ตัวเลข 13 หลัก/,
    ],
    [
      'a required column missing (the item)',
      '2567-03.yaml',
      (text) => text.replace('  - item: จัดซื้อน้ำมันเชื้อเพลิง\n    budget', '  - budget'),
      'error 2567-03.yaml:4 rows[0].item',
      /./,
    ],
    ['"none" with rows', '2567-03.yaml', (text) => `${text}noProcurement: true\n`, 'error 2567-03.yaml:12 noProcurement', /ไม่มีการจัดซื้อจัดจ้าง.*1 รายการ/],
    [
      'a month file with neither rows nor "none"',
      '2566-11.yaml',
      (text) => text.replace('noProcurement: true', ''),
      'error 2566-11.yaml: ',
      /ไม่ได้ระบุว่าไม่มีการจัดซื้อจัดจ้าง/,
    ],
    [
      'a file named after another month',
      '2566-11.yaml',
      (text) => text.replace('month: 2566-11', 'month: 2566-09'),
      'error 2566-11.yaml:1 month',
      /ชื่อไฟล์ "2566-11" ไม่ตรงกับเดือน "2566-09"/,
    ],
  ];
  it.each(cases)('%s', async (_name, file, change, where, message) => {
    const site = await scratch();
    await site.edit(`content/procurement/2567/${file}`, change);
    const errors = ofProcurement((await loadAndValidateContent(site.root)).problems).filter((problem) => problem.severity === 'error');
    expect(errors.map(short)).toContain(where);
    const problem = errors.find((candidate) => short(candidate) === where)!;
    expect(problem.th).toMatch(message);
    expect(problem.fixTh).toBeTruthy();
  });

  it('duplicate e-GP numbers and duplicate contract numbers in the year are errors naming the other row', async () => {
    const site = await scratch();
    await site.edit('content/procurement/2567/2567-01.yaml', (text) =>
      text.replace('egpNumber: "67019045678"', 'egpNumber: "66129012345"').replace('number: "2/2567"', 'number: "1/2567"'),
    );
    const errors = ofProcurement((await loadAndValidateContent(site.root)).problems).filter((problem) => problem.severity === 'error');
    expect(errors.map(short).sort()).toEqual(['error 2567-01.yaml:13 rows[0].evidence.number', 'error 2567-01.yaml:14 rows[0].egpNumber']);
    expect(errors.map((problem) => problem.th).join('\n')).toContain('2566-12.yaml รายการที่ 1');
  });

  it("a person's ID anywhere but the winner's taxId (here in the reason) is refused by the national-ID guard", async () => {
    const site = await scratch();
    await site.edit('content/procurement/2567/2566-10.yaml', (text) =>
      text.replace(
        'reason: เป็นผู้เสนอราคาตรงตามข้อกำหนด และราคาไม่เกินงบประมาณ\n    evidence: { kind: ใบสั่งซื้อ',
        'reason: ผู้ค้ารายเดียว เลข 1-1037-02071-81-1\n    evidence: { kind: ใบสั่งซื้อ',
      ),
    );
    const errors = await errorsOf(site);
    expect(errors.map(short)).toEqual(['error 2566-10.yaml:16 ']);
    expect(errors[0]!.th).toContain('1-1037-XXXXX-XX-1');
  });

  it.each([
    ['a mistyped ID (its check digit wrong) in the reason', 'reason: ผู้รับจ้าง 5092296296304', 'error 2566-10.yaml:16 rows[0].reason', '5-0922-XXXXX-XX-4'],
    [
      'an ID split over two lines by an escaped line break',
      'reason: "ผู้รับจ้าง 1103702\\\n      071811"',
      'error 2566-10.yaml:16 rows[0].reason',
      '1-1037-XXXXX-XX-1',
    ],
    ['an ID written with a YAML escape', 'reason: "ผู้รับจ้าง \\x31103702071811"', 'error 2566-10.yaml:16 rows[0].reason', '1-1037-XXXXX-XX-1'],
    ['an ID in other groups (3 4 5 1)', 'reason: ผู้รับจ้าง 110 3702 07181 1', 'error 2566-10.yaml:16 rows[0].reason', '1-1037-XXXXX-XX-1'],
    ['an ID with a space and a dash between two groups', 'reason: ผู้รับจ้าง 1-1037-02071 -81-1', 'error 2566-10.yaml:16 rows[0].reason', '1-1037-XXXXX-XX-1'],
  ])("a person's ID as the page will show it: %s", async (_name, reason, where, masked) => {
    const site = await scratch();
    await site.edit('content/procurement/2567/2566-10.yaml', (text) =>
      text.replace('reason: เป็นผู้เสนอราคาตรงตามข้อกำหนด และราคาไม่เกินงบประมาณ\n    evidence: { kind: ใบสั่งซื้อ', `${reason}\n    evidence: { kind: ใบสั่งซื้อ`),
    );
    const errors = await errorsOf(site);
    expect(errors.map(short)).toEqual([where]);
    expect(errors[0]!.th).toContain(masked);
  });

  it("a person's ID in full-width digits in the winner's name, on the line that also holds it as the taxId", async () => {
    const site = await scratch();
    await site.edit('content/procurement/2567/2566-10.yaml', (text) =>
      text.replace(
        'winner: { name: อู่ช่างเอก, price: 44990.25, taxId: "0305561000123" }',
        'winner: { name: อู่ช่างเอก １１０３７０２０７１８１１, price: 44990.25, taxId: "1-1037-02071-81-1" }',
      ),
    );
    const errors = await errorsOf(site);
    expect(errors.filter((problem) => problem.th.includes('เลขประจำตัวประชาชน')).map(short)).toEqual(['error 2566-10.yaml:26 rows[1].winner.name']);
  });

  it("a person's ID in the annual report written with a character reference or split by bold", async () => {
    for (const written of ['110370207181&#49;', '**110370**2071811']) {
      const site = await scratch();
      await site.edit('content/procurement/2567/annual-report.md', (text) => `${text}\nผู้ร้องเรียน ${written}\n`);
      const errors = await errorsOf(site);
      expect(
        errors.map((problem) => problem.file.replace(/^.*procurement\/2567\//, '')),
        written,
      ).toEqual(['annual-report.md']);
      expect(errors[0]!.th).toContain('1-1037-XXXXX-XX-1');
    }
  });

  it('an annual report posted before the year ended is an error', async () => {
    const site = await scratch();
    await site.edit('content/procurement/2567/annual-report.md', (text) => text.replace('posted: 2567-10-15', 'posted: 2567-09-15'));
    const errors = ofProcurement((await loadAndValidateContent(site.root)).problems).filter((problem) => problem.severity === 'error');
    expect(errors.map(short)).toEqual(['error annual-report.md:3 posted']);
  });
});

describe('a method the 2560 Procurement Act abolished', () => {
  const legacyWarnings = (problems: ContentProblem[]) =>
    ofProcurement(problems).filter((problem) => problem.severity === 'warning' && problem.th.includes('23 สิงหาคม 2560'));

  it('is a warning on a row dated after the Act took effect (23 August 2560), naming the method that replaced it', async () => {
    const site = await scratch();
    await site.edit('content/procurement/2567/2566-10.yaml', (text) => text.replace('method: เฉพาะเจาะจง', 'method: ตกลงราคา'));
    const warnings = legacyWarnings((await loadAndValidateContent(site.root)).problems);
    expect(warnings.map(short)).toEqual(['warning 2566-10.yaml:8 rows[0].method']);
    expect(warnings[0]!.th).toContain('ตกลงราคา');
    expect(warnings[0]!.th).toContain('23 สิงหาคม 2560');
    expect(warnings[0]!.fixTh).toContain('เฉพาะเจาะจง');
  });

  it('is no warning for สอบราคา (still a method of the Act), nor on a row dated before the Act', async () => {
    const site = await scratch();
    await site.edit('content/procurement/2567/2566-10.yaml', (text) => text.replace('method: เฉพาะเจาะจง', 'method: สอบราคา'));
    await site.write(
      'content/procurement/2560/2560-08.yaml',
      [
        'month: 2560-08',
        'posted: 2560-09-05',
        'rows:',
        '  - item: จัดซื้อวัสดุสำนักงาน',
        '    budget: 9000',
        '    method: ตกลงราคา',
        '    category: ซื้อ',
        '    winner: { name: ร้านสมใจการค้า, price: 9000, taxId: "0305561000123" }',
        '    evidence: { kind: ใบสั่งซื้อ/สั่งจ้าง, number: "5/2560", date: 2560-08-22 }',
        '',
      ].join('\n'),
    );
    const { problems } = await loadAndValidateContent(site.root);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(legacyWarnings(problems)).toEqual([]);
  });
});
