/** Tiny attachments built in memory, byte for byte what their formats' signatures need, so no binary fixtures are committed. */
import { strToU8, zipSync, zlibSync, type Zippable } from 'fflate';

export const bytesOf = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => [...(typeof part === 'string' ? new Uint8Array([...part].map((character) => character.charCodeAt(0))) : part)]));

export const pdf = () => bytesOf('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
export const png = () =>
  concat(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    [0, 0, 0, 13],
    'IHDR',
    [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0],
    [0x1f, 0x15, 0xc4, 0x89],
    [0, 0, 0, 0],
    'IEND',
    [0xae, 0x42, 0x60, 0x82],
  );
export const jpeg = () => concat([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xd9]);
export const gif = () => concat('GIF89a', [1, 0, 1, 0, 0, 0, 0], ';');
export const webp = () => concat('RIFF', [26, 0, 0, 0], 'WEBPVP8 ', [14, 0, 0, 0], [0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, 1, 0, 1, 0, 0, 0, 0, 0]);
export const windowsProgram = () => concat('MZ', new Array(58).fill(0), [0x40, 0, 0, 0], 'PE', [0, 0], new Array(64).fill(0));
export const linuxProgram = () => concat([0x7f], 'ELF', [2, 1, 1], new Array(57).fill(0));

const contentTypes = (mainType: string) =>
  strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${mainType}.main+xml"/></Types>`,
  );

export const ooxmlMainTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docm: 'application/vnd.ms-word.document.macroEnabled',
} as const;

/** An Office Open XML package: [Content_Types].xml first, as Office writes it, then the given parts. */
export function ooxml(kind: keyof typeof ooxmlMainTypes, parts: Record<string, string> = {}): Uint8Array {
  const folder = { docx: 'word', xlsx: 'xl', pptx: 'ppt', docm: 'word' }[kind];
  const files: Zippable = { '[Content_Types].xml': contentTypes(ooxmlMainTypes[kind]) };
  const withDefault = Object.keys(parts).length > 0 ? parts : { [`${folder}/main.xml`]: '<x/>' };
  for (const [name, text] of Object.entries(withDefault)) files[name] = strToU8(text);
  return zipSync(files);
}

export const openDocumentTypes = {
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
} as const;

/** An OpenDocument package: the uncompressed "mimetype" entry first, as the standard requires, then the parts. */
export function openDocument(
  kind: keyof typeof openDocumentTypes,
  parts: Record<string, string> = { 'content.xml': '<office:document-content/>' },
): Uint8Array {
  const files: Zippable = { mimetype: [strToU8(openDocumentTypes[kind]), { level: 0 }] };
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

/** An OLE compound file (legacy .doc/.xls/.ppt, .msi, .msg) whose directory names the given streams. */
export function compoundFile(streams: string[]): Uint8Array {
  const entries = ['Root Entry', ...streams];
  const bytes = new Uint8Array(512 + Math.ceil(entries.length / 4) * 512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(bytes.buffer);
  view.setUint16(0x1a, 0x3e, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  entries.forEach((name, index) => {
    const offset = 512 + index * 128;
    [...name].forEach((character, at) => view.setUint16(offset + at * 2, character.charCodeAt(0), true));
    view.setUint16(offset + 64, (name.length + 1) * 2, true);
    bytes[offset + 66] = index === 0 ? 5 : 2;
  });
  return bytes;
}

/** A PDF string: literal for ASCII, UTF-16BE hex with a byte-order mark for anything else (Thai). */
function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[()\\]/g, (character) => `\\${character}`)})`;
  const units = [...value].flatMap((character) => {
    const code = character.codePointAt(0) ?? 0;
    return code > 0xffff ? [character.charCodeAt(0), character.charCodeAt(1)] : [code];
  });
  return `<FEFF${units.map((unit) => unit.toString(16).padStart(4, '0')).join('')}>`;
}

/** Numbered objects (1 the catalog) as a PDF file with a correct cross-reference table; `trailerExtra` e.g. "/Info 4 0 R". */
function pdfOf(objects: readonly string[], trailerExtra = ''): Uint8Array {
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra ? ` ${trailerExtra}` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return bytesOf(pdf);
}

/**
 * A one-page PDF with a correct cross-reference table: ASCII lines of text in Helvetica (none: a page without a text
 * layer, like a scan) and the given information dictionary (Title, Author…).
 */
export function simplePdf({ lines = [], info = {}, pages }: { lines?: string[]; info?: Record<string, string>; pages?: string[][] } = {}): Uint8Array {
  const pageLines = pages ?? [lines];
  const contentOf = (text: string[]) =>
    text.length > 0 ? `BT /F1 12 Tf 72 720 Td 14 TL ${text.map((line) => `${pdfString(line)} Tj T*`).join(' ')} ET` : '0 0 m 10 10 l S';
  // 1 catalog, 2 page tree, 3 font, 4 information, then each page and its content.
  const pageNumber = (index: number) => 5 + index * 2;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageLines.map((_, index) => `${pageNumber(index)} 0 R`).join(' ')}] /Count ${pageLines.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< ${Object.entries(info)
      .map(([key, value]) => `/${key} ${pdfString(value)}`)
      .join(' ')} >>`,
    ...pageLines.flatMap((text, index) => {
      const content = contentOf(text);
      return [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageNumber(index) + 1} 0 R >>`,
        `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      ];
    }),
  ];
  return pdfOf(objects, '/Info 4 0 R');
}

