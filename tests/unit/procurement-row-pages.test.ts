/**
 * A page per procurement row (issue 23): the addresses (the e-GP number, else the contract's or order's kind and
 * number, else the position), the route data of every row of the fixture year, and what a row's page shows — each
 * expectation written from tests/fixtures/sites/procurement-year and the privacy rule before the code ran.
 */
import { describe, it, expect } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { rowHasPage, rowSlugs } from '../../src/lib/procurement/row-slugs.ts';
import { procurementRowPages } from '../../src/lib/routes/procurement.ts';
import { monthPageView, personIdsOfModel, rowPageView, yearPageView, PersonalIdInOutputError } from '../../src/lib/procurement-views/view.ts';
import { knownSitePaths } from '../../src/lib/content/site-paths.ts';

const fixtureRoot = new URL('../fixtures/sites/procurement-year', import.meta.url).pathname;
const { model } = await loadAndValidateContent(fixtureRoot);
if (!model?.procurement) throw new Error('fixture invalid');
const pages = procurementRowPages(model);
const pathOf = (page: (typeof pages)[number]) => `/procurement/${page.params.year}/${page.params.month}/${page.params.row}/`;
/** A row's page data, whether or not the row has a page: /procurement/<FY>/<BE month>/<slug>/ read back to its row. */
const viewAt = (pagePath: string) => {
  const [, , , month, slug] = pagePath.split('/');
  const [year, monthNumber] = month!.split('-');
  const iso = `${Number(year) - 543}-${monthNumber}`;
  const entry = model.procurement!.months.find((candidate) => candidate.data.month === iso)!;
  return rowPageView(entry, rowSlugs(entry.data.rows).indexOf(slug!), slug!, personIdsOfModel(model));
};
const facts = (pagePath: string) => Object.fromEntries(viewAt(pagePath).facts.map((fact) => [fact.label, fact.list?.length ? fact.list : fact.value]));

describe('row addresses', () => {
  const row = (number: string, kind: 'order' | 'contract' | 'agreement' = 'order', egpNumber?: string) => ({
    evidence: { kind, number },
    ...(egpNumber ? { egpNumber } : {}),
  });

  it('the e-GP number when there is one, else kind and number in ASCII (Thai digits read as digits)', () => {
    expect(rowSlugs([row('1/2567', 'contract', '66129012345'), row('2/2567'), row('๓/๒๕๖๗', 'agreement'), row('กค 0023/45')])).toEqual([
      '66129012345',
      'order-2-2567',
      'agreement-3-2567',
      'order-0023-45',
    ]);
  });

  it('numbers that read alike, or have no letter or digit to name them by, fall back to the position', () => {
    expect(rowSlugs([row('1/2567'), row('1-2567'), row('ก/ข'), row('7/2567')])).toEqual(['row-1', 'row-2', 'row-3', 'order-7-2567']);
  });

  it('a row keeps its address when another is added before it', () => {
    const before = rowSlugs([row('1/2567'), row('2/2567', 'contract', '67019045678')]);
    const after = rowSlugs([row('9/2567'), row('1/2567'), row('2/2567', 'contract', '67019045678')]);
    expect(after.slice(1)).toEqual(before);
  });

  it('never two alike, even when an e-GP number is spelled as a position', () => {
    const slugs = rowSlugs([row('x', 'order', 'row 2'), row('ก')]);
    expect(new Set(slugs).size).toBe(2);
  });
});

describe('which rows have a page: any method but เฉพาะเจาะจง, or a budget above 500,000 บาท', () => {
  const site = {};
  it('a small specific purchase has none; one satang above the limit, or another method, has one', () => {
    expect(rowHasPage({ method: 'specific', budget: 500_000_00 }, site)).toBe(false);
    expect(rowHasPage({ method: 'specific', budget: 500_000_01 }, site)).toBe(true);
    expect(rowHasPage({ method: 'e-bidding', budget: 100_000_00 }, site)).toBe(true);
    expect(rowHasPage({ method: 'price-inquiry', budget: 1_00 }, site)).toBe(true);
    expect(rowHasPage({ method: 'e-bidding', budget: 9_000_000_00 }, { procurement: { noRowPages: true } })).toBe(false);
  });
});

