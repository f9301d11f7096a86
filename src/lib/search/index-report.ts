/** What the build prints about the search index, in Thai with English. */
import type { SearchIndexReport } from './build-search-index.ts';

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** One line per PDF attachment whose text could not go into the index. */
export function attachmentWarnings(report: SearchIndexReport): string[] {
  return report.attachments.flatMap((attachment) => {
    switch (attachment.result) {
      case 'no-text-layer':
        return [`⚠ ค้นหาข้อความในไฟล์ ${attachment.path} ไม่ได้: ไฟล์ ${attachment.pages} หน้าไม่มีชั้นข้อความ (น่าจะเป็นภาพสแกน) ทำ OCR แล้วแนบใหม่เพื่อให้ค้นหาได้ — not searchable: the PDF has no text layer (a scan?)`];
      case 'unreadable':
        return [`⚠ อ่านไฟล์ ${attachment.path} ไม่ได้ จึงไม่ได้นำข้อความเข้าดัชนีค้นหา: ${attachment.reason} — could not read the PDF; its text is not searchable`];
      case 'missing':
        return [`⚠ ไม่พบไฟล์แนบ ${attachment.path} ในเว็บไซต์ที่สร้าง จึงค้นหาข้อความในไฟล์ไม่ได้ — attachment not found in the built site`];
      default:
        return [];
    }
  });
}

/** The one line that says the index was built, with its size and time. */
export function indexSummary(report: SearchIndexReport): string {
  const searchable = report.attachments.filter((attachment) => attachment.result === 'text').length;
  return `✓ สร้างดัชนีค้นหาแล้ว: ${report.pages} หน้า, PDF ที่ค้นข้อความได้ ${searchable}/${report.attachments.length} ไฟล์, ${kilobytes(report.indexBytes)}, ${(report.milliseconds / 1000).toFixed(1)} วินาที (search index: ${report.pages} pages, ${searchable}/${report.attachments.length} PDFs searchable)`;
}
