import { describe, it, expect } from 'vitest';
import { isValidThaiNationalId, findThaiNationalIds, maskNationalId, normalizeDigits, personIdNumbersIn } from '../../src/lib/guards/thai-national-id.ts';

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
    ['digits spaced one by one, failing the checksum', wrongCheck.split('').join(' ')],
    ['a date and amount side by side', '2567-01-15 180000 บาท'],
  ])('ignores %s', (_, text) => {
    expect(findThaiNationalIds(text)).toEqual([]);
  });

  describe('one digit per box of a form (QA report F7): a whole run of exactly 13 single digits, checksum-valid', () => {
    it.each([
      ['spaces, as a PDF reads boxes', `Tax ID: ${valid.split('').join(' ')}`],
      ['line breaks, as a Word table reads one cell per line', `เลขประจำตัวผู้เสียภาษี\n${valid.split('').join('\n')}\n`],
      ['Windows line breaks', valid.split('').join('\r\n')],
      [
        'Thai digits and tabs',
        valid
          .replace(/\d/g, (digit) => String.fromCharCode(0x0e50 + Number(digit)))
          .split('')
          .join('\t'),
      ],
    ])('finds an ID typed one digit per box, read with %s', (_, text) => {
      expect(findThaiNationalIds(text).map((match) => match.digits)).toEqual([valid]);
    });

    it('reports the line where the boxes start', () => {
      expect(findThaiNationalIds(`หัวเรื่อง\nชื่อ\n${valid.split('').join('\n')}`).map((match) => match.line)).toEqual([3]);
    });

    it.each([
      ['a numbered list 1 to 11 (1 2 … 9 1 0 1 1)', '1 2 3 4 5 6 7 8 9 1 0 1 1'],
      ['a column of small numbers, one per line', '1\n2\n3\n4\n5\n6\n7\n8\n9\n1\n0\n1\n1'],
      ['a checksum-valid ID inside a longer run of single digits', `5 ${valid.split('').join(' ')}`],
      ['a checksum-valid ID followed by one more single digit', `${valid.split('').join('\n')}\n4`],
      ['a count down from 11 (1 1 1 0 9 … 1)', '1 1 1 0 9 8 7 6 5 4 3 2 1'],
      ['a checksum-valid ID after a longer number', `12 ${valid.split('').join(' ')}`.replace(`12 ${valid[0]} `, '12 ')],
      ['a checksum-valid run starting with 0 or 9', withCheckDigit('010370207181').split('').join(' ')],
      ['single digits apart by two spaces', valid.split('').join('  ')],
    ])('does not take %s for an ID', (_, text) => {
      expect(findThaiNationalIds(text)).toEqual([]);
    });
  });

  it('reports the line of each ID', () => {
    const matches = findThaiNationalIds(`บรรทัดแรก\nบรรทัดสอง\nผู้ขอ ${grouped}\nอีกคน ${valid}`);
    expect(matches.map((match) => match.line)).toEqual([3, 4]);
  });

  it('masks the middle digits when reporting', () => {
    expect(maskNationalId(valid)).toBe(`${valid[0]}-${valid.slice(1, 5)}-XXXXX-XX-${valid[12]}`);
    expect(maskNationalId(valid)).not.toContain(valid.slice(5, 10));
  });

  it('normalizes Thai digits', () => {
    expect(normalizeDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  describe('what a reader sees, not how it is encoded', () => {
    // Format characters (Cf) and the other characters nobody sees that editors paste into numbers.
    const invisibles = {
      'zero-width space U+200B': '\u200B',
      'zero-width non-joiner U+200C': '\u200C',
      'zero-width joiner U+200D': '\u200D',
      'word joiner U+2060': '\u2060',
      'byte order mark U+FEFF': '\uFEFF',
      'soft hyphen U+00AD': '\u00AD',
      'left-to-right mark U+200E': '\u200E',
      'right-to-left mark U+200F': '\u200F',
      'left-to-right embedding U+202A': '\u202A',
      'pop directional formatting U+202C': '\u202C',
      'first strong isolate U+2068': '\u2068',
      'Arabic letter mark U+061C': '\u061C',
      'Mongolian vowel separator U+180E': '\u180E',
      'invisible times U+2062': '\u2062',
      'tag space U+E0020': '\u{E0020}',
      'combining grapheme joiner U+034F': '\u034F',
      'variation selector-16 U+FE0F': '\uFE0F',
      'Hangul filler U+3164': '\u3164',
    };

    it.each(Object.entries(invisibles))('finds an ID with a %s between any two of its digits', (_, invisible) => {
      for (let position = 1; position < 13; position++) {
        const written = valid.slice(0, position) + invisible + valid.slice(position);
        const text = `ผู้ยื่นคำขอ ${written} ได้รับแล้ว`;
        const matches = findThaiNationalIds(text);
        expect(matches, `after digit ${position}`).toHaveLength(1);
        expect(matches[0]?.digits).toBe(valid);
        expect(matches[0]?.text).toBe(written);
        expect(matches[0]?.index).toBe(text.indexOf(written));
      }
    });

    it('finds an ID with several invisible characters in a row and around its separators', () => {
      const written = `${valid[0]}\u200B\u200C-\u2060${valid.slice(1, 5)}\u00AD-${valid.slice(5, 10)}-\uFEFF${valid.slice(10, 12)}-${valid[12]}`;
      expect(findThaiNationalIds(`เลข ${written}`).map((match) => [match.digits, match.text])).toEqual([[valid, written]]);
    });

    it.each([
      ['en dash U+2013', '\u2013'],
      ['em dash U+2014', '\u2014'],
      ['hyphen U+2010', '\u2010'],
      ['non-breaking hyphen U+2011', '\u2011'],
      ['figure dash U+2012', '\u2012'],
      ['minus sign U+2212', '\u2212'],
      ['full-width hyphen-minus U+FF0D', '\uFF0D'],
      ['no-break space U+00A0', '\u00A0'],
      ['thin space U+2009', '\u2009'],
      ['narrow no-break space U+202F', '\u202F'],
      ['figure space U+2007', '\u2007'],
      ['ideographic space U+3000', '\u3000'],
    ])('finds an ID grouped with the %s', (_, separator) => {
      const written = grouped.replaceAll('-', separator);
      const [match, ...rest] = findThaiNationalIds(`เลขบัตร ${written}.`);
      expect(rest).toEqual([]);
      expect(match?.digits).toBe(valid);
      expect(match?.text).toBe(written);
    });

    it('does not take a tab as a separator: it separates table cells', () => {
      expect(findThaiNationalIds(grouped.replaceAll('-', '\t'))).toEqual([]);
    });

    it('still requires the 1-4-5-2-1 grouping with other dashes and spaces', () => {
      const wrongGroups = `${valid.slice(0, 4)}\u2013${valid.slice(4, 8)}\u2013${valid.slice(8)}`;
      expect(findThaiNationalIds(wrongGroups)).toEqual([]);
    });

    const inScript = (zero: number, digits: string) => [...digits].map((digit) => String.fromCodePoint(zero + Number(digit))).join('');

    it.each([
      ['full-width digits', inScript(0xff10, valid)],
      ['mathematical bold digits (two code units each)', inScript(0x1d7ce, valid)],
      ['Thai and ASCII digits mixed', [...valid].map((digit, index) => (index % 2 ? inScript(0x0e50, digit) : digit)).join('')],
      [
        'full-width, Thai and ASCII mixed with dashes',
        `${inScript(0xff10, valid[0] ?? '')}-${inScript(0x0e50, valid.slice(1, 5))}-${valid.slice(5, 10)}-${inScript(0xff10, valid.slice(10, 12))}-${valid[12]}`,
      ],
    ])('finds an ID in %s and reports it as written', (_, written) => {
      const text = `😀 ข้อความ ${written} ท้าย`;
      const [match, ...rest] = findThaiNationalIds(text);
      expect(rest).toEqual([]);
      expect(match?.digits).toBe(valid);
      expect(match?.text).toBe(written);
      expect(match?.index).toBe(text.indexOf(written));
    });

    it('does not join an ID to a digit before or after it through an invisible character (a reader sees 14 digits)', () => {
      expect(findThaiNationalIds(`9\u200B${valid}`)).toEqual([]);
      expect(findThaiNationalIds(`${valid}\u2060${inScript(0x0e50, '5')}`)).toEqual([]);
    });

    it('does not turn a wrong check digit into an ID by hiding characters in it', () => {
      expect(findThaiNationalIds(`${wrongCheck.slice(0, 6)}\u200B${wrongCheck.slice(6)}`)).toEqual([]);
    });

    it('finds IDs at the start and end of lines, with Windows line ends, on the right lines', () => {
      const text = `${valid}\r\nบรรทัดสอง\r\nท้ายบรรทัด ${grouped}\r\n\r\n\u200B${valid}`;
      expect(findThaiNationalIds(text).map((match) => [match.line, match.text])).toEqual([
        [1, valid],
        [3, grouped],
        [5, valid],
      ]);
    });

    it('finds IDs inside CSV cells, quoted or not, on the line of their row', () => {
      const csv = `ลำดับ,ชื่อ,เลขประจำตัว\n1,นาย ก,${valid}\n2,"นาง ข","${grouped}"\n3,นาย ค,${wrongCheck}\n`;
      expect(findThaiNationalIds(csv).map((match) => [match.line, match.digits])).toEqual([
        [2, valid],
        [3, valid],
      ]);
    });

    it('does not join numbers in neighbouring CSV cells', () => {
      expect(findThaiNationalIds(`${valid.slice(0, 6)},${valid.slice(6)}`)).toEqual([]);
    });
  });
});

describe('personIdNumbersIn: numbers in published values that are not IDs (clerk QA N8)', () => {
  it.each([
    ['a service period', 'จ้างเหมาบริการรักษาความปลอดภัย ระยะเวลา 1/10/2566-30/9/2567'],
    ['an asset code', 'ซ่อมแซมเครื่องปรับอากาศ หมายเลขครุภัณฑ์ 7440-001-0001/67'],
    ['an asset code with dashes only', 'หมายเลขครุภัณฑ์ 7440-001-0001-67'],
    ['twelve digits', 'เลข 509229629630'],
  ])('%s is not taken for an ID', (_name, text) => {
    expect(personIdNumbersIn(text)).toEqual([]);
  });

  it.each([
    ['the ID layout with slashes', '4/7123/45678/90/5', '4712345678905'],
    ['the ID layout with dots, checksum failing', '3.0905.43209.48.7', '3090543209487'],
    ['other groupings with spaces', 'นาย ก 110 3702 07181 1', '1103702071811'],
    ['an ID then a price', 'นายขยัน ขนดี 5 4101 00099 88 7 12,000.00', '5410100099887'],
    ['one run, no separators, checksum failing', 'เลข 5092296296304', '5092296296304'],
    // Seven characters that read as thirteen digits: a text shorter than an ID may still show one.
    ['circled numbers, two digits each', '㉑㉑㉑㉑㉑㉑1', '2121212121211'],
    ['Thai digits', 'นาย ก ๑๑๐๓๗๐๒๐๗๑๘๑๑', '1103702071811'],
    ['Thai and full-width digits mixed', 'นาย ก ๑๑๐๓๗๐２０７１８１１', '1103702071811'],
  ])('%s is still an ID', (_name, text, digits) => {
    expect(personIdNumbersIn(text)).toContain(digits);
  });
});
