import { describe, it, expect } from 'vitest';
import {
  bangkokIsoDate,
  beYearToCe,
  ceYearToBe,
  elapsedFiscalMonths,
  fiscalHalfRange,
  fiscalYearMonths,
  fiscalYearOfInstant,
  fiscalYearOfIso,
  fiscalYearRange,
  formatEnglishDate,
  formatFiscalYear,
  formatThaiDate,
  formatThaiDateShort,
  formatThaiMonth,
  formatThaiMonthRange,
  isInFiscalYear,
  parseThaiInputDate,
  parseThaiInputMonth,
  parseThaiInputPartialDate,
  parseThaiMonthRange,
} from '../../src/lib/calendar/thai-date.ts';

describe('year conversion', () => {
  it.each([
    [2024, 2567],
    [1957, 2500],
    [2000, 2543],
  ])('CE %i ↔ BE %i', (ce, be) => {
    expect(ceYearToBe(ce)).toBe(be);
    expect(beYearToCe(be)).toBe(ce);
  });
});

describe('parseThaiInputDate', () => {
  it.each([
    ['2567-01-15', '2024-01-15', 'BE'],
    ['2024-01-15', '2024-01-15', 'CE'],
    ['2567-02-29', '2024-02-29', 'BE'],
    ['2024-02-29', '2024-02-29', 'CE'],
    ['2543-02-29', '2000-02-29', 'BE'],
    ['2400-01-01', '1857-01-01', 'BE'],
    ['2700-12-31', '2157-12-31', 'BE'],
    ['1900-01-01', '1900-01-01', 'CE'],
    ['2157-12-31', '2157-12-31', 'CE'],
    ['  2567-12-31\n', '2024-12-31', 'BE'],
    ['\t2024-04-30 ', '2024-04-30', 'CE'],
  ])('accepts %j as %s (%s)', (input, iso, era) => {
    expect(parseThaiInputDate(input)).toEqual({ ok: true, iso, era });
  });

  it.each([
    ['2566-02-29', 'invalid-day'],
    ['2023-02-29', 'invalid-day'],
    ['2443-02-29', 'invalid-day'],
    ['1900-02-29', 'invalid-day'],
    ['2567-04-31', 'invalid-day'],
    ['2567-01-00', 'invalid-day'],
    ['2567-13-01', 'invalid-month'],
    ['2024-00-10', 'invalid-month'],
    ['1800-01-01', 'year-range'],
    ['3000-01-01', 'year-range'],
    ['2158-01-01', 'year-range'],
    ['2399-12-31', 'year-range'],
    ['1899-12-31', 'year-range'],
    ['2701-01-01', 'year-range'],
    ['2567-1-15', 'format'],
    ['15/01/2567', 'format'],
    ['2567-01', 'format'],
    ['2567-01-15T00:00:00Z', 'format'],
    ['', 'format'],
    ['   ', 'format'],
  ])('rejects %j with %s', (input, reason) => {
    expect(parseThaiInputDate(input)).toEqual({ ok: false, reason });
  });

  it.each([
    ['CE midnight UTC', new Date(Date.UTC(2024, 0, 15)), { ok: true, iso: '2024-01-15', era: 'CE' }],
    ['BE year as parsed by YAML', new Date(Date.UTC(2567, 0, 15)), { ok: true, iso: '2024-01-15', era: 'BE' }],
    ['UTC date, not local', new Date('2024-01-15T23:30:00Z'), { ok: true, iso: '2024-01-15', era: 'CE' }],
    ['BE leap day absent from the CE year', new Date(Date.UTC(2568, 1, 29)), { ok: false, reason: 'invalid-day' }],
    ['out-of-range year', new Date(Date.UTC(1800, 0, 1)), { ok: false, reason: 'year-range' }],
    ['Invalid Date', new Date(Number.NaN), { ok: false, reason: 'format' }],
  ])('Date input: %s', (_label, input, expected) => {
    expect(parseThaiInputDate(input)).toEqual(expected);
  });
});

describe('parseThaiInputMonth', () => {
  it.each([
    ['2567-01', '2024-01', 'BE'],
    ['2024-12', '2024-12', 'CE'],
    [' 2566-10 ', '2023-10', 'BE'],
  ])('accepts %j as %s (%s)', (input, iso, era) => {
    expect(parseThaiInputMonth(input)).toEqual({ ok: true, iso, era });
  });

  it.each([
    ['2567-13', 'invalid-month'],
    ['2567-00', 'invalid-month'],
    ['3000-01', 'year-range'],
    ['2567-01-15', 'format'],
    ['2567-1', 'format'],
    ['มกราคม 2567', 'format'],
  ])('rejects %j with %s', (input, reason) => {
    expect(parseThaiInputMonth(input)).toEqual({ ok: false, reason });
  });
});