/**
 * A one-page PDF in which a label is followed by each character of `boxed` as its own text object, `gap` points apart:
 * a form's ID boxes, one digit per box, as Thai forms print them.
 */
export function boxedDigitsPdf(label: string, boxed: string, gap = 18): Uint8Array {
  const boxes = [...boxed].map((character, index) => `BT /F1 12 Tf ${140 + index * gap} 720 Td ${pdfString(character)} Tj ET`);
  const content = `BT /F1 12 Tf 72 720 Td ${pdfString(label)} Tj ET ${boxes.join(' ')}`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  return pdfOf(objects);
}

/** A checksum-valid national ID from twelve digits, so no test carries anyone's real number. */
export function withCheckDigit(first12: string): string {
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += Number(first12[index]) * (13 - index);
  return first12 + String((11 - (sum % 11)) % 10);
}

/**
 * A one-page PDF with the given extra catalogue entries, page entries and objects (numbered from 5 on), each written as
 * PDF syntax, so a test states exactly which names it carries — escaped (`/J#61vaScript`) or not. With `objectStream`,
 * the catalogue and the extra objects are written compressed (FlateDecode) inside an object stream, as PDF 1.5+ writers
 * do, and found through a cross-reference stream: no name of theirs appears in the file's bytes.
 */
export function pdfWith({
  catalog = '',
  page = '',
  objects = [],
  objectStream = false,
  header = '%PDF-1.7',
}: { catalog?: string; page?: string; objects?: string[]; objectStream?: boolean; header?: string } = {}): Uint8Array {
  const body: Record<number, string> = {
    1: `<< /Type /Catalog /Pages 2 0 R ${catalog} >>`,
    2: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    3: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R ${page} >>`,
    4: '<< /Length 17 >>\nstream\n0 0 m 10 10 l S\n\nendstream',
  };
  objects.forEach((object, index) => (body[5 + index] = object));
  const compressed = objectStream ? [1, ...objects.map((_, index) => 5 + index)] : [];
  const parts: Uint8Array[] = [bytesOf(`${header}\n%\u00e2\u00e3\u00cf\u00d3\n`)];
  let length = parts[0]!.length;
  const offsets = new Map<number, number>();
  const add = (part: Uint8Array) => {
    parts.push(part);
    length += part.length;
  };
  for (const [number, text] of Object.entries(body)) {
    if (compressed.includes(Number(number))) continue;
    offsets.set(Number(number), length);
    add(bytesOf(`${number} 0 obj\n${text}\nendobj\n`));
  }
  const size = 5 + objects.length + (objectStream ? 2 : 0);
  if (!objectStream) {
    const xref = length;
    const rows = Array.from({ length: size }, (_, number) =>
      offsets.has(number) ? `${String(offsets.get(number)).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n',
    );
    add(bytesOf(`xref\n0 ${size}\n${rows.join('')}trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
    return concat(...parts);
  }
  // The object stream: "number offset" pairs, then the objects, all deflated.
  let index = '';
  let objectsText = '';
  for (const number of compressed) {
    index += `${number} ${objectsText.length} `;
    objectsText += `${body[number]}\n`;
  }
  const packed = zlibSync(bytesOf(index + objectsText));
  const streamNumber = size - 2;
  offsets.set(streamNumber, length);
  add(
    concat(
      `${streamNumber} 0 obj\n<< /Type /ObjStm /N ${compressed.length} /First ${index.length} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`,
      packed,
      '\nendstream\nendobj\n',
    ),
  );
  // The cross-reference stream: type 1 (offset) or 2 (in the object stream, at its index), 1 + 4 + 2 bytes per row.
  const xrefNumber = size - 1;
  offsets.set(xrefNumber, length);
  const rows: number[] = [];
  for (let number = 0; number < size; number++) {
    const at = compressed.indexOf(number);
    const row = at >= 0 ? [2, streamNumber, at] : offsets.has(number) ? [1, offsets.get(number)!, 0] : [0, 0, 0xffff];
    rows.push(row[0]!, (row[1]! >>> 24) & 0xff, (row[1]! >>> 16) & 0xff, (row[1]! >>> 8) & 0xff, row[1]! & 0xff, (row[2]! >>> 8) & 0xff, row[2]! & 0xff);
  }
  const xref = length;
  add(concat(`${xrefNumber} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R /Length ${rows.length} >>\nstream\n`, rows, '\nendstream\nendobj\n'));
  add(bytesOf(`startxref\n${xref}\n%%EOF\n`));
  return concat(...parts);
}
