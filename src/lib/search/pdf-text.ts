/**
 * The text of a PDF attachment for the search index, read with unpdf (PDF.js built for servers, no native parts).
 * A PDF whose pages carry no text (a scan without OCR) cannot be searched and is reported as such.
 */
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

/** Extracted text, one paragraph per page, with Thai written in one spelling (normalizeThaiText). */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
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
