import { z } from 'zod';
import type { ProblemArgs, ProblemKey } from '../i18n/problems.ts';
import {
  parseThaiInputDate,
  parseThaiInputMonth,
  parseThaiInputPartialDate,
  parseThaiMonthRange,
  meantBeYear,
  meantDate,
  meantMonth,
  monthLengthOfTyped,
} from '../lib/calendar/thai-date.ts';

/** Marks a custom zod issue so the friendly-error formatter can find its Thai/English text. */
export function problem<K extends ProblemKey>(key: K, ...args: ProblemArgs<K>) {
  return { code: 'custom' as const, message: key, params: { problem: key, ...args[0] } };
}

/** Text that must not be blank. */
export const text = z.string().trim().min(1);

/** A calendar date typed with a Buddhist-era (2567-01-15) or Christian-era (2024-01-15) year; stored as CE 'YYYY-MM-DD'. */
export const dateField = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const parsed = parseThaiInputDate(value);
  if (parsed.ok) return parsed.iso;
  ctx.addIssue(dateProblem(parsed.reason, String(value), 'day'));
  return z.NEVER;
});

/** A date refused, with what the clerk most likely meant (a date typed another way) or the month's real length. */
function dateProblem(reason: 'format' | 'year-range' | 'invalid-day' | 'invalid-month', value: string, precision: 'day' | 'month' | 'either') {
  if (reason === 'invalid-day') {
    const month = monthLengthOfTyped(value);
    return problem('date.invalid-day', { value, ...(month ? { month } : {}) });
  }
  const meant = precision === 'month' ? meantMonth(value) : precision === 'day' ? meantDate(value) : (meantDate(value) ?? meantMonth(value));
  if (meant) return problem(precision === 'month' ? 'month.meant' : 'date.meant', { value, meant });
  if (precision !== 'month') return problem(`date.${reason}`, { value });
  if (reason === 'invalid-month') return problem('month.invalid-month', { value });
  if (reason === 'year-range') return problem('month.year-range', { value });
  return problem('month.format', { value });
}

/** A date or, when only the month is known, a month: '2567-01-15' or '2567-01'; stored as CE ISO. */
export const partialDateField = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const parsed = parseThaiInputPartialDate(value);
  if (parsed.ok) return parsed.iso;
  ctx.addIssue(dateProblem(parsed.reason, String(value), 'either'));
  return z.NEVER;
});

/** A calendar month '2567-10' (BE) or '2023-10' (CE); stored as CE 'YYYY-MM'. */
export const monthField = z.string().transform((value, ctx) => {
  const parsed = parseThaiInputMonth(value);
  if (parsed.ok) return parsed.iso;
  ctx.addIssue(dateProblem(parsed.reason, value, 'month'));
  return z.NEVER;
});

/** A Buddhist-era year such as 2567 (fiscal years and ITA years are always named in BE). */
export const beYear = z
  .number()
  .int()
  .superRefine((year, ctx) => {
    if (year >= 2400 && year <= 2700) return;
    const meant = meantBeYear(year);
    if (meant?.kind === 'ce') ctx.addIssue(problem('year.ce', { value: year, suggestion: meant.year }));
    else if (meant) ctx.addIssue(problem('year.typo', { value: year, suggestion: meant.year }));
    else ctx.addIssue(problem('year.range', { value: year }));
  });

/** A span of months: either {start, end} months or the Thai shorthand used in reports, e.g. 'ต.ค.66-ธ.ค.67'. */
export const monthRange = z
  .union([
    z.string(),
    z.strictObject({
      /** First month, e.g. 2566-10 (BE) */
      start: monthField,
      /** Last month, e.g. 2567-12 (BE) */
      end: monthField,
    }),
  ])
  .transform((value, ctx) => {
    if (typeof value !== 'string') {
      if (value.start > value.end) {
        ctx.addIssue(problem('range.order'));
        return z.NEVER;
      }
      return { start: value.start, end: value.end, asWritten: undefined as string | undefined };
    }
    const parsed = parseThaiMonthRange(value);
    if (!parsed.ok) {
      ctx.addIssue(problem('range.format', { value }));
      return z.NEVER;
    }
    return { start: parsed.start, end: parsed.end, asWritten: value as string | undefined };
  });

/** A file that sits beside the entry (or in a folder below it), published with it. */
export const attachment = z.strictObject({
  /** Path relative to the Markdown file, e.g. `report.pdf` or `files/report.pdf` */
  file: text,
  /** What a citizen sees as the link text, e.g. "รายงานฉบับลงนาม" */
  title: text,
});

/**
 * Change notes written by people for citizens (as on GOV.UK): what changed and when, shown on the page as its history.
 * Optional (none by default); a page without notes shows only when it was last updated.
 */
export const changeNotes = z
  .array(
    z.strictObject({
      /** Date of the change: 2567-03-01 (BE) or 2024-03-01 (CE) */
      date: dateField,
      /** What changed, in a sentence a citizen understands, e.g. "แก้ไขระยะเวลาดำเนินการของมาตรการที่ 2" */
      note: text,
    }),
  )
  .optional();

/** A short machine name: lower-case letters, digits and hyphens, e.g. `procurement-plan`. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** An http(s) address. */
export const url = z.url({ protocol: /^https?$/ });

export type Attachment = z.output<typeof attachment>;
export type MonthRange = z.output<typeof monthRange>;
export type ChangeNote = NonNullable<z.output<typeof changeNotes>>[number];
