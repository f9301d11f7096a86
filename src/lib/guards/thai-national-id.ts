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

const digitClass = `[${digits}]`;
/** One space, tab or line break (\r\n counted as one): what stands between digits typed one per box of a form. */
const boxGap = '(?:\\r\\n|[\\t\\n\\v\\f\\r \\u00A0\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000])';
/** Exactly thirteen single digits, each apart from the next by one space or line break, and no digit just before or after the run. */
const boxedDigits = new RegExp(`(?<!${digitClass}${boxGap}?)${digitClass}(?:${boxGap}${digitClass}){12}(?!${boxGap}?${digitClass})`, 'gu');

/**
 * Checksum-valid national IDs in a text; IDs start with 1–8, so other 13-digit numbers are mostly skipped.
 * Invisible characters inside a number are ignored, digits of any listed script and any space or dash count, and each
 * match reports its line and the text as written. An ID typed one digit per box of a form (a PDF's text reads
 * "3 0 9 0 …", a Word table one cell per line) counts too, but only as a whole run of exactly thirteen single digits.
 */
export function findThaiNationalIds(text: string): NationalIdMatch[] {
  const found: { digits: string; index: number; end: number }[] = [];
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
      found.push({ digits: idDigits, index, end });
    }
  }
  for (const match of text.matchAll(boxedDigits)) {
    const idDigits = [...match[0]]
      .flatMap((character) => {
        const digit = digitValue(character.codePointAt(0) ?? 0);
        return digit === undefined ? [] : [String(digit)];
      })
      .join('');
    // Single digits in a row are also a column of small numbers: only a checksum-valid run counts, to keep false refusals
    // rare; a numbered list 1 to 11 ("1 2 3 … 9 1 0 1 1") passes the checksum, so a count is never taken for an ID.
    if (/^[1-8]/.test(idDigits) && isValidThaiNationalId(idDigits) && !isCount(idDigits))
      found.push({ digits: idDigits, index: match.index, end: match.index + match[0].length });
  }
  found.sort((a, b) => a.index - b.index);
  const matches: NationalIdMatch[] = [];
  let line = 1;
  let counted = 0;
  for (const { digits: idDigits, index, end } of found) {
    // Lines counted once over the whole text, not again from its start for every match.
    for (; counted < index; counted++) if (text.charCodeAt(counted) === 10) line++;
    matches.push({ text: text.slice(index, end), digits: idDigits, index, line });
  }
  return matches;
}

const anyDigit = new RegExp(digitClass, 'gu');
const asciiOrThai = /^[\u0000-\u007f\u0e00-\u0e7f]*$/;
/** Whether the text shows at least `count` digits, read in its compatibility form (one character may be two digits: ㉑). */
function hasDigits(text: string, count: number): boolean {
  // ASCII and Thai alone (nearly every value) read as written: their digits are counted without normalizing.
  if (asciiOrThai.test(text)) {
    let seen = 0;
    for (let at = 0; at < text.length && seen < count; at += 1) {
      const code = text.charCodeAt(at);
      if ((code >= 0x30 && code <= 0x39) || (code >= 0x0e50 && code <= 0x0e59)) seen += 1;
    }
    return seen >= count;
  }
  const readable = text.normalize('NFKC');
  anyDigit.lastIndex = 0;
  let seen = 0;
  while (seen < count && anyDigit.exec(readable)) seen += 1;
  return seen >= count;
}

/** Characters that may stand between two digits of one number as a value is shown: a space or dash of any kind, a dot, a slash. */
const valueSeparator = new RegExp(`[${separators}./\\n]`, 'u');

/** A run of digits as a reader sees it in a value: ASCII digits, where each group begins, and where each digit is in the text. */
interface DigitRun {
  digits: string;
  /** Where in `digits` a group of digits begins (the run's start, and after any separator) */
  groupStarts: Set<number>;
  /** The group starts that follow a dash, dot or slash (not only spaces or line breaks) */
  punctuatedStarts: Set<number>;
  /** For each digit, where its character starts and ends in the text */
  starts: number[];
  ends: number[];
}

