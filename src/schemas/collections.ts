import type { z } from 'zod';
import { siteSchema } from './site.ts';
import { documentTypesFileSchema } from './document-types.ts';
import { oitCatalogueSchema } from './oit-catalogue.ts';
import { documentSchema } from './document.ts';
import { measureSchema } from './measure.ts';
import { declarationSchema } from './declaration.ts';
import { itaResultSchema } from './ita-result.ts';
import { newsSchema } from './news.ts';
import { qaSchema } from './qa.ts';
import { pageSchema } from './page.ts';
import { privacyAllowlistSchema } from './privacy-allowlist.ts';
import { procurementMonthSchema, procurementReportSchema } from './procurement.ts';

/** Markdown collections: one entry per `.md`/`.mdx` file under `content/<dir>/`, front matter validated by the schema. */
export const markdownCollections = {
  documents: { dir: 'documents', schema: documentSchema },
  measures: { dir: 'measures', schema: measureSchema },
  declarations: { dir: 'declarations', schema: declarationSchema },
  news: { dir: 'news', schema: newsSchema },
  qa: { dir: 'qa', schema: qaSchema },
  pages: { dir: 'pages', schema: pageSchema },
  /** The staff's text of a year's procurement report: `procurement/<fiscal year>/annual-report.md` */
  procurementReports: { dir: 'procurement', schema: procurementReportSchema },
} as const satisfies Record<string, { dir: string; schema: z.ZodType }>;

/** YAML collections: one entry per `.yaml` file under `content/<dir>/`; the id is the file name (the year). */
export const yamlCollections = {
  oit: { dir: 'oit', schema: oitCatalogueSchema },
  scores: { dir: 'scores', schema: itaResultSchema },
  /** One month of procurement: `procurement/<fiscal year>/<month>.yaml` */
  procurement: { dir: 'procurement', schema: procurementMonthSchema },
} as const satisfies Record<string, { dir: string; schema: z.ZodType }>;

/** Single YAML files at the top of `content/`. */
export const singletonFiles = {
  site: { file: 'site.yaml', schema: siteSchema },
  documentTypes: { file: 'document-types.yaml', schema: documentTypesFileSchema },
  privacyAllowlist: { file: 'privacy-allowlist.yaml', schema: privacyAllowlistSchema, optional: true },
} as const satisfies Record<string, { file: string; schema: z.ZodType; optional?: boolean }>;

export type MarkdownCollectionName = keyof typeof markdownCollections;
export type YamlCollectionName = keyof typeof yamlCollections;
export type SingletonName = keyof typeof singletonFiles;

export const markdownExtensions = ['.md', '.mdx'] as const;
export const yamlExtensions = ['.yaml', '.yml'] as const;
