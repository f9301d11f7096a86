/**
 * Whether an Office file (docx, xlsx, pptx, odt, ods, odp; the legacy doc, xls, ppt) carries what acts on the reader's
 * computer when it is opened: a DDE command that starts another program (a DDEAUTO field, however its runs are split or
 * its name built; an Excel DDE link or `cmd|` formula; an OpenDocument DDE link or DDE() formula), macros, ActiveX
 * controls, or a template or object fetched from another address (template injection). Every XML part is read, wherever
 * the package puts it (Office finds its parts through relationships, not folder names), parsed with entities decoded, so
 * nothing is matched on raw bytes; a part that cannot be unpacked is reported, as it cannot be checked. Hyperlinks,
 * ordinary fields (PAGE, TOC, MERGEFIELD) and embedded workbooks are not active content.
 */
import { Parser } from 'htmlparser2';
import type { ActiveOfficeContent } from '../../i18n/file-contents.ts';
import { listZipEntries, readZipEntry, type ZipEntry } from './zip-archive.ts';
import { localName } from './office-text.ts';

export type { ActiveOfficeContent };

const order: readonly ActiveOfficeContent[] = ['dde', 'macros', 'activex', 'remote-content', 'unreadable-parts'];

/** Streams and storages of a legacy compound file that hold VBA macros (Word, Excel, PowerPoint). */
const legacyMacroStorages = new Set(['Macros', '_VBA_PROJECT_CUR', 'VBA', '_VBA_PROJECT', 'PROJECT']);

/**
 * What a legacy compound file holds: macros by its directory's names; in a Word 97–2003 document, a DDE field by its
 * text, where a field's instruction follows the field-begin mark (0x13) in one-byte or UTF-16 characters; in an Excel
 * 97–2003 workbook, a DDE link in its link table (legacyWorkbookLinksDde). Both are read from the file's bytes as they
 * lie (this checker has no reader for the old formats' streams), which finds what Word and Excel write; a file built to
 * scatter one record over sectors is not excluded.
 */
export function activeLegacyOfficeContent(names: ReadonlySet<string>, bytes: Uint8Array): ActiveOfficeContent[] {
  const found: ActiveOfficeContent[] = [];
  const latin1 = new TextDecoder('latin1').decode(bytes);
  const workbook = names.has('Workbook') || names.has('Book');
  if ((names.has('WordDocument') && legacyDdeField.test(latin1)) || (workbook && legacyWorkbookLinksDde(latin1))) found.push('dde');
  if ([...names].some((name) => legacyMacroStorages.has(name))) found.push('macros');
  return found;
}

/** A DDE or DDEAUTO field's instruction after Word's field-begin mark (0x13), in one-byte or UTF-16 characters. */
const legacyDdeField = /\x13[\s\x00]*(?:d\x00?){2}e\x00?(?:a\x00?u\x00?t\x00?o\x00?)?[\s\x14\x15]/i;

/** BIFF8's SUPBOOK record type (0x01AE, little-endian), the longest record body, and the path's delimiter of a DDE or OLE link's program and topic. */
const supBookType = '\xae\x01';
const longestRecord = 8224;
const ddeDelimiter = '\x03';

/**
 * Whether a workbook's link table names a DDE (or OLE) link: a SUPBOOK record whose path is "program 0x03 topic"
 * (`cmd|' /C calc'!A0` is stored as "cmd", 0x03, " /C calc"). A link to another workbook is a file path marked by
 * 0x01 or 0x02 first, where 0x03 separates folders; the workbook's own entry has no path.
 */
function legacyWorkbookLinksDde(latin1: string): boolean {
  for (let at = latin1.indexOf(supBookType); at >= 0; at = latin1.indexOf(supBookType, at + 1)) {
    const length = latin1.charCodeAt(at + 2) | (latin1.charCodeAt(at + 3) << 8);
    const pathLength = latin1.charCodeAt(at + 6) | (latin1.charCodeAt(at + 7) << 8);
    const wide = latin1.charCodeAt(at + 8);
    if (length > longestRecord || pathLength === 0 || pathLength > 255 || wide > 1 || 5 + pathLength * (wide + 1) > length) continue;
    const raw = latin1.slice(at + 9, at + 9 + pathLength * (wide + 1));
    const path = wide ? new TextDecoder('utf-16le').decode(Uint8Array.from(raw, (character) => character.charCodeAt(0))) : raw;
    if (path.indexOf(ddeDelimiter) > 0 && path[0] !== '\x01' && path[0] !== '\x02') return true;
  }
  return false;
}

