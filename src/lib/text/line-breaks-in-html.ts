/**
 * Marks Thai word boundaries (thai-line-breaks.ts) in the parts of a built page where a bad break hurts most and the
 * text is short: headings, breadcrumbs, cards, table and definition headers, summaries, captions, tags and the
 * header's agency name, table cells and lists of links (`.link-list`). Only those elements' text is touched; every other byte of the page stays as it was, and
 * nothing inside code, scripts, styles, SVG or the <head> is. A table body that its component marked as it rendered
 * (`markedHtmlText`, `<tbody data-lines-marked>`) is passed over unparsed: a month of procurement is a hundred rows.
 */
import { randomUUID } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { markThaiLineBreaks } from './thai-line-breaks.ts';

const targetElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'td', 'dt', 'summary', 'figcaption', 'caption']);
const targetClasses = ['breadcrumbs', 'card', 'lead', 'tag', 'verdict', 'brand', 'link-list'];
const untouchedElements = new Set([
  'head',
  'script',
  'style',
  'code',
  'pre',
  'kbd',
  'samp',
  'textarea',
  'svg',
  'math',
  'template',
  'title',
  'option',
  'select',
]);
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Runs the page already keeps on one line. */
const untouchedClasses = ['nowrap', 'status', 'kw'];

const classesOf = (attributes: Record<string, string>) => (attributes.class ?? '').split(/\s+/);
const isTarget = (name: string, attributes: Record<string, string>) =>
  targetElements.has(name) || classesOf(attributes).some((name) => targetClasses.includes(name));
const isUntouched = (name: string, attributes: Record<string, string>) =>
  untouchedElements.has(name) || classesOf(attributes).some((name) => untouchedClasses.includes(name));

/** The opening of a table body whose cells are already marked (its component used `markedHtmlText`); the page keeps `<tbody`. */
export const markedTableBody = '<tbody data-lines-marked';

/** A text as a component writes it into a page with `set:html`: escaped by Astro's own escapeHTML (so it is the text the page would hold), then marked as this module marks a table cell's text. */
export function markedHtmlText(text: string, keepTogether: readonly string[] = []): string {
  return markThaiLineBreaks(escapeHTML(text), keepTogether);
}

/** The page's parts outside its already-marked table bodies: [start, end) offsets, in order. */
function partsOutsideMarkedBodies(html: string): [number, number][] {
  const parts: [number, number][] = [];
  let offset = 0;
  for (let at = html.indexOf(markedTableBody); at >= 0; at = html.indexOf(markedTableBody, offset)) {
    const close = html.indexOf('</tbody>', at);
    if (close < 0) break;
    parts.push([offset, at]);
    offset = close + '</tbody>'.length;
  }
  parts.push([offset, html.length]);
  return parts;
}

export function markLineBreaksInHtml(html: string, keepTogether: readonly string[] = []): string {
  const ranges: [number, number][] = [];
  const stack: { target: boolean; untouched: boolean }[] = [];
  let targetDepth = 0;
  let untouchedDepth = 0;
  /** Characters handed to the parser, and characters of the page left out before the part it is reading */
  let streamed = 0;
  let skipped = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (voidElements.has(name)) return;
        const entry = { target: isTarget(name, attributes), untouched: isUntouched(name, attributes) };
        stack.push(entry);
        if (entry.target) targetDepth += 1;
        if (entry.untouched) untouchedDepth += 1;
      },
      onclosetag(name) {
        if (voidElements.has(name)) return;
        const entry = stack.pop();
        if (entry?.target) targetDepth -= 1;
        if (entry?.untouched) untouchedDepth -= 1;
      },
      ontext() {
        if (targetDepth === 0 || untouchedDepth > 0) return;
        const [start, end] = [parser.startIndex + skipped, parser.endIndex + 1 + skipped];
        const last = ranges.at(-1);
        if (last && last[1] === start) last[1] = end;
        else ranges.push([start, end]);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  // A marked body is a whole element, so the parser is handed the page without it (a month's form is nearly all of its page);
  // its offsets count what it was handed, `skipped` the characters left out before the part it is reading.
  const parts = partsOutsideMarkedBodies(html);
  for (const [start, end] of parts) {
    skipped = start - streamed;
    parser.write(html.slice(start, end));
    streamed += end - start;
  }
  parser.end();
  let result = '';
  let offset = 0;
  for (const [start, end] of ranges) {
    result += html.slice(offset, start) + markThaiLineBreaks(html.slice(start, end), keepTogether);
    offset = end;
  }
  result += html.slice(offset);
  return parts.length === 1 ? result : result.replaceAll(markedTableBody, '<tbody');
}

const markerBytes = Buffer.from(markedTableBody);
const bodyEndBytes = Buffer.from('</tbody>');
const tagEnd = '>'.charCodeAt(0);

/**
 * markLineBreaksInHtml on a page's UTF-8 bytes, giving the same bytes as decoding, marking and encoding it. The rows of
 * a marked table body (nine tenths of a month's form page) stay bytes: the page is decoded with each such body's
 * content replaced by a comment of its own, marked, and the rows put back in the comments' place, so they are never
 * turned into text and back (each copy of a 175 KB page is memory the collector then has to reclaim).
 */
export function markLineBreaksInHtmlBytes(html: Uint8Array, keepTogether: readonly string[] = []): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  /** [start, end) of the rows of each marked body: from after its opening tag to its </tbody> */
  const rows: [number, number][] = [];
  for (let at = bytes.indexOf(markerBytes); at >= 0; at = bytes.indexOf(markerBytes, rows.at(-1)![1])) {
    // Our components write the marker's tag with plain attributes (FormRowsTable.astro): its first > ends it.
    const start = bytes.indexOf(tagEnd, at) + 1;
    const end = bytes.indexOf(bodyEndBytes, start);
    if (start === 0 || end < 0) break;
    rows.push([start, end]);
  }
  if (rows.length === 0) return Buffer.from(markLineBreaksInHtml(bytes.toString('utf8'), keepTogether), 'utf8');
  // A comment no page can hold: the rows are put back where it stands.
  const nonce = randomUUID();
  const placeholder = (index: number) => `<!--prongsai-rows-${nonce}-${index}-->`;
  let text = '';
  let offset = 0;
  rows.forEach(([start, end], index) => {
    text += bytes.toString('utf8', offset, start) + placeholder(index);
    offset = end;
  });
  text += bytes.toString('utf8', offset);
  const marked = markLineBreaksInHtml(text, keepTogether);
  const pieces: Uint8Array[] = [];
  let from = 0;
  rows.forEach(([start, end], index) => {
    const at = marked.indexOf(placeholder(index), from);
    pieces.push(Buffer.from(marked.slice(from, at), 'utf8'), bytes.subarray(start, end));
    from = at + placeholder(index).length;
  });
  pieces.push(Buffer.from(marked.slice(from), 'utf8'));
  return Buffer.concat(pieces);
}
