import { z } from 'zod';
import { text, dateField, slug } from './common.ts';

/** A policy or information page (privacy policy, website policy…): `content/pages/<name>.md`. */
export const pageSchema = z.strictObject({
  /** Page title */
  title: text,
  /** Short description for search engines and link previews */
  description: text.optional(),
  /** Date of the last change */
  updated: dateField.optional(),
  /** The OIT document type this page is (an id from document-types.yaml), so the checker counts it as evidence; a page named privacy-policy is the privacy policy without it */
  type: slug.optional(),
});

export type PageData = z.output<typeof pageSchema>;
