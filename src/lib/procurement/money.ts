/**
 * Money as exact satang (integers): parsed from what staff and e-GP write ("1,234.50 บาท", "๑๒,๐๐๐", 1234.5) and
 * formatted back; sums of integers never drift the way sums of floating-point baht do.
 */

export type MoneyParse = { ok: true; satang: number } | { ok: false; reason: 'format' | 'precision' | 'negative' | 'empty' };

const thaiDigit = /[๐-๙]/g;

/** Reads an amount in baht; "-" and blanks are `empty` (the caller decides whether that is allowed). */
export function parseMoney(input: string | number): MoneyParse {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'format' };
    if (input < 0) return { ok: false, reason: 'negative' };
    const satang = Math.round(input * 100);
    // More than two decimals cannot be satang: 12.345 is a typing mistake, not 12.35.
    if (Math.abs(satang - input * 100) > 1e-6 * Math.max(1, input)) return { ok: false, reason: 'precision' };
    if (!Number.isSafeInteger(satang)) return { ok: false, reason: 'format' };
    return { ok: true, satang };
  }
  const text = input
    .replace(thaiDigit, (digit) => String(digit.charCodeAt(0) - 0x0e50))
    .replace(/บาท|฿|THB/gi, '')
    .replace(/[\s\u00A0\u200B]+/g, '')
    .trim();
  if (text === '' || /^[-–—]+$/.test(text)) return { ok: false, reason: 'empty' };
  if (text.startsWith('-')) return { ok: false, reason: 'negative' };
  // Whole baht as Thai forms write them: "1,234.-".
  const wholeBaht = /^(.*\d)\.?[-–—]$/.exec(text);
  if (wholeBaht) return parseMoney(wholeBaht[1]!);
  // Thousands separators must group by three, so "1,2345" is not read as 12,345.
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  const whole = match[1]!.replaceAll(',', '');
  const fraction = match[2] ?? '';
  if (fraction.length > 2 && /[1-9]/.test(fraction.slice(2))) return { ok: false, reason: 'precision' };
  const satang = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(satang)) return { ok: false, reason: 'format' };
  return { ok: true, satang };
}

/** A comma before every group of three digits that ends the whole part */
const thousands = /\B(?=(\d{3})+(?!\d))/g;

/**
 * "1,234.50": thousands separators and two decimals, as the form prints amounts (from integers, so exact). Grouped by
 * hand: Intl took three times as long, and a build formats every amount of ten years of rows several times.
 */
export function formatBaht(satang: number): string {
  const fraction = String(Math.abs(satang % 100)).padStart(2, '0');
  return `${String(Math.trunc(satang / 100)).replace(thousands, ',')}.${fraction}`;
}

const axisTick = new Intl.NumberFormat('th-TH', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });

/** "2.5 ล้าน": a chart axis's amount in Thai words of size (the short compact form prints K, M and B even in Thai). */
export function formatBahtAxisTick(baht: number): string {
  return axisTick.format(baht);
}

/** Baht as a plain number for data files (JSON, OCDS amounts): 1234.5 — exact for any realistic budget. */
export function satangToBaht(satang: number): number {
  return satang / 100;
}

/** "1234.50": what the importer writes into YAML, so the file reads as money and parses back to the same satang. */
export function bahtForYaml(satang: number): string {
  return `${Math.trunc(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
}
