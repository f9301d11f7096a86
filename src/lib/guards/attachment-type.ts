/**
 * Which attachments may be published, decided by what their bytes are (magic numbers, read with file-type) and not by
 * their names: an allow-list of document, image, text and archive formats whose name must agree with the content.
 * Everything that can run in a browser or on a reader's computer (HTML, SVG, XML, scripts, programs, macros) is refused.
 */
import { fileTypeFromBuffer } from 'file-type';
import type { ContentKind } from '../../i18n/file-contents.ts';
import { fileKindLabels, type FileKind } from '../../i18n/labels.ts';
import type { ProblemRef } from '../../i18n/problems.ts';
import { escapesArchive, listZipEntries, readZipEntry, ZipArchiveError, type ZipEntry } from './zip-archive.ts';
import { findActivePdfContent } from './pdf-active-content.ts';
import { activeLegacyOfficeContent, findActiveOfficeContent } from './office-active-content.ts';
import { findFormulaCells } from './csv-formulas.ts';

interface AllowedType {
  /** What the bytes may be for this extension */
  contents: readonly ContentKind[];
  mediaType: string;
  fileKind: FileKind;
}

/** The allow-list, by lower-case extension. */
export const allowedAttachmentTypes: Readonly<Record<string, AllowedType>> = {
  pdf: { contents: ['pdf'], mediaType: 'application/pdf', fileKind: 'pdf' },
  png: { contents: ['png'], mediaType: 'image/png', fileKind: 'image' },
  jpg: { contents: ['jpeg'], mediaType: 'image/jpeg', fileKind: 'image' },
  jpeg: { contents: ['jpeg'], mediaType: 'image/jpeg', fileKind: 'image' },
  webp: { contents: ['webp'], mediaType: 'image/webp', fileKind: 'image' },
  gif: { contents: ['gif'], mediaType: 'image/gif', fileKind: 'image' },
  docx: { contents: ['word', 'office-encrypted'], mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fileKind: 'word' },
  xlsx: { contents: ['excel', 'office-encrypted'], mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileKind: 'excel' },
  pptx: {
    contents: ['powerpoint', 'office-encrypted'],
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    fileKind: 'powerpoint',
  },
  doc: { contents: ['word-legacy'], mediaType: 'application/msword', fileKind: 'word' },
  xls: { contents: ['excel-legacy'], mediaType: 'application/vnd.ms-excel', fileKind: 'excel' },
  ppt: { contents: ['powerpoint-legacy'], mediaType: 'application/vnd.ms-powerpoint', fileKind: 'powerpoint' },
  odt: { contents: ['odt'], mediaType: 'application/vnd.oasis.opendocument.text', fileKind: 'odt' },
  ods: { contents: ['ods'], mediaType: 'application/vnd.oasis.opendocument.spreadsheet', fileKind: 'ods' },
  odp: { contents: ['odp'], mediaType: 'application/vnd.oasis.opendocument.presentation', fileKind: 'odp' },
  csv: { contents: ['text'], mediaType: 'text/csv', fileKind: 'csv' },
  txt: { contents: ['text'], mediaType: 'text/plain', fileKind: 'text' },
  zip: { contents: ['zip'], mediaType: 'application/zip', fileKind: 'zip' },
};

/** The extension to suggest when a file's name is wrong but its content is allowed. */
const extensionForContent: Partial<Record<ContentKind, string>> = {
  pdf: 'pdf',
  png: 'png',
  jpeg: 'jpg',
  webp: 'webp',
  gif: 'gif',
  word: 'docx',
  excel: 'xlsx',
  powerpoint: 'pptx',
  'word-legacy': 'doc',
  'excel-legacy': 'xls',
  'powerpoint-legacy': 'ppt',
  odt: 'odt',
  ods: 'ods',
  odp: 'odp',
  text: 'txt',
  zip: 'zip',
};

export interface AcceptedAttachment {
  /** Lower-case extension of the file name */
  extension: string;
  /** What the bytes are; 'office-encrypted' for a docx/xlsx/pptx saved with a password */
  content: ContentKind;
  /** Media type to publish it with */
  mediaType: string;
  fileKind: FileKind;
  /** Short label for a download link, e.g. "PDF", "Word" */
  label: string;
}

