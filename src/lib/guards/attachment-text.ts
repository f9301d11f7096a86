/**
 * The text of any attachment that carries text, for the personal-data guard: PDF (pages and metadata), CSV/TXT,
 * Office Open XML and OpenDocument (their XML parts and properties), and each file inside a ZIP, one level deep.
 * The format is taken from the bytes, not the name. What cannot be read says why, so staff see it listed as not checked.
 */
import type { NotCheckedReason } from '../../i18n/file-contents.ts';
import { extractPdfText, type PageStart } from '../pdf/pdf-text.ts';
import { identifyContent, isFolderMetadata } from './attachment-type.ts';
import { openDocumentText, ooxmlPartText, propertiesText, sharedStrings, worksheetText } from './office-text.ts';
import { listZipEntries, readZipEntry, ZipArchiveError, type ZipEntry } from './zip-archive.ts';

/** Images carry no text layer, so they are 'not-checked' with reason 'image': a photo of an ID card is for a person to see. */
export type FileText =
  | { kind: 'text'; text: string; pdfPages?: { starts: PageStart[]; textLength: number } }
  /** `text`: what could still be read, e.g. the metadata of a scan */
  | { kind: 'not-checked'; reason: NotCheckedReason; text?: string }
  /** The file cannot be opened at all: an error, since it is broken for readers too */
  | { kind: 'damaged'; reason: string };

export interface ArchiveEntryText {
  /** Path inside the ZIP */
  name: string;
  result: FileText;
}

export type AttachmentText = FileText | { kind: 'archive'; entries: ArchiveEntryText[] };

export interface AttachmentTextOptions {
  /** Where PDF texts are kept between builds (config.pdfTextCacheDir); memory only when absent */
  pdfCacheDir?: string;
  /** Most XML or archive content read from one attachment once unpacked, in MB; more is reported damaged. Default 500. */
  maxUnpackedMb?: number;
}

const notChecked = (reason: NotCheckedReason): FileText => ({ kind: 'not-checked', reason });

/** The text of an attachment, by what its bytes are; a ZIP gives the text of each file inside it. */
export async function readAttachmentText(fileName: string, bytes: Uint8Array, options: AttachmentTextOptions = {}): Promise<AttachmentText> {
  const format = await formatOf(bytes);
  if (format !== 'zip') return readFileText(bytes, format, options);
  return readArchiveText(fileName, bytes, options);
}

type Format = 'empty' | 'pdf' | 'image' | 'word' | 'excel' | 'powerpoint' | 'opendocument' | 'zip' | 'text' | NotCheckedReason;

async function formatOf(bytes: Uint8Array): Promise<Format> {
  if (bytes.length === 0) return 'empty';
  const evidence = await identifyContent(bytes);
  switch (evidence.signatures[0]) {
    case 'pdf':
      return 'pdf';
    case 'png':
    case 'jpeg':
    case 'webp':
    case 'gif':
      return 'image';
    case 'word':
    case 'excel':
    case 'powerpoint':
      return evidence.signatures[0];
    case 'odt':
    case 'ods':
    case 'odp':
      return 'opendocument';
    case 'zip':
      return 'zip';
    case 'office-encrypted':
      return 'password-protected';
    case 'word-legacy':
    case 'excel-legacy':
    case 'powerpoint-legacy':
      return 'format-not-readable';
  }
  // Text has no signature, and text that starts like one ("BM…" reads as a bitmap) is still text.
  return evidence.text.kind === 'binary' ? 'format-not-readable' : 'text';
}

async function readFileText(bytes: Uint8Array, format: Exclude<Format, 'zip'>, options: AttachmentTextOptions): Promise<FileText> {
  switch (format) {
    case 'empty':
      return { kind: 'text', text: '' };
    case 'text':
      return { kind: 'text', text: decodeText(bytes) };
    case 'pdf':
      return readPdf(bytes, options);
    case 'word':
    case 'excel':
    case 'powerpoint':
    case 'opendocument':
      return readPackage(bytes, format, options);
    case 'image':
      return notChecked('image');
    default:
      return notChecked(format);
  }
}

/** UTF-8 (BOM dropped), UTF-16 by its BOM, else the Thai Windows code page: the type check refuses all but UTF-8, but the IDs are found either way. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

async function readPdf(bytes: Uint8Array, options: AttachmentTextOptions): Promise<FileText> {
  const pdf = await extractPdfText(bytes, options.pdfCacheDir ? { cacheDir: options.pdfCacheDir } : {});
  if (pdf.kind === 'unreadable') return pdf.cause === 'password' ? notChecked('password-protected') : { kind: 'damaged', reason: pdf.reason };
  // One "Field: value" line per metadata entry, after the pages.
  const metadata = Object.entries(pdf.metadata).map(([field, value]) => `${field}: ${value}`);
  if (pdf.kind === 'no-text-layer')
    return metadata.length > 0 ? { kind: 'not-checked', reason: 'scan-without-text', text: metadata.join('\n') } : notChecked('scan-without-text');
  // A cached text from before pages were kept has no page starts: its findings name no page.
  return {
    kind: 'text',
    text: [pdf.text, ...metadata].join('\n'),
    ...(pdf.pageStarts ? { pdfPages: { starts: pdf.pageStarts, textLength: pdf.text.length } } : {}),
  };
}

type PackageFormat = 'word' | 'excel' | 'powerpoint' | 'opendocument';

/** Natural order, so slide10 follows slide9. */
const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