describe('parseThaiInputPartialDate', () => {
  it.each([
    ['2567-01-15', { ok: true, iso: '2024-01-15', precision: 'day', era: 'BE' }],
    ['2567-01', { ok: true, iso: '2024-01', precision: 'month', era: 'BE' }],
    ['2024-02', { ok: true, iso: '2024-02', precision: 'month', era: 'CE' }],
    [new Date(Date.UTC(2567, 5, 1)), { ok: true, iso: '2024-06-01', precision: 'day', era: 'BE' }],
    ['2566-02-29', { ok: false, reason: 'invalid-day' }],
    ['2567-13', { ok: false, reason: 'invalid-month' }],
    ['1800-01', { ok: false, reason: 'year-range' }],
    ['2567', { ok: false, reason: 'format' }],
  ])('%j', (input, expected) => {
    expect(parseThaiInputPartialDate(input)).toEqual(expected);
  });
});

describe('fiscalYearOfIso', () => {
  it.each([
    ['2023-09-30', 2566],
    ['2023-10-01', 2567],
    ['2024-01-15', 2567],
    ['2024-09-30', 2567],
    ['2024-10-01', 2568],
    ['2023-09', 2566],
    ['2023-10', 2567],
    ['2024-09', 2567],
  ])('%s is in FY %i', (iso, fiscalYear) => {
    expect(fiscalYearOfIso(iso)).toBe(fiscalYear);
  });

  it.each(['2567-01-15', '2024-13-01', '2023-02-29', 'not a date'])('throws on non-CE-ISO %j', (iso) => {
    expect(() => fiscalYearOfIso(iso)).toThrow(RangeError);
  });
});

