/**
 * A scan's machine-read text as its document page shows it, and as the whole text is published beside the scan.
 * A page shows the first pages only, whole, within a number of pages and of characters (a 300-page scan would weigh
 * over a megabyte on a phone); the whole text is then one link away, a plain-text file that search also reads.
 */
import { scanTextSuffix, type ScanTextPage } from './scan-text-file.ts';
import { scanTextFileWords, scanTextUi } from '../../i18n/ocr.ts';

/** At most this much text of one scan on its document page (about 60 KB of HTML, 10 KB gzip-ed). */
export const scanTextLimits = { pages: 10, characters: 20_000 };

export interface ScanTextPageView {
  page: number;
  /** Paragraphs (blank lines apart) of lines, as OCR laid them out; none for a page without text */
  paragraphs: string[][];
}

export interface ScanTextView {
  pages: ScanTextPageView[];
  /** Some text was left out: a page after the last shown, or the end of the only page shown */
  cut: boolean;
  /** Page of the attachment the last shown text is from */
  lastShownPage: number;
  /** Pages that were read */
  readPages: number;
}

const paragraphsOf = (text: string): string[][] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').filter((line) => line.trim()))
    .filter((lines) => lines.length > 0);

/** The first pages of the text, whole, within the limits; a first page longer than the limit is cut at a line end. */
export function scanTextView(scan: { pageCount?: number; pages: readonly ScanTextPage[] }, limits = scanTextLimits): ScanTextView {
  const shown: ScanTextPageView[] = [];
  let used = 0;
  let cut = false;
  for (const page of scan.pages) {
    const length = page.text.length;
    if (shown.length === limits.pages || (shown.length > 0 && used + length > limits.characters)) {
      cut = true;
      break;
    }
    if (length <= limits.characters) {
      shown.push({ page: page.page, paragraphs: paragraphsOf(page.text) });
      used += length;
      continue;
    }
    const end = page.text.lastIndexOf('\n', limits.characters);
    const kept = page.text.slice(0, end > 0 ? end : limits.characters);
    const paragraphs = paragraphsOf(kept);
    paragraphs.at(-1)?.push('…');
    shown.push({ page: page.page, paragraphs });
    cut = true;
    break;
  }
  return { pages: shown, cut, lastShownPage: shown.at(-1)?.page ?? 0, readPages: scan.pages.length };
}

const pageLine = (page: number) => `--- ${scanTextFileWords.pageWord} ${page} ---`;

/** The whole text as published for citizens: what it is, in Thai, then every page under its marker (no checksum, no engine). */
export function publishedScanText(attachmentTitle: string, scan: { pageCount: number; pages: readonly ScanTextPage[] }): string {
  const header = [scanTextUi.fileHeading(attachmentTitle, scan.pageCount), scanTextUi.note];
  // A byte-order mark: a browser then reads the Thai as UTF-8 whatever type the host sends.
  return `\uFEFF${header.join('\n')}\n\n${scan.pages.map((page) => `${pageLine(page.page)}\n${page.text.trim()}\n`).join('\n')}`;
}

/** The pages of a published whole text (what the search index reads from it). */
export function parsePublishedScanText(text: string): ScanTextPage[] {
  const marker = new RegExp(`^--- ${scanTextFileWords.pageWord} (\\d+) ---$`, 'gm');
  const starts = [...text.matchAll(marker)];
  return starts.map((match, index) => ({
    page: Number(match[1]),
    text: text.slice(match.index + match[0].length, starts[index + 1]?.index ?? text.length).trim(),
  }));
}

export interface ScanTextSection {
  /** The attachment's title */
  title: string;
  pageCount: number;
  view: ScanTextView;
  /** For a text cut on the page: the whole text, published beside the scan */
  wholeText?: { href: string; bytes: number; text: string };
}

/** Where a scan's whole text is published: beside the scan, named as its text file is in the content folder. */
export const wholeScanTextUrl = (attachmentUrl: string) => `${attachmentUrl}${scanTextSuffix}`;

/** What the document page shows of an attachment's machine-read text, and the whole text when the page shows part. */
export function scanTextSection(attachment: { title: string; url: string }, scan: { pageCount: number; pages: readonly ScanTextPage[] }): ScanTextSection {
  const view = scanTextView(scan);
  if (!view.cut) return { title: attachment.title, pageCount: scan.pageCount, view };
  const text = publishedScanText(attachment.title, scan);
  return {
    title: attachment.title,
    pageCount: scan.pageCount,
    view,
    wholeText: { href: wholeScanTextUrl(attachment.url), bytes: new TextEncoder().encode(text).byteLength, text },
  };
}
