/**
 * Dates as spreadsheets and e-GP write them: "15 ก.ย. 68", "15 กันยายน 2568", "15/09/2568", "๑๕ ก.ย. ๖๘",
 * "2568-09-15", an Excel date cell or serial number. Two-digit years are Buddhist-era (68 → 2568). Result: CE ISO.
 */
import { parseThaiInputDate } from '../calendar/thai-date.ts';
import { thaiMonthAbbreviations, thaiMonthNames } from '../../i18n/calendar/words.ts';

const thaiDigit = /[๐-๙]/g;
const monthKey = (text: string) => text.replace(/[.\s]/g, '');
const monthByName = new Map<string, number>([
  ...thaiMonthNames.map((name, index) => [monthKey(name), index + 1] as const),
  ...thaiMonthAbbreviations.map((name, index) => [monthKey(name), index + 1] as const),
]);

function fromParts(day: number, month: number, yearText: string): string | undefined {
  let year = Number(yearText);
  if (yearText.length === 2) year += 2500;
  const typed = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = parseThaiInputDate(typed);
  return parsed.ok ? parsed.iso : undefined;
}

/** Days since 1899-12-30 (Excel's epoch, counting its 1900 leap-year bug) as an ISO date. */
function fromSerial(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 20_000 || serial > 80_000) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

export function parseThaiDateText(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    // A date cell holds the day at UTC midnight; its year may be BE when staff typed 2567 into a date cell.
    const parsed = parseThaiInputDate(value.toISOString().slice(0, 10));
    return parsed.ok ? parsed.iso : undefined;
  }
  if (typeof value === 'number') return fromSerial(value);
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(thaiDigit, (digit) => String(digit.charCodeAt(0) - 0x0e50))
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || /^[-–—]$/.test(text)) return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return fromParts(Number(iso[3]), Number(iso[2]), iso[1]!);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (numeric) return fromParts(Number(numeric[1]), Number(numeric[2]), numeric[3]!);
  const named = /^(\d{1,2})[\s-]*([ก-๛.]+?)[\s.-]*(?:พ\.ศ\.\s*)?(\d{2}|\d{4})$/.exec(text);
  if (named) {
    const month = monthByName.get(monthKey(named[2]!));
    if (month !== undefined) return fromParts(Number(named[1]), month, named[3]!);
  }
  if (/^\d+$/.test(text)) return fromSerial(Number(text));
  return undefined;
}
