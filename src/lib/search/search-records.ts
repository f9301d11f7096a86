/**
 * A built page as the search index reads it: only its main content (the element marked data-pagefind-body), with the
 * text written as search tokens (search-text.ts) and the text of its attached files added. Elements, headings (for
 * weighting), ids (for sub-results) and data-pagefind-* attributes stay as they are, so Pagefind still reads filters,
 * metadata, sort keys and weights; metadata and filters taken from an element's text are kept readable.
 */
import { parseDocument } from 'htmlparser2';
import { encodeSearchText } from './search-text.ts';
import { attachmentAttribute } from './search-facets.ts';

interface HtmlNode {
  type: string;
}
interface HtmlElement extends HtmlNode {
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
}
interface HtmlText extends HtmlNode {
  data: string;
}

const isElement = (node: HtmlNode): node is HtmlElement => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const isText = (node: HtmlNode): node is HtmlText => node.type === 'text';

/** Elements whose text runs on with the text around them (a word may continue across them). */
const inlineElements = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'label', 'mark', 'meter', 'output', 'progress', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
/** Elements with no text a citizen searches for. */
const droppedElements = new Set(['audio', 'button', 'canvas', 'embed', 'form', 'iframe', 'img', 'input', 'noscript', 'object', 'picture', 'script', 'select', 'source', 'style', 'svg', 'template', 'textarea', 'video']);
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const capturingAttributes = ['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort'];

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

function openTag(element: HtmlElement, attributes = element.attribs): string {
  const rendered = Object.entries(attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `<${element.name}${rendered.join('')}>`;
}
const closeTag = (element: HtmlElement) => (voidElements.has(element.name) ? '' : `</${element.name}>`);

/** The element as it was (what Pagefind reads metadata and filters from, and what it leaves out when ignored). */
function raw(node: HtmlNode): string {
  if (isText(node)) return escapeText(node.data);
  if (!isElement(node) || node.type !== 'tag') return '';
  return openTag(node) + node.children.map(raw).join('') + closeTag(node);
}

/** Readable text of a node, as a browser would run it together. */
function textOf(node: HtmlNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node) || droppedElements.has(node.name)) return ' ';
  if (node.name === 'br') return '\n';
  const inner = node.children.map(textOf).join('');
  return inlineElements.has(node.name) ? inner : ` ${inner} `;
}

const isIgnored = (element: HtmlElement) => 'data-pagefind-ignore' in element.attribs;
/**
 * data-pagefind-filter="type" (from the text) rather than "type:plan" or "image[src]" (from an attribute). The title
 * is the exception: it is kept in search tokens, so Pagefind's extra weight for words of the title applies to queries.
 */
const capturesText = (element: HtmlElement) =>
  capturingAttributes.some((name) => name in element.attribs && !/[:[]/.test(element.attribs[name]!) && !(name === 'data-pagefind-meta' && element.attribs[name] === 'title'));
/** Elements Pagefind reads for more than their text, which must keep their place in the indexed HTML. */
const isSpecial = (element: HtmlElement): boolean => 'id' in element.attribs || Object.keys(element.attribs).some((name) => name.startsWith('data-pagefind-'));
const hasSpecialInside = (element: HtmlElement): boolean => element.children.some((child) => isElement(child) && (isSpecial(child) || hasSpecialInside(child)));

function renderChildren(children: HtmlNode[]): string {
  let pending = '';
  let html = '';
  const flush = () => {
    const tokens = encodeSearchText(pending);
    if (tokens) html += ` ${tokens} `;
    pending = '';
  };
  for (const child of children) {
    if (isText(child)) pending += child.data;
    else if (!isElement(child)) continue;
    else if (droppedElements.has(child.name) || child.name === 'br') pending += textOf(child);
    else if (inlineElements.has(child.name) && !isSpecial(child) && !hasSpecialInside(child)) pending += textOf(child);
    else {
      flush();
      html += renderElement(child);
    }
  }
  flush();
  return html;
}

function renderElement(element: HtmlElement): string {
  if (isIgnored(element)) return raw(element);
  if (capturesText(element)) {
    // Pagefind reads the readable copy's metadata or filter but not its text; the copy after it is what search finds.
    const { id, ...readable } = element.attribs;
    const searchable = Object.fromEntries(Object.entries(element.attribs).filter(([name]) => !capturingAttributes.includes(name)));
    const wrapper = inlineElements.has(element.name) ? 'span' : 'div';
    const readableCopy = openTag(element, readable) + element.children.map(raw).join('') + closeTag(element);
    return `<${wrapper} data-pagefind-ignore>${readableCopy}</${wrapper}>${openTag(element, searchable)}${renderChildren(element.children)}${closeTag(element)}`;
  }
  return openTag(element) + renderChildren(element.children) + closeTag(element);
}

function findElement(nodes: HtmlNode[], test: (element: HtmlElement) => boolean, skipIgnored = false): HtmlElement | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) return node;
    if (skipIgnored && isIgnored(node)) continue;
    const found = findElement(node.children, test, skipIgnored);
    if (found) return found;
  }
  return undefined;
}

