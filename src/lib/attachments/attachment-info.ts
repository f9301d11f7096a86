import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { byteUnitLabel, fileKindLabels, type FileKind } from '../../i18n/labels.ts';

/** What the document page and /integrity.json publish about one attachment. */
export interface AttachmentInfo {
  bytes: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  mediaType: string;
}

interface FileKindOfExtension {
  mediaType: string;
  kind: FileKind;
}

const UNKNOWN_KIND: FileKindOfExtension = { mediaType: 'application/octet-stream', kind: 'unknown' };

const KIND_BY_EXTENSION: ReadonlyMap<string, FileKindOfExtension> = new Map([
  ['pdf', { mediaType: 'application/pdf', kind: 'pdf' }],
  ['doc', { mediaType: 'application/msword', kind: 'word' }],
  ['docx', { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'word' }],
  ['xls', { mediaType: 'application/vnd.ms-excel', kind: 'excel' }],
  ['xlsx', { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'excel' }],
  ['ppt', { mediaType: 'application/vnd.ms-powerpoint', kind: 'powerpoint' }],
  ['pptx', { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', kind: 'powerpoint' }],
  ['csv', { mediaType: 'text/csv', kind: 'csv' }],
  ['odt', { mediaType: 'application/vnd.oasis.opendocument.text', kind: 'odt' }],
  ['ods', { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', kind: 'ods' }],
  ['odp', { mediaType: 'application/vnd.oasis.opendocument.presentation', kind: 'odp' }],
  ['jpg', { mediaType: 'image/jpeg', kind: 'image' }],
  ['jpeg', { mediaType: 'image/jpeg', kind: 'image' }],
  ['png', { mediaType: 'image/png', kind: 'image' }],
  ['webp', { mediaType: 'image/webp', kind: 'image' }],
  ['gif', { mediaType: 'image/gif', kind: 'image' }],
  ['zip', { mediaType: 'application/zip', kind: 'zip' }],
  ['txt', { mediaType: 'text/plain', kind: 'text' }],
]);

const BYTES_PER_KB = 1024;
const SIZE_UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** Lower-case extension of the last path segment, '' when there is none (a leading dot marks a hidden file, not an extension). */
function extensionOf(fileName: string): string {
  const baseName = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dotIndex = baseName.lastIndexOf('.');
  return dotIndex > 0 ? baseName.slice(dotIndex + 1).toLowerCase() : '';
}

function kindOf(fileName: string): FileKindOfExtension {
  return KIND_BY_EXTENSION.get(extensionOf(fileName)) ?? UNKNOWN_KIND;
}

/** IANA media type from the file extension; 'application/octet-stream' when unknown. */
export function mediaTypeOf(fileName: string): string {
  return kindOf(fileName).mediaType;
}

/** Short Thai-friendly kind label: 'PDF', 'Word', 'Excel', 'รูปภาพ', 'ZIP', …; 'ไฟล์' when unknown. */
export function fileKindLabel(fileName: string): string {
  return fileKindLabels[kindOf(fileName).kind];
}

/** '820 ไบต์', '15.3 KB', '2.1 MB' (1 KB = 1024 bytes, one decimal from 1 KB up). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`File size must be a non-negative number, got ${bytes}`);
  if (bytes < BYTES_PER_KB) return `${Math.round(bytes)} ${byteUnitLabel}`;
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
