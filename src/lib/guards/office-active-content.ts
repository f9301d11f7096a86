/**
 * Whether an Office file (docx, xlsx, pptx, odt, ods, odp; the legacy doc, xls, ppt) carries what acts on the reader's
 * computer when it is opened: a DDE command that starts another program (a DDEAUTO field, however its runs are split or
 * its name built; an Excel DDE link or `cmd|` formula; an OpenDocument DDE link or DDE() formula), macros, ActiveX
 * controls, or a template or object fetched from another address (template injection). The XML is parsed with entities
 * decoded, so nothing is matched on raw bytes. Hyperlinks, ordinary fields (PAGE, TOC, MERGEFIELD) and embedded
 * workbooks are not active content.
 */
import { Parser } from 'htmlparser2';
import type { ActiveOfficeContent } from '../../i18n/file-contents.ts';
import { listZipEntries, readZipEntry, type ZipEntry } from './zip-archive.ts';

export type { ActiveOfficeContent };

const order: readonly ActiveOfficeContent[] = ['dde', 'macros', 'activex', 'remote-content'];

/** Streams and storages of a legacy compound file that hold VBA macros (Word, Excel, PowerPoint). */
const legacyMacroStorages = new Set(['Macros', '_VBA_PROJECT_CUR', 'VBA', '_VBA_PROJECT', 'PROJECT']);

/** What a legacy compound file's directory names say it holds. */
export function activeLegacyOfficeContent(names: ReadonlySet<string>): ActiveOfficeContent[] {
  return [...names].some((name) => legacyMacroStorages.has(name)) ? ['macros'] : [];
}

