import { z } from 'zod';
import { text, slug, beYear, partialDateField, dateField, monthField, attachment, problem, changeNotes } from './common.ts';

/** A published document: `content/documents/<fiscal year>/<name>.md`. */
export const documentSchema = z
  .strictObject({
    /** Title as it appears on the document */
    title: text,
    /** What the document is: an id from content/document-types.yaml, e.g. `procurement-plan` */
    type: slug,
    /** Fiscal year (BE) the document is about, e.g. 2567 */
    fiscalYear: beYear,
    /** Which part of the year it covers (optional) */
    period: z
      .strictObject({
        /** Report round: 6-month (Oct–Mar) or 12-month (whole year) */
        round: z.enum(['6-month', '12-month']).optional(),
        /** For monthly documents: the month, e.g. 2567-01 */
        month: monthField.optional(),
      })
      .optional(),
    /** Date on the document or when it was put online: 2567-01-15, or 2567-01 when only the month is known */
    published: partialDateField.optional(),
    /** Date of the last change to its content (optional) */
    updated: dateField.optional(),
    /** Why the fiscal year differs from the dates, when it deliberately does (e.g. a plan published before its year) */
    fiscalYearReason: text.optional(),
    /** One or two sentences shown in lists and search results */
    summary: text.optional(),
    /** Files published with the document */
    attachments: z.array(attachment).default([]),
    /** Ids of the integrity measures this document reports on, e.g. `2567/no-gift-policy` */
    measures: z.array(text).default([]),
    /** Unit that issued it, e.g. สำนักปลัด (optional) */
    issuedBy: text.optional(),
    /** Change notes for citizens, e.g. [{date: 2567-03-01, note: "แก้ไขตัวเลขในตารางที่ 2"}]; the page's history shows them, newest first */
    changes: changeNotes,
  })
  .superRefine((doc, ctx) => {
    if (doc.published && doc.updated && doc.updated < doc.published.slice(0, 10)) {
      ctx.addIssue({ ...problem('document.updated-before-published'), path: ['updated'] });
    }
  });

export type DocumentInput = z.input<typeof documentSchema>;
export type DocumentData = z.output<typeof documentSchema>;