/**
 * The runs of digits in a text as a reader sees them: each character read in its compatibility form (NFKC: superscript
 * and full-width digits), digits of any listed script, invisible characters skipped, and up to two spaces, dashes,
 * dots, slashes or line breaks between two digits of one run.
 */
/** The groups of an ID as written, 1-2345-67890-12-3, and where each after the first begins. */
const idGroupLengths = [1, 4, 5, 2, 1];
const idGroupStarts = new Set(idGroupLengths.slice(0, -1).map((_, index) => idGroupLengths.slice(0, index + 1).reduce((sum, length) => sum + length, 0)));

function valueDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const fresh = (): DigitRun => ({ digits: '', groupStarts: new Set(), punctuatedStarts: new Set(), starts: [], ends: [] });
  let run = fresh();
  let separatorsSince = 0;
  let punctuated = false;
  const flush = () => {
    if (run.digits !== '') runs.push(run);
    run = fresh();
    separatorsSince = 0;
    punctuated = false;
  };
  let offset = 0;
  for (const written of text) {
    const end = offset + written.length;
    for (const character of written.normalize('NFKC')) {
      const digit = digitValue(character.codePointAt(0) ?? 0);
      if (digit !== undefined) {
        if (run.digits === '' || separatorsSince > 0) run.groupStarts.add(run.digits.length);
        if (punctuated) run.punctuatedStarts.add(run.digits.length);
        run.digits += String(digit);
        run.starts.push(offset);
        run.ends.push(end);
        separatorsSince = 0;
        punctuated = false;
      } else if (invisibleCharacter.test(character)) continue;
      else if (run.digits !== '' && separatorsSince < 2 && valueSeparator.test(character)) {
        separatorsSince += 1;
        punctuated ||= !/\s/u.test(character);
      } else flush();
    }
    offset = end;
  }
  flush();
  return runs;
}

/** A person's ID found in a value: its digits, and where it is written in the text (start and end offsets). */
export interface PersonIdSpan {
  digits: string;
  start: number;
  end: number;
}

/**
 * Where a reader would see a person's ID in a value as it is published (procurement rows, whose fields are free text):
 * any 13 digits starting 1–8, checksum or not (a mistyped ID is still a person's), in any script or grouping, with
 * invisible characters, and up to two spaces, dashes, dots, slashes or line breaks between digits ("20987 -42"). In a
 * longer run of digits, 13 that begin and end where the run's groups do ("5 4101 00099 88 7 12,000.00": the ID, then a
 * price) count the same; any other 13 only when checksum-valid. Thirteen digits split by dashes, dots or slashes other
 * than as an ID is (1-4-5-2-1) are a date range or an asset code ("1/10/2566-30/9/2567", "7440-001-0001/67"): only
 * when checksum-valid. Compatibility forms (superscript digits) are folded first.
 */
export function personIdSpans(text: string): PersonIdSpan[] {
  const found: PersonIdSpan[] = [];
  // Most values (a shop's name, an item, a price) hold fewer than 13 digits: they are passed without the run walk.
  if (!hasDigits(text, 13)) return found;
  for (const run of valueDigitRuns(text)) {
    for (let start = 0; start + 13 <= run.digits.length; start += 1) {
      const window = run.digits.slice(start, start + 13);
      const grouped = run.groupStarts.has(start) && (start + 13 === run.digits.length || run.groupStarts.has(start + 13));
      const inside = [...run.groupStarts].filter((at) => at > start && at < start + 13);
      const asAnId = inside.every((at) => idGroupStarts.has(at - start));
      const spacedOnly = inside.every((at) => !run.punctuatedStarts.has(at));
      if (/^[1-8]/.test(window) && ((grouped && (asAnId || spacedOnly)) || isValidThaiNationalId(window)))
        found.push({ digits: window, start: run.starts[start]!, end: run.ends[start + 12]! });
    }
  }
  return found;
}

