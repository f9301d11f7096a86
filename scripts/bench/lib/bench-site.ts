/**
 * A generated agency site for `npm run bench`: the minimal fixture site (site profile, OIT catalogue, scores) with
 * every documents-type of the example's vocabulary, and `count` generated Thai documents spread over fiscal years and
 * types, some with a small text PDF attached.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { mapInPool } from '../../../src/lib/build/pool.ts';
import { createHash } from 'node:crypto';
import { generateSiteDocuments, random, seedPieces, type SiteDocument } from './thai-corpus.ts';
import { imagePdf } from '../../lib/image-pdf.ts';
import { formatScanText, scanTextFileOf, type ScanTextPage } from '../../../src/lib/ocr/scan-text-file.ts';

/** Five fiscal years, as an agency keeps them online. */
export const benchFiscalYears = [2564, 2565, 2566, 2567, 2568] as const;
/** A real small text PDF in Thai (18 KB), attached to about one document in ten. */
export const benchAttachmentPdf = 'tests/fixtures/pdf/thai-manual.pdf';
/** The page image of a generated scan (a half-A4 JPEG at 150 dpi, 31 KB) */
export const benchScanImage = { file: 'tests/fixtures/scans/skewed-water.jpg', width: 1240, height: 573 };

export interface BenchSiteOptions {
  seed?: number;
  /** Share of documents that also carry a scan (an image-only PDF of one to three pages), e.g. 0.1 */
  scanned?: number;
  /** Whether each scan's machine-read text is beside it, as `npm run ocr` writes it (default true): no OCR runs in the bench */
  scanText?: boolean;
  /** Procurement rows, spread evenly over the months of ten fiscal years (12,000: a hundred a month) */
  procurementRows?: number;
}

/** Ten fiscal years of procurement months, ending with the bench's last fiscal year. */
export const procurementFiscalYears = Array.from({ length: 10 }, (_, index) => benchFiscalYears.at(-1)! - 9 + index);

/** The month files of `rows` procurement rows over ten fiscal years: path under content/ → YAML. Valid rows, most small specific purchases, one in twenty an e-bidding contract. */
export function procurementMonthFiles(rows: number): Map<string, string> {
  const files = new Map<string, string>();
  const months = procurementFiscalYears.flatMap((fiscalYear) =>
    Array.from({ length: 12 }, (_, index) => {
      const month = ((9 + index) % 12) + 1;
      const year = month >= 10 ? fiscalYear - 1 : fiscalYear;
      return { fiscalYear, year, month };
    }),
  );
  months.forEach(({ fiscalYear, year, month }, monthIndex) => {
    const count = Math.floor(((monthIndex + 1) * rows) / months.length) - Math.floor((monthIndex * rows) / months.length);
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    const lines = [`month: ${key}`, `posted: ${next}-05`];
    if (count === 0) lines.push('noProcurement: true');
    else lines.push('rows:');
    for (let row = 0; row < count; row += 1) {
      const number = monthIndex * 1000 + row + 1;
      const day = String((row % 28) + 1).padStart(2, '0');
      // One in twenty an e-bidding contract above 500,000 baht (a page of its own); the rest small specific purchases.
      const large = row % 20 === 19;
      const budget = large ? 600_000 + ((number * 7919) % 4_000_000) : 10_000 + ((number * 7919) % 480_000);
      const price = budget - (number % 900);
      lines.push(
        `  - item: ${large ? 'จ้างก่อสร้างถนนคอนกรีตเสริมเหล็กโครงการที่' : 'จัดซื้อวัสดุสำนักงานรายการที่'} ${row + 1} เดือน ${key}`,
        `    budget: ${budget}`,
        `    referencePrice: ${budget}`,
        `    method: ${large ? 'e-bidding' : 'เฉพาะเจาะจง'}`,
        `    category: ${large ? 'จ้างก่อสร้าง' : 'ซื้อ'}`,
        `    bidders: [ { name: ร้านค้าที่ ${number % 40}, price: ${price} } ]`,
        `    winner: { name: ร้านค้าที่ ${number % 40}, price: ${price}, taxId: "0${String(105_500_000_000 + (number % 40)).padStart(12, '0')}" }`,
        '    reason: ราคาต่ำสุด',
        `    evidence: { kind: ${large ? 'contract' : 'order'}, number: "${number}/${fiscalYear}", date: ${key}-${day} }`,
        '    status: สิ้นสุดสัญญา',
      );
    }
    files.set(`procurement/${fiscalYear}/${key}.yaml`, `${lines.join('\n')}\n`);
  });
  return files;
}

