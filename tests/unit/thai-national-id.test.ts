import { describe, it, expect } from 'vitest';
import { isValidThaiNationalId, findThaiNationalIds, maskNationalId, normaliseDigits } from '../../src/lib/guards/thai-national-id.ts';

/** Builds a checksum-valid ID from twelve digits, so the tests do not rely on anyone's real number. */
function withCheckDigit(first12: string): string {
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += Number(first12[index]) * (13 - index);
  return first12 + String((11 - (sum % 11)) % 10);
}
const valid = withCheckDigit('110370207181');
const wrongCheck = valid.slice(0, 12) + String((Number(valid[12]) + 1) % 10);
const grouped = `${valid[0]}-${valid.slice(1, 5)}-${valid.slice(5, 10)}-${valid.slice(10, 12)}-${valid[12]}`;

describe('isValidThaiNationalId', () => {
  it.each([
    // Worked by hand: Σ = 3·13+1·12+0·11+0·10+6·9+0·8+0·7+4·6+4·5+5·4+1·3+3·2 = 178; 178 mod 11 = 2; (11−2) mod 10 = 9.
    ['3100600445139', true],
    ['3100600445135', false],
    [withCheckDigit('810170023070'), true],
    [valid, true],
    [wrongCheck, false],
    ['110370207181', false],
    ['11037020718111', false],
    ['abcdefghijklm', false],
  ])('%s → %s', (digits, expected) => {
    expect(isValidThaiNationalId(digits)).toBe(expected);
  });
});

describe('findThaiNationalIds', () => {
  it.each([
    ['plain', `เลขประจำตัวประชาชน ${valid} ผู้ยื่น`],
    ['dashes', `เลขบัตร ${grouped}`],
    ['spaces', `เลขบัตร ${grouped.replaceAll('-', ' ')}`],
    ['Thai digits', `เลขบัตร ${valid.replace(/\d/g, (digit) => String.fromCharCode(0x0e50 + Number(digit)))}`],
  ])('finds a valid ID written %s', (_, text) => {
    const [match, ...rest] = findThaiNationalIds(text);
    expect(rest).toEqual([]);
    expect(match?.digits).toBe(valid);
  });

  it.each([
    ['a wrong check digit', `เลขบัตร ${wrongCheck}`],
    ['a phone number', 'โทร 044-123456 หรือ 081-234-5678'],
    ['part of a longer number', `เลขที่อ้างอิง 9${valid}`],
    ['a 13-digit number starting with 0', withCheckDigit('044123456789')],
    ['a budget figure with commas', 'งบประมาณ 1,234,567,890,123 บาท'],
    ['digits spaced one by one', valid.split('').join(' ')],
    ['a date and amount side by side', '2567-01-15 180000 บาท'],
  ])('ignores %s', (_, text) => {
    expect(findThaiNationalIds(text)).toEqual([]);
  });

  it('reports the line of each ID', () => {
    const matches = findThaiNationalIds(`บรรทัดแรก\nบรรทัดสอง\nผู้ขอ ${grouped}\nอีกคน ${valid}`);
    expect(matches.map((match) => match.line)).toEqual([3, 4]);
  });

  it('masks the middle digits when reporting', () => {
    expect(maskNationalId(valid)).toBe(`${valid[0]}-${valid.slice(1, 5)}-XXXXX-XX-${valid[12]}`);
    expect(maskNationalId(valid)).not.toContain(valid.slice(5, 10));
  });

  it('normalises Thai digits', () => {
    expect(normaliseDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });
});
