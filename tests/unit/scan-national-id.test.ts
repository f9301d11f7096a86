import { describe, expect, it } from 'vitest';
import { findIdsInScanText } from '../../src/lib/ocr/scan-national-id.ts';

// 3-1004-00123-45-6 has a valid checksum; 3-1004-00123-45-7 does not.
const page = (text: string, number = 1) => [{ page: number, text }];

describe('national IDs in machine-read text', () => {
  it('finds a checksum-valid run however OCR spaced or hyphenated it, in Arabic or Thai digits', () => {
    for (const written of ['3100400123456', '3 1004 00123 45 6', '3-1004-00123-45-6', '31004 0012 3456', '๓ ๑๐๐๔ ๐๐๑๒๓ ๔๕ ๖', '3  1004 -00123 45 6']) {
      expect(findIdsInScanText(page(`ผู้ยื่นคำขอ ${written} ที่อยู่`)), written).toEqual([
        { page: 1, digits: '3100400123456', masked: '3-1004-XXXXX-XX-6', evidence: expect.arrayContaining(['checksum']) },
      ]);
    }
  });
  it('takes a number the checksum refuses when it is laid out as on the card or follows the words of an ID card', () => {
    expect(findIdsInScanText(page('3 1004 00123 45 7', 4))).toEqual([
      { page: 4, digits: '3100400123457', masked: '3-1004-XXXXX-XX-7', evidence: ['card-grouping'] },
    ]);
    expect(findIdsInScanText(page('เลขประจำตัว ประชาชน\n3100400123457'))[0]?.evidence).toEqual(['id-words']);
  });
  it('leaves other long numbers alone: 13 digits without any sign, longer numbers, amounts', () => {
    expect(findIdsInScanText(page('เลขที่หนังสือ 1234567890123'))).toEqual([]);
    expect(findIdsInScanText(page('บัญชี 31004001234560'))).toEqual([]);
    expect(findIdsInScanText(page('วงเงิน 12,500 บาท 38,200 บาท'))).toEqual([]);
  });
});
