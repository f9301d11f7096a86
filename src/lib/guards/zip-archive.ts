/**
 * The entries of a ZIP archive, read from its central directory (what unzip tools list and extract), with fflate
 * inflating the data. Sizes and CRCs are checked against the bytes, so an archive cannot hide more than it declares.
 */
import { inflateSync } from 'fflate';
import { crc32 } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive as the archive's tool wrote it (UTF-8, or the Thai Windows code page for old tools) */
  name: string;
  isDirectory: boolean;
  /** Traditional or AES encryption: the data cannot be read without the password */
  encrypted: boolean;
  /** 0 stored, 8 deflate; anything else cannot be read here */
  compression: number;
  compressedSize: number;
  /** Size once extracted, as the archive declares it */
  size: number;
  crc: number;
  localHeaderOffset: number;
}

export type ZipProblem = 'not-a-zip' | 'damaged' | 'encrypted' | 'unsupported-compression';

export class ZipArchiveError extends Error {
  readonly problem: ZipProblem;
  constructor(problem: ZipProblem, message: string) {
    super(message);
    this.name = 'ZipArchiveError';
    this.problem = problem;
  }
}

const endOfCentralDirectory = 0x06054b50;
const zip64EndLocator = 0x07064b50;
const zip64End = 0x06064b50;
const centralHeader = 0x02014b50;
const localHeader = 0x04034b50;
const maxCommentLength = 0xffff;
/** More entries than any real disclosure needs; a bound so a crafted directory cannot keep the build busy. */
const maxEntries = 100_000;

const damaged = (message: string) => new ZipArchiveError('damaged', message);

/** Every entry of the central directory, in order; throws ZipArchiveError when the bytes are not a readable ZIP. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  let count = view.getUint16(end + 10, true);
  let directoryOffset = view.getUint32(end + 16, true);
  const needsZip64 = count === 0xffff || directoryOffset === 0xffffffff;
  if (needsZip64 || (end >= 20 && view.getUint32(end - 20, true) === zip64EndLocator)) {
    const zip64 = readZip64End(view, end);
    if (zip64) ({ count, directoryOffset } = zip64);
    else if (needsZip64) throw damaged('the ZIP64 end record is missing');
  }
  if (count > maxEntries) throw damaged(`the archive declares ${count} entries`);

  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== centralHeader) throw damaged(`entry ${index + 1} of the directory is missing`);
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const extra = { start: offset + 46 + nameLength, end: offset + 46 + nameLength + extraLength };
    if (extra.end > view.byteLength) throw damaged(`entry ${index + 1} runs past the end of the file`);
    const sizes = withZip64Sizes(view, extra, {
      size: view.getUint32(offset + 24, true),
      compressedSize: view.getUint32(offset + 20, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    const name = decodeName(nameBytes, (flags & 0x0800) !== 0);
    entries.push({
      name,
      isDirectory: name.endsWith('/'),
      encrypted: (flags & 0x0001) !== 0,
      compression: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      ...sizes,
    });
    offset = extra.end + commentLength;
  }
  return entries;
}

/** The extracted bytes of one entry, checked against its declared size and CRC-32. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw new ZipArchiveError('encrypted', `${entry.name} is protected by a password`);
  if (entry.compression !== 0 && entry.compression !== 8) {
    throw new ZipArchiveError('unsupported-compression', `${entry.name} uses compression method ${entry.compression}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== localHeader) throw damaged(`the data of ${entry.name} is missing`);
  const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > view.byteLength) throw damaged(`the data of ${entry.name} runs past the end of the file`);
  const data = bytes.subarray(dataStart, dataEnd);

  let content: Uint8Array;
  if (entry.compression === 0) content = data;
  else {
    try {
      // One byte more than declared: an entry that fills it holds more than its directory says.
      content = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    } catch (error) {
      throw damaged(`${entry.name} cannot be decompressed (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (content.length !== entry.size) throw damaged(`${entry.name} holds ${content.length} bytes but declares ${entry.size}`);
  if (crc32(content) !== entry.crc) throw damaged(`${entry.name} fails its CRC check`);
  return content;
}

/** A name that an extracting tool would write outside the folder it extracts to. */
export function escapesArchive(name: string): boolean {
  const path = name.replaceAll('\\', '/');
  return path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..');
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - maxCommentLength);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === endOfCentralDirectory) return offset;
  }
  throw new ZipArchiveError('not-a-zip', 'no ZIP end-of-directory record');
}

function readZip64End(view: DataView, end: number): { count: number; directoryOffset: number } | undefined {
  if (end < 20 || view.getUint32(end - 20, true) !== zip64EndLocator) return undefined;
  const record = Number(view.getBigUint64(end - 20 + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== zip64End) throw damaged('the ZIP64 end record is damaged');
  return { count: Number(view.getBigUint64(record + 32, true)), directoryOffset: Number(view.getBigUint64(record + 48, true)) };
}

interface EntrySizes {
  size: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** Values of 0xFFFFFFFF in the directory are in the ZIP64 extra field, in this order. */
function withZip64Sizes(view: DataView, extra: { start: number; end: number }, sizes: EntrySizes): EntrySizes {
  const wanted = (['size', 'compressedSize', 'localHeaderOffset'] as const).filter((key) => sizes[key] === 0xffffffff);
  if (wanted.length === 0) return sizes;
  for (let field = extra.start; field + 4 <= extra.end; field += 4 + view.getUint16(field + 2, true)) {
    if (view.getUint16(field, true) !== 0x0001) continue;
    const result = { ...sizes };
    wanted.forEach((key, index) => {
      const at = field + 4 + index * 8;
      if (at + 8 > extra.end) throw damaged('a ZIP64 size is missing');
      result[key] = Number(view.getBigUint64(at, true));
    });
    return result;
  }
  throw damaged('a ZIP64 size is missing');
}

/** Flag bit 11 means UTF-8; without it, valid UTF-8 is still most likely, else the Thai Windows code page. */
function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (!utf8Flag) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('windows-874').decode(bytes);
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
