/** Reading an import plan in tests: the files it would write, and the report as staff read it (Thai). */
import { stringify } from 'csv-stringify/sync';
import type { ImportPlan } from '../../src/lib/procurement-import/import-procurement.ts';

export const texts = (plan: ImportPlan) => new Map([...plan.writes].map(([file, write]) => [file, write.text]));
export const reportTh = (plan: ImportPlan) => plan.report.map((line) => line.th).join('\n');
/** A CSV as a clerk saves one from Excel ("CSV UTF-8"): BOM, CRLF, quotes where needed. */
export const csvBytes = (rows: readonly (readonly (string | null)[])[]) =>
  new TextEncoder().encode(`\uFEFF${stringify(rows as string[][], { record_delimiter: '\r\n' })}`);
