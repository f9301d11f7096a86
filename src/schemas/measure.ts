import { z } from 'zod';
import { text, beYear, dateField, monthRange, changeNotes } from './common.ts';

export const measureStages = ['recommended', 'implemented'] as const;
export const measureCategories = [
  'anti-bribery',
  'conflict-of-interest',
  'procurement-transparency',
  'discretion-oversight',
  'public-disclosure',
  'no-gift',
  'other',
] as const;

/** One integrity & transparency measure: `content/measures/<fiscal year>/<name>.md`. */
export const measureSchema = z.strictObject({
  /** Name of the measure, e.g. มาตรการตรวจสอบการใช้ดุลพินิจ */
  title: text,
  /** Fiscal year (BE) the measure is for */
  fiscalYear: beYear,
  /** `recommended` (proposed from the ITA analysis) or `implemented` (carried out, with results) */
  stage: z.enum(measureStages),
  /** Theme of the measure */
  category: z.enum(measureCategories),
  /** Guidelines (แนวทางการปฏิบัติ), if the report gives them */
  guidelines: z.array(text).default([]),
  /** Method steps (วิธีการ/ขั้นตอน), in order */
  steps: z.array(text).min(1),
  /** Unit responsible, e.g. สำนักปลัด */
  responsibleUnit: text,
  /** When it runs: {start: 2566-10, end: 2567-12} or as written in the report, e.g. "ต.ค.66-ธ.ค.67" */
  period: monthRange.optional(),
  /** Monitoring rounds, each with what was found; a round without result is still due */
  rounds: z
    .array(
      z.strictObject({
        /** 6-month or 12-month round */
        round: z.enum(['6-month', '12-month']),
        /** Date of the round's report (optional) */
        date: dateField.optional(),
        /** What was achieved (ผลการดำเนินการ) */
        result: text.optional(),
        /** Progress in percent, 0–100 (optional) */
        progress: z.number().min(0).max(100).optional(),
      }),
    )
    .default([]),
  /** Recommendation (ข้อเสนอแนะ) */
  recommendation: text.optional(),
  /** ITA indicator numbers (1–10) the measure answers (optional) */
  indicators: z.array(z.number().int().min(1).max(10)).default([]),
  /** Change notes for citizens, e.g. [{date: 2567-03-01, note: "แก้ไขตัวเลขในตารางที่ 2"}]; the page's history shows them, newest first */
  changes: changeNotes,
});

export type MeasureInput = z.input<typeof measureSchema>;
export type MeasureData = z.output<typeof measureSchema>;
export type MeasureStage = (typeof measureStages)[number];
export type MeasureCategory = (typeof measureCategories)[number];
