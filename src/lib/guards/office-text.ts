/**
 * The text of Office Open XML (docx, xlsx, pptx) and OpenDocument (odt, ods, odp) files: their XML parts, read with
 * htmlparser2 (entities decoded), runs of a paragraph joined without a space as a reader sees them, one line per paragraph
 * or table row. Spreadsheet cells give their stored values, so a numeric ID column reads as the digits Excel keeps.
 */
import { Parser } from 'htmlparser2';

interface XmlVisitor {
  /** 'skip' leaves out the element and all it holds */
  open(name: string, attributes: Record<string, string>): void | 'skip';
  close(name: string): void;
  text(data: string): void;
}

/** Parses with entities decoded; the element a visitor skips is not reported, nor anything inside it. */
function walkXml(xml: string, visitor: XmlVisitor): void {
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipping > 0 || visitor.open(name, attributes) === 'skip') skipping++;
      },
      onclosetag(name) {
        if (skipping > 0) skipping--;
        else visitor.close(name);
      },
      ontext(data) {
        if (skipping === 0) visitor.text(data);
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
}

/** An XML name without its namespace prefix (`w:instrText` → `instrText`). */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

// Elements holding the characters of WordprocessingML, DrawingML, SpreadsheetML strings and chart caches.
const ooxmlTextElements = new Set(['t', 'delText', 'instrText', 'v', 'text']);
const ooxmlLineEnds = new Set(['p', 'si', 'pt', 'comment', 'cm']);

/**
 * Text of a docx/pptx part (document, header, footer, notes, comments, slide, chart): runs of a paragraph joined as they
 * are, tracked deletions included (they are still in the file). mc:Fallback repeats mc:Choice for old readers: left out.
 */
export function ooxmlPartText(xml: string): string {
  let text = '';
  let inText = 0;
  walkXml(xml, {
    open(name) {
      const local = localName(name);
      if (local === 'Fallback' || local === 'rPh') return 'skip';
      if (ooxmlTextElements.has(local)) inText++;
      else if (local === 'tab') text += '\t';
      else if (local === 'br' || local === 'cr') text += '\n';
    },
    close(name) {
      const local = localName(name);
      if (ooxmlTextElements.has(local)) inText--;
      else if (ooxmlLineEnds.has(local)) text += '\n';
    },
    text(data) {
      if (inText > 0) text += data;
    },
  });
  return tidy(text);
}

/** xl/sharedStrings.xml: each <si> is one string, its rich-text runs joined; phonetic guides left out. */
export function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inText = 0;
  walkXml(xml, {
    open(name) {
      const local = localName(name);
      if (local === 'rPh') return 'skip';
      if (local === 't') inText++;
    },
    close(name) {
      const local = localName(name);
      if (local === 't') inText--;
      else if (local === 'si') {
        strings.push(current);
        current = '';
      }
    },
    text(data) {
      if (inText > 0) current += data;
    },
  });
  return strings;
}

const headerFooterElements = new Set(['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter']);

/** A worksheet: one line per row, cells by tab, each cell's value (shared and inline strings resolved), then headers and footers. */
export function worksheetText(xml: string, strings: readonly string[]): string {
  let text = '';
  let cellType = '';
  let value = '';
  let collecting = 0;
  walkXml(xml, {
    open(name, attributes) {
      const local = localName(name);
      if (local === 'f' || local === 'rPh') return 'skip';
      if (local === 'c') {
        cellType = attributes.t ?? 'n';
        value = '';
      } else if (headerFooterElements.has(local)) {
        value = '';
        collecting++;
      } else if (local === 'v' || local === 't') collecting++;
    },
    close(name) {
      const local = localName(name);
      if (local === 'v' || local === 't') collecting--;
      else if (headerFooterElements.has(local)) {
        collecting--;
        text += `${value}\n`;
        value = '';
      } else if (local === 'c') text += `${cellValue(cellType, value, strings)}\t`;
      else if (local === 'row') text += '\n';
    },
    text(data) {
      if (collecting > 0) value += data;
    },
  });
  return tidy(text);
}

function cellValue(type: string, value: string, strings: readonly string[]): string {
  if (type === 's') return strings[Number(value)] ?? '';
  if (type === 'b' || type === 'e') return '';
  if (type === 'n') return plainNumber(value.trim());
  return value;
}

/** 1.10370023456E+12 as 1103700234560: some writers store whole numbers in exponent form. */
function plainNumber(value: string): string {
  if (!/e/i.test(value)) return value;
  const number = Number(value);
  return Number.isInteger(number) && Math.abs(number) < 1e21 ? BigInt(number).toString() : value;
}

/**
 * OpenDocument content.xml or styles.xml (headers and footers live there): the text of every paragraph and heading,
 * spaces and tabs as written; table rows as lines, and a number cell as its stored value, not as displayed ("1.1E+12").
 */
export function openDocumentText(xml: string): string {
  let text = '';
  let inParagraph = 0;
  walkXml(xml, {
    open(name, attributes) {
      if (name === 'text:p' || name === 'text:h') inParagraph++;
      else if (name === 'text:s') text += ' '.repeat(Math.min(Number(attributes['text:c'] ?? 1) || 1, 100));
      else if (name === 'text:tab') text += '\t';
      else if (name === 'text:line-break') text += '\n';
      else if (name === 'table:table-cell' && attributes['office:value'] !== undefined) {
        text += `${plainNumber(attributes['office:value'])}\t`;
        return 'skip';
      }
    },
    close(name) {
      if (name === 'text:p' || name === 'text:h') {
        inParagraph--;
        text += '\n';
      } else if (name === 'table:table-cell') text += '\t';
      else if (name === 'table:table-row') text += '\n';
    },
    text(data) {
      if (inParagraph > 0) text += data;
    },
  });
  return tidy(text);
}

/** Document properties (docProps/*.xml, meta.xml): every value on its own line — title, subject, keywords, author, custom fields. */
export function propertiesText(xml: string): string {
  let text = '';
  walkXml(xml, {
    open() {},
    close() {
      text += '\n';
    },
    text(data) {
      text += data;
    },
  });
  return tidy(text);
}

/** Blank lines and trailing tabs collapsed: what is left is what a reader would see, line by line. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\t+$/, '').trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}
