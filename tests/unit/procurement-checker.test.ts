import { describe, it, expect } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { collectEvidence } from '../../src/lib/oit/evidence.ts';
import { assessCatalogue } from '../../src/lib/oit/status.ts';

const fixtureRoot = new URL('../fixtures/sites/procurement-year', import.meta.url).pathname;
const { model } = await loadAndValidateContent(fixtureRoot);
if (!model) throw new Error('fixture invalid');
const assess = (year: number, asOf: string, code: string) => {
  const catalogue = model.catalogues.find((entry) => entry.data.year === year)!.data;
  return assessCatalogue(catalogue, collectEvidence(model), model.site, asOf).find((assessment) => assessment.item.code === code)!;
};

describe('the month files answer the monthly summary (O21 in ITA 2567), judged from data', () => {
  it('as of the last day of FY 2567: six months missing, December late, incomplete (EXPECTED.md)', () => {
    const o21 = assess(2567, '2024-09-30', 'O21');
    expect(o21.status).toBe('incomplete');
    expect(o21.missingMonths).toEqual(['2024-02', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08']);
    expect(o21.lateMonths).toEqual(['2023-12']);
    expect(o21.evidence.map((evidence) => evidence.url)).toEqual([
      '/procurement/2567/2567-03/',
      '/procurement/2567/2567-01/',
      '/procurement/2567/2566-12/',
      '/procurement/2567/2566-11/',
      '/procurement/2567/2566-10/',
    ]);
  });

  it('as of 15 November 2566 only October is due, and it was online on 3 November: ok', () => {
    const o21 = assess(2567, '2023-11-15', 'O21');
    expect(o21.status).toBe('ok');
    expect(o21.missingMonths).toEqual([]);
  });

  it('as of 5 January 2567 December is due and not yet online (posted 10 February): missing month, and named as not yet online', () => {
    const o21 = assess(2567, '2024-01-05', 'O21');
    expect(o21.missingMonths).toEqual(['2023-12']);
    expect(o21.notYetOnline.map((evidence) => evidence.month)).toContain('2023-12');
  });
});

describe('the year page with the staff text answers the annual report once the year has ended', () => {
  it("ITA 2568 O13 (previous fiscal year) is ok as of 30 September 2568, with the year page's URL", () => {
    const o13 = assess(2568, '2025-09-30', 'O13');
    expect(o13.status).toBe('ok');
    expect(o13.evidence.map((evidence) => evidence.url)).toEqual(['/procurement/2567/']);
  });
  it('before the report went online (10 October 2567) it is missing', () => {
    expect(assess(2568, '2024-10-10', 'O13').status).toBe('missing');
  });
});
