import { z } from 'zod';
import { text, dateField } from './common.ts';

/** A question and its answer (O8): `content/qa/<name>.md`; the body is the answer. */
export const qaSchema = z.strictObject({
  /** The question as asked */
  question: text,
  /** When it was asked */
  asked: dateField,
  /** When it was answered (optional) */
  answered: dateField.optional(),
});

export type QaData = z.output<typeof qaSchema>;
