/** What the build prints about the search index, in Thai with English. */
import type { SearchIndexReport } from './build-search-index.ts';
import { searchIndexWords } from '../../i18n/terminal.ts';

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** A scan whose machine-read text (`npm run ocr`) is on its document page: searchable through that text. */
const isMachineRead = (machineRead: ReadonlySet<string>, sitePath: string) => machineRead.has(sitePath) || machineRead.has(safeDecode(sitePath));
const safeDecode = (sitePath: string) => {
  try {
    return decodeURI(sitePath);
  } catch {
    return sitePath;
  }
};

/** One line per PDF attachment whose text could not go into the index. `machineRead`: site paths of scans with machine-read text. */
export function attachmentWarnings(report: SearchIndexReport, machineRead: ReadonlySet<string> = new Set()): string[] {
  return report.attachments.flatMap((attachment) => {
    switch (attachment.result) {
      case 'no-text-layer':
        return isMachineRead(machineRead, attachment.path) ? [] : [searchIndexWords.noTextLayer({ path: attachment.path, pages: attachment.pages })];
      case 'unreadable':
        return [searchIndexWords.unreadable({ path: attachment.path, reason: attachment.reason })];
      case 'missing':
        return [searchIndexWords.missing({ path: attachment.path })];
      default:
        return [];
    }
  });
}

/** The one line that says the index was built, with its size and time. */
export function indexSummary(report: SearchIndexReport, machineRead: ReadonlySet<string> = new Set()): string {
  const searchable = report.attachments.filter(
    (attachment) => attachment.result === 'text' || (attachment.result === 'no-text-layer' && isMachineRead(machineRead, attachment.path)),
  ).length;
  return searchIndexWords.built({
    pages: report.pages,
    searchable,
    pdfs: report.attachments.length,
    size: kilobytes(report.indexBytes),
    seconds: (report.milliseconds / 1000).toFixed(1),
  });
}
