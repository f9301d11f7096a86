/**
 * Dates and years as a tired clerk types them: each form is refused (the files keep one spelling) but the message says
 * what the clerk most likely meant, converted, so the fix is a copy. Expectations written from the Thai calendar first.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { meantDate, meantMonth, daysInTypedMonth } from '../../src/lib/calendar/thai-date.ts';
import { describeZodIssue } from '../../src/lib/content/friendly-zod.ts';
import { beYear, dateField, monthField, partialDateField } from '../../src/schemas/common.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { missingFieldAdvice } from '../../src/lib/content/missing-field.ts';
import { parseYaml } from '../../src/lib/content/parse-source.ts';

describe('meantDate: the BE date a typed date most likely means', () => {
  it.each([
    ['20/9/2567', '2567-09-20'],
    ['20/09/2567', '2567-09-20'],
    ['20-9-2567', '2567-09-20'],
    ['20.9.2567', '2567-09-20'],
    ['20/9/67', '2567-09-20'],
    ['20 ก.ย. 2567', '2567-09-20'],
    ['20 ก.ย.2567', '2567-09-20'],
    ['20 ก.ย. 67', '2567-09-20'],
    ['20 กันยายน 2567', '2567-09-20'],
    ['วันที่ 20 กันยายน พ.ศ. 2567', '2567-09-20'],
    ['๒๐ กันยายน ๒๕๖๗', '2567-09-20'],
    ['๒๕๖๗-๐๙-๒๐', '2567-09-20'],
    ['2567/09/20', '2567-09-20'],
    ['2567-9-20', '2567-09-20'],
    // A Christian-era year in a Thai-style date is converted to the Buddhist era.
    ['20/9/2024', '2567-09-20'],
    ['20 กันยายน 2024', '2567-09-20'],
  ])('%s → %s', (typed, meant) => {
    expect(meantDate(typed)).toBe(meant);
  });

  it('offers nothing for what is not a date, or for a day that does not exist', () => {
    expect(meantDate('เมื่อวาน')).toBeUndefined();
    expect(meantDate('31/9/2567')).toBeUndefined();
    expect(meantDate('2567-09-20')).toBeUndefined(); // already right: nothing to suggest
    expect(meantDate('20 หมา 2567')).toBeUndefined();
  });

  it('months alone, for fields that take a month', () => {
    expect(meantMonth('ก.ย. 2567')).toBe('2567-09');
    expect(meantMonth('กันยายน 2567')).toBe('2567-09');
    expect(meantMonth('9/2567')).toBe('2567-09');
    expect(meantMonth('๒๕๖๗-๐๙')).toBe('2567-09');
    expect(meantMonth('2567-09')).toBeUndefined();
  });

  it('days in the typed month, BE or CE', () => {
    expect(daysInTypedMonth(2567, 2)).toBe(29); // CE 2024 is a leap year
    expect(daysInTypedMonth(2566, 2)).toBe(28);
    expect(daysInTypedMonth(2024, 2)).toBe(29);
    expect(daysInTypedMonth(2567, 9)).toBe(30);
  });
});

/** The Thai message a schema gives for a value. */
function thaiMessage(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0]!;
  return describeZodIssue(issue, value);
}

describe('what staff read for a date typed another way', () => {
  it.each([
    ['20/9/2567', '2567-09-20'],
    ['20 ก.ย. 2567', '2567-09-20'],
    ['20 กันยายน 2567', '2567-09-20'],
    ['๒๕๖๗-๐๙-๒๐', '2567-09-20'],
  ])('%s is refused with "หมายถึง %s หรือไม่?" and the fix is that value', (typed, meant) => {
    const text = thaiMessage(dateField, typed);
    expect(text.th).toContain(`หมายถึง ${meant} หรือไม่?`);
    expect(text.fixTh).toContain(meant);
    expect(text.fixTh).not.toContain('2567-01-15'); // not the generic example
    expect(text.en).toContain(meant);
  });

  it('a Christian-era date in the file form stays valid (content written so keeps building)', () => {
    expect(dateField.safeParse('2024-09-20')).toEqual({ success: true, data: '2024-09-20' });
  });

  it('partial dates and months get the same help', () => {
    expect(thaiMessage(partialDateField, '20/9/2567').th).toContain('หมายถึง 2567-09-20 หรือไม่?');
    expect(thaiMessage(partialDateField, 'ก.ย. 2567').th).toContain('หมายถึง 2567-09 หรือไม่?');
    expect(thaiMessage(monthField, 'กันยายน 2567').th).toContain('หมายถึง 2567-09 หรือไม่?');
  });

  it('a day the month does not have: the month’s length and the last real day', () => {
    const text = thaiMessage(dateField, '2567-02-30');
    expect(text.th).toContain('วันที่ "2567-02-30" ไม่มีอยู่จริงในปฏิทิน');
    expect(text.fixTh).toContain('เดือนกุมภาพันธ์ 2567 มี 29 วัน');
    expect(text.fixTh).toContain('2567-02-29');
    const april = thaiMessage(dateField, '2567-04-31');
    expect(april.fixTh).toContain('เดือนเมษายน 2567 มี 30 วัน');
    const february2566 = thaiMessage(dateField, '2566-02-29');
    expect(february2566.fixTh).toContain('เดือนกุมภาพันธ์ 2566 มี 28 วัน');
  });

  it('fiscalYear 2068 suggests 2568 (a slip of the finger), 2024 the converted 2567', () => {
    const typo = thaiMessage(beYear, 2068);
    expect(typo.th).toContain('หมายถึง 2568 หรือไม่?');
    expect(typo.fixTh).toContain('2568');
    const christian = thaiMessage(beYear, 2024);
    expect(christian.th).toContain('ค.ศ.');
    expect(christian.fixTh).toContain('2567');
  });
});

describe('a missing field: which line to add it after, with an example line', () => {
  it('names the line of the field before it in the form’s order, and gives a line to copy', () => {
    const yaml = 'title: แผนการจัดซื้อจัดจ้าง\ntype: procurement-plan\npublished: 2567-09-20\n';
    const parsed = parseYaml(yaml, 2); // front matter starts on the file's line 2
    const advice = missingFieldAdvice(documentSchema, ['fiscalYear'], parsed);
    expect(advice).toEqual({ afterLine: 3, afterField: 'type', example: 'fiscalYear: 2567' });
  });

  it('inside a group, indented as the group is', () => {
    const yaml = 'title: x\nattachments:\n  - title: แผน\n';
    const parsed = parseYaml(yaml, 1);
    const advice = missingFieldAdvice(documentSchema, ['attachments', 0, 'file'], parsed);
    expect(advice).toEqual({ afterLine: 3, afterField: 'title', example: '    file: plan-2567.pdf' });
  });
});