export type AttachmentTypeCheck = { ok: true; accepted: AcceptedAttachment } | { ok: false; problems: ProblemRef[] };

export interface AttachmentTypeOptions {
  /** Most a ZIP may declare once unpacked, in MB; its entries are read whole to check them. Default 500. */
  maxUnpackedMb?: number;
}

/** What text-like bytes look like: the only evidence for CSV and TXT, which have no signature. */
export type TextVerdict =
  { kind: 'utf8' } | { kind: 'markup'; markup: 'html' | 'svg' | 'xml' } | { kind: 'other-encoding'; encoding?: string } | { kind: 'binary' };

export interface ContentEvidence {
  /** What the file's signature says, most likely first (a compound file can hold several Office streams); empty when it has none */
  signatures: ContentKind[];
  /** The file-type extension behind an 'other' signature, e.g. "rar" */
  detail?: string;
  text: TextVerdict;
}

/** Lower-case extension of the last path segment; '' when there is none (a leading dot marks a hidden file, not an extension). */
export function extensionOf(fileName: string): string {
  const baseName = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = baseName.lastIndexOf('.');
  return dot > 0 ? baseName.slice(dot + 1).toLowerCase() : '';
}

/** Whether an attachment may be published, judged by its bytes; problems name what the bytes really are. */
export async function checkAttachmentType(fileName: string, bytes: Uint8Array, options: AttachmentTypeOptions = {}): Promise<AttachmentTypeCheck> {
  return checkFile({ path: fileName }, fileName, bytes, options, true);
}

type Place = { path: string; inArchive?: string };

async function checkFile(
  place: Place,
  fileName: string,
  bytes: Uint8Array,
  options: AttachmentTypeOptions,
  mayOpenArchive: boolean,
): Promise<AttachmentTypeCheck> {
  const refuse = (...problems: ProblemRef[]): AttachmentTypeCheck => ({ ok: false, problems });
  if (bytes.length === 0) return refuse({ key: 'attachment.empty', params: place });

  const extension = extensionOf(fileName);
  const evidence = await identifyContent(bytes);
  const found = describeContent(evidence);
  const allowed = Object.hasOwn(allowedAttachmentTypes, extension) ? allowedAttachmentTypes[extension] : undefined;
  // The extension is worth naming only when it pretends to be an allowed type (an SVG named .png), not for x.svg itself.
  const claimed = allowed ? extension : '';
  const notAllowed = (): AttachmentTypeCheck => refuse({ key: 'attachment.type-not-allowed', params: { ...place, ...found, extension: claimed } });
  const mismatch = (): AttachmentTypeCheck => {
    const suggested = extensionForContent[found.found];
    if (!suggested) return notAllowed();
    const suggestion = renamed(fileName, suggested);
    return refuse({ key: 'attachment.type-mismatch', params: { ...place, ...found, extension, ...(suggestion ? { suggestion } : {}) } });
  };

  if (!allowed) {
    // Text under a web-page or script name is run by whatever opens it by name (a browser, Windows): refused by that name.
    const implied = kindImpliedByExtension[extension];
    if (implied && evidence.signatures.length === 0) {
      if (evidence.text.kind === 'markup')
        return refuse({ key: 'attachment.type-not-allowed', params: { ...place, found: evidence.text.markup, extension: '' } });
      const params = implied === 'script' ? { ...place, found: implied, detail: extension, extension: '' } : { ...place, found: implied, extension: '' };
      return refuse({ key: 'attachment.type-not-allowed', params });
    }
    return mismatch();
  }

  let content: ContentKind | undefined;
  if (allowed.contents.includes('text')) {
    // CSV and TXT have no signature: clean UTF-8 is text even when its first letters look like one (a CSV starting "BM…").
    const { text } = evidence;
    if (text.kind === 'utf8') content = 'text';
    else if (text.kind === 'markup') return refuse({ key: 'attachment.type-not-allowed', params: { ...place, found: text.markup, extension: claimed } });
    else if (evidence.signatures.length > 0) return mismatch();
    else if (text.kind === 'other-encoding')
      return refuse({ key: 'attachment.text-encoding', params: { ...place, ...(text.encoding ? { encoding: text.encoding } : {}) } });
    else return mismatch();
  } else {
    content = evidence.signatures.find((signature) => allowed.contents.includes(signature));
    if (!content) return mismatch();
  }

  const problems: ProblemRef[] = [];
  if (['png', 'jpeg', 'webp', 'gif'].includes(content)) {
    const marker = hiddenMarkup(bytes);
    if (marker) problems.push({ key: 'attachment.hidden-markup', params: { ...place, found: content, marker } });
  }
  if (content === 'text' && extension === 'csv') {
    const cells = findFormulaCells(new TextDecoder('utf-8').decode(bytes));
    const [first] = cells;
    if (first)
      problems.push({ key: 'attachment.csv-formula', params: { ...place, line: first.line, column: first.column, cell: first.cell, count: cells.length } });
  }
  if (content === 'pdf') {
    const found = await findActivePdfContent(bytes);
    if (found.length > 0) problems.push({ key: 'attachment.pdf-active-content', params: { ...place, found } });
  }
  const activeOffice = officePackages.has(content)
    ? findActiveOfficeContent(bytes, options)
    : legacyOffice.has(content)
      ? activeLegacyOfficeContent(compoundFileNames(bytes), bytes)
      : [];
  if (activeOffice.length > 0) problems.push({ key: 'attachment.office-active-content', params: { ...place, found: activeOffice } });
  if (content === 'zip') {
    if (mayOpenArchive) problems.push(...(await checkArchiveEntries(place.path, bytes, options)));
    else problems.push({ key: 'attachment.archive-nested', params: place });
  }
  if (problems.length > 0) return refuse(...problems);
  return { ok: true, accepted: { extension, content, mediaType: allowed.mediaType, fileKind: allowed.fileKind, label: fileKindLabels[allowed.fileKind] } };
}

