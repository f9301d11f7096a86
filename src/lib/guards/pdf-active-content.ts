/**
 * Whether a PDF carries content that acts on the reader's computer: scripts, program launches, automatic actions,
 * embedded files, XFA forms, form submission or import, rich media. The PDF's objects are parsed with @cantoo/pdf-lib
 * (a maintained fork of pdf-lib): it reads every object in the file, incremental updates and compressed object streams
 * included, and decodes `#xx` escapes in names (`/J#61vaScript` is `/JavaScript`), so nothing is matched on raw bytes.
 * Links (`/URI`) and moves inside the document are not active content.
 */
import type { ActivePdfContent } from '../../i18n/file-contents.ts';

export type { ActivePdfContent };

/** Names (keys or values) that make a PDF active, by what they do. */
const activeNames: Readonly<Record<string, ActivePdfContent>> = {
  JS: 'javascript',
  JavaScript: 'javascript',
  Launch: 'launch',
  AA: 'additional-actions',
  EmbeddedFiles: 'embedded-file',
  EmbeddedFile: 'embedded-file',
  EF: 'embedded-file',
  GoToE: 'embedded-file',
  FileAttachment: 'embedded-file',
  XFA: 'xfa',
  SubmitForm: 'submit-form',
  ImportData: 'import-data',
  RichMedia: 'rich-media',
  RichMediaContent: 'rich-media',
  RichMediaExecute: 'rich-media',
};

/** The order findings are reported in. */
const order: readonly ActivePdfContent[] = [
  'javascript',
  'launch',
  'additional-actions',
  'embedded-file',
  'xfa',
  'submit-form',
  'import-data',
  'rich-media',
  'unreadable-objects',
];

type PdfLib = typeof import('@cantoo/pdf-lib');
type PdfContext = Awaited<ReturnType<InstanceType<PdfLib['PDFParser']>['parseDocument']>>;

/** Parsed objects, decrypted with the empty user password when the PDF is encrypted that way; undefined when the file cannot be parsed. */
async function parse(lib: PdfLib, bytes: Uint8Array): Promise<{ context: PdfContext; encryptedUnread: boolean } | undefined> {
  let context: PdfContext;
  try {
    context = await lib.PDFParser.forBytesWithOptions(bytes, Infinity, false).parseDocument();
  } catch {
    return undefined;
  }
  if (!context.trailerInfo.Encrypt) return { context, encryptedUnread: false };
  // Restrictions-only encryption (an empty open password) hides compressed objects until decrypted.
  try {
    const document = await lib.PDFDocument.load(bytes, {
      password: '',
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
      parseSpeed: Infinity,
    });
    return { context: document.context, encryptedUnread: false };
  } catch {
    return { context, encryptedUnread: true };
  }
}

/** Names in raw PDF syntax, escapes decoded: for an object the parser could not read as a whole. */
function namesInSyntax(bytes: Uint8Array): string[] {
  const text = new TextDecoder('latin1').decode(bytes);
  return [...text.matchAll(/\/([^\s/[\]<>(){}%]+)/g)].map((match) =>
    (match[1] as string).replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  );
}

/**
 * What active content the PDF holds, in a fixed order; empty for an inert PDF. 'unreadable-objects' when compressed objects
 * could not be unpacked to be checked (a PDF with an open password excepted: it cannot be read without it). A file that
 * is not a PDF at all gives an empty list: the text guard reports it as damaged.
 */
export async function findActivePdfContent(bytes: Uint8Array): Promise<ActivePdfContent[]> {
  const lib = await import('@cantoo/pdf-lib');
  const parsed = await parse(lib, bytes);
  if (!parsed) return [];
  const found = new Set<ActivePdfContent>();
  const note = (name: string) => {
    const kind = Object.hasOwn(activeNames, name) ? activeNames[name] : undefined;
    if (kind) found.add(kind);
  };
  const nameOf = (name: { asString(): string }) =>
    name
      .asString()
      .slice(1)
      .replace(/#([0-9a-f]{2})/gi, (_: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const visit = (object: unknown, depth: number): void => {
    if (depth > 64) return;
    if (object instanceof lib.PDFName) note(nameOf(object));
    else if (object instanceof lib.PDFDict) {
      for (const [key, value] of object.entries()) {
        note(nameOf(key));
        visit(value, depth + 1);
      }
    } else if (object instanceof lib.PDFArray) for (const value of object.asArray()) visit(value, depth + 1);
    else if (object instanceof lib.PDFStream) visit(object.dict, depth + 1);
    else if (object instanceof lib.PDFInvalidObject) {
      const raw = new Uint8Array(object.sizeInBytes());
      object.copyBytesInto(raw, 0);
      const names = namesInSyntax(raw);
      names.forEach(note);
      if (names.includes('ObjStm') && !parsed.encryptedUnread) found.add('unreadable-objects');
    }
  };
  for (const [, object] of parsed.context.enumerateIndirectObjects()) visit(object, 0);
  return order.filter((kind) => found.has(kind));
}
