import { z } from 'zod';
import { text, beYear, dateField, attachment, changeNotes } from './common.ts';

export const declarationKinds = ['no-gift-policy', 'integrity-intent'] as const;

/** A declaration by the executive: `content/declarations/<fiscal year>/<name>.md`; the body is its text. */
export const declarationSchema = z.strictObject({
  /** Title, e.g. ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปี 2567 */
  title: text,
  /** `no-gift-policy` or `integrity-intent` */
  kind: z.enum(declarationKinds),
  /** Fiscal year (BE) it applies to */
  fiscalYear: beYear,
  /** Who declares it */
  declaredBy: z.strictObject({
    /** Position, e.g. นายกองค์การบริหารส่วนตำบลตะโก */
    position: text,
    /** Name, where published */
    name: text.optional(),
  }),
  /** Date it was signed or announced; leave out only if unknown */
  date: dateField.optional(),
  /** The signed document (scan or PDF) */
  signed: attachment.optional(),
  /** Ids of the measures this declaration carries out, e.g. `2567/no-gift-policy` */
  measures: z.array(text).default([]),
  /** Change notes for citizens, e.g. [{date: 2567-03-01, note: "แก้ไขตัวเลขในตารางที่ 2"}]; the page's history shows them, newest first */
  changes: changeNotes,
});

export type DeclarationInput = z.input<typeof declarationSchema>;
export type DeclarationData = z.output<typeof declarationSchema>;
export type DeclarationKind = (typeof declarationKinds)[number];
