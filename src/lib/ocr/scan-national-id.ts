/**
 * Likely Thai national IDs in machine-read text. OCR misreads digits, so the checksum alone cannot decide (a misread
 * digit breaks it; a stray digit can join two numbers): any run of 13 digits, Arabic or Thai, with spaces or hyphens
 * anywhere between them, is a candidate, and it is likely an ID when its checksum holds, when it is grouped as on the
 * card (1 2345 67890 12 3), or when the words of an ID card are close before it. OCR can flag; it cannot certify a scan free of IDs.
 */
import { isValidThaiNationalId, maskNationalId } from '../guards/thai-national-id.ts';

export interface ScanIdFinding {
  /** 1-based page of the attachment */
  page: number;
  digits: string;
  masked: string;
  /** Why it was taken for an ID: checksum, card grouping, words nearby (one or more) */
  evidence: ('checksum' | 'card-grouping' | 'id-words')[];
}

/** Words printed beside an ID number (Thai spaces removed before matching: OCR puts them anywhere). */
const idWords = /เลขประจำตัวประชาชน|บัตรประจำตัวประชาชน|ประจำตัวประชาชน|เลขบัตรประชาชน|identificationnumber|thainationalid/i;
/** Characters before a number in which the words count (a label and the number on one line, or the line above). */
const wordsReach = 120;

const digit = '[0-9๐-๙]';
const gap = '[ \\t\\-‐-―−]{0,3}';
// 13 digits with gaps, not preceded or followed by another digit: a longer number is not an ID.
const candidate = new RegExp(`(?<![0-9๐-๙])${digit}(?:${gap}${digit}){12}(?!${gap}[0-9๐-๙])`, 'g');

const asciiDigits = (text: string) => text.replace(/[๐-๙]/g, (character) => String(character.charCodeAt(0) - 0x0e50)).replace(/\D/g, '');

/** Likely IDs in the text of each page; a number on several pages is reported on each. */
export function findIdsInScanText(pages: readonly { page: number; text: string }[]): ScanIdFinding[] {
  const findings: ScanIdFinding[] = [];
  for (const { page, text } of pages) {
    for (const match of text.matchAll(candidate)) {
      const digits = asciiDigits(match[0]);
      const groups = match[0]
        .trim()
        .split(/[ \t\-‐-―−]+/)
        .map((group) => group.length)
        .join(',');
      const before = text.slice(Math.max(0, match.index - wordsReach), match.index).replace(/\s+/g, '');
      const evidence: ScanIdFinding['evidence'] = [];
      if (!/^[09]/.test(digits) && isValidThaiNationalId(digits)) evidence.push('checksum');
      if (groups === '1,4,5,2,1') evidence.push('card-grouping');
      if (idWords.test(before)) evidence.push('id-words');
      if (evidence.length > 0) findings.push({ page, digits, masked: maskNationalId(digits), evidence });
    }
  }
  return findings;
}
