import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readContent, type RawContent } from './read-content.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';
import { extractPdfText, type PdfTextOptions } from '../pdf/pdf-text.ts';
import { renderMarkdown } from '../markdown.ts';
import { mapInPool } from '../pool.ts';

/** Reads the text layer of every PDF under the content folder, so the privacy guard sees what citizens can download. */
async function extractAttachmentTexts(projectRoot: string, raw: RawContent, pdfOptions: PdfTextOptions): Promise<void> {
  const pdfs = [...raw.files].filter((file) => file.toLowerCase().endsWith('.pdf'));
  for (const file of pdfs) {
    const extracted = await extractPdfText(await readFile(path.join(projectRoot, file)), pdfOptions);
    if (extracted.kind === 'text') raw.attachmentTexts.set(file, extracted.text);
  }
}

/** Renders every Markdown body once: the markup guard checks this HTML, and the pages publish it. */
async function renderBodies(raw: RawContent): Promise<void> {
  await mapInPool(Object.values(raw.markdown).flat(), 64, async (entry) => {
    entry.html = await renderMarkdown(entry.body);
  });
}

/** Reads and validates the content folder: what the build, the dev server and `npm run check` all start from. */
export async function loadAndValidateContent(projectRoot: string, contentDir = 'content', options: { pdfTextCacheDir?: string } = {}): Promise<ValidationResult> {
  const raw = await readContent(projectRoot, contentDir);
  await extractAttachmentTexts(projectRoot, raw, { cacheDir: options.pdfTextCacheDir });
  await renderBodies(raw);
  return validateContent(raw);
}
