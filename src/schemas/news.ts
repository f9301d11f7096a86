import { z } from 'zod';
import { text, dateField, attachment } from './common.ts';

/** A news item or announcement (O7): `content/news/<name>.md`. */
export const newsSchema = z.strictObject({
  /** Headline */
  title: text,
  /** Date published */
  date: dateField,
  /** One or two sentences for lists and feeds */
  summary: text.optional(),
  /** Files published with it */
  attachments: z.array(attachment).default([]),
});

export type NewsData = z.output<typeof newsSchema>;
