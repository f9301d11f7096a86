import { z } from 'zod';
import { text, dateField } from './common.ts';

/** A policy or information page (privacy policy, website policy…): `content/pages/<name>.md`. */
export const pageSchema = z.strictObject({
  /** Page title */
  title: text,
  /** Short description for search engines and link previews */
  description: text.optional(),
  /** Date of the last change */
  updated: dateField.optional(),
});

export type PageData = z.output<typeof pageSchema>;
