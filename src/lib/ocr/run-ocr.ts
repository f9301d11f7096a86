/**
 * `npm run ocr`: every scan under the content folder (a PDF's pages without text, an image) that has no machine-read text
 * yet, or whose text was read from an earlier version of the file, is read once and its text written beside it
 * (scan-text-file.ts). Pages are read by a pool of engines, one per core; each text file is written aside and renamed,
 * so an interrupted run leaves none half-written; the next run removes what a stopped one left aside and continues.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanOcrText } from './thai-ocr-text.ts';
import { findScanPages, renderScanPages, type Rasteriser } from './scan-pages.ts';
import { formatScanText, parseScanText, scanTextFileOf, type ScanTextPage } from './scan-text-file.ts';
import type { OcrEngine } from './ocr-engine.ts';
import { mapInPool } from '../build/pool.ts';
import { removeLeftoverAsideFiles, writeFileAtomically } from '../files/aside-files.ts';

/** The files OCR reads, by name: PDFs and the image types attachments may be. */
export const scanCandidate = /\.(pdf|png|jpe?g|webp|gif)$/i;

export interface OcrFileResult {
  /** Path under the folder read, forward slashes */
  file: string;
  outcome: 'read' | 'up-to-date' | 'has-text' | 'unreadable';
  /** Pages read now */
  pagesRead?: number;
  detail?: string;
}

export interface PendingScan {
  absolute: string;
  file: string;
  bytes: Uint8Array;
  sha256: string;
  pageCount: number;
  scanPages: number[];
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function listScanFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && scanCandidate.test(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !path
          .relative(folder, file)
          .split(path.sep)
          .some((part) => part.startsWith('.')),
    )
    .sort();
}

/**
 * What needs reading under `folder`, and what does not (already read, has its own text, cannot be opened); first removes
 * the half-written texts a stopped run left aside (`leftovers`, paths under the folder).
 */
export async function findPendingScans(folder: string): Promise<{ pending: PendingScan[]; done: OcrFileResult[]; leftovers: string[] }> {
  const leftovers = await removeLeftoverAsideFiles(folder);
  const pending: PendingScan[] = [];
  const done: OcrFileResult[] = [];
  for (const absolute of await listScanFiles(folder)) {
    const file = path.relative(folder, absolute).split(path.sep).join('/');
    const bytes = new Uint8Array(await readFile(absolute));
    const sha256 = sha256Of(bytes);
    const kept = await readFile(scanTextFileOf(absolute), 'utf8').then(parseScanText, () => undefined);
    if (kept?.sha256 === sha256) {
      done.push({ file, outcome: 'up-to-date' });
      continue;
    }
    const source = await findScanPages(bytes);
    if (source.kind === 'unreadable') done.push({ file, outcome: 'unreadable', detail: `${source.reason}: ${source.detail}` });
    else if (source.scanPages.length === 0) done.push({ file, outcome: 'has-text' });
    else pending.push({ absolute, file, bytes, sha256, pageCount: source.pageCount, scanPages: source.scanPages });
  }
  return { pending, done, leftovers };
}

export interface ReadScansOptions {
  engines: OcrEngine[];
  rasteriser?: Rasteriser;
  /** After each page read */
  onPage?: () => void;
}

/** Reads the pending scans' pages with the engines (each reads one page at a time) and writes each file's text beside it. */
export async function readScans(pending: readonly PendingScan[], { engines, rasteriser, onPage }: ReadScansOptions): Promise<OcrFileResult[]> {
  const free = [...engines];
  const pages = pending.flatMap((scan) => scan.scanPages.map((page) => ({ scan, page })));
  const texts = new Map<PendingScan, ScanTextPage[]>(pending.map((scan) => [scan, []]));
  const failed = new Map<PendingScan, string>();
  const remaining = new Map(pending.map((scan) => [scan, scan.scanPages.length]));
  const results: OcrFileResult[] = [];

  const finishFile = async (scan: PendingScan) => {
    const error = failed.get(scan);
    if (error) return results.push({ file: scan.file, outcome: 'unreadable', detail: error });
    const read = texts.get(scan)!.sort((a, b) => a.page - b.page);
    // Hidden while written (aside-files.ts): a run stopped here leaves no half text the build would read.
    await writeFileAtomically(
      scanTextFileOf(scan.absolute),
      formatScanText(path.basename(scan.absolute), { sha256: scan.sha256, pageCount: scan.pageCount, engine: engines[0]!.name, pages: read }),
      'partial',
    );
    results.push({ file: scan.file, outcome: 'read', pagesRead: read.length });
  };

  await mapInPool(pages, engines.length, async ({ scan, page }) => {
    const engine = free.pop()!;
    try {
      if (!failed.has(scan)) {
        for await (const image of renderScanPages(scan.bytes, [page], rasteriser)) {
          texts.get(scan)!.push({ page, text: cleanOcrText(await engine.recognize(image.bytes)) });
        }
      }
    } catch (error) {
      failed.set(scan, error instanceof Error ? error.message : String(error));
    } finally {
      free.push(engine);
      onPage?.();
    }
    const left = remaining.get(scan)! - 1;
    remaining.set(scan, left);
    if (left === 0) await finishFile(scan);
  });
  return results;
}
