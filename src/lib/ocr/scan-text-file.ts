/**
 * The machine-read text of a scan, kept beside it as `<attachment>.ocr.txt` and committed with the content: read once
 * (by `npm run ocr`), corrected by staff if they like, used by search, the personal-data guard and the document page.
 * A plain-text file with a header saying what it is, then the text of each page that was read, under "--- หน้า N ---".
 * The header names the SHA-256 of the attachment it was read from, so a changed scan is noticed.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { urls } from '../site/urls.ts';
import { scanTextFileWords as words } from '../../i18n/ocr.ts';

/** Every OCR text file ends so: a name no attachment or entry has (entries are .md/.yaml; attachments are named in entries). */
export const scanTextSuffix = '.ocr.txt';

export const isScanTextFile = (file: string) => file.toLowerCase().endsWith(scanTextSuffix);
export const scanTextFileOf = (attachmentPath: string) => `${attachmentPath}${scanTextSuffix}`;
export const attachmentOfScanTextFile = (file: string) => file.slice(0, -scanTextSuffix.length);

export interface ScanTextPage {
  /** 1-based page of the attachment (1 for an image) */
  page: number;
  text: string;
}

export interface ScanText {
  /** SHA-256 (hex) of the attachment the text was read from */
  sha256: string;
  /** Pages of the attachment (1 for an image) */
  pageCount: number;
  /** What read it, e.g. "tesseract 5.3.0 (tha+eng)" */
  engine: string;
  /** The pages that had no text of their own and were read, in order */
  pages: ScanTextPage[];
}

const pageMarker = new RegExp(`^--- ${words.pageWord} (\\d+) ---$`);

/** The file as written: Thai and English header lines (starting with #), then each page under its marker. */
export function formatScanText(attachmentName: string, scan: ScanText): string {
  const header = [
    `# ${words.headerTh(attachmentName)}`,
    `# Machine-read (OCR) text of ${attachmentName}: may be inexact; staff may correct it; numbers and dates must be checked against the original.`,
    `# sha256: ${scan.sha256}`,
    `# pages: ${scan.pageCount}`,
    `# engine: ${scan.engine}`,
  ];
  const pages = scan.pages.map((page) => `--- ${words.pageWord} ${page.page} ---\n${page.text.trim()}\n`);
  return `${header.join('\n')}\n\n${pages.join('\n')}`;
}

/** The file as read back; undefined when it is not one (no sha256 header): the caller reports it. */
export function parseScanText(source: string): ScanText | undefined {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const field = (name: string) =>
    lines
      .find((line) => line.startsWith(`# ${name}:`))
      ?.slice(name.length + 3)
      .trim();
  const sha256 = field('sha256')?.toLowerCase();
  if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256)) return undefined;
  const pages: ScanTextPage[] = [];
  let current: { page: number; lines: string[] } | undefined;
  const close = () => {
    if (current) pages.push({ page: current.page, text: current.lines.join('\n').trim() });
  };
  for (const line of lines) {
    const marker = pageMarker.exec(line.trim());
    if (marker) {
      close();
      current = { page: Number(marker[1]), lines: [] };
    } else if (current) current.lines.push(line);
  }
  close();
  const pageCount = Number(field('pages'));
  return {
    sha256,
    pageCount: Number.isInteger(pageCount) && pageCount > 0 ? pageCount : Math.max(1, ...pages.map((page) => page.page)),
    engine: field('engine') ?? '',
    pages,
  };
}

/** Site paths (/files/…) of the attachments that have a machine-read text beside them in the content folder. */
export async function machineReadSitePaths(contentRoot: string): Promise<Set<string>> {
  const entries = await readdir(contentRoot, { recursive: true, withFileTypes: true }).catch(() => []);
  return new Set(
    entries
      .filter((entry) => entry.isFile() && isScanTextFile(entry.name))
      .map((entry) => urls.file(attachmentOfScanTextFile(path.relative(contentRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')))),
  );
}
