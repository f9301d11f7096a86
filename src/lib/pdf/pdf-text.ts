/**
 * The text of a PDF attachment for the search index, read with unpdf (PDF.js built for servers, no native parts).
 * A PDF whose pages carry no text (a scan without OCR) cannot be searched and is reported as such.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { normalizeThaiText } from '../text/thai-text.ts';

export type PdfText =
  | { kind: 'text'; pages: number; text: string; metadata: PdfMetadata; pageStarts: PageStart[] }
  /** Pages but no characters: an image of a document, e.g. a scan without OCR */
  | { kind: 'no-text-layer'; pages: number; metadata: PdfMetadata }
  /** Damaged or not a PDF at all ('damaged'), or it needs a password to open ('password') */
  | { kind: 'unreadable'; reason: string; cause: 'damaged' | 'password' };

/**
 * Text fields of the document information dictionary (Title, Author, Subject, Keywords, Creator, Producer and any custom
 * entry) and of its XMP metadata (`xmp:dc:title`…): a scan's metadata may name a person even when its pages carry no text.
 */
export type PdfMetadata = Record<string, string>;

/** Where a page's text begins in `text` (pages without text have none): a finding is reported with its page. */
export interface PageStart {
  /** 1-based page number */
  page: number;
  /** Offset in `text` of the page's first character */
  offset: number;
}

/** The page of the text at an offset, or undefined past the last page's text (e.g. in metadata added after it). */
export function pageAt(pageStarts: readonly PageStart[], offset: number, textLength: number): number | undefined {
  if (offset >= textLength) return undefined;
  let found: number | undefined;
  for (const start of pageStarts) if (start.offset <= offset) found = start.page;
  return found;
}

/** Letters or digits of any script: a page with none of these has nothing to search. */
const hasReadableCharacters = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** Texts already read by this copy of the module, by the SHA-256 of the file's bytes: parsing is the expensive part. */
const textCache = new Map<string, Promise<PdfText>>();

// Part of every cached file's name: a change to how text is extracted or normalized must not reuse older texts.
const extractionVersion = 3;

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
  const kept = await readFile(file, 'utf8').then(
    (json) => JSON.parse(json) as PdfText,
    () => undefined,
  );
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
    const metadata = await readMetadata(document);
    const pages = text.map((page) =>
      normalizeThaiText(page)
        .replace(/[ \t]+/g, ' ')
        .trim(),
    );
    if (!pages.some(hasReadableCharacters)) return { kind: 'no-text-layer', pages: totalPages, metadata };
    const pageStarts: PageStart[] = [];
    let offset = 0;
    pages.forEach((page, index) => {
      if (!page) return;
      pageStarts.push({ page: index + 1, offset });
      offset += page.length + 2;
    });
    return { kind: 'text', pages: totalPages, text: pages.filter(Boolean).join('\n\n'), metadata, pageStarts };
  } catch (error) {
    // PDF.js's PasswordException crosses from its worker as a plain object that keeps its name.
    const cause = (error as { name?: unknown } | undefined)?.name === 'PasswordException' ? 'password' : 'damaged';
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error), cause };
  } finally {
    // Frees PDF.js's worker-side copy of the file; large scans would otherwise stay in memory for the whole build.
    await document?.loadingTask.destroy();
  }
}

// What PDF.js adds to the information dictionary about the file itself, and dates: nothing a person wrote.
const technicalFields = new Set(['PDFFormatVersion', 'EncryptFilterName', 'Language', 'CreationDate', 'ModDate']);
const xmpDate = /^xmp:(xmp|xap):(create|modify|metadata)date$/;

/** Every string of the information dictionary and the XMP packet; a broken metadata stream costs only the metadata. */
async function readMetadata(document: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<PdfMetadata> {
  const metadata: PdfMetadata = {};
  const meta = await getMeta(document).catch(() => undefined);
  if (!meta) return metadata;
  const add = (field: string, value: unknown) => {
    if (technicalFields.has(field) || xmpDate.test(field)) return;
    if (typeof value === 'string' && value.trim()) metadata[field] = value.trim();
    else if (Array.isArray(value)) add(field, value.filter((item) => typeof item === 'string').join('; '));
  };
  for (const [field, value] of Object.entries(meta.info)) {
    if (field === 'Custom' && value && typeof value === 'object') for (const [custom, text] of Object.entries(value)) add(custom, text);
    else add(field, value);
  }
  // PDF.js's Metadata iterates as [name, value] pairs of the XMP packet (dc:title, dc:creator…); unpdf gives {} without one.
  const xmp = meta.metadata as Partial<Iterable<[string, unknown]>> | undefined;
  if (typeof xmp?.[Symbol.iterator] === 'function') for (const [field, value] of xmp as Iterable<[string, unknown]>) add(`xmp:${field}`, value);
  return metadata;
}