const properties = /^docProps\/(core|app|custom)\.xml$/;
const partsOf: Record<Exclude<PackageFormat, 'excel' | 'opendocument'>, RegExp[]> = {
  word: [
    /^word\/document\.xml$/,
    /^word\/header\d*\.xml$/,
    /^word\/footer\d*\.xml$/,
    /^word\/footnotes\.xml$/,
    /^word\/endnotes\.xml$/,
    /^word\/comments\.xml$/,
    /^word\/(charts\/chart|diagrams\/data)\d+\.xml$/,
    properties,
  ],
  powerpoint: [
    /^ppt\/slides\/slide\d+\.xml$/,
    /^ppt\/notesSlides\/notesSlide\d+\.xml$/,
    /^ppt\/comments\/[^/]+\.xml$/,
    /^ppt\/(charts\/chart|diagrams\/data)\d+\.xml$/,
    properties,
  ],
};
const mainPart: Record<PackageFormat, string> = {
  word: 'word/document.xml',
  excel: 'xl/workbook.xml',
  powerpoint: 'ppt/presentation.xml',
  opendocument: 'content.xml',
};

/** Reads the XML parts that hold text, in reading order; any failure to unpack them means the file is damaged. */
async function readPackage(bytes: Uint8Array, format: PackageFormat, options: AttachmentTextOptions): Promise<FileText> {
  try {
    const entries = new Map(listZipEntries(bytes).map((entry) => [entry.name, entry]));
    if (format === 'opendocument' && isEncryptedOpenDocument(bytes, entries)) return notChecked('password-protected');
    if (!entries.has(mainPart[format])) return { kind: 'damaged', reason: `${mainPart[format]} is missing` };

    const names = [...entries.keys()];
    const wanted = (patterns: RegExp[]) => patterns.flatMap((pattern) => names.filter((name) => pattern.test(name)).sort(byNumber));
    const selected =
      format === 'excel'
        ? wanted([
            /^xl\/sharedStrings\.xml$/,
            /^xl\/worksheets\/sheet\d+\.xml$/,
            /^xl\/comments\d+\.xml$/,
            /^xl\/threadedComments\/[^/]+\.xml$/,
            /^xl\/charts\/chart\d+\.xml$/,
            properties,
          ])
        : format === 'opendocument'
          ? ['content.xml', 'styles.xml', 'meta.xml'].filter((name) => entries.has(name))
          : wanted(partsOf[format]);
    const limit = (options.maxUnpackedMb ?? 500) * 1024 * 1024;
    const unpacked = selected.reduce((sum, name) => sum + (entries.get(name)?.size ?? 0), 0);
    if (unpacked > limit) return { kind: 'damaged', reason: `its text parts unpack to ${Math.ceil(unpacked / 1024 / 1024)} MB` };

    const xml = (name: string) => decodeText(readZipEntry(bytes, entries.get(name) as ZipEntry));
    const strings = format === 'excel' && entries.has('xl/sharedStrings.xml') ? sharedStrings(xml('xl/sharedStrings.xml')) : [];
    const texts = selected.map((name) => {
      if (name === 'meta.xml' || properties.test(name)) return propertiesText(xml(name));
      if (format === 'opendocument') return openDocumentText(xml(name));
      if (name === 'xl/sharedStrings.xml') return '';
      if (name.startsWith('xl/worksheets/')) return worksheetText(xml(name), strings);
      return ooxmlPartText(xml(name));
    });
    return { kind: 'text', text: texts.filter(Boolean).join('\n') };
  } catch (error) {
    if (error instanceof ZipArchiveError && error.problem === 'encrypted') return notChecked('password-protected');
    return { kind: 'damaged', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** An OpenDocument saved with a password keeps its manifest readable and marks each encrypted part in it. */
function isEncryptedOpenDocument(bytes: Uint8Array, entries: Map<string, ZipEntry>): boolean {
  const manifest = entries.get('META-INF/manifest.xml');
  return manifest !== undefined && decodeText(readZipEntry(bytes, manifest)).includes('encryption-data');
}

/** Each file inside the ZIP by the same rules; a ZIP inside is not opened (the type check refuses it). */
async function readArchiveText(fileName: string, bytes: Uint8Array, options: AttachmentTextOptions): Promise<AttachmentText> {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes).filter((entry) => !entry.isDirectory);
  } catch (error) {
    return { kind: 'damaged', reason: `${fileName}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const limit = (options.maxUnpackedMb ?? 500) * 1024 * 1024;
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > limit) return { kind: 'damaged', reason: `it unpacks to ${Math.ceil(unpacked / 1024 / 1024)} MB` };

  const texts: ArchiveEntryText[] = [];
  for (const entry of entries) {
    let content: Uint8Array;
    try {
      content = readZipEntry(bytes, entry);
    } catch (error) {
      const problem = error instanceof ZipArchiveError ? error.problem : 'damaged';
      const result: FileText =
        problem === 'encrypted'
          ? notChecked('password-protected')
          : problem === 'unsupported-compression'
            ? notChecked('format-not-readable')
            : { kind: 'damaged', reason: error instanceof Error ? error.message : String(error) };
      texts.push({ name: entry.name, result });
      continue;
    }
    if (isFolderMetadata(entry, content)) continue;
    const format = await formatOf(content);
    texts.push({ name: entry.name, result: format === 'zip' ? notChecked('format-not-readable') : await readFileText(content, format, options) });
  }
  return { kind: 'archive', entries: texts };
}