describe('Bangkok instants', () => {
  it.each([
    ['2024-09-30T16:59:59Z', '2024-09-30', 2567],
    ['2024-09-30T17:00:00Z', '2024-10-01', 2568],
    ['2023-09-30T16:59:59.999Z', '2023-09-30', 2566],
    ['2023-09-30T17:00:00Z', '2023-10-01', 2567],
    ['2024-12-31T17:00:00Z', '2025-01-01', 2568],
    ['2024-02-28T17:00:00Z', '2024-02-29', 2567],
  ])('%s is %s in Bangkok, FY %i', (instant, isoDate, fiscalYear) => {
    expect(bangkokIsoDate(new Date(instant))).toBe(isoDate);
    expect(fiscalYearOfInstant(new Date(instant))).toBe(fiscalYear);
  });

  it('rejects an Invalid Date', () => {
    expect(() => bangkokIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('fiscal year ranges', () => {
  it.each([
    [2567, '2023-10-01', '2024-09-30'],
    [2568, '2024-10-01', '2025-09-30'],
    [2543, '1999-10-01', '2000-09-30'],
  ])('fiscalYearRange(%i)', (fiscalYear, start, end) => {
    expect(fiscalYearRange(fiscalYear)).toEqual({ start, end });
  });

  it('fiscalYearMonths(2567) runs Oct 2023 .. Sep 2024', () => {
    expect(fiscalYearMonths(2567)).toEqual([
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
    ]);
  });

  it.each([
    [2567, 1, '2023-10', '2024-03'],
    [2567, 2, '2024-04', '2024-09'],
    [2568, 1, '2024-10', '2025-03'],
  ] as const)('fiscalHalfRange(%i, %i)', (fiscalYear, half, start, end) => {
    expect(fiscalHalfRange(fiscalYear, half)).toEqual({ start, end });
  });

  it.each([2024, 2567.5, 3000])('rejects non-BE fiscal year %s', (fiscalYear) => {
    expect(() => fiscalYearRange(fiscalYear)).toThrow(RangeError);
    expect(() => fiscalYearMonths(fiscalYear)).toThrow(RangeError);
  });

  it.each([
    ['2023-10-01', 2567, true],
    ['2024-09-30', 2567, true],
    ['2023-09-30', 2567, false],
    ['2024-10-01', 2567, false],
    ['2024-03', 2567, true],
    ['2024-10', 2567, false],
  ])('isInFiscalYear(%s, %i) is %s', (iso, fiscalYear, expected) => {
    expect(isInFiscalYear(iso, fiscalYear)).toBe(expected);
  });
});

describe('elapsedFiscalMonths', () => {
  it.each([
    ['before the FY', '2023-09-30', []],
    ['on its first day', '2023-10-01', ['2023-10']],
    ['mid-month, inside', '2024-01-15', ['2023-10', '2023-11', '2023-12', '2024-01']],
    ['on its last day', '2024-09-30', fiscalYearMonths(2567)],
    ['after the FY', '2025-06-01', fiscalYearMonths(2567)],
  ])('FY 2567 %s (%s)', (_label, asOf, expected) => {
    expect(elapsedFiscalMonths(2567, asOf)).toEqual(expected);
  });

  it('returns all 12 months after the FY', () => {
    expect(elapsedFiscalMonths(2567, '2024-10-01')).toHaveLength(12);
  });
});

describe('formatting', () => {
  it.each([
    ['2024-01-15', '15 มกราคม 2567', '15 ม.ค. 2567', '15 January 2024'],
    ['2024-02-29', '29 กุมภาพันธ์ 2567', '29 ก.พ. 2567', '29 February 2024'],
    ['2023-12-31', '31 ธันวาคม 2566', '31 ธ.ค. 2566', '31 December 2023'],
    ['2024-01-01', '1 มกราคม 2567', '1 ม.ค. 2567', '1 January 2024'],
    ['2024-01', 'มกราคม 2567', 'ม.ค. 2567', 'January 2024'],
    ['2023-10', 'ตุลาคม 2566', 'ต.ค. 2566', 'October 2023'],
  ])('%s', (iso, thaiLong, thaiShort, english) => {
    // Twice: each form of a day is made once and given again, and the forms of one day are kept apart.
    for (let time = 0; time < 2; time += 1) {
      expect(formatThaiDate(iso)).toBe(thaiLong);
      expect(formatThaiDateShort(iso)).toBe(thaiShort);
      expect(formatEnglishDate(iso)).toBe(english);
    }
  });

  it.each([
    ['2024-01', 'มกราคม 2567'],
    ['2024-09', 'กันยายน 2567'],
  ])('formatThaiMonth(%s)', (iso, expected) => {
    expect(formatThaiMonth(iso)).toBe(expected);
  });

  it('formatFiscalYear', () => {
    expect(formatFiscalYear(2567)).toBe('ปีงบประมาณ พ.ศ. 2567');
  });

  it.each(['2567-01-15', '2024-02-30', '15 Jan 2024'])('throws on non-CE-ISO %j, every time', (iso) => {
    expect(() => formatThaiDate(iso)).toThrow(RangeError);
    expect(() => formatThaiDate(iso)).toThrow(RangeError);
    expect(() => formatThaiDateShort(iso)).toThrow(RangeError);
  });
});

describe('parseThaiMonthRange', () => {
  it.each([
    ['ต.ค.66-ธ.ค.67', '2023-10', '2024-12'],
    ['ม.ค.-พ.ค. 67', '2024-01', '2024-05'],
    ['ม.ค.-ส.ค.67', '2024-01', '2024-08'],
    ['ต.ค.-ธ.ค. 67', '2024-10', '2024-12'],
    ['ต.ค.-มี.ค. 67', '2023-10', '2024-03'],
    ['ต.ค. 66 - ธ.ค. 67', '2023-10', '2024-12'],
    ['ต . ค . 66 – ธ . ค . 67', '2023-10', '2024-12'],
    ['ม.ค. 2567 - มี.ค. 2567', '2024-01', '2024-03'],
    ['ต.ค. 2566-มี.ค.', '2023-10', '2024-03'],
    ['ตุลาคม 2566 - มีนาคม 2567', '2023-10', '2024-03'],
    ['ม.ค.-พ.ค. ๖๗', '2024-01', '2024-05'],
    ['ธ.ค67', '2024-12', '2024-12'],
  ])('%j → %s..%s', (text, start, end) => {
    expect(parseThaiMonthRange(text)).toEqual({ ok: true, start, end });
  });

  it.each([
    ['', 'format'],
    ['garbage', 'format'],
    ['2567-01', 'format'],
    ['ม.ค.-พ.ค.', 'missing-year'],
    ['ม.ค.-XX 67', 'format'],
    ['ม.ค.-พ.ค. 675', 'format'],
    ['ม.ค.-พ.ค. 3000', 'year-range'],
    ['ธ.ค.67-ม.ค.67', 'start-after-end'],
  ])('rejects %j with %s', (text, reason) => {
    expect(parseThaiMonthRange(text)).toEqual({ ok: false, reason });
  });
});

describe('formatThaiMonthRange', () => {
  it.each([
    ['2023-10', '2024-12', 'ต.ค. 2566 – ธ.ค. 2567'],
    ['2024-01', '2024-05', 'ม.ค. 2567 – พ.ค. 2567'],
    ['2024-12', '2024-12', 'ธ.ค. 2567'],
  ])('%s..%s', (start, end, expected) => {
    expect(formatThaiMonthRange(start, end)).toBe(expected);
  });

  it.each(['ต.ค.66-ธ.ค.67', 'ม.ค.-พ.ค. 67', 'ต.ค.-มี.ค. 67'])('round-trips %j through parse and format', (text) => {
    const parsed = parseThaiMonthRange(text);
    if (!parsed.ok) throw new Error(`expected ${text} to parse`);
    const reparsed = parseThaiMonthRange(formatThaiMonthRange(parsed.start, parsed.end));
    expect(reparsed).toEqual(parsed);
  });
});
