import { fiscalYearLabel, thaiMonthAbbreviations, thaiMonthNames, typedDateLeadIn, typedEraWords } from '../../i18n/calendar/words.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** A calendar date in CE, ISO 'YYYY-MM-DD'. */
export type IsoDate = string;
/** A calendar month in CE, ISO 'YYYY-MM'. */
export type IsoMonth = string;
export type Era = 'BE' | 'CE';

export type DateParseResult = { ok: true; iso: IsoDate; era: Era } | { ok: false; reason: 'format' | 'year-range' | 'invalid-day' | 'invalid-month' };

export type MonthParseResult = { ok: true; iso: IsoMonth; era: Era } | { ok: false; reason: 'format' | 'year-range' | 'invalid-month' };

/** Either a full date or a month ('YYYY-MM-DD' or 'YYYY-MM'), for documents dated only by month. */
export type PartialDateParseResult =
  | { ok: true; iso: IsoDate | IsoMonth; precision: 'day' | 'month'; era: Era }
  | { ok: false; reason: 'format' | 'year-range' | 'invalid-day' | 'invalid-month' };

export type ThaiMonthRangeResult = { ok: true; start: IsoMonth; end: IsoMonth } | { ok: false; reason: string };

const BE_OFFSET = 543;
const BE_YEAR_MIN = 2400;
const BE_YEAR_MAX = 2700;
const CE_YEAR_MIN = 1900;
const CE_YEAR_MAX = 2157;
// Bangkok has been UTC+7 with no DST for the whole supported range, so a fixed offset is exact.
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const FISCAL_YEAR_FIRST_MONTH = 10;

interface CalendarParts {
  year: number;
  month: number;
  day: number | undefined;
}

export function ceYearToBe(ceYear: number): number {
  return ceYear + BE_OFFSET;
}

