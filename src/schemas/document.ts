import { z } from 'zod';
import { text, slug, beYear, partialDateField, dateField, monthField, attachment, problem, changeNotes } from './common.ts';

/** Report rounds, each counted from the start of the fiscal year (1 October). */
export const reportRounds = ['3-month', '6-month', '9-month', '12-month'] as const;
export type ReportRound = (typeof reportRounds)[number];

/** A published document: `content/documents/<fiscal year>/<name>.md`. */
export const documentSchema = z
  .strictObject({
    /** Title as it appears on the document */
    title: text,
    /** What the document is: an id from content/document-types.yaml, e.g. `procurement-plan` */
    type: slug,
    /** Other types this same document also is, e.g. an HR plan that also states the HR criteria: [hr-criteria] */
    otherTypes: z.array(slug).default([]),
    /** Fiscal year (BE) the document is about, e.g. 2567; for a plan over several years, the first */
    fiscalYear: beYear,
    /** For a plan over several fiscal years, the last one it covers, e.g. 2570 for a 2566–2570 development plan */
    lastFiscalYear: beYear.optional(),
    /** Which part of the year it covers (optional) */
    period: z
      .strictObject({
        /** Report round, counted from 1 October: 3-month (Oct–Dec), 6-month (Oct–Mar), 9-month (Oct–Jun) or 12-month (whole year) */
        round: z.enum(reportRounds).optional(),
        /** For a report of one quarter: 1 (Oct–Dec), 2 (Jan–Mar), 3 (Apr–Jun) or 4 (Jul–Sep) */
        quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
        /** For monthly documents: the month, e.g. 2567-01 */
        month: monthField.optional(),
      })
      .optional(),
    /** Date on the document (signed, approved or issued): 2567-01-15, or 2567-01 when only the month is known */
    published: partialDateField.optional(),
    /** Date it was put online, when later than the date on it; the checker judges what was online on a date by this */
    posted: dateField.optional(),
    /** Date of the last change to its content (optional) */
    updated: dateField.optional(),
    /** Why the fiscal year differs from the dates by more than six months (a plan approved early, a report posted late) */
    fiscalYearReason: text.optional(),
    /** One or two sentences shown in lists and search results */
    summary: text.optional(),
    /** Files published with the document */
    attachments: z.array(attachment).default([]),
    /** Ids of the integrity measures this document reports on, e.g. `2567/no-gift-policy` */
    measures: z.array(text).default([]),
    /** Unit that issued it, e.g. สำนักปลัด (optional) */
    issuedBy: text.optional(),
    /** For an item whose criterion has several parts, the parts this document supplies (ids from the year's catalogue) */
    elements: z.array(slug).default([]),
    /** Change notes for citizens, e.g. [{date: 2567-03-01, note: "แก้ไขตัวเลขในตารางที่ 2"}]; the page's history shows them, newest first */
    changes: changeNotes,
  })
  .superRefine((doc, ctx) => {
    if (doc.published && doc.updated && doc.updated < doc.published.slice(0, 10)) {
      ctx.addIssue({ ...problem('document.updated-before-published'), path: ['updated'] });
    }
    if (doc.published && doc.posted && doc.posted < doc.published.slice(0, 10)) {
      ctx.addIssue({ ...problem('document.posted-before-published'), path: ['posted'] });
    }
    if (doc.lastFiscalYear !== undefined && doc.lastFiscalYear < doc.fiscalYear) {
      ctx.addIssue({ ...problem('document.span-order', { first: doc.fiscalYear, last: doc.lastFiscalYear }), path: ['lastFiscalYear'] });
    }
  });

export type DocumentInput = z.input<typeof documentSchema>;
export type DocumentData = z.output<typeof documentSchema>;
