/**
 * What a content body may put on an official page, checked on the HTML it renders to (after Markdown, entities and
 * reference links are resolved), with an allow-list: anything else is reported, never silently dropped, so staff learn.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';

export type HtmlFinding =
  | { kind: 'element'; element: string }
  | { kind: 'attribute'; element: string; attribute: string; value: string }
  | { kind: 'url'; element: string; attribute: string; url: string }
  /** A picture from a local file (![…](./chart.png)), which Astro's Markdown marks for its image pipeline */
  | { kind: 'local-image'; element: string; src: string };

/** Elements Markdown produces, plus the few plain-HTML ones staff use for layout of text and tables. */
const allowedElements = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'del',
  'ins',
  'mark',
  'small',
  'sub',
  'sup',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'blockquote',
  'q',
  'cite',
  'abbr',
  'dfn',
  'time',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'section',
  'div',
  'span',
  'details',
  'summary',
  'input',
]);

const globalAttributes = new Set(['id', 'className', 'title', 'lang', 'dir', 'ariaDescribedBy', 'ariaLabel', 'ariaHidden', 'ariaLabelledBy']);
/** Attributes GFM footnotes carry. */
const footnoteAttributes = new Set(['dataFootnoteRef', 'dataFootnoteBackref', 'dataFootnotes']);
const attributesOf: Record<string, readonly string[]> = {
  a: ['href', 'rel', 'hrefLang'],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  th: ['colSpan', 'rowSpan', 'scope', 'align'],
  td: ['colSpan', 'rowSpan', 'align'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  col: ['span'],
  colgroup: ['span'],
  time: ['dateTime'],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  details: ['open'],
  input: ['type', 'checked', 'disabled'],
};
const urlAttributes = new Set(['href', 'src', 'cite']);
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// Any base works: a relative address resolves onto it and keeps its scheme; only the scheme is judged.
const base = 'https://prongsai.invalid/page/';

/** http(s), mailto, tel or a relative address, judged as a browser parses it (tabs, newlines and entities already folded). */
export function isAllowedUrl(value: string): boolean {
  try {
    return allowedSchemes.has(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

/** Markdown's table alignment is the one style an author's body may carry. */
const isTableAlignment = (element: string, value: string) =>
  (element === 'th' || element === 'td') && /^text-align:\s*(left|right|center);?$/i.test(value.trim());

/** An attribute value as a browser reads it: entities decoded (`&#106;` → `j`, `&colon;` → `:`). */
export function decodeAttributeValue(value: string): string {
  const root = fromHtml(`<a href="${value.replaceAll('"', '&quot;')}"></a>`, { fragment: true });
  const anchor = root.children[0];
  return anchor?.type === 'element' ? String(anchor.properties.href ?? '') : value;
}

/** HTML attribute name as written, from hast's property name (ariaLabel → aria-label, onClick → onclick). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return property.toLowerCase();
}

/** The attribute Astro's Markdown puts on a picture from a local file, for an image pipeline content does not use. */
const astroLocalImageAttribute = '__astro_image_';

/** The file the picture names, from the attribute's JSON ({"src":"./chart.png",…}); the raw value if it cannot be read. */
function localImageSource(value: string): string {
  try {
    const parsed = JSON.parse(value) as { src?: unknown };
    return typeof parsed.src === 'string' ? parsed.src : value;
  } catch {
    return value;
  }
}

function checkElement(node: Element, findings: HtmlFinding[]): boolean {
  const element = node.tagName.toLowerCase();
  if (!allowedElements.has(element)) {
    findings.push({ kind: 'element', element });
    return false;
  }
  const allowed = attributesOf[element] ?? [];
  for (const [property, raw] of Object.entries(node.properties)) {
    const value = Array.isArray(raw) ? raw.join(' ') : String(raw);
    const attribute = attributeName(property);
    if (property === 'style' && isTableAlignment(element, value)) continue;
    if (element === 'input' && property === 'type' && value !== 'checkbox') {
      findings.push({ kind: 'attribute', element, attribute, value });
      continue;
    }
    if (attribute.startsWith(astroLocalImageAttribute)) {
      findings.push({ kind: 'local-image', element, src: localImageSource(value) });
      continue;
    }
    if (!globalAttributes.has(property) && !footnoteAttributes.has(property) && !allowed.includes(property)) {
      findings.push({ kind: 'attribute', element, attribute, value });
      continue;
    }
    if (urlAttributes.has(property) && !isAllowedUrl(value)) findings.push({ kind: 'url', element, attribute, url: value });
  }
  return true;
}

/** Everything in a rendered body that the allow-list does not let through. */
export function findUnsafeHtml(html: string): HtmlFinding[] {
  const findings: HtmlFinding[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element' && !checkElement(node, findings)) return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(fromHtml(html, { fragment: true }));
  return findings;
}
