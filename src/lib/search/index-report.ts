/** What the build prints about the search index, in Thai with English. */
import type { SearchIndexReport } from './build-search-index.ts';
import { searchIndexWords } from '../../i18n/terminal.ts';

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** One line per PDF attachment whose text could not go into the index. */
export function attachmentWarnings(report: SearchIndexReport): string[] {
  return report.attachments.flatMap((attachment) => {
    switch (attachment.result) {
      case 'no-text-layer':
        return [searchIndexWords.noTextLayer({ path: attachment.path, pages: attachment.pages })];
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
export function indexSummary(report: SearchIndexReport): string {
  const searchable = report.attachments.filter((attachment) => attachment.result === 'text').length;
  return searchIndexWords.built({
    pages: report.pages,
    searchable,
    pdfs: report.attachments.length,
    size: kilobytes(report.indexBytes),
    seconds: (report.milliseconds / 1000).toFixed(1),
  });
}
