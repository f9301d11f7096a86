import { z } from 'zod';
import { text, slug } from './common.ts';

/** Where the evidence for a document type comes from. */
export const evidenceSources = ['documents', 'site', 'news', 'qa', 'measures', 'declarations', 'scores'] as const;

/** One document type of the controlled vocabulary (`content/document-types.yaml`). */
export const documentTypeSchema = z.strictObject({
  /** Stable machine id used in documents and catalogues, e.g. `procurement-monthly-summary` */
  id: slug,
  /** Thai label shown to citizens, e.g. สรุปผลการจัดซื้อจัดจ้างรายเดือน */
  th: text,
  /** English label */
  en: text,
  /** Which part of the content supplies it (most are `documents`) */
  source: z.enum(evidenceSources).default('documents'),
  /** Help for staff: what to publish under this type */
  description: text.optional(),
});

/** The whole vocabulary file. */
export const documentTypesFileSchema = z.strictObject({
  /** Every document type, in display order */
  types: z.array(documentTypeSchema).min(1),
});

export type DocumentType = z.output<typeof documentTypeSchema>;
export type EvidenceSource = (typeof evidenceSources)[number];