/** The 13-digit numbers a reader would take for a person's ID in a published value (see personIdSpans), each once. */
export function personIdNumbersIn(text: string): string[] {
  return [...new Set(personIdSpans(text).map((span) => span.digits))];
}

/** The text with the given spans written instead as `replace` says (overlapping spans replaced once, together). */
function replaceSpans(text: string, spans: readonly PersonIdSpan[], replace: (digits: string[]) => string): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (let index = 0; index < sorted.length;) {
    const first = sorted[index]!;
    let end = first.end;
    const group = [first.digits];
    for (index += 1; index < sorted.length && sorted[index]!.start < end; index += 1) {
      end = Math.max(end, sorted[index]!.end);
      if (!group.includes(sorted[index]!.digits)) group.push(sorted[index]!.digits);
    }
    out += text.slice(at, first.start) + replace(group);
    at = end;
  }
  return out + text.slice(at);
}

/** A text with every person's ID in it (as personIdSpans reads them) masked as the guard names them: 1-2345-XXXXX-XX-3. */
export function maskPersonIds(text: string): string {
  const spans = personIdSpans(text);
  return spans.length === 0 ? text : replaceSpans(text, spans, (group) => group.map(maskNationalId).join(' '));
}

/**
 * A text with every run of at least `minimum` digits (read as in personIdSpans) masked: for a value that should have been
 * a tax ID, where a 14-digit typo is still mostly a person's ID. A 13-digit run is masked as an ID (1-2345-XXXXX-XX-3),
 * any other keeps its first five digits.
 */
export function maskLongDigitRuns(text: string, minimum = 10): string {
  const spans = valueDigitRuns(text)
    .filter((run) => run.digits.length >= minimum)
    .map((run) => ({ digits: run.digits, start: run.starts[0]!, end: run.ends.at(-1)! }));
  const masked =
    spans.length === 0
      ? text
      : replaceSpans(text, spans, ([digits]) => (digits!.length === 13 ? maskNationalId(digits!) : `${digits!.slice(0, 5)}${'X'.repeat(digits!.length - 5)}`));
  return maskPersonIds(masked);
}

/**
 * A number as written, read as a reader reads it: compatibility forms folded (NFKC), digits of any listed script as
 * ASCII, invisible characters dropped, and the spaces, dashes and dots between groups left out ("３０９０ ๑๒…" → "3090 12…"
 * without the space). Anything else is kept, so a letter still shows.
 */
export function writtenDigits(text: string): string {
  let out = '';
  for (const character of text.normalize('NFKC')) {
    const digit = digitValue(character.codePointAt(0) ?? 0);
    if (digit !== undefined) out += String(digit);
    else if (invisibleCharacter.test(character) || separatorCharacter.test(character) || /[\s.]/u.test(character)) continue;
    else out += character;
  }
  return out;
}

/** Whether digits are consecutive numbers written one after another, up or down: 1 2 … 9 10 11, or 11 10 9 … 1. */
function isCount(digits: string): boolean {
  for (const firstLength of [1, 2]) {
    for (const step of [1, -1]) {
      let next = Number(digits.slice(0, firstLength));
      let written = '';
      while (written.length < digits.length && next >= 0) {
        written += String(next);
        next += step;
      }
      if (written === digits) return true;
    }
  }
  return false;
}

/** Separators, if any, must sit where Thai IDs put them (1-2345-67890-12-3); "1 2 3 …" runs of single digits are tried apart, as form boxes. */
function hasIdGrouping(normalized: string): boolean {
  const groups = normalized.split('-');
  if (groups.length === 1) return true;
  return groups.map((group) => group.length).join(',') === idGroupLengths.join(',');
}

/** 1-2345-XXXXX-XX-3: enough to find it in the file, without repeating the whole number in logs. */
export function maskNationalId(digits: string): string {
  return `${digits[0]}-${digits.slice(1, 5)}-XXXXX-XX-${digits[12]}`;
}