/** The single name for what the bytes are, for messages: the signature, else what the text looks like. */
function describeContent(evidence: ContentEvidence): { found: ContentKind; detail?: string } {
  const [signature] = evidence.signatures;
  if (signature) return signature === 'other' && evidence.detail ? { found: signature, detail: evidence.detail } : { found: signature };
  switch (evidence.text.kind) {
    case 'utf8':
      return { found: 'text' };
    case 'markup':
      return { found: evidence.text.markup };
    case 'other-encoding':
      return { found: 'text-other-encoding' };
    case 'binary':
      return { found: 'binary' };
  }
}

/** `report.pdf.html` with suggested "pdf" → `report.pdf`; `scan` → `scan.pdf`. */
function renamed(fileName: string, extension: string): string | undefined {
  const baseName = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = baseName.lastIndexOf('.');
  const stem = dot > 0 ? baseName.slice(0, dot) : baseName;
  if (!stem || stem.startsWith('.')) return undefined;
  return stem.toLowerCase().endsWith(`.${extension}`) ? stem : `${stem}.${extension}`;
}

const webPageExtensions = ['html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'hta'];
const scriptExtensions = [
  'js',
  'mjs',
  'cjs',
  'jse',
  'vbs',
  'vbe',
  'wsf',
  'wsh',
  'bat',
  'cmd',
  'ps1',
  'psm1',
  'sh',
  'php',
  'phtml',
  'asp',
  'aspx',
  'jsp',
  'py',
  'pl',
  'rb',
  'cgi',
  'scr',
];
const kindImpliedByExtension: Readonly<Record<string, ContentKind>> = Object.fromEntries([
  ...webPageExtensions.map((extension) => [extension, 'html']),
  ...['svg', 'svgz'].map((extension) => [extension, 'svg']),
  ...['xml', 'xsl', 'xslt'].map((extension) => [extension, 'xml']),
  ...scriptExtensions.map((extension) => [extension, 'script']),
]);

// file-type's names for things that run: programs, their packages, and plug-in formats.
const programTypes = new Set([
  'exe',
  'elf',
  'macho',
  'wasm',
  'class',
  'dex',
  'swf',
  'apk',
  'jar',
  'xpi',
  'crx',
  'deb',
  'rpm',
  'dmg',
  'cab',
  'lnk',
  'reg',
  'chm',
  'asar',
  'iso',
]);
const macroTypes = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm']);
const signatureKinds: Record<string, ContentKind> = {
  pdf: 'pdf',
  png: 'png',
  apng: 'png',
  jpg: 'jpeg',
  webp: 'webp',
  gif: 'gif',
  docx: 'word',
  xlsx: 'excel',
  pptx: 'powerpoint',
  odt: 'odt',
  ods: 'ods',
  odp: 'odp',
  zip: 'zip',
};

/** What the bytes are by their signature and, for text, by how they read. */
export async function identifyContent(bytes: Uint8Array): Promise<ContentEvidence> {
  const text = textVerdict(bytes);
  // file-type gives up on some damaged inputs by throwing; that is "no signature", not a crash of the build.
  const detected = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (!detected || detected.ext === 'xml') return { signatures: [], text };
  if (detected.ext === 'cfb') return { signatures: compoundFileKinds(bytes), text };
  const known = signatureKinds[detected.ext];
  if (known) return { signatures: [known], text };
  if (programTypes.has(detected.ext)) return { signatures: ['program'], detail: detected.ext, text };
  if (macroTypes.has(detected.ext)) return { signatures: ['office-macros'], detail: detected.ext, text };
  return { signatures: ['other'], detail: detected.ext, text };
}

const utf8Bom = [0xef, 0xbb, 0xbf];

/** Text rules: UTF-8 (a BOM allowed), no NUL, and not the start of a page a browser would render (WHATWG sniffing, plus SVG). */
export function textVerdict(bytes: Uint8Array): TextVerdict {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { kind: 'other-encoding', encoding: 'UTF-16' };
  const hasBom = utf8Bom.every((byte, index) => bytes[index] === byte);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const markup = markupAtStart(body);
  if (markup) return { kind: 'markup', markup };
  if (body.includes(0)) return { kind: 'binary' };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { kind: 'utf8' };
  } catch {
    // Text in the old Thai code page has bytes 0xA1–0xFB and few control characters; binary data has many.
    const controls = body.filter((byte) => byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(byte)).length;
    return controls <= body.length / 100 ? { kind: 'other-encoding' } : { kind: 'binary' };
  }
}

