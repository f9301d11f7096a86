/**
 * The text of a PDF attachment for the search index, read with unpdf (PDF.js built for servers, no native parts).
 * A PDF whose pages carry no text (a scan without OCR) cannot be searched and is reported as such.
 */
import { createHash } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { normalizeThaiText } from './search-text.ts';

export type PdfText =
  | { kind: 'text'; pages: number; text: string }
  /** Pages but no characters: an image of a document, e.g. a scan without OCR */
  | { kind: 'no-text-layer'; pages: number }
  /** Damaged, encrypted or not a PDF at all */
  | { kind: 'unreadable'; reason: string };

/** Letters or digits of any script: a page with none of these has nothing to search. */
const hasReadableCharacters = (text: string) => /[\p{L}\p{N}]/u.test(text);

/**
 * Texts already read in this process, by the SHA-256 of the file's bytes. A build reads every PDF twice — the privacy
 * guard in validation reads content/, the search index reads the same files copied into the site — and parsing is
 * the expensive part. Kept on globalThis: Astro loads the search integration through its own module graph, so a
 * module-level map would not be the one validation filled. Texts only (a few KB per file), never the PDFs themselves.
 */
const cacheKey = Symbol.for('prongsai.pdf-text-cache');
const textCache: Map<string, Promise<PdfText>> = ((globalThis as Record<symbol, unknown>)[cacheKey] as Map<string, Promise<PdfText>> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[cacheKey] = new Map<string, Promise<PdfText>>());

/** Extracted text, one paragraph per page, with Thai written in one spelling (normalizeThaiText); each file read once per process. */
export function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const digest = createHash('sha256').update(bytes).digest('hex');
  let text = textCache.get(digest);
  if (!text) {
    text = readPdfText(bytes);
    textCache.set(digest, text);
  }
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