export function beYearToCe(beYear: number): number {
  return beYear - BE_OFFSET;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function isoMonthOf(ceYear: number, month: number): IsoMonth {
  return `${ceYear}-${pad2(month)}`;
}

function isoDateOf(ceYear: number, month: number, day: number): IsoDate {
  return `${isoMonthOf(ceYear, month)}-${pad2(day)}`;
}

function isCeLeapYear(ceYear: number): boolean {
  return (ceYear % 4 === 0 && ceYear % 100 !== 0) || ceYear % 400 === 0;
}

function daysInCeMonth(ceYear: number, month: number): number {
  const days = [31, isCeLeapYear(ceYear) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return days[month - 1] ?? 0;
}

function classifyYear(year: number): { era: Era; ceYear: number } | undefined {
  if (year >= BE_YEAR_MIN && year <= BE_YEAR_MAX) return { era: 'BE', ceYear: beYearToCe(year) };
  if (year >= CE_YEAR_MIN && year <= CE_YEAR_MAX) return { era: 'CE', ceYear: year };
  return undefined;
}

function parseTypedParts(year: number, month: number, day: number | undefined): PartialDateParseResult {
  const classified = classifyYear(year);
  if (!classified) return { ok: false, reason: 'year-range' };
  if (month < 1 || month > 12) return { ok: false, reason: 'invalid-month' };
  const { era, ceYear } = classified;
  if (day === undefined) return { ok: true, iso: isoMonthOf(ceYear, month), precision: 'month', era };
  // The day must exist in the CE year's calendar, since that is the real date it names.
  if (day < 1 || day > daysInCeMonth(ceYear, month)) return { ok: false, reason: 'invalid-day' };
  return { ok: true, iso: isoDateOf(ceYear, month, day), precision: 'day', era };
}

function partsOfJsDate(input: Date): CalendarParts | undefined {
  if (Number.isNaN(input.getTime())) return undefined;
  return { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate() };
}

const TYPED_DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function partsOfTypedText(input: string): CalendarParts | undefined {
  const match = TYPED_DATE_PATTERN.exec(input.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  return { year: Number(year), month: Number(month), day: day === undefined ? undefined : Number(day) };
}

export function parseThaiInputPartialDate(input: string | Date): PartialDateParseResult {
  const parts = input instanceof Date ? partsOfJsDate(input) : partsOfTypedText(input);
  if (!parts) return { ok: false, reason: 'format' };
  return parseTypedParts(parts.year, parts.month, parts.day);
}

/** Accepts 'YYYY-MM-DD' (BE or CE year, see ranges). Also accepts a JS Date (from YAML parsers) → treats its UTC Y-M-D, with the same era rule on its year. Trims whitespace. */
export function parseThaiInputDate(input: string | Date): DateParseResult {
  const result = parseThaiInputPartialDate(input);
  if (!result.ok) return result;
  if (result.precision !== 'day') return { ok: false, reason: 'format' };
  return { ok: true, iso: result.iso, era: result.era };
}

/** Accepts 'YYYY-MM' BE or CE. */
export function parseThaiInputMonth(input: string): MonthParseResult {
  const parts = partsOfTypedText(input);
  if (!parts || parts.day !== undefined) return { ok: false, reason: 'format' };
  const result = parseTypedParts(parts.year, parts.month, undefined);
  if (!result.ok) return { ok: false, reason: result.reason === 'invalid-day' ? 'format' : result.reason };
  return { ok: true, iso: result.iso, era: result.era };
}

// Normalized values are always CE; a BE year here means a caller skipped parsing, so fail loudly.
function partsOfCeIso(iso: IsoDate | IsoMonth): CalendarParts {
  const parts = TYPED_DATE_PATTERN.exec(iso);
  const year = Number(parts?.[1]);
  const month = Number(parts?.[2]);
  const day = parts?.[3] === undefined ? undefined : Number(parts[3]);
  const valid =
    parts !== null &&
    year >= CE_YEAR_MIN &&
    year <= CE_YEAR_MAX &&
    month >= 1 &&
    month <= 12 &&
    (day === undefined || (day >= 1 && day <= daysInCeMonth(year, month)));
  if (!valid) throw new RangeError(`Expected a CE ISO date or month, got '${iso}'`);
  return { year, month, day };
}

function assertFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < BE_YEAR_MIN || fiscalYear > BE_YEAR_MAX) {
    throw new RangeError(`Expected a BE fiscal year, got ${fiscalYear}`);
  }
}

/** BE fiscal year that contains this CE date (ISO 'YYYY-MM-DD' or 'YYYY-MM'). */
export function fiscalYearOfIso(iso: IsoDate | IsoMonth): number {
  const { year, month } = partsOfCeIso(iso);
  const fiscalYearEndCe = month >= FISCAL_YEAR_FIRST_MONTH ? year + 1 : year;
  return ceYearToBe(fiscalYearEndCe);
}

/** Today's date in Bangkok as ISO, for an instant. */
export function bangkokIsoDate(instant: Date): IsoDate {
  const epochMs = instant.getTime();
  if (Number.isNaN(epochMs)) throw new RangeError('Invalid Date');
  const bangkokWallClock = new Date(epochMs + BANGKOK_OFFSET_MS);
  return isoDateOf(bangkokWallClock.getUTCFullYear(), bangkokWallClock.getUTCMonth() + 1, bangkokWallClock.getUTCDate());
}

/** BE fiscal year of an instant, judged in Bangkok time. */
export function fiscalYearOfInstant(instant: Date): number {
  return fiscalYearOfIso(bangkokIsoDate(instant));
}

/** First and last CE day of a BE fiscal year: {start:'2023-10-01', end:'2024-09-30'} for 2567. */
export function fiscalYearRange(fiscalYear: number): { start: IsoDate; end: IsoDate } {
  assertFiscalYear(fiscalYear);
  const endCe = beYearToCe(fiscalYear);
  return { start: isoDateOf(endCe - 1, 10, 1), end: isoDateOf(endCe, 9, 30) };
}

/** The 12 CE months of a fiscal year in order, Oct..Sep. */
export function fiscalYearMonths(fiscalYear: number): IsoMonth[] {
  assertFiscalYear(fiscalYear);
  const endCe = beYearToCe(fiscalYear);
  const months: IsoMonth[] = [];
  for (let offset = 0; offset < 12; offset++) {
    const monthIndex = FISCAL_YEAR_FIRST_MONTH - 1 + offset;
    months.push(isoMonthOf(endCe - 1 + Math.floor(monthIndex / 12), (monthIndex % 12) + 1));
  }
  return months;
}

/** First half = Oct–Mar, second half = Apr–Sep. */
export function fiscalHalfRange(fiscalYear: number, half: 1 | 2): { start: IsoMonth; end: IsoMonth } {
  assertFiscalYear(fiscalYear);
  const endCe = beYearToCe(fiscalYear);
  if (half === 1) return { start: isoMonthOf(endCe - 1, 10), end: isoMonthOf(endCe, 3) };
  return { start: isoMonthOf(endCe, 4), end: isoMonthOf(endCe, 9) };
}

/** The CE date `months` calendar months before or after a date, the day clamped to the month's length. */
export function shiftIsoDate(iso: IsoDate, { months }: { months: number }): IsoDate {
  const { year, month, day } = partsOfCeIso(iso);
  const index = year * 12 + (month - 1) + months;
  const shiftedYear = Math.floor(index / 12);
  const shiftedMonth = (index % 12) + 1;
  const days = new Date(Date.UTC(shiftedYear, shiftedMonth, 0)).getUTCDate();
  return isoDateOf(shiftedYear, shiftedMonth, Math.min(day ?? 1, days));
}

/** The last CE day of a CE month: '2024-02' → '2024-02-29'. */
export function lastDayOfMonth(month: IsoMonth): IsoDate {
  const { year, month: number } = partsOfCeIso(month);
  return isoDateOf(year, number, new Date(Date.UTC(year, number, 0)).getUTCDate());
}

/** True if the iso date/month lies inside the fiscal year (inclusive). */
export function isInFiscalYear(iso: IsoDate | IsoMonth, fiscalYear: number): boolean {
  assertFiscalYear(fiscalYear);
  return fiscalYearOfIso(iso) === fiscalYear;
}

/** Months of the fiscal year that have fully or partly elapsed on asOf (inclusive of asOf's month if asOf is inside the FY; all 12 if after; none if before). */
export function elapsedFiscalMonths(fiscalYear: number, asOf: IsoDate): IsoMonth[] {
  const { year, month } = partsOfCeIso(asOf);
  const asOfMonth = isoMonthOf(year, month);
  // Zero-padded 4-digit ISO months sort chronologically as plain strings.
  return fiscalYearMonths(fiscalYear).filter((fiscalMonth) => fiscalMonth <= asOfMonth);
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function cachedFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Asia/Bangkok' });
    formatterCache.set(key, formatter);
  }
  return formatter;
}

