/**
 * The reference reading of a built page for the search index: the document-tree implementation that
 * src/lib/search/search-records.ts replaced with a one-pass reading (no tree). Kept as the oracle of the differential
 * tests (tests/unit/search-records.test.ts, tests/e2e/search-records-tree.test.ts): both must give the same record for
 * every page. The element classes (inline, dropped, heading weights) are the index's own, imported.
 */
import { parseDocument } from 'htmlparser2';
import { attachmentAttribute } from '../../src/lib/search/search-facets.ts';
import { collapse, droppedElements, headingWeights, inlineElements, type SearchPage } from '../../src/lib/search/search-records.ts';

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

/** Readable text of a node, as a browser would run it together. */
function textOf(node: HtmlNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node) || droppedElements.has(node.name) || 'data-pagefind-ignore' in node.attribs) return ' ';
  if (node.name === 'br') return '\n';
  const inner = node.children.map(textOf).join('');
  return inlineElements.has(node.name) ? inner : ` ${inner} `;
}

/**
 * A data-pagefind-meta / -filter / -sort attribute as Pagefind reads it: "name:value" (what follows the first colon is
 * the value of the last name), "name" (the element's text) or "name[attribute]", several separated by commas.
 */
function attributePairs(value: string, element: HtmlElement): [string, string][] {
  const colon = value.indexOf(':');
  const names = (colon >= 0 ? value.slice(0, colon) : value)
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.flatMap((name, index): [string, string][] => {
    if (colon >= 0 && index === names.length - 1) return [[name, collapse(value.slice(colon + 1))]];
    const fromAttribute = /^([^[\]]+)\[([^\]]+)\]$/.exec(name);
    if (fromAttribute) return [[fromAttribute[1]!.trim(), collapse(element.attribs[fromAttribute[2]!.trim()] ?? '')]];
    const text = collapse(textOf(element));
    return text ? [[name, text]] : [];
  });
}

function findElement(nodes: HtmlNode[], test: (element: HtmlElement) => boolean, skipIgnored = false): HtmlElement | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) return node;
    if (skipIgnored && 'data-pagefind-ignore' in node.attribs) continue;
    const found = findElement(node.children, test, skipIgnored);
    if (found) return found;
  }
  return undefined;
}

/** The page's searchable part, or undefined when the page has none (not every page belongs in search). */
export function readSearchPageFromTree(html: string): SearchPage | undefined {
  // A page left out of search (a procurement row's, the 404) is not parsed at all.
  if (!html.includes('data-pagefind-body')) return undefined;
  const document = parseDocument(html, { decodeEntities: true }) as unknown as { children: HtmlNode[] };
  const body = findElement(document.children, (element) => 'data-pagefind-body' in element.attribs);
  if (!body) return undefined;
  const page: SearchPage = { attachments: [], filters: {}, meta: {}, sort: {}, blocks: [], anchors: [] };
  const attachments = new Set<string>();
  let pending = '';
  let pendingWeight = 1;
  const flush = () => {
    const text = collapse(pending);
    if (text) page.blocks.push({ text, weight: pendingWeight });
    pending = '';
  };

  const readAttributes = (element: HtmlElement) => {
    const attributes = element.attribs;
    // Most elements carry none of the three: a page has thousands of elements, and a month's table tens of thousands.
    if (!('data-pagefind-meta' in attributes || 'data-pagefind-filter' in attributes || 'data-pagefind-sort' in attributes)) return;
    for (const [name, value] of attributePairs(element.attribs['data-pagefind-meta'] ?? '', element)) page.meta[name] = value;
    for (const [name, value] of attributePairs(element.attribs['data-pagefind-filter'] ?? '', element)) {
      const values = (page.filters[name] ??= []);
      if (!values.includes(value)) values.push(value);
    }
    for (const [name, value] of attributePairs(element.attribs['data-pagefind-sort'] ?? '', element)) page.sort[name] = value;
  };

  /** `weight`: the weight a page set with data-pagefind-weight around this element, if any */
  const visit = (node: HtmlNode, weight: number | undefined, ignored: 'no' | 'index' | 'all') => {
    if (isText(node)) {
      if (ignored === 'no') pending += node.data;
      return;
    }
    if (!isElement(node)) return;
    const attributes = node.attribs;
    const ignore = 'data-pagefind-ignore' in attributes ? (attributes['data-pagefind-ignore'] === 'all' ? 'all' : 'index') : undefined;
    const nowIgnored = ignored === 'all' || ignore === 'all' ? 'all' : ignored === 'index' || ignore === 'index' ? 'index' : 'no';
    if (nowIgnored !== 'all') readAttributes(node);
    if (nowIgnored === 'no' && attachmentAttribute in attributes && attributes.href) attachments.add(attributes.href);
    if (droppedElements.has(node.name)) {
      if (nowIgnored === 'no') pending += ' ';
      return;
    }
    if (node.name === 'br') {
      if (nowIgnored === 'no') pending += '\n';
      return;
    }
    const explicit = Number(attributes['data-pagefind-weight']);
    const ownWeight = Number.isFinite(explicit) && 'data-pagefind-weight' in attributes ? Math.min(10, Math.max(0, explicit)) : weight;
    const block = !inlineElements.has(node.name) || ownWeight !== weight;
    const previousWeight = pendingWeight;
    if (block) {
      flush();
      pendingWeight = ownWeight ?? headingWeights[node.name] ?? pendingWeight;
    }
    if (nowIgnored === 'no' && headingWeights[node.name] !== undefined && attributes.id) {
      page.anchors.push({ element: node.name, id: attributes.id, text: collapse(textOf(node)), block: page.blocks.length });
    }
    for (const child of node.children) visit(child, ownWeight, nowIgnored);
    if (block) {
      flush();
      pendingWeight = previousWeight;
    }
  };
  for (const child of body.children) visit(child, undefined, 'no');
  flush();

  if (!page.meta.title) {
    const heading = findElement(body.children, (element) => element.name === 'h1', true);
    const title = heading ? collapse(textOf(heading)) : '';
    if (title) page.meta.title = title;
  }
  page.attachments = [...attachments];
  return page;
}
