import { describe, it, expect } from 'vitest';
import {
  formatCatalogueIds,
  parseCatalogueIds,
  hasFilters,
  pagefindFilters,
  parseSearchParams,
  searchFilterChoices,
  searchHref,
} from '../../src/lib/search/search-facets.ts';

describe('parseSearchParams', () => {
  it('reads the query, filters and sort of a /search/ address', () => {
    const request = parseSearchParams(new URLSearchParams('q=%20ของขวัญ%20&year=2567&kind=measure&type=procurement-plan&sort=newest'));
    expect(request).toEqual({ query: 'ของขวัญ', fiscalYear: '2567', kind: 'measure', type: 'procurement-plan', newestFirst: true, asTyped: false });
    expect(hasFilters(request)).toBe(true);
    expect(pagefindFilters(request)).toEqual({ fiscalYear: ['2567'], kind: ['measure'], type: ['procurement-plan'] });
  });

  it('leaves out malformed or unknown values instead of failing, and caps a very long query', () => {
    const request = parseSearchParams(new URLSearchParams(`q=${'ก'.repeat(500)}&year=67&kind=secret&type=<b>&sort=oldest`));
    expect(request.query).toHaveLength(200);
    expect([request.fiscalYear, request.kind, request.type, request.newestFirst]).toEqual(['', '', '', false]);
    expect(hasFilters(request)).toBe(false);
    expect(pagefindFilters(request)).toEqual({});
  });
});

describe('searchHref', () => {
  it('writes the request back as a /search/ address, or the bare page when empty', () => {
    expect(searchHref({ query: 'คะแนน ITA', fiscalYear: '2566', newestFirst: true })).toBe(
      '/search/?q=%E0%B8%84%E0%B8%B0%E0%B9%81%E0%B8%99%E0%B8%99+ITA&year=2566&sort=newest',
    );
    expect(searchHref({})).toBe('/search/');
  });
});

describe('searchFilterChoices', () => {
  it('offers every year of the content, newest first, and only the document types in use, in their listed order', () => {
    const entry = <T>(data: T) => ({ id: 'x', file: 'x', body: '', data });
    const choices = searchFilterChoices({
      documents: [entry({ fiscalYear: 2567, type: 'plan' }), entry({ fiscalYear: 2566, type: 'report' })],
      measures: [entry({ fiscalYear: 2568 })],
      declarations: [entry({ fiscalYear: 2567 })],
      catalogues: [entry({ year: 2569 })],
      documentTypes: [
        { id: 'report', th: 'รายงาน' },
        { id: 'unused', th: 'ไม่ใช้' },
        { id: 'plan', th: 'แผน' },
      ],
    } as never);
    expect(choices).toEqual({
      kinds: ['document', 'measure', 'declaration', 'news', 'oit-item'],
      fiscalYears: [2569, 2568, 2567, 2566],
      types: [
        { id: 'report', label: 'รายงาน' },
        { id: 'plan', label: 'แผน' },
      ],
    });
  });
});

describe('catalogue result ids', () => {
  it('are written by year and read back as id → year', () => {
    const written = formatCatalogueIds(
      new Map([
        [2567, ['und_b', 'und_a']],
        [2566, ['und_c']],
      ]),
    );
    expect(written).toBe('2566:und_c 2567:und_a und_b');
    expect([...parseCatalogueIds(written)]).toEqual([
      ['und_c', 2566],
      ['und_a', 2567],
      ['und_b', 2567],
    ]);
    expect(parseCatalogueIds('')).toEqual(new Map());
  });

  it('offers the procurement kind, and the procurement years, only where the agency keeps procurement as data', () => {
    const empty = { documents: [], measures: [], declarations: [], catalogues: [], documentTypes: [] } as never;
    expect(searchFilterChoices(empty).kinds).not.toContain('procurement');
    const withRows = searchFilterChoices(empty, [2560, 2567]);
    expect(withRows.kinds).toContain('procurement');
    expect(withRows.fiscalYears).toEqual([2567, 2560]);
  });
});