// Noon in Bangkok keeps the formatted calendar day right whatever zone the machine runs in.
function bangkokNoonOf(parts: CalendarParts): Date {
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day ?? 1, 5));
}

// Ten years of procurement rows format the same few thousand days tens of thousands of times: each form of a day is made once.
const formattedDates = new Map<string, string>();

function formattedOnce(key: string, format: () => string): string {
  let text = formattedDates.get(key);
  if (text === undefined) formattedDates.set(key, (text = format()));
  return text;
}

function formatIso(iso: IsoDate | IsoMonth, locale: string, monthStyle: 'long' | 'short'): string {
  return formattedOnce(`${locale}|${monthStyle}|${iso}`, () => {
    const parts = partsOfCeIso(iso);
    const options: Intl.DateTimeFormatOptions =
      parts.day === undefined ? { month: monthStyle, year: 'numeric' } : { day: 'numeric', month: monthStyle, year: 'numeric' };
    return cachedFormatter(locale, options).format(bangkokNoonOf(parts));
  });
}

/** '15 มกราคม 2567' — Intl th-TH, timeZone Asia/Bangkok, dateStyle long. For a month-precision iso, 'มกราคม 2567'. */
export function formatThaiDate(iso: IsoDate | IsoMonth): string {
  return formattedOnce(`th-TH|dateStyle|${iso}`, () => {
    const parts = partsOfCeIso(iso);
    if (parts.day === undefined) return formatIso(iso, 'th-TH', 'long');
    return cachedFormatter('th-TH', { dateStyle: 'long' }).format(bangkokNoonOf(parts));
  });
}

/** Short form '15 ม.ค. 2567' (month: 'short'); month precision 'ม.ค. 2567'. */
export function formatThaiDateShort(iso: IsoDate | IsoMonth): string {
  return formatIso(iso, 'th-TH', 'short');
}

function monthOfCeIso(iso: IsoDate | IsoMonth): IsoMonth {
  const { year, month } = partsOfCeIso(iso);
  return isoMonthOf(year, month);
}

/** 'มกราคม 2567' for an IsoMonth. */
export function formatThaiMonth(iso: IsoMonth): string {
  return formatIso(monthOfCeIso(iso), 'th-TH', 'long');
}

/** English '15 January 2024' with Intl en-GB, Bangkok — secondary language. */
export function formatEnglishDate(iso: IsoDate | IsoMonth): string {
  return formatIso(iso, 'en-GB', 'long');
}

/** 'ปีงบประมาณ พ.ศ. 2567' */
export function formatFiscalYear(fiscalYear: number): string {
  assertFiscalYear(fiscalYear);
  return fiscalYearLabel(fiscalYear);
}

// Abbreviations may lose their final dot in typed documents ("ธ.ค67"), so it is optional.
function abbreviationPattern(abbreviation: string): string {
  return escapeRegExp(abbreviation.slice(0, -1)) + '\\.?';
}

