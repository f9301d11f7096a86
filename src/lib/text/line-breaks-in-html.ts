/**
 * Marks Thai word boundaries (thai-line-breaks.ts) in the parts of a built page where a bad break hurts most and the
 * text is short: headings, breadcrumbs, cards, table and definition headers, summaries, captions, tags and the
 * header's agency name, table cells and lists of links (`.link-list`). Only those elements' text is touched; every other byte of the page stays as it was, and
 * nothing inside code, scripts, styles, SVG or the <head> is. A table body that its component marked as it rendered
 * (`markedHtmlText`, `<tbody data-lines-marked>`) is passed over unparsed: a month of procurement is a hundred rows.
 */
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