const htmlTags = new Set([
  'html',
  'head',
  'body',
  'script',
  'iframe',
  'h1',
  'div',
  'font',
  'table',
  'a',
  'style',
  'title',
  'b',
  'br',
  'p',
  'meta',
  'link',
  'base',
  'form',
  'img',
  'object',
  'embed',
]);

/** A tag, doctype, comment or XML declaration at the start, after whitespace: what makes a browser treat bytes as a page. */
function markupAtStart(bytes: Uint8Array): 'html' | 'svg' | 'xml' | undefined {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const opening = /^[\t\n\f\r ]*<(\?xml|!doctype\s+\w+|!--|[a-z][a-z0-9:-]*)/i.exec(start)?.[1]?.toLowerCase();
  if (!opening) return undefined;
  const declaresSvg = /<svg[\s>/]|<!doctype\s+svg/i.test(start);
  if (opening === 'svg' || opening === '!doctype svg' || ((opening === '?xml' || opening === '!--') && declaresSvg)) return 'svg';
  if (opening === '?xml') return /<html[\s>/]/i.test(start) ? 'html' : 'xml';
  if (opening.startsWith('!doctype') || opening === '!--' || htmlTags.has(opening)) return 'html';
  // Any other tag first: browsers that sniff may still render it, and a CSV or text file never starts with one.
  return 'html';
}

const officePackages = new Set<ContentKind>(['word', 'excel', 'powerpoint', 'odt', 'ods', 'odp']);
const legacyOffice = new Set<ContentKind>(['word-legacy', 'excel-legacy', 'powerpoint-legacy']);

/** What an OLE compound file is, by the Office streams its directory names. */
function compoundFileKinds(bytes: Uint8Array): ContentKind[] {
  const names = compoundFileNames(bytes);
  const kinds: ContentKind[] = [];
  // A password-protected docx/xlsx/pptx is a compound file holding the encrypted package.
  if (names.has('EncryptedPackage') && names.has('EncryptionInfo')) kinds.push('office-encrypted');
  if (names.has('WordDocument')) kinds.push('word-legacy');
  if (names.has('Workbook') || names.has('Book')) kinds.push('excel-legacy');
  if (names.has('PowerPoint Document')) kinds.push('powerpoint-legacy');
  return kinds.length > 0 ? kinds : ['compound-other'];
}

