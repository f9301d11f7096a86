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

/** markedHtmlText, remembering each text's result: a year of procurement forms repeats its methods, shops and reasons thousands of times. */
export function rememberingMarker(keepTogether: readonly string[] = []): (text: string) => string {
  const marked = new Map<string, string>();
  return (text) => {
    let html = marked.get(text);
    if (html === undefined) marked.set(text, (html = markedHtmlText(text, keepTogether)));
    return html;
  };
}

/** The page with each already-marked table body blanked into a comment of the same length, so the offsets stay those of the page. */
function withMarkedBodiesBlanked(html: string): string {
  let at = html.indexOf(markedTableBody);
  if (at < 0) return html;
  let blanked = '';
  let offset = 0;
  for (; at >= 0; at = html.indexOf(markedTableBody, offset)) {
    const close = html.indexOf('</tbody>', at);
    if (close < 0) break;
    const end = close + '</tbody>'.length;
    blanked += html.slice(offset, at) + '<!--' + ' '.repeat(end - at - 7) + '-->';
    offset = end;
  }
  return blanked + html.slice(offset);
}

export function markLineBreaksInHtml(html: string, keepTogether: readonly string[] = []): string {
  const ranges: [number, number][] = [];
  const stack: { target: boolean; untouched: boolean }[] = [];
  let targetDepth = 0;
  let untouchedDepth = 0;
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
        const last = ranges.at(-1);
        if (last && last[1] === parser.startIndex) last[1] = parser.endIndex + 1;
        else ranges.push([parser.startIndex, parser.endIndex + 1]);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  const parsed = withMarkedBodiesBlanked(html);
  parser.end(parsed);
  let result = '';
  let offset = 0;
  for (const [start, end] of ranges) {
    result += html.slice(offset, start) + markThaiLineBreaks(html.slice(start, end), keepTogether);
    offset = end;
  }
  result += html.slice(offset);
  return parsed === html ? result : result.replaceAll(markedTableBody, '<tbody');
}