/** Relationship types that make Office fetch a part from elsewhere when the file opens, by the end of their URI. */
const fetchingRelationships = /\/(attachedTemplate|oleObject|subDocument|frame|package)$/i;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses XML with entities decoded, calling back for each element (with its attributes) and each text run. */
function walkXml(xml: string, on: { open?(local: string, attributes: Record<string, string>): void; close?(local: string): void; text?(data: string): void }) {
  const parser = new Parser(
    {
      onopentag: (name, attributes) => on.open?.(localName(name), attributes),
      onclosetag: (name) => on.close?.(localName(name)),
      ontext: (data) => on.text?.(data),
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
}

const attribute = (attributes: Record<string, string>, local: string) =>
  Object.entries(attributes).find(([name]) => localName(name).toLowerCase() === local.toLowerCase())?.[1];

/** A Word field instruction that runs DDE: its first word is DDE or DDEAUTO. */
const ddeInstruction = (instruction: string) => /^\s*dde(auto)?(\s|$)/i.test(instruction);

interface Field {
  /** The instruction's own characters (a nested field's are its own) */
  instruction: string;
  /** A nested field came before any character of the instruction: the field's name is computed (e.g. from QUOTE 68 68 69) */
  computedName: boolean;
  /** Past its separator: what follows is the field's result, not its instruction */
  ended: boolean;
}

/** DDE fields of a WordprocessingML part, simple or complex, their instruction gathered over every run. */
function wordFieldsRunDde(xml: string): boolean {
  const fields: Field[] = [];
  let found = false;
  let inInstruction = false;
  const judge = (field: Field) => {
    if (ddeInstruction(field.instruction) || (field.computedName && field.instruction.trim() !== '')) found = true;
    field.ended = true;
  };
  walkXml(xml, {
    open(local, attributes) {
      if (local === 'fldSimple' && ddeInstruction(attribute(attributes, 'instr') ?? '')) found = true;
      else if (local === 'instrText') inInstruction = true;
      else if (local === 'fldChar') {
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
      }
    },
    close(local) {
      if (local === 'instrText') inInstruction = false;
    },
    text(data) {
      const field = fields.at(-1);
      if (inInstruction && field && !field.ended) field.instruction += data;
    },
  });
  for (const field of fields) if (!field.ended) judge(field);
  return found;
}

/** An Excel formula with a DDE reference (application|topic!item), string literals left out. */
const ddeFormula = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""').includes('|');

/** DDE in a SpreadsheetML part: a DDE link (external links) or a formula referring to another program. */
function spreadsheetRunsDde(xml: string): boolean {
  let found = false;
  let formula: string | undefined;
  walkXml(xml, {
    open(local) {
      if (local === 'ddeLink') found = true;
      else if (local === 'f') formula = '';
    },
    close(local) {
      if (local === 'f' && formula !== undefined) {
        if (ddeFormula(formula)) found = true;
        formula = undefined;
      }
    },
    text(data) {
      if (formula !== undefined) formula += data;
    },
  });
  return found;
}

/** An OpenDocument part's DDE links and DDE() formulas, and macros bound to events. */
function openDocumentActive(xml: string): ActiveOfficeContent[] {
  const found = new Set<ActiveOfficeContent>();
  walkXml(xml, {
    open(local, attributes) {
      if (['dde-connection-decl', 'dde-source', 'dde-link', 'dde-connection'].includes(local)) found.add('dde');
      const formula = attribute(attributes, 'formula');
      if (formula && /\bDDE\s*\(/i.test(formula.replace(/"(?:[^"]|"")*"/g, '""'))) found.add('dde');
      if (local === 'event-listener' || (attribute(attributes, 'href') ?? '').toLowerCase().startsWith('vnd.sun.star.script:')) found.add('macros');
    },
  });
  return [...found];
}

/**
 * A web address or another computer's share (\\host\share, file://host/): Word documents made from a template name
 * it on the author's own disk (file:///C:/…/Normal.dotm), which is nothing to fetch.
 */
const onAnotherMachine = (target: string) => /^\s*(https?:|ftp:|\\\\|\/\/|file:\/\/(?!\/)|file:\\\\)/i.test(target);

/** Relationships that fetch a template or object from another address when the file opens. */
function relationshipsFetch(xml: string): boolean {
  let found = false;
  walkXml(xml, {
    open(local, attributes) {
      if (local !== 'Relationship') return;
      const external = (attribute(attributes, 'TargetMode') ?? '').toLowerCase() === 'external';
      if (external && fetchingRelationships.test(attribute(attributes, 'Type') ?? '') && onAnotherMachine(attribute(attributes, 'Target') ?? '')) found = true;
    },
  });
  return found;
}

const xmlText = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/**
 * The active content of an Office Open XML or OpenDocument package, in a fixed order; a package that cannot be read is
 * reported by the archive checks, not here.
 */
export function findActiveOfficeContent(bytes: Uint8Array): ActiveOfficeContent[] {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch {
    return [];
  }
  const found = new Set<ActiveOfficeContent>();
  const read = (entry: ZipEntry): string | undefined => {
    try {
      return xmlText(readZipEntry(bytes, entry));
    } catch {
      return undefined;
    }
  };
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    const name = entry.name.replaceAll('\\', '/');
    const lower = name.toLowerCase();
    const fileName = lower.slice(lower.lastIndexOf('/') + 1);
    if (fileName === 'vbaproject.bin' || fileName === 'vbadata.xml' || /^(basic|scripts)\//.test(lower)) found.add('macros');
    if (/(^|\/)activex\//.test(lower)) found.add('activex');
    if (lower.endsWith('.rels')) {
      const xml = read(entry);
      if (xml && relationshipsFetch(xml)) found.add('remote-content');
      continue;
    }
    if (!lower.endsWith('.xml')) continue;
    if (lower.startsWith('word/')) {
      const xml = read(entry);
      if (xml && wordFieldsRunDde(xml)) found.add('dde');
    } else if (lower.startsWith('xl/externallinks/') || lower.startsWith('xl/worksheets/')) {
      const xml = read(entry);
      if (xml && spreadsheetRunsDde(xml)) found.add('dde');
    } else if (!lower.includes('/') && (fileName === 'content.xml' || fileName === 'styles.xml')) {
      const xml = read(entry);
      if (xml) for (const kind of openDocumentActive(xml)) found.add(kind);
    }
  }
  return order.filter((kind) => found.has(kind));
}
