import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** What the document page and /integrity.json publish about one attachment. */
export interface AttachmentInfo {
  bytes: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  mediaType: string;
}

interface FileKind {
  mediaType: string;
  /** Short label a citizen recognises, shown next to the download link. */
  label: string;
}

const UNKNOWN_KIND: FileKind = { mediaType: 'application/octet-stream', label: 'ไฟล์' };

const KIND_BY_EXTENSION: ReadonlyMap<string, FileKind> = new Map([
  ['pdf', { mediaType: 'application/pdf', label: 'PDF' }],
  ['doc', { mediaType: 'application/msword', label: 'Word' }],
  ['docx', { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word' }],
  ['xls', { mediaType: 'application/vnd.ms-excel', label: 'Excel' }],
  ['xlsx', { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel' }],
  ['csv', { mediaType: 'text/csv', label: 'CSV' }],
  ['odt', { mediaType: 'application/vnd.oasis.opendocument.text', label: 'ODT' }],
  ['ods', { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', label: 'ODS' }],
  ['jpg', { mediaType: 'image/jpeg', label: 'รูปภาพ' }],
  ['jpeg', { mediaType: 'image/jpeg', label: 'รูปภาพ' }],
  ['png', { mediaType: 'image/png', label: 'รูปภาพ' }],
  ['webp', { mediaType: 'image/webp', label: 'รูปภาพ' }],
  ['gif', { mediaType: 'image/gif', label: 'รูปภาพ' }],
  ['zip', { mediaType: 'application/zip', label: 'ZIP' }],
  ['txt', { mediaType: 'text/plain', label: 'ข้อความ' }],
]);

const BYTES_PER_KB = 1024;
const SIZE_UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** Lower-case extension of the last path segment, '' when there is none (a leading dot marks a hidden file, not an extension). */
function extensionOf(fileName: string): string {
  const baseName = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dotIndex = baseName.lastIndexOf('.');
  return dotIndex > 0 ? baseName.slice(dotIndex + 1).toLowerCase() : '';
}

function kindOf(fileName: string): FileKind {
  return KIND_BY_EXTENSION.get(extensionOf(fileName)) ?? UNKNOWN_KIND;
}

/** IANA media type from the file extension; 'application/octet-stream' when unknown. */
export function mediaTypeOf(fileName: string): string {
  return kindOf(fileName).mediaType;
}

/** Short Thai-friendly kind label: 'PDF', 'Word', 'Excel', 'รูปภาพ', 'ZIP', …; 'ไฟล์' when unknown. */
export function fileKindLabel(fileName: string): string {
  return kindOf(fileName).label;
}

/** '820 ไบต์', '15.3 KB', '2.1 MB' (1 KB = 1024 bytes, one decimal from 1 KB up). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`File size must be a non-negative number, got ${bytes}`);
  if (bytes < BYTES_PER_KB) return `${Math.round(bytes)} ไบต์`;
  let value = bytes / BYTES_PER_KB;
  let unitIndex = 0;
  // Compare the rounded value so 1,048,575 bytes shows as '1.0 MB', not '1024.0 KB'.
  while (Number(value.toFixed(1)) >= BYTES_PER_KB && unitIndex < SIZE_UNITS.length - 1) {
    value /= BYTES_PER_KB;
    unitIndex += 1;
  }
  return `${value.toFixed(1)} ${SIZE_UNITS[unitIndex]}`;
}

/** Size, SHA-256 and media type of a file, streamed so large scans never sit whole in memory. */
export async function readAttachmentInfo(absolutePath: string): Promise<AttachmentInfo> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(absolutePath)) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    bytes += buffer.length;
  }
  return { bytes, sha256: hash.digest('hex'), mediaType: mediaTypeOf(absolutePath) };
}