/** Whether document `index` (0-based) is scanned: exactly ⌊count × share⌋ spread evenly, the same whatever the count. */
export const isScannedDocument = (index: number, share: number) => share > 0 && Math.floor((index + 1) * share) > Math.floor(index * share);

/** The machine-read text of a generated scan: one to three pages of seed text, each about 1,200 characters. */
export function generatedScanPages(pieces: readonly string[], number: number): ScanTextPage[] {
  const next = random(0x5ca9 + number);
  const pageCount = 1 + Math.floor(next() * 3);
  return Array.from({ length: pageCount }, (_, index) => {
    let position = Math.floor(next() * pieces.length);
    const lines: string[] = [];
    for (let line = 0; line < 16; line += 1) {
      const words: string[] = [];
      for (let word = 0; word < 8; word += 1) words.push(pieces[position++ % pieces.length]!);
      lines.push(words.join(' '));
    }
    return { page: index + 1, text: lines.join('\n') };
  });
}

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
export async function writeBenchSite(projectRoot: string, root: string, count: number, options: BenchSiteOptions | number = {}): Promise<BenchSite> {
  const { seed = 1, scanned = 0, scanText = true, procurementRows = 0 } = typeof options === 'number' ? { seed: options } : options;
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

  const pieces = await seedPieces(projectRoot);
  const documents = generateSiteDocuments(pieces, count, {
    fiscalYears: benchFiscalYears,
    types: documentTypes,
    monthlyTypes: new Set(['procurement-monthly-summary']),
    seed,
  });
  const documentsDir = path.join(contentDir, 'documents');
  await Promise.all(benchFiscalYears.map((year) => mkdir(path.join(documentsDir, String(year)), { recursive: true })));
  const pdf = await readFile(path.join(projectRoot, benchAttachmentPdf));
  const jpeg = new Uint8Array(await readFile(path.join(projectRoot, benchScanImage.file)));
  // A few files at a time: 10,000 at once would exhaust file handles.
  await mapInPool(documents, 256, async (document, index) => {
    if (isScannedDocument(index, scanned)) {
      const name = path.posix.basename(document.file, '.md');
      const pages = generatedScanPages(pieces, index + 1);
      // Each scan a different file, as every real one is (a comment after %%EOF).
      const scan = Buffer.concat([
        imagePdf(pages.map(() => ({ jpeg, width: benchScanImage.width, height: benchScanImage.height }))),
        Buffer.from(`\n% ${name}\n`),
      ]);
      const scanFile = path.join(documentsDir, path.posix.dirname(document.file), `${name}-scan.pdf`);
      await writeFile(scanFile, scan);
      const sha256 = createHash('sha256').update(scan).digest('hex');
      if (scanText) await writeFile(scanTextFileOf(scanFile), formatScanText(`${name}-scan.pdf`, { sha256, pageCount: pages.length, engine: 'bench', pages }));
      document.scan = `${path.posix.dirname(document.file)}/${name}-scan.pdf`;
      const attachment = `  - file: ${name}-scan.pdf\n    title: ฉบับลงนาม (สแกน)\n`;
      document.markdown = document.markdown.includes('\nattachments:\n')
        ? document.markdown.replace('\nattachments:\n', `\nattachments:\n${attachment}`)
        : document.markdown.replace(/\n---\n/, `\nattachments:\n${attachment}---\n`);
    }
    await writeFile(path.join(documentsDir, document.file), document.markdown);
    // Each copy made a different file (a comment after %%EOF, which readers ignore), as every real attachment is.
    if (document.attachment) await writeFile(path.join(documentsDir, document.attachment), Buffer.concat([pdf, Buffer.from(`\n% ${document.file}\n`)]));
  });
  if (procurementRows > 0)
    for (const [file, text] of procurementMonthFiles(procurementRows)) {
      await mkdir(path.dirname(path.join(contentDir, file)), { recursive: true });
      await writeFile(path.join(contentDir, file), text);
    }
  return { root, contentDir, documents };
}