const MONTH_NUMBER_BY_NAME = new Map<string, number>();
thaiMonthAbbreviations.forEach((name, index) => MONTH_NUMBER_BY_NAME.set(name.replace(/\.$/, ''), index + 1));
thaiMonthNames.forEach((name, index) => MONTH_NUMBER_BY_NAME.set(name, index + 1));

const MONTH_NAME_PATTERN = [...thaiMonthNames.map(escapeRegExp), ...thaiMonthAbbreviations.map(abbreviationPattern)].join('|');
const MONTH_WITH_OPTIONAL_YEAR = `(${MONTH_NAME_PATTERN})\\s*(\\d{4}|\\d{2})?`;
const MONTH_RANGE_PATTERN = new RegExp(`^${MONTH_WITH_OPTIONAL_YEAR}(?:-${MONTH_WITH_OPTIONAL_YEAR})?$`);

function monthNumberOfName(name: string): number | undefined {
  return MONTH_NUMBER_BY_NAME.get(name.replace(/\.$/, ''));
}

// Source documents are typed by hand, so spacing and Thai digits vary; normalize before matching.
function normalizeRangeText(text: string): string {
  return text
    .replace(/[๐-๙]/g, (thaiDigit) => String(thaiDigit.charCodeAt(0) - '๐'.charCodeAt(0)))
    .replace(/[–—]/g, '-')
    .trim()
    .replace(/\s*([.-])\s*/g, '$1');
}

function ceYearOfRangeYear(yearText: string): number | undefined {
  if (yearText.length === 2) return beYearToCe(2500 + Number(yearText));
  return classifyYear(Number(yearText))?.ceYear;
}

/** Parses the seed's 'ต.ค.66-ธ.ค.67', 'ม.ค.-พ.ค. 67', 'ม.ค.-ส.ค.67' into CE months. */
export function parseThaiMonthRange(text: string): ThaiMonthRangeResult {
  const match = MONTH_RANGE_PATTERN.exec(normalizeRangeText(text));
  if (!match) return { ok: false, reason: 'format' };
  const [, startName, startYearText, endName = startName, endYearText] = match;
  const startMonth = startName === undefined ? undefined : monthNumberOfName(startName);
  const endMonth = endName === undefined ? undefined : monthNumberOfName(endName);
  if (startMonth === undefined || endMonth === undefined) return { ok: false, reason: 'format' };
  if (startYearText === undefined && endYearText === undefined) return { ok: false, reason: 'missing-year' };

  const explicitStartYear = startYearText === undefined ? undefined : ceYearOfRangeYear(startYearText);
  const explicitEndYear = endYearText === undefined ? undefined : ceYearOfRangeYear(endYearText);
  if ((startYearText !== undefined && explicitStartYear === undefined) || (endYearText !== undefined && explicitEndYear === undefined)) {
    return { ok: false, reason: 'year-range' };
  }
  // A missing year is shared with the other end, stepping back/forward a year when months wrap past December.
  const monthsWrap = startMonth > endMonth;
  const startYear = explicitStartYear ?? (explicitEndYear ?? 0) - (monthsWrap ? 1 : 0);
  const endYear = explicitEndYear ?? startYear + (monthsWrap ? 1 : 0);

  const start = isoMonthOf(startYear, startMonth);
  const end = isoMonthOf(endYear, endMonth);
  if (start > end) return { ok: false, reason: 'start-after-end' };
  return { ok: true, start, end };
}

/** Inverse, for display: {start:'2023-10',end:'2024-12'} → 'ต.ค. 2566 – ธ.ค. 2567'. */
export function formatThaiMonthRange(start: IsoMonth, end: IsoMonth): string {
  const startLabel = formatThaiDateShort(monthOfCeIso(start));
  const endLabel = formatThaiDateShort(monthOfCeIso(end));
  return startLabel === endLabel ? startLabel : `${startLabel} – ${endLabel}`;
}

// ——— dates typed another way: what the clerk most likely meant ———

/** Days in a month of a typed year (BE or CE), or undefined when the year is in neither range. */
export function daysInTypedMonth(typedYear: number, month: number): number | undefined {
  const classified = classifyYear(typedYear);
  return classified ? daysInCeMonth(classified.ceYear, month) : undefined;
}

