import { describe, expect, it } from 'vitest';
import { characterErrorRate, editDistance } from '../../scripts/bench/lib/ocr-accuracy.ts';

describe('character error rate', () => {
  it('counts inserted, deleted and replaced characters', () => {
    expect(editDistance([...'กขค'], [...'กคง'])).toBe(2);
    expect(editDistance([], [...'กข'])).toBe(2);
  });
  it('ignores layout (spaces, line breaks, table rules) and SARA AM written as two characters', () => {
    expect(characterErrorRate('ลำดับ | วงเงิน\nหนึ่ง', 'ล\u0E4D\u0E32ดับ  วงเงิน หนึ่ง')).toEqual({ errors: 0, characters: 16, rate: 0 });
  });
  it('is relative to the true text', () => {
    expect(characterErrorRate('สิ่งปลูกสร้าง', 'สิงปลูกสร้าง').errors).toBe(1);
    expect(characterErrorRate('สิ่งปลูกสร้าง', 'สิงปลูกสร้าง').rate).toBeCloseTo(1 / 13);
  });
});
