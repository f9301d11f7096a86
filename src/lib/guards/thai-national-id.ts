/** Thai digits ๐–๙ as ASCII, so an ID typed in Thai numerals is found too. */
export function normaliseDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

/** d13 = (11 − (Σ d_i × (14 − i)) mod 11) mod 10, over the first twelve digits. */
export function isValidThaiNationalId(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += Number(digits[index]) * (13 - index);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

export interface NationalIdMatch {
  /** As written, e.g. 1-1037-02071-81-1 */
  text: string;
  /** Thirteen ASCII digits */
  digits: string;
  /** 1-based line */
  line: number;
  /** 0-based offset in the text */
  index: number;
}

// Thirteen digits, optionally grouped 1-2345-67890-12-3 with dashes or spaces, not part of a longer number.
const candidatePattern = /(?<![\d๐-๙])[\d๐-๙](?:[ -]?[\d๐-๙]){12}(?![\d๐-๙])/g;

/** Checksum-valid national IDs in a text; IDs start with 1–8, so other 13-digit numbers are mostly skipped. */
export function findThaiNationalIds(text: string): NationalIdMatch[] {
  const matches: NationalIdMatch[] = [];
  for (const match of text.matchAll(candidatePattern)) {
    const written = match[0];
    const digits = normaliseDigits(written).replace(/[ -]/g, '');
    if (/^[09]/.test(digits) || !isValidThaiNationalId(digits)) continue;
    if (!hasIdGrouping(written)) continue;
    const index = match.index ?? 0;
    matches.push({ text: written, digits, index, line: text.slice(0, index).split('\n').length });
  }
  return matches;
}

/** Separators, if any, must sit where Thai IDs put them (1-2345-67890-12-3); "1 2 3 …" runs of single digits are not IDs. */
function hasIdGrouping(written: string): boolean {
  const groups = written.split(/[ -]/);
  if (groups.length === 1) return true;
  const lengths = groups.map((group) => group.length).join(',');
  return lengths === '1,4,5,2,1';
}

/** 1-2345-XXXXX-XX-3: enough to find it in the file, without repeating the whole number in logs. */
export function maskNationalId(digits: string): string {
  return `${digits[0]}-${digits.slice(1, 5)}-XXXXX-XX-${digits[12]}`;
}
