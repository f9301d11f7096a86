import { z } from 'zod';
import { text, beYear, dateField, monthField, attachment, problem, changeNotes } from './common.ts';
import { parseMoney } from '../lib/procurement/money.ts';
import { normalizeTaxId } from '../lib/procurement/tax-id.ts';
import { matchVocabulary } from '../lib/procurement/match-vocabulary.ts';
import { contractStatuses, evidenceKinds, procurementCategories, procurementMethods } from '../lib/procurement/vocabulary.ts';
import {
  contractStatusAliases,
  contractStatusLabels,
  evidenceKindAliases,
  evidenceKindLabels,
  procurementCategoryAliases,
  procurementCategoryLabels,
  procurementMethodAliases,
  procurementMethodLabels,
} from '../i18n/procurement.ts';

/** An amount in baht as written ("1,234.50", 1234.5, "1,234.50 บาท"); stored as exact satang (an integer). */
export const moneyField = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const parsed = parseMoney(value);
  if (parsed.ok) return parsed.satang;
  ctx.addIssue(problem(`procurement.money-${parsed.reason}`, { value: String(value) }));
  return z.NEVER;
});

/** A 13-digit tax ID (spaces, dashes and Thai digits allowed); stored as 13 ASCII digits. */
export const taxIdField = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const digits = normalizeTaxId(value);
  if (digits) return digits;
  ctx.addIssue(problem('procurement.tax-id-format', { value: String(value) }));
  return z.NEVER;
});

/** A value of a closed list, written as its id or its Thai name. */
export function vocabularyField<Id extends string>(ids: readonly Id[], labels: Record<Id, string>, aliases: Record<Id, readonly string[]>) {
  return z.string().transform((value, ctx) => {
    const id = matchVocabulary(value, labels, aliases);
    if (id !== undefined && ids.includes(id)) return id;
    ctx.addIssue(problem('procurement.not-in-list', { value, allowed: ids.map((candidate) => `${candidate} (${labels[candidate]})`) }));
    return z.NEVER;
  });
}

/** Method (วิธีซื้อหรือจ้าง), as id or Thai name. */
export const methodField = vocabularyField(procurementMethods, procurementMethodLabels, procurementMethodAliases);
/** Category (ซื้อ / จ้าง / จ้างก่อสร้าง), as id or Thai name. */
export const categoryField = vocabularyField(procurementCategories, procurementCategoryLabels, procurementCategoryAliases);
/** Kind of the binding document, as id or Thai name. */
export const evidenceKindField = vocabularyField(evidenceKinds, evidenceKindLabels, evidenceKindAliases);
/** Contract status, as id or Thai name. */
export const contractStatusField = vocabularyField(contractStatuses, contractStatusLabels, contractStatusAliases);

/** An e-GP project number or other reference, kept as text even when YAML reads it as a number. */
export const referenceNumber = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1));

/** One procurement: the nine columns of แบบ สขร.1 and the fields of the newer ITA table, in one record. */
export const procurementRowSchema = z.strictObject({
  /** What was bought or hired (งานที่จัดซื้อหรือจัดจ้าง), e.g. "จัดซื้อวัสดุสำนักงาน" */
  item: text,
  /** Budget (วงเงินที่จะซื้อหรือจ้าง) in baht, e.g. 12500 or "12,500.00" */
  budget: moneyField,
  /** Source of the funds (แหล่งที่มาของงบประมาณ), e.g. "เงินงบประมาณ" or "เงินอุดหนุนเฉพาะกิจ" */
  fundSource: text.optional(),
  /** Reference price (ราคากลาง) in baht */
  referencePrice: moneyField.optional(),
  /** Method (วิธีซื้อหรือจ้าง): specific (เฉพาะเจาะจง), selection (คัดเลือก), e-bidding, e-market, or a legacy method */
  method: methodField,
  /** Category: goods (ซื้อ), services (จ้าง) or works (จ้างก่อสร้าง) */
  category: categoryField,
  /** Every bidder with the price it offered (รายชื่อผู้เสนอราคาและราคาที่เสนอ) */
  bidders: z
    .array(
      z.strictObject({
        /** Bidder's name, e.g. "ร้านสมใจการค้า" */
        name: text,
        /** Price offered, in baht */
        price: moneyField,
      }),
    )
    .default([]),
  /** The supplier chosen and the agreed price (ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง) */
  winner: z.strictObject({
    /** Name of the supplier chosen */
    name: text,
    /** Agreed price, in baht */
    price: moneyField,
    /** 13-digit tax ID; a person's ID (not beginning with 0) is kept here but never published in full */
    taxId: taxIdField.optional(),
  }),
  /** Reason for the choice (เหตุผลที่คัดเลือกโดยสรุป), e.g. "เป็นผู้เสนอราคาต่ำสุด และราคาไม่เกินงบประมาณ" */
  reason: text.optional(),
  /** The contract, order or agreement that binds the purchase: kind, number and date */
  evidence: z.strictObject({
    /** contract (สัญญา), order (ใบสั่งซื้อ/สั่งจ้าง) or agreement (ข้อตกลง) */
    kind: evidenceKindField.default('order'),
    /** Its number, e.g. "12/2567" */
    number: referenceNumber,
    /** Its date: 2567-01-15 (BE) or 2024-01-15 (CE); must fall in the month of the file */
    date: dateField,
  }),
  /** e-GP project number (เลขที่โครงการ), e.g. 67019123456 */
  egpNumber: referenceNumber.optional(),
  /** Contract status (สถานะ), e.g. "สิ้นสุดสัญญา" */
  status: contractStatusField.optional(),
});

/** One month of procurement: `content/procurement/<fiscal year>/<month>.yaml`, e.g. procurement/2567/2566-10.yaml. */
export const procurementMonthSchema = z.strictObject({
  /** The month the summary is of: 2566-10 (BE) or 2023-10 (CE); the file is named after it */
  month: monthField,
  /** Fiscal year (BE) the month belongs to, e.g. 2567 for 2566-10 (optional; the web editor files the month under it) */
  fiscalYear: beYear.optional(),
  /** Date the month's summary went online (the checker judges lateness by it): 2566-11-05 */
  posted: dateField,
  /** true when there was no procurement this month ("ไม่มีการจัดซื้อจัดจ้าง"); then rows stay empty */
  noProcurement: z.boolean().default(false),
  /** The month's procurements, one per contract or order */
  rows: z.array(procurementRowSchema).default([]),
  /** The signed summary or other files published with the month (optional) */
  attachments: z.array(attachment).default([]),
  /** Change notes for citizens, e.g. [{date: 2567-03-01, note: "แก้ไขราคากลางรายการที่ 2"}] */
  changes: changeNotes,
});

/** The staff's part of the annual procurement report: `content/procurement/<fiscal year>/annual-report.md`. */
export const procurementReportSchema = z.strictObject({
  /** Fiscal year (BE) the report is of, e.g. 2567 */
  fiscalYear: beYear,
  /** Date the annual report went online, after the year ended: 2567-10-20 */
  posted: dateField,
  /** Problems and obstacles in the year's procurement (ปัญหาและอุปสรรค) */
  problems: text,
  /** Suggestions for improvement (ข้อเสนอแนะ / แนวทางการปรับปรุง) */
  suggestions: text,
  /** Change notes for citizens */
  changes: changeNotes,
});

export type ProcurementRow = z.output<typeof procurementRowSchema>;
export type ProcurementRowInput = z.input<typeof procurementRowSchema>;
export type ProcurementMonth = z.output<typeof procurementMonthSchema>;
export type ProcurementReport = z.output<typeof procurementReportSchema>;