function collectElements(nodes: HtmlNode[], test: (element: HtmlElement) => boolean, found: HtmlElement[] = []): HtmlElement[] {
  for (const node of nodes) {
    if (!isElement(node) || isIgnored(node)) continue;
    if (test(node)) found.push(node);
    collectElements(node.children, test, found);
  }
  return found;
}

export interface SearchPage {
  /** Site paths of the files attached to the page (links marked data-search-attachment), in page order */
  attachments: string[];
  /** The page's filters given in attributes (data-pagefind-filter="kind:oit-item"), by name */
  filters: Record<string, string[]>;
  /** The HTML to index: the main content in search tokens, followed by the attachments' text */
  indexHtml(attachmentTexts: readonly string[]): string;
}

/** The page's searchable part, or undefined when the page has none (not every page belongs in search). */
export function readSearchPage(html: string): SearchPage | undefined {
  const document = parseDocument(html, { decodeEntities: true }) as unknown as { children: HtmlNode[] };
  const body = findElement(document.children, (element) => 'data-pagefind-body' in element.attribs);
  if (!body) return undefined;
  // Without an explicit title Pagefind takes the first h1, which must stay readable.
  const hasTitle = findElement(body.children, (element) => /^title(?:$|[:[])/.test(element.attribs['data-pagefind-meta'] ?? ''));
  const firstHeading = hasTitle ? undefined : findElement(body.children, (element) => element.name === 'h1', true);
  if (firstHeading && !('data-pagefind-meta' in firstHeading.attribs)) firstHeading.attribs['data-pagefind-meta'] = 'title';
  const attachments = [...new Set(collectElements(body.children, (element) => attachmentAttribute in element.attribs && Boolean(element.attribs.href)).map((link) => link.attribs.href!))];
  const filters: Record<string, string[]> = {};
  for (const element of collectElements(body.children, (candidate) => /^[^:[\]]+:./.test(candidate.attribs['data-pagefind-filter'] ?? ''))) {
    const [name, ...value] = element.attribs['data-pagefind-filter']!.split(':');
    (filters[name!] ??= []).push(value.join(':'));
  }
  return {
    attachments,
    filters,
    indexHtml(attachmentTexts) {
      const attached = attachmentTexts
        .flatMap((text) => text.split(/\n\s*\n/))
        .map((paragraph) => encodeSearchText(paragraph))
        .filter(Boolean)
        .map((tokens) => `<p>${tokens}</p>`)
        .join('');
      const section = attached ? `<section>${attached}</section>` : '';
      return `<!doctype html><html lang="th"><head><meta charset="utf-8"></head><body>${openTag(body)}${renderChildren(body.children)}${section}${closeTag(body)}</body></html>`;
    },
  };
}
