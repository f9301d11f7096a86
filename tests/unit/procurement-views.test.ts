import { describe, it, expect } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { yearFigures } from '../../src/lib/procurement-views/figures.ts';
import { monthPageView, procurementIndexView, yearPageView, assertPublishable, PersonalIdInOutputError } from '../../src/lib/procurement-views/view.ts';
import { procurementDatasets } from '../../src/lib/procurement-views/exports.ts';

// Expected values from tests/fixtures/sites/procurement-year/EXPECTED.md, worked out by hand before the code ran.
const fixtureRoot = new URL('../fixtures/sites/procurement-year', import.meta.url).pathname;
const { model } = await loadAndValidateContent(fixtureRoot);
if (!model?.procurement) throw new Error('fixture invalid');
const months = model.procurement.months;

describe("the year's figures, in satang, from the rows", () => {
  const figures = yearFigures(months, 2567);
  it('count, total agreed and total budget', () => {
    expect([figures.count, figures.total, figures.budget]).toEqual([6, 222949100, 228350050]);
  });
  it('by method, largest total first', () => {
    expect(figures.byMethod).toEqual([
      { key: 'e-bidding', count: 1, total: 145000000 },
      { key: 'specific', count: 5, total: 77949100 },
    ]);
  });
  it("by category, in the form's order", () => {
    expect(figures.byCategory).toEqual([
      { key: 'goods', count: 3, total: 63950075 },
      { key: 'services', count: 2, total: 13999025 },
      { key: 'works', count: 1, total: 145000000 },
    ]);
  });
  it("by month: twelve months, October first, with what each month's file says", () => {
    expect(figures.byMonth.map((month) => [month.key, month.state, month.count, month.total])).toEqual([
      ['2023-10', 'rows', 2, 5699025],
      ['2023-11', 'none', 0, 0],
      ['2023-12', 'rows', 1, 145000000],
      ['2024-01', 'rows', 2, 69300000],
      ['2024-02', 'no-file', 0, 0],
      ['2024-03', 'rows', 1, 2950075],
      ...['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09'].map((month) => [month, 'no-file', 0, 0]),
    ]);
  });
  it('the largest contracts, and the share of specific-method purchases', () => {
    expect(figures.largest.map((placed) => placed.row.winner.price)).toEqual([145000000, 59800000, 9500000, 4499025, 2950075]);
    expect(figures.specific.count).toBe(5);
    expect(figures.specific.countShare).toBeCloseTo(5 / 6, 10);
    expect(figures.specific.totalShare).toBeCloseTo(779491 / 2229491, 10);
  });
  it('an empty year has zero shares, not NaN', () => {
    expect(yearFigures(months, 2570).specific).toEqual({ count: 0, total: 0, countShare: 0, totalShare: 0 });
  });
});

describe('what the pages print', () => {
  it('the year page: totals and shares as a reader sees them', () => {
    const view = yearPageView(model, 2567);
    expect([view.count, view.total, view.budget]).toEqual([6, '2,229,491.00', '2,283,500.50']);
    expect(view.specificShare).toBe('83.3% ของจำนวนรายการ และ 35.0% ของมูลค่า');
    expect(view.byMethod.map((row) => [row.label, row.count, row.total, row.share])).toEqual([
      ['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 1, '1,450,000.00', '65.0%'],
      ['เฉพาะเจาะจง', 5, '779,491.00', '35.0%'],
    ]);
    expect(view.charts.method.values).toEqual([1450000, 779491]);
    expect(view.byMonth[4]).toMatchObject({ label: 'กุมภาพันธ์ 2567', total: 'ยังไม่มีข้อมูล', state: 'no-file' });
    expect(view.byMonth[4]).not.toHaveProperty('url');
    expect(view.byMonth[1]).toMatchObject({ total: 'ไม่มีการจัดซื้อจัดจ้าง', url: '/procurement/2567/2566-11/' });
    expect(view.report?.problems).toContain('e-GP');
  });

  it("the month page: the form's title, the agency, rows with a person's ID masked and a company's in full", () => {
    const view = monthPageView(model, months[0]!, 'content');
    expect(view.title).toBe('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม 2566');
    expect(view.agencyName).toBe('องค์การบริหารส่วนตำบลทดลองซื้อ');
    expect(view.rows.map((row) => row.winner.taxId)).toEqual(['110370207xxxx', '0305561000123']);
    expect(view.rows[0]).toMatchObject({ budget: '12,500.00', method: 'เฉพาะเจาะจง', evidence: 'ใบสั่งซื้อ/สั่งจ้าง เลขที่ 1/2567 ลงวันที่ 12 ต.ค. 2566' });
    expect(view.total).toBe('รวม 2 รายการ เป็นเงิน 56,990.25 บาท');
  });

  it('the index: the year with its months that have a file', () => {
    const [year] = procurementIndexView(model);
    expect(year?.summary).toBe('6 รายการ รวม 2,229,491.00 บาท');
    expect(year?.months.map((month) => [month.label, month.total])).toEqual([
      ['ตุลาคม 2566', '56,990.25'],
      ['พฤศจิกายน 2566', 'ไม่มีการจัดซื้อจัดจ้าง'],
      ['ธันวาคม 2566', '1,450,000.00'],
      ['มกราคม 2567', '693,000.00'],
      ['มีนาคม 2567', '29,500.75'],
    ]);
    // Made once per model: each year's page takes its months from it (ten years' pages computed ten indexes).
    expect(procurementIndexView(model)).toBe(procurementIndexView(model));
    expect(yearPageView(model, 2567).months).toBe(year?.months);
  });
});

describe("no person's ID goes out", () => {
  it('the guard refuses data holding one, however it is spaced', () => {
    const people = new Set(['1103702071811']);
    expect(() => assertPublishable({ cell: 'ผู้ขาย 1 1037 02071 81 1' }, people, '/x/')).toThrow(PersonalIdInOutputError);
    expect(() => assertPublishable('110370207xxxx', people, '/x/')).not.toThrow();
  });
  it('the CSV cells carry the masked form only', () => {
    const [dataset] = procurementDatasets(model);
    const cells = dataset!.rows.map((row) => dataset!.columns.map((column) => column.value(row)));
    const flat = JSON.stringify(cells);
    expect(flat).not.toContain('1103702071811');
    expect(flat).not.toContain('3301500456781');
    expect(flat).toContain('110370207xxxx');
    expect(flat).toContain('330150045xxxx');
  });
});

describe('OCDS only with a registered prefix', () => {
  it('no ocidPrefix in site.yaml: no OCDS year and no OCDS link in the dataset', async () => {
    const { ocdsYears } = await import('../../src/lib/procurement-views/exports.ts');
    const withoutPrefix = { ...model, site: { ...model.site, procurement: undefined } };
    expect(ocdsYears(model)).toEqual([2567]);
    expect(ocdsYears(withoutPrefix)).toEqual([]);
    expect(procurementDatasets(withoutPrefix)[0]).not.toHaveProperty('ocdsUrl');
  });
});
