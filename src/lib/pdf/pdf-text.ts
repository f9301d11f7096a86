/**
 * The text of a PDF attachment for the search index, read with unpdf (PDF.js built for servers, no native parts).
 * A PDF whose pages carry no text (a scan without OCR) cannot be searched and is reported as such.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { normalizeThaiText } from '../text/thai-text.ts';

export type PdfText =
  | { kind: 'text'; pages: number; text: string }
  /** Pages but no characters: an image of a document, e.g. a scan without OCR */
  | { kind: 'no-text-layer'; pages: number }
  /** Damaged, encrypted or not a PDF at all */
  | { kind: 'unreadable'; reason: string };

/** Letters or digits of any script: a page with none of these has nothing to search. */
const hasReadableCharacters = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** Texts already read by this copy of the module, by the SHA-256 of the file's bytes: parsing is the expensive part. */
const textCache = new Map<string, Promise<PdfText>>();

// Part of every cached file's name: a change to how text is extracted or normalised must not reuse older texts.
const extractionVersion = 1;

export interface PdfTextOptions {
  /**
   * Folder where texts are also kept between processes and builds (`.prongsai/pdf-text/`): the build validates in one
   * process and indexes in another, and staff rebuild with the same PDFs many times. None: memory only.
   */
  cacheDir?: string;
}

/** Extracted text, one paragraph per page, with Thai written in one spelling (normalizeThaiText); each file read once. */
export function extractPdfText(bytes: Uint8Array, { cacheDir }: PdfTextOptions = {}): Promise<PdfText> {
  const digest = createHash('sha256').update(bytes).digest('hex');
  let text = textCache.get(digest);
  if (!text) {
    text = cacheDir ? cachedOnDisk(cacheDir, digest, () => readPdfText(bytes)) : readPdfText(bytes);
    textCache.set(digest, text);
  }
  return text;
}

async function cachedOnDisk(folder: string, digest: string, read: () => Promise<PdfText>): Promise<PdfText> {
  const file = path.join(folder, `v${extractionVersion}-${digest}.json`);
  const kept = await readFile(file, 'utf8').then((json) => JSON.parse(json) as PdfText, () => undefined);
  if (kept) return kept;
  const text = await read();
  // Written aside and renamed: a build running at the same time never reads half a file. A failed write only costs time.
  const partial = `${file}.${process.pid}.partial`;
  await mkdir(folder, { recursive: true })
    .then(() => writeFile(partial, JSON.stringify(text)))
    .then(() => rename(partial, file))
    .catch(() => undefined);
  return text;
}

async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // Text only: no font loading for rendering, and PDF.js's warnings (about rendering) are not the build's business.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, disableFontFace: true });
    const { totalPages, text } = await extractText(document, { mergePages: false });
    const pages = text.map((page) => normalizeThaiText(page).replace(/[ \t]+/g, ' ').trim());
    if (!pages.some(hasReadableCharacters)) return { kind: 'no-text-layer', pages: totalPages };
    return { kind: 'text', pages: totalPages, text: pages.filter(Boolean).join('\n\n') };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    // Frees PDF.js's worker-side copy of the file; large scans would otherwise stay in memory for the whole build.
    await document?.loadingTask.destroy();
  }
}
