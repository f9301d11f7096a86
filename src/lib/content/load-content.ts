import { readFile } from 'node:fs/promises';
import { isHiddenPath } from './hidden-path.ts';
import path from 'node:path';
import { readContent, type RawContent } from './read-content.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';
import { renderMarkdown } from './markdown.ts';
import { mapInPool } from '../build/pool.ts';
import { checkAttachmentType } from '../guards/attachment-type.ts';
import { readAttachmentText } from '../guards/attachment-text.ts';
import { scanAttachmentText } from '../guards/personal-data.ts';
import { inspectScanText } from '../ocr/scan-text-inspection.ts';
import { isScanTextFile, parseScanText } from '../ocr/scan-text-file.ts';
import { findOrphanScanTexts, renameCandidates } from '../ocr/orphan-scan-texts.ts';
import { createHash } from 'node:crypto';
import { hasProcurementFolder, loadProcurementMonths, procurementMonthsInWorker } from './procurement-months.ts';

/** Content files that are data (entries, profile, vocabulary); every other file under the content folder is published as a file. */
const isDataFile = (file: string) => /\.(md|mdx|ya?ml)$/i.test(file) || isScanTextFile(file);

/**
 * Every attachment checked by what its bytes are (an allow-list of types), and every text-bearing one read for personal
 * data: what citizens can download is what the guards see. Read a few at a time: PDFs and Office files are parsed.
 */
async function inspectAttachments(projectRoot: string, raw: RawContent, pdfCacheDir: string | undefined): Promise<void> {
  const attachments = [...raw.files].filter((file) => !isDataFile(file) && !isHiddenPath(path.posix.relative(raw.contentDir, file)));
  await mapInPool(attachments, 4, async (file) => {
    const bytes = new Uint8Array(await readFile(path.join(projectRoot, file)));
    const name = path.posix.basename(file);
    const type = await checkAttachmentType(name, bytes);
    // A file refused by type is not read further: its problems say what it really is.
    const scan = type.ok ? scanAttachmentText(file, await readAttachmentText(name, bytes, { pdfCacheDir })) : undefined;
    const scanText = scan ? await inspectScanText(projectRoot, file, bytes, scan, raw.files) : undefined;
    raw.attachments.set(file, { typeProblems: type.ok ? [] : type.problems, scan, ...(scanText ? { scanText } : {}) });
  });
}

/** Machine-read texts whose scan is gone, each with the scan renamed when a file beside it has the bytes it was read from. */
async function findOrphanTexts(projectRoot: string, raw: RawContent): Promise<void> {
  const orphans = findOrphanScanTexts(raw.files);
  const hashes = new Map<string, Promise<string>>();
  const sha256Of = (file: string) => {
    let hash = hashes.get(file);
    if (!hash) hashes.set(file, (hash = readFile(path.join(projectRoot, file)).then((bytes) => createHash('sha256').update(bytes).digest('hex'))));
    return hash;
  };
  for (const orphan of orphans) {
    const readFrom = parseScanText(await readFile(path.join(projectRoot, orphan.file), 'utf8').catch(() => ''))?.sha256;
    if (!readFrom) continue;
    for (const candidate of renameCandidates(orphan, raw.files)) {
      if ((await sha256Of(candidate).catch(() => '')) === readFrom) {
        orphan.renamedTo = candidate;
        break;
      }
    }
  }
  raw.orphanScanTexts = orphans;
}

/** Renders every Markdown body once: the markup guard checks this HTML, and the pages publish it. */
async function renderBodies(raw: RawContent): Promise<void> {
  await mapInPool(Object.values(raw.markdown).flat(), 64, async (entry) => {
    entry.html = await renderMarkdown(entry.body);
  });
}

export interface LoadOptions {
  /** Where the text of PDFs already read is kept by SHA-256 */
  pdfTextCacheDir?: string;
  /** Read and check the procurement month files on a thread of their own, beside the rest (the build does) */
  procurementOnOwnThread?: boolean;
}

/** Reads and validates the content folder: what the build, the dev server and `npm run check` all start from. */
export async function loadAndValidateContent(projectRoot: string, contentDir = 'content', options: LoadOptions = {}): Promise<ValidationResult> {
  // Should the thread fail to start, the month files are read here after all.
  const procurementMonths =
    options.procurementOnOwnThread && hasProcurementFolder(projectRoot, contentDir)
      ? procurementMonthsInWorker(projectRoot, contentDir).catch(() => loadProcurementMonths(projectRoot, contentDir))
    : undefined;
  const raw = await readContent(projectRoot, contentDir, { procurementMonths: procurementMonths ? 'skip' : 'read' });
  await inspectAttachments(projectRoot, raw, options.pdfTextCacheDir);
  await findOrphanTexts(projectRoot, raw);
  await renderBodies(raw);
  return validateContent(raw, { procurementMonths: await procurementMonths });
}