const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/;
const YEAR_MONTH_DAY = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/;
const YEAR_MONTH = /^(\d{4})\s*[/.-]\s*(\d{1,2})$/;
const NAMED_DATE = new RegExp(`^(\\d{1,2})\\s*(${MONTH_NAME_PATTERN})\\s*(\\d{4}|\\d{2})$`);
const NAMED_MONTH = new RegExp(`^(${MONTH_NAME_PATTERN})\\s*(\\d{4}|\\d{2})$`);

function normalizeTypedDate(text: string): string {
  return text
    .replace(/[๐-๙]/g, (thaiDigit) => String(thaiDigit.charCodeAt(0) - '๐'.charCodeAt(0)))
    .replace(/[–—]/g, '-')
    .trim()
    .replace(typedDateLeadIn, '')
    .replace(typedEraWords, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A typed year as BE: two digits are 25xx, a CE year is converted; undefined when neither. */
function beYearOfTyped(yearText: string): number | undefined {
  if (yearText.length === 2) return 2500 + Number(yearText);
  const classified = classifyYear(Number(yearText));
  return classified ? ceYearToBe(classified.ceYear) : undefined;
}

function meantParts(typed: string): { beYear: number; month: number; day?: number } | undefined {
  const text = normalizeTypedDate(typed);
  let match: RegExpExecArray | null;
  if ((match = DAY_MONTH_YEAR.exec(text))) return withYear(match[3]!, Number(match[2]), Number(match[1]));
  if ((match = YEAR_MONTH_DAY.exec(text))) return withYear(match[1]!, Number(match[2]), Number(match[3]));
  if ((match = NAMED_DATE.exec(text))) return withYear(match[3]!, monthNumberOfName(match[2]!), Number(match[1]));
  if ((match = MONTH_YEAR.exec(text))) return withYear(match[2]!, Number(match[1]), undefined);
  if ((match = YEAR_MONTH.exec(text))) return withYear(match[1]!, Number(match[2]), undefined);
  if ((match = NAMED_MONTH.exec(text))) return withYear(match[2]!, monthNumberOfName(match[1]!), undefined);
  return undefined;
}

function withYear(yearText: string, month: number | undefined, day: number | undefined) {
  const beYear = beYearOfTyped(yearText);
  if (beYear === undefined || month === undefined || month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > daysInCeMonth(beYearToCe(beYear), month))) return undefined;
  return day === undefined ? { beYear, month } : { beYear, month, day };
}

/**
 * The date a clerk most likely meant by a date typed another way — '20/9/2567', '20 ก.ย. 2567', '20 กันยายน 2567',
 * Thai digits, a CE year — written as the files take it, with its BE year ('2567-09-20'); undefined when the text is
 * already in that form, names no real day, or is not a date.
 */
export function meantDate(typed: string): string | undefined {
  const parts = meantParts(typed);
  if (!parts || parts.day === undefined) return undefined;
  const meant = `${parts.beYear}-${pad2(parts.month)}-${pad2(parts.day)}`;
  return meant === typed.trim() ? undefined : meant;
}

/** The same for a month alone: 'ก.ย. 2567', '9/2567' → '2567-09'. */
export function meantMonth(typed: string): string | undefined {
  const parts = meantParts(typed);
  if (!parts || parts.day !== undefined) return undefined;
  const meant = `${parts.beYear}-${pad2(parts.month)}`;
  return meant === typed.trim() ? undefined : meant;
}

/** For 'YYYY-MM-DD' text whose day is past the month's end: the BE year, the month and how many days it has. */
export function monthLengthOfTyped(typed: string): { beYear: number; month: number; days: number } | undefined {
  const parts = partsOfTypedText(typed);
  if (!parts) return undefined;
  const classified = classifyYear(parts.year);
  if (!classified || parts.month < 1 || parts.month > 12) return undefined;
  return { beYear: ceYearToBe(classified.ceYear), month: parts.month, days: daysInCeMonth(classified.ceYear, parts.month) };
}

/**
 * The BE year a clerk most likely meant by a year outside the BE range: a CE year converted (2024 → 2567), or, when
 * that lands implausibly far ahead, a slip of one digit in 25xx (2068 → 2568). Plausible: BE 2500–2600.
 */
export function meantBeYear(year: number): { year: number; kind: 'ce' | 'typo' } | undefined {
  if (!Number.isInteger(year)) return undefined;
  if (year >= CE_YEAR_MIN && year <= CE_YEAR_MAX && ceYearToBe(year) <= 2600) return { year: ceYearToBe(year), kind: 'ce' };
  if (year >= 1000 && year <= 9999) {
    const slip = 2500 + (year % 100);
    if (slip !== year) return { year: slip, kind: 'typo' };
  }
  return undefined;
}
