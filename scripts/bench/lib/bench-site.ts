/**
 * A generated agency site for `npm run bench`: the minimal fixture site (site profile, OIT catalogue, scores) with
 * every documents-type of the example's vocabulary, and `count` generated Thai documents spread over fiscal years and
 * types, some with a small text PDF attached.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { mapInPool } from '../../../src/lib/build/pool.ts';
import { generateSiteDocuments, seedPieces, type SiteDocument } from './thai-corpus.ts';

/** Five fiscal years, as an agency keeps them online. */
export const benchFiscalYears = [2564, 2565, 2566, 2567, 2568] as const;
/** A real small text PDF in Thai (18 KB), attached to about one document in ten. */
export const benchAttachmentPdf = 'tests/fixtures/pdf/thai-manual.pdf';

interface TypeEntry {
  id: string;
  th: string;
  en?: string;
  source?: string;
  description?: string;
}

export interface BenchSite {
  /** Absolute folder holding content/ */
  root: string;
  contentDir: string;
  documents: SiteDocument[];
}

/** Writes the site into `root` (emptied first). */
export async function writeBenchSite(projectRoot: string, root: string, count: number, seed = 1): Promise<BenchSite> {
  const contentDir = path.join(root, 'content');
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(path.join(projectRoot, 'tests/fixtures/sites/minimal/content'), contentDir, { recursive: true });

  // The fixture's few types, plus every type of the example vocabulary whose evidence is a document.
  const typesFile = path.join(contentDir, 'document-types.yaml');
  const own = (parse(await readFile(typesFile, 'utf8')) as { types: TypeEntry[] }).types;
  const example = (parse(await readFile(path.join(projectRoot, 'content/document-types.yaml'), 'utf8')) as { types: TypeEntry[] }).types;
  const known = new Set(own.map((type) => type.id));
  const merged = [...own, ...example.filter((type) => !known.has(type.id))];
  await writeFile(typesFile, stringify({ types: merged }));
  const documentTypes = merged.filter((type) => (type.source ?? 'documents') === 'documents').map(({ id, th }) => ({ id, th }));

  const documents = generateSiteDocuments(await seedPieces(projectRoot), count, {
    fiscalYears: benchFiscalYears,
    types: documentTypes,
    monthlyTypes: new Set(['procurement-monthly-summary']),
    seed,
  });
  const documentsDir = path.join(contentDir, 'documents');
  await Promise.all(benchFiscalYears.map((year) => mkdir(path.join(documentsDir, String(year)), { recursive: true })));
  const pdf = await readFile(path.join(projectRoot, benchAttachmentPdf));
  // A few files at a time: 10,000 at once would exhaust file handles.
  await mapInPool(documents, 256, async (document) => {
    await writeFile(path.join(documentsDir, document.file), document.markdown);
    // Each copy made a different file (a comment after %%EOF, which readers ignore), as every real attachment is.
    if (document.attachment) await writeFile(path.join(documentsDir, document.attachment), Buffer.concat([pdf, Buffer.from(`\n% ${document.file}\n`)]));
  });
  return { root, contentDir, documents };
}
