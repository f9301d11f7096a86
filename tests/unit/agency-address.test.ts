import { describe, it, expect } from 'vitest';
import { formatThaiAddress } from '../../src/lib/agency-address.ts';
import { catalogueForYear } from '../../src/lib/catalogue-for-year.ts';

describe('formatThaiAddress', () => {
  it('writes ตำบล อำเภอ จังหวัด and leaves out parts that are not given', () => {
    expect(formatThaiAddress({ subdistrict: 'ตะโก', district: 'ห้วยแถลง', province: 'นครราชสีมา' })).toBe('ตำบลตะโก อำเภอห้วยแถลง จังหวัดนครราชสีมา');
    expect(formatThaiAddress({ line: 'หมู่ที่ 1', subdistrict: 'ตะโก', district: 'ห้วยแถลง', province: 'นครราชสีมา', postcode: '30240' })).toBe(
      'หมู่ที่ 1 ตำบลตะโก อำเภอห้วยแถลง จังหวัดนครราชสีมา 30240',
    );
  });
});

describe('catalogueForYear', () => {
  const catalogues = [2566, 2567].map((year) => ({ data: { year } })) as never[];
  it('finds the year, and nothing for a year without a catalogue', () => {
    expect(catalogueForYear(catalogues, 2567)).toEqual({ year: 2567 });
    expect(catalogueForYear(catalogues, 2599)).toBeUndefined();
    expect(catalogueForYear(catalogues, undefined)).toBeUndefined();
  });
});