/** The names of a compound file's streams and storages, read from its 128-byte directory entries (UTF-16 names, type 1 storage or 2 stream). */
function compoundFileNames(bytes: Uint8Array): Set<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new Set<string>();
  for (let offset = 512; offset + 128 <= bytes.length; offset += 128) {
    const nameLength = view.getUint16(offset + 64, true);
    const type = bytes[offset + 66];
    if (nameLength < 4 || nameLength > 64 || nameLength % 2 !== 0 || (type !== 1 && type !== 2)) continue;
    if (view.getUint16(offset + nameLength - 2, true) !== 0) continue;
    let name = '';
    for (let index = 0; index < nameLength - 2; index += 2) name += String.fromCharCode(view.getUint16(offset + index, true));
    names.add(name);
  }
  return names;
}

// Byte patterns of web-page code; in an image's compressed data they do not occur by chance.
const markupInBinary = /<(script|html|svg|iframe|body|object|embed)[\s>/]|javascript:/i;

/** Web-page code hidden in an image (a polyglot that a sniffing browser or a careless server could run). */
function hiddenMarkup(bytes: Uint8Array): string | undefined {
  const found = markupInBinary.exec(new TextDecoder('latin1').decode(bytes));
  if (!found) return undefined;
  return found[1] ? `<${found[1].toLowerCase()}>` : 'javascript:';
}

/** macOS and Windows leave these in archives made from a folder: metadata no one opens, skipped when their bytes agree. */
export function isFolderMetadata(entry: ZipEntry, bytes: Uint8Array): boolean {
  const baseName = entry.name.slice(entry.name.lastIndexOf('/') + 1);
  const startsWith = (signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (entry.name.startsWith('__MACOSX/') || baseName.startsWith('._')) return startsWith([0x00, 0x05, 0x16, 0x07]);
  if (baseName === '.DS_Store') return startsWith([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]);
  if (baseName.toLowerCase() === 'thumbs.db') return startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return false;
}

/** Every file in a ZIP by the same rules, one level deep: a ZIP inside is refused rather than opened. */
async function checkArchiveEntries(path: string, bytes: Uint8Array, options: AttachmentTypeOptions): Promise<ProblemRef[]> {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch (error) {
    return [{ key: 'attachment.damaged', params: { path, detail: error instanceof Error ? error.message : String(error) } }];
  }
  const files = entries.filter((entry) => !entry.isDirectory);
  const limitMb = options.maxUnpackedMb ?? 500;
  const unpacked = files.reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > limitMb * 1024 * 1024) {
    return [{ key: 'attachment.archive-too-large', params: { path, sizeMb: Math.ceil(unpacked / 1024 / 1024), limitMb } }];
  }

  const problems: ProblemRef[] = [];
  for (const entry of files) {
    const place = { path, inArchive: entry.name };
    if (escapesArchive(entry.name)) {
      problems.push({ key: 'attachment.archive-unsafe-name', params: place });
      continue;
    }
    let content: Uint8Array;
    try {
      content = readZipEntry(bytes, entry);
    } catch (error) {
      problems.push(archiveReadProblem(place, entry, error));
      continue;
    }
    if (isFolderMetadata(entry, content)) continue;
    const check = await checkFile(place, entry.name, content, options, false);
    if (!check.ok) problems.push(...check.problems);
  }
  return problems;
}

function archiveReadProblem(place: Place & { inArchive: string }, entry: ZipEntry, error: unknown): ProblemRef {
  if (error instanceof ZipArchiveError && error.problem === 'encrypted') return { key: 'attachment.archive-encrypted', params: place };
  if (error instanceof ZipArchiveError && error.problem === 'unsupported-compression') {
    return { key: 'attachment.archive-unsupported', params: { ...place, method: entry.compression } };
  }
  return { key: 'attachment.damaged', params: { ...place, detail: error instanceof Error ? error.message : String(error) } };
}