describe('the route data: a page per row of public interest in the fixture year', () => {
  it('of six rows, the e-bidding road and the 600,000-baht computers, at the addresses the rule gives', () => {
    expect(pages.map(pathOf).sort()).toEqual(['/procurement/2567/2566-12/66129012345/', '/procurement/2567/2567-01/67019045678/'].sort());
  });

  it('internal links to the row pages are known to the link checker', () => {
    const known = knownSitePaths(model);
    for (const page of pages) expect(known.has(pathOf(page)), pathOf(page)).toBe(true);
  });

  it("a person's row: every field in Thai, the tax ID masked with a note saying why", () => {
    const view = viewAt('/procurement/2567/2566-10/order-1-2567/');
    expect([view.title, view.monthLabel, view.monthUrl, view.yearUrl, view.posted]).toEqual([
      'จัดซื้อวัสดุสำนักงาน',
      'ตุลาคม 2566',
      '/procurement/2567/2566-10/',
      '/procurement/2567/',
      '3 พฤศจิกายน 2566',
    ]);
    expect(facts('/procurement/2567/2566-10/order-1-2567/')).toEqual({
      งานที่จัดซื้อหรือจัดจ้าง: 'จัดซื้อวัสดุสำนักงาน',
      ประเภท: 'ซื้อ',
      วงเงินที่จะซื้อหรือจ้าง: '12,500.00 บาท',
      แหล่งที่มาของงบประมาณ: 'เงินงบประมาณ',
      ราคากลาง: '12,500.00 บาท',
      วิธีซื้อหรือจ้าง: 'เฉพาะเจาะจง',
      รายชื่อผู้เสนอราคาและราคาที่เสนอ: ['ร้านสมใจการค้า ราคา 12,000.00 บาท'],
      ผู้ได้รับการคัดเลือก: 'ร้านสมใจการค้า',
      ราคาที่ตกลงซื้อหรือจ้าง: '12,000.00 บาท',
      เลขประจำตัวผู้เสียภาษีของผู้ได้รับการคัดเลือก: '110370207xxxx',
      เหตุผลที่คัดเลือกโดยสรุป: 'เป็นผู้เสนอราคาตรงตามข้อกำหนด และราคาไม่เกินงบประมาณ',
      ประเภทหลักฐาน: 'ใบสั่งซื้อ/สั่งจ้าง',
      เลขที่หลักฐาน: '1/2567',
      วันที่หลักฐาน: '12 ตุลาคม 2566',
      'เลขที่โครงการในระบบ e-GP': '–',
      สถานะการจัดซื้อจัดจ้าง: 'สิ้นสุดสัญญา',
    });
    const taxFact = view.facts.find((fact) => fact.label === 'เลขประจำตัวผู้เสียภาษีของผู้ได้รับการคัดเลือก')!;
    expect(taxFact.note).toBe('เลขประจำตัวของบุคคลธรรมดาแสดงเพียง 9 หลักแรก');
    const everyRow = ['/procurement/2567/2566-10/order-1-2567/', '/procurement/2567/2566-10/order-2-2567/', '/procurement/2567/2567-01/order-3-2567/'];
    expect(JSON.stringify(everyRow.map(viewAt))).not.toContain('1103702071811');
    expect(JSON.stringify(everyRow.map(viewAt))).not.toContain('3301500456781');
  });

  it("the road contract: two bidders, the company's ID in full, e-GP number and status", () => {
    const road = facts('/procurement/2567/2566-12/66129012345/');
    expect(road['รายชื่อผู้เสนอราคาและราคาที่เสนอ']).toEqual(['หจก.ทองดีก่อสร้าง ราคา 1,450,000.00 บาท', 'บริษัท ศิลาพัฒนา จำกัด ราคา 1,470,000.00 บาท']);
    expect(road['เลขประจำตัวผู้เสียภาษีของผู้ได้รับการคัดเลือก']).toBe('0303560001234');
    expect(road['ประเภทหลักฐาน']).toBe('สัญญา');
    expect(road['เลขที่โครงการในระบบ e-GP']).toBe('66129012345');
    expect(road['สถานะการจัดซื้อจัดจ้าง']).toBe('ระหว่างดำเนินการ');
    expect(road['ประเภท']).toBe('จ้างก่อสร้าง');
    expect(viewAt('/procurement/2567/2566-12/66129012345/').facts.find((fact) => fact.note)).toBeUndefined();
  });

  it('a row without bidders, reason or tax ID says "–", not an empty line', () => {
    const fuel = facts('/procurement/2567/2567-03/order-4-2567/');
    expect([fuel['รายชื่อผู้เสนอราคาและราคาที่เสนอ'], fuel['เลขประจำตัวผู้เสียภาษีของผู้ได้รับการคัดเลือก'], fuel['แหล่งที่มาของงบประมาณ']]).toEqual(['–', '–', '–']);
    expect(facts('/procurement/2567/2567-01/order-3-2567/')['เหตุผลที่คัดเลือกโดยสรุป']).toBe('–');
  });

  it('the month page links each row that has a page to it; the year page links its largest contracts that have one', () => {
    const month = (iso: string) =>
      monthPageView(
        model,
        model.procurement!.months.find((entry) => entry.data.month === iso)!,
        'content',
      );
    expect(month('2023-10').rows.map((row) => row.url)).toEqual([undefined, undefined]);
    expect(month('2024-01').rows.map((row) => row.url)).toEqual(['/procurement/2567/2567-01/67019045678/', undefined]);
    expect(yearPageView(model, 2567).largest.map((row) => row.url)).toEqual([
      '/procurement/2567/2566-12/66129012345/',
      '/procurement/2567/2567-01/67019045678/',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("refuses to prepare a page whose data would carry a person's ID (a reason quoting it)", () => {
    const leaky = structuredClone(model);
    const january = leaky.procurement!.months.find((entry) => entry.data.month === '2024-01')!;
    january.data.rows[0]!.reason = 'ผู้ชนะเดียวกับ 3 3015 00456 78 1';
    expect(() => procurementRowPages(leaky)).toThrow(PersonalIdInOutputError);
  });
});

describe('an agency that turns row pages off (site.yaml procurement.noRowPages: true)', () => {
  const without = structuredClone(model);
  without.site = { ...without.site, procurement: { ...without.site.procurement, noRowPages: true } };

  it('gets no row pages, no links to them, and the link checker knows none', () => {
    expect(procurementRowPages(without)).toEqual([]);
    const october = without.procurement!.months.find((entry) => entry.data.month === '2023-10')!;
    expect(monthPageView(without, october, 'content').rows.map((row) => row.url)).toEqual([undefined, undefined]);
    expect(yearPageView(without, 2567).largest.map((row) => row.url)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect([...knownSitePaths(without)].filter((sitePath) => /^\/procurement\/\d+\/\d{4}-\d{2}\/[^/]+\/$/.test(sitePath))).toEqual([]);
  });

  it('the default (no setting) has them for the rows of public interest', () => {
    const december = model.procurement!.months.find((entry) => entry.data.month === '2023-12')!;
    expect(monthPageView(model, december, 'content').rows[0]!.url).toBe('/procurement/2567/2566-12/66129012345/');
    expect(procurementRowPages(model)).toHaveLength(2);
  });
});
