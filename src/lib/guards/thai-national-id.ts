/** Thai digits ๐–๙ as ASCII, so an ID typed in Thai numerals is found too. */
export function normalizeDigits(text: string): string {
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
  /** As written, e.g. 1-1037-02071-81-1, including any invisible characters inside it */
  text: string;
  /** Thirteen ASCII digits */
  digits: string;
  /** 1-based line */
  line: number;
  /** 0-based offset in the text */
  index: number;
}

/**
 * Characters a reader does not see: format characters (zero-width space and joiners, word joiner, BOM, soft hyphen,
 * direction marks: all of Unicode category Cf), the combining grapheme joiner, variation selectors and Hangul fillers.
 * Editors paste them unseen into numbers, so they are skipped before matching.
 */
const invisibles = '\\p{Cf}\\u034F\\u115F\\u1160\\u3164\\uFFA0\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}';

/** Spaces and dashes a reader takes for the space or hyphen between an ID's groups (no tab: it separates table cells). */
const separators = ' \\-\\u00A0\\u2002-\\u200A\\u202F\\u205F\\u3000\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D';

/** First code point of each run of ten decimal digits read as 0–9: ASCII, Thai, Lao, Khmer, Myanmar, Arabic-Indic, Devanagari, full-width, mathematical. */
const digitZeros = [0x30, 0x0e50, 0x0ed0, 0x17e0, 0x1040, 0x0660, 0x06f0, 0x0966, 0xff10, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6];
const digits = digitZeros.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join('');

/** A digit, then anything a reader would still see as part of the same number: where IDs can be. */
const numberRun = new RegExp(`[${digits}][${digits}${separators}${invisibles}]*`, 'gu');
const invisibleCharacter = new RegExp(`^[${invisibles}]$`, 'u');
const separatorCharacter = new RegExp(`^[${separators}]$`, 'u');

function digitValue(codePoint: number): number | undefined {
  for (const zero of digitZeros) if (codePoint >= zero && codePoint <= zero + 9) return codePoint - zero;
  return undefined;
}

interface SearchableRun {
  /** ASCII digits and '-' for every separator, invisible characters left out */
  text: string;
  /** For each character of `text`, where its character starts and ends in the original */
  starts: number[];
  ends: number[];
}

/** A run of the original as a reader sees it, in one spelling of digits and separators, with offsets back into the original. */
function searchableRun(run: string, runIndex: number): SearchableRun {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = runIndex;
  for (const character of run) {
    const end = offset + character.length;
    if (!invisibleCharacter.test(character)) {
      const digit = digitValue(character.codePointAt(0) ?? 0);
      text += digit !== undefined ? String(digit) : separatorCharacter.test(character) ? '-' : character;
      starts.push(offset);
      ends.push(end);
    }
    offset = end;
  }
  return { text, starts, ends };
}

// Thirteen digits, optionally grouped 1-2345-67890-12-3, not part of a longer number (run on the searchable text).
const candidatePattern = /(?<!\d)\d(?:-?\d){12}(?!\d)/g;

/**
 * Checksum-valid national IDs in a text; IDs start with 1–8, so other 13-digit numbers are mostly skipped.
 * Invisible characters inside a number are ignored, digits of any listed script and any space or dash count, and each
 * match reports its line and the text as written.
 */
export function findThaiNationalIds(text: string): NationalIdMatch[] {
  const matches: NationalIdMatch[] = [];
  let line = 1;
  let counted = 0;
  for (const run of text.matchAll(numberRun)) {
    if (run[0].length < 13) continue;
    const searchable = searchableRun(run[0], run.index);
    for (const match of searchable.text.matchAll(candidatePattern)) {
      const normalized = match[0];
      const idDigits = normalized.replaceAll('-', '');
      if (/^[09]/.test(idDigits) || !isValidThaiNationalId(idDigits)) continue;
      if (!hasIdGrouping(normalized)) continue;
      const index = searchable.starts[match.index] ?? run.index;
      const end = searchable.ends[match.index + normalized.length - 1] ?? index;
      // Lines counted once over the whole text, not again from its start for every match.
      for (; counted < index; counted++) if (text.charCodeAt(counted) === 10) line++;
      matches.push({ text: text.slice(index, end), digits: idDigits, index, line });
    }
  }
  return matches;
}

/** Characters that may stand between two digits of one number as a value is shown: a space or dash of any kind, a dot, a slash. */
const valueSeparator = new RegExp(`[${separators}./\\n]`, 'u');

/**
 * The 13-digit numbers a reader would take for a person's ID in a value as it is published (procurement rows, whose
 * fields are free text): any 13 digits starting 1–8, checksum or not (a mistyped ID is still a person's), in any
 * script or grouping, with invisible characters, and up to two spaces, dashes, dots, slashes or line breaks between digits ("20987 -42"). In a
 * longer run of digits, 13 that begin and end where the run's groups do ("5 4101 00099 88 7 12,000.00": the ID, then a
 * price) count the same; any other 13 only when checksum-valid. Compatibility forms (superscript digits) are folded first.
 */
export function personIdNumbersIn(text: string): string[] {
  const found: string[] = [];
  let run = '';
  /** Where in `run` a group of digits begins (after a separator), and where the run ends */
  let groupStarts = new Set<number>();
  let separatorsSince = 0;
  const flush = () => {
    for (let start = 0; start + 13 <= run.length; start += 1) {
      const window = run.slice(start, start + 13);
      const grouped = groupStarts.has(start) && (start + 13 === run.length || groupStarts.has(start + 13));
      if (/^[1-8]/.test(window) && (grouped || isValidThaiNationalId(window))) found.push(window);
    }
    run = '';
    groupStarts = new Set();
    separatorsSince = 0;
  };
  for (const character of text.normalize('NFKC')) {
    const digit = digitValue(character.codePointAt(0) ?? 0);
    if (digit !== undefined) {
      if (run === '' || separatorsSince > 0) groupStarts.add(run.length);
      run += String(digit);
      separatorsSince = 0;
    } else if (invisibleCharacter.test(character)) continue;
    else if (run !== '' && separatorsSince < 2 && valueSeparator.test(character)) separatorsSince += 1;
    else flush();
  }
  flush();
  return [...new Set(found)];
}

/** Separators, if any, must sit where Thai IDs put them (1-2345-67890-12-3); "1 2 3 …" runs of single digits are not IDs. */
function hasIdGrouping(normalized: string): boolean {
  const groups = normalized.split('-');
  if (groups.length === 1) return true;
  const lengths = groups.map((group) => group.length).join(',');
  return lengths === '1,4,5,2,1';
}

/** 1-2345-XXXXX-XX-3: enough to find it in the file, without repeating the whole number in logs. */
export function maskNationalId(digits: string): string {
  return `${digits[0]}-${digits.slice(1, 5)}-XXXXX-XX-${digits[12]}`;
}