/** Relationship types that make Office fetch a part from elsewhere when the file opens, by the end of their URI. */
const fetchingRelationships = /\/(attachedTemplate|oleObject|subDocument|frame|package)$/i;
/** Relationship and content types of macros and ActiveX controls, whatever their parts are named. */
const macroTypes = /vbaProject|vbaData|macroEnabled|ms-office\.vba/i;
const activeXTypes = /\/control$|activeX/i;

/**
 * A web address or another computer's share (\\host\share, file://host/): Word documents made from a template name
 * it on the author's own disk (file:///C:/…/Normal.dotm), which is nothing to fetch.
 */
const onAShare = (target: string) => /^\s*(\\\\|\/\/|file:\/\/(?!\/)|file:\\\\)/i.test(target);
const onTheWeb = (target: string) => /^\s*(https?|ftp):/i.test(target);
const onAnotherMachine = (target: string) => onAShare(target) || onTheWeb(target);

/**
 * A template on the web in the macro-free format (.dotx), as Office 365 documents made from a SharePoint template name
 * it: Word loads no code from it. A share (\\host) is still refused: opening it sends the reader's Windows credentials.
 */
const webTemplateWithoutMacros = (type: string, target: string) => /\/attachedTemplate$/i.test(type) && /^\s*https:\/\/[^?#]*\.dotx(\s*$|[?#])/i.test(target);

/** A Word field instruction that runs DDE: its first word is DDE or DDEAUTO. */
const ddeInstruction = (instruction: string) => /^\s*dde(auto)?(\s|$)/i.test(instruction);
/**
 * A field that fetches a file when the document is opened: from a share in any case (opening it sends the reader's
 * Windows credentials), from the web when its picture is not stored (`\d`) or its link updates itself (`\a`). A picture
 * pasted from a web page (INCLUDEPICTURE "https://…" \* MERGEFORMATINET, its image stored) is not fetched on opening.
 */
function fetchingInstruction(instruction: string): boolean {
  // LINK names the program first (Excel.Sheet.12), then the file; the others name the file first.
  const field = /^\s*(includetext|includepicture|link|import)\s+(?:[a-z][\w.]*\s+)?"?\s*([^"\s]+)/i.exec(instruction);
  if (!field) return false;
  const target = field[2]!;
  return onAShare(target) || (onTheWeb(target) && /\\[da](\s|$)/i.test(instruction));
}
/** What a field's instruction does, if it acts on the reader's computer. */
const fieldAction = (instruction: string): ActiveOfficeContent | undefined =>
  ddeInstruction(instruction) ? 'dde' : fetchingInstruction(instruction) ? 'remote-content' : undefined;
