import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { config, derivedFrom, getContentModel } from './content-model.ts';
import { childProcessEnvironment } from '../config.ts';
import { readContentHistory, historyFor, type FileHistory } from '../lib/history/git-history.ts';
import { readAttachmentInfo } from '../lib/attachments/attachment-info.ts';
import { resolveAttachment, type ResolvedAttachment } from '../lib/attachments/resolve-attachment.ts';
import { parseScanText, scanTextFileOf, type ScanTextPage } from '../lib/ocr/scan-text-file.ts';
import { extractPdfText } from '../lib/pdf/pdf-text.ts';
import { readSourceVersion } from '../lib/verify/source-version.ts';
import { formatBuildMarker } from '../lib/verify/build-marker.ts';
import { assessedOn } from './oit-assessment.ts';

export const projectRoot = config.root;
export const contentDir = config.contentDir;

/** One git call for the whole content folder per model, shared by every page. */
export async function changeHistoryOf(file: string): Promise<FileHistory> {
  const model = await getContentModel();
  return historyFor(await derivedFrom(model, 'history', () => readContentHistory(projectRoot, contentDir, childProcessEnvironment())), file);
}

export interface AttachmentWithInfo extends ResolvedAttachment {
  bytes: number;
  sha256: string;
  mediaType: string;
}

/** Resolves an entry's attachment and reads its size and SHA-256 (once per file per model). */
export async function attachmentWithInfo(entryFile: string, attachment: { file: string; title: string }): Promise<AttachmentWithInfo> {
  const resolved = resolveAttachment(entryFile, contentDir, attachment);
  const model = await getContentModel();
  const info = await derivedFrom(model, `attachment:${resolved.projectPath}`, () => readAttachmentInfo(path.join(projectRoot, resolved.projectPath)));
  return { ...resolved, ...info };
}

export interface AttachmentScanText {
  /** Pages of the attachment */
  pageCount: number;
  /** The text of each page that was read by OCR */
  pages: ScanTextPage[];
}

/** The machine-read text kept beside an attachment (`npm run ocr`), when it was read from this very file. */
export async function scanTextOf(attachment: AttachmentWithInfo): Promise<AttachmentScanText | undefined> {
  const model = await getContentModel();
  return derivedFrom(model, `scan-text:${attachment.projectPath}`, async () => {
    const source = await readFile(path.join(projectRoot, scanTextFileOf(attachment.projectPath)), 'utf8').catch(() => undefined);
    const parsed = source === undefined ? undefined : parseScanText(source);
    // A text read from another version of the file is not shown as this file's (the build has warned about it).
    if (!parsed || parsed.sha256 !== attachment.sha256) return undefined;
    return { pageCount: parsed.pageCount, pages: parsed.pages };
  });
}

/** Pages of a PDF attachment (from the text kept by the build, not parsed again), or undefined for other files. */
export async function pageCountOf(attachment: AttachmentWithInfo): Promise<number | undefined> {
  if (attachment.mediaType !== 'application/pdf') return undefined;
  const model = await getContentModel();
  return derivedFrom(model, `pages:${attachment.projectPath}`, async () => {
    const pdf = await extractPdfText(new Uint8Array(await readFile(path.join(projectRoot, attachment.projectPath))), { cacheDir: config.pdfTextCacheDir });
    return pdf.kind === 'unreadable' ? undefined : pdf.pages;
  });
}

/** The non-visible marker of this build (dates only), read by `npm run verify`; one git call per model. */
export async function buildMarker(): Promise<string> {
  const model = await getContentModel();
  const version = await derivedFrom(model, 'source-version', () => readSourceVersion(projectRoot, childProcessEnvironment()));
  return formatBuildMarker({ asOf: assessedOn, ...(version ? { version } : {}) });
}