const withoutStrings = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');
/** An Excel formula with a DDE reference (application|topic!item), string literals left out. */
const ddeFormula = (formula: string) => withoutStrings(formula).includes('|');
/** An OpenDocument formula calling DDE(). */
const ddeFunction = (formula: string) => /\bDDE\s*\(/i.test(withoutStrings(formula));

/** Spreadsheet parts whose `f` elements are formulas (a macro sheet is Excel 4.0 macros itself). */
const sheetRoots = new Set<string | undefined>(['worksheet', 'dialogsheet', 'chartsheet', 'externalLink']);

const attribute = (attributes: Record<string, string>, local: string) =>
  Object.entries(attributes).find(([name]) => localName(name).toLowerCase() === local.toLowerCase())?.[1];

interface Field {
  /** The instruction's own characters (a nested field's are its own) */
  instruction: string;
  /** A nested field came before any character of the instruction: the field's name is computed (e.g. from QUOTE 68 68 69) */
  computedName: boolean;
  /** Past its separator: what follows is the field's result, not its instruction */
  ended: boolean;
}

/** What one XML part holds: Word fields, spreadsheet DDE, OpenDocument DDE and macros, relationships and content types. */
function activeInPart(xml: string, found: Set<ActiveOfficeContent>): void {
  const fields: Field[] = [];
  let inInstruction = false;
  let formula: string | undefined;
  /** The part's root element: only a sheet's `f` is a formula (a Word equation's `m:f` is a fraction) */
  let root: string | undefined;
  const judge = (field: Field) => {
    const action = fieldAction(field.instruction) ?? (field.computedName && field.instruction.trim() !== '' ? 'dde' : undefined);
    if (action) found.add(action);
    field.ended = true;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const local = localName(name);
        root ??= local;
        switch (local) {
          case 'fldSimple':
            {
              const action = fieldAction(attribute(attributes, 'instr') ?? '');
              if (action) found.add(action);
            }
            break;
          case 'instrText':
            inInstruction = true;
            break;
          case 'fldChar': {
            const type = attribute(attributes, 'fldCharType');
            if (type === 'begin') {
              const parent = fields.at(-1);
              if (parent && !parent.ended && parent.instruction.trim() === '') parent.computedName = true;
              fields.push({ instruction: '', computedName: false, ended: false });
            } else if (type === 'separate') {
              const field = fields.at(-1);
              if (field && !field.ended) judge(field);
            } else if (type === 'end') {
              const field = fields.pop();
              if (field && !field.ended) judge(field);
            }
            break;
          }
          case 'f':
            if (sheetRoots.has(root)) formula = '';
            break;
          case 'macrosheet':
            found.add('macros');
            break;
          case 'ddeLink':
          case 'dde-connection-decl':
          case 'dde-source':
          case 'dde-link':
          case 'dde-connection':
            found.add('dde');
            break;
          case 'event-listener':
          case 'execute-macro':
            found.add('macros');
            break;
          case 'Relationship': {
            const type = attribute(attributes, 'Type') ?? '';
            const external = (attribute(attributes, 'TargetMode') ?? '').toLowerCase() === 'external';
            const target = attribute(attributes, 'Target') ?? '';
            if (external && fetchingRelationships.test(type) && onAnotherMachine(target) && !webTemplateWithoutMacros(type, target))
              found.add('remote-content');
            if (macroTypes.test(type)) found.add('macros');
            if (activeXTypes.test(type)) found.add('activex');
            break;
          }
          case 'Override':
          case 'Default': {
            const contentType = attribute(attributes, 'ContentType') ?? '';
            if (macroTypes.test(contentType)) found.add('macros');
            if (activeXTypes.test(contentType)) found.add('activex');
            break;
          }
        }
        const odfFormula = attribute(attributes, 'formula');
        if (odfFormula && ddeFunction(odfFormula)) found.add('dde');
        if ((attribute(attributes, 'href') ?? '').trim().toLowerCase().startsWith('vnd.sun.star.script:')) found.add('macros');
      },
      onclosetag(name) {
        const local = localName(name);
        if (local === 'instrText') inInstruction = false;
        else if (local === 'f' && formula !== undefined) {
          if (ddeFormula(formula)) found.add('dde');
          formula = undefined;
        }
      },
      ontext(data) {
        const field = fields.at(-1);
        if (inInstruction && field && !field.ended) field.instruction += data;
        if (formula !== undefined) formula += data;
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
  for (const field of fields) if (!field.ended) judge(field);
}

/**
 * The active content of an Office Open XML or OpenDocument package, in a fixed order; a package that cannot be listed
 * is reported by the type checks, not here.
 */
export function findActiveOfficeContent(bytes: Uint8Array, { maxUnpackedMb = 500 }: { maxUnpackedMb?: number } = {}): ActiveOfficeContent[] {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch {
    return [];
  }
  const found = new Set<ActiveOfficeContent>();
  const isXml = (lower: string) => lower.endsWith('.xml') || lower.endsWith('.rels');
  const names = entries.filter((entry) => !entry.isDirectory).map((entry) => ({ entry, lower: entry.name.replaceAll('\\', '/').toLowerCase() }));
  // Parts are read whole: a package declaring more than any document holds is not unpacked (as the text checks do).
  const declared = names.reduce((sum, { entry, lower }) => sum + (isXml(lower) ? entry.size : 0), 0);
  const tooLarge = declared > maxUnpackedMb * 1024 * 1024;
  if (tooLarge) found.add('unreadable-parts');
  for (const { entry, lower } of names) {
    const fileName = lower.slice(lower.lastIndexOf('/') + 1);
    if (fileName === 'vbaproject.bin' || /(^|\/)(basic|scripts)\//.test(lower)) found.add('macros');
    if (/(^|\/)activex\//.test(lower)) found.add('activex');
    if (tooLarge || !isXml(lower)) continue;
    let xml: string;
    try {
      xml = new TextDecoder('utf-8').decode(readZipEntry(bytes, entry));
    } catch {
      found.add('unreadable-parts');
      continue;
    }
    activeInPart(xml, found);
  }
  return order.filter((kind) => found.has(kind));
}
