/**
 * A built page as the search index reads it: only its main content (the element marked data-pagefind-body), as blocks
 * of readable text with their weight, and what Pagefind would read from the same HTML — metadata
 * (data-pagefind-meta, the first h1 as the title), filters (data-pagefind-filter), sort keys (data-pagefind-sort),
 * weights (data-pagefind-weight and headings), parts left out (data-pagefind-ignore) and headings with an id. Text in
 * two blocks is never one phrase.
 */
import { Parser } from 'htmlparser2';
import { attachmentAttribute } from './search-facets.ts';

/** Elements whose text runs on with the text around them (a word may continue across them). */
export const inlineElements: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'meter',
  'output',
  'progress',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
/** Elements with no text a citizen searches for. */
export const droppedElements: ReadonlySet<string> = new Set([
  'audio',
  'button',
  'canvas',
  'embed',
  'form',
  'iframe',
  'img',
  'input',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'source',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);
/** Pagefind's weights of headings (a page's own data-pagefind-weight around them wins) */
export const headingWeights: Readonly<Record<string, number>> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };

/** Whitespace collapsed, as Pagefind stores captured values. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface SearchBlock {
  /** Readable text of one block (a heading, a paragraph, a cell, a list item, an attachment's paragraph) */
  text: string;
  /** Pagefind weight of the block's words: 1 normally, 7 for the h1, less for lists that only name other pages */
  weight: number;
}

export interface SearchAnchor {
  /** Element name, e.g. h2 */
  element: string;
  id: string;
  text: string;
  /** Index of the block the element starts */
  block: number;
}

export interface SearchPage {
  /** Site paths of the files attached to the page (links marked data-search-attachment), in page order */
  attachments: string[];
  /** The page's filters, by name */
  filters: Record<string, string[]>;
  /** The page's metadata in readable text, `title` included */
  meta: Record<string, string>;
  /** Sort keys */
  sort: Record<string, string>;
  /** The searchable text, block by block, in reading order */
  blocks: SearchBlock[];
  /** Headings with an id, where they start */
  anchors: SearchAnchor[];
}

/**
 * An element's readable text, collected as the page streams by, as a browser runs it together: a block element adds a
 * space before and after its text, a <br> a line break, and an element dropped or left out (data-pagefind-ignore) a
 * space and none of its text.
 */
interface Capture {
  text: string;
  /** Open elements inside the capture that leave their text out */
  suppressed: number;
}

/** Where an element's own text stands in for a meta, filter or sort value, read once the element closes. */
type AttributeValue = { kind: 'meta' | 'filter' | 'sort'; name: string } & ({ value: string } | { capture: Capture });

interface OpenElement {
  name: string;
  /** The element with data-pagefind-body */
  isBody: boolean;
  /** Read by the block walk (false inside a dropped element, where only captures and the title search go on) */
  walked: boolean;
  /** What the walk left out for this element's children */
  ignored: 'no' | 'index' | 'all';
  /** The weight a page set with data-pagefind-weight around (and on) this element, if any */
  weight: number | undefined;
  /** It started a block: the block is flushed when it closes and the weight before it comes back */
  block: boolean;
  previousWeight: number;
  /** It carries data-pagefind-ignore (any value): the title search does not look inside it */
  hasIgnore: boolean;
  /** Captures this element suspended (a dropped or ignored element) */
  suspends?: Capture[];
  /** Captures to which this block element adds a space when it closes */
  spaces?: Capture[];
  /** The capture this element started, if any */
  capture?: Capture;
}

/**
 * The page's searchable part, or undefined when the page has none (not every page belongs in search). Read in one pass
 * over the HTML as it streams by (no document tree: a month's procurement table has tens of thousands of elements).
 */
export function readSearchPage(html: string): SearchPage | undefined {
  // A page left out of search (a procurement row's, the 404) is not parsed at all.
  if (!html.includes('data-pagefind-body')) return undefined;
  const page: SearchPage = { attachments: [], filters: {}, meta: {}, sort: {}, blocks: [], anchors: [] };
  const attachments = new Set<string>();
  const values: AttributeValue[] = [];
  const anchorTexts: Capture[] = [];
  let title: Capture | undefined;
  let pending = '';
  let pendingWeight = 1;
  const flush = () => {
    if (!pending) return;
    const text = collapse(pending);
    if (text) page.blocks.push({ text, weight: pendingWeight });
    pending = '';
  };

  const stack: OpenElement[] = [];
  /** Captures open now (the elements that started them are on the stack) */
  const captures: Capture[] = [];
  let bodyFound = false;
  let bodyOpen = false;
  /** Open elements below the body with data-pagefind-ignore */
  let ignoreDepth = 0;
  const addToCaptures = (text: string) => {
    for (const capture of captures) if (capture.suppressed === 0) capture.text += text;
  };
  const startCapture = (element: OpenElement, leftOut: boolean): Capture => {
    if (element.capture) return element.capture;
    // An element dropped or left out itself reads as a space.
    const capture: Capture = { text: leftOut ? ' ' : '', suppressed: leftOut ? 1 : 0 };
    element.capture = capture;
    captures.push(capture);
    return capture;
  };

  /**
   * data-pagefind-meta / -filter / -sort as Pagefind reads them: "name:value" (what follows the first colon is the value
   * of the last name), "name" (the element's text) or "name[attribute]", several separated by commas.
   */
  const readAttributes = (element: OpenElement, attributes: Record<string, string>, leftOut: boolean) => {
    // Most elements carry none of the three: a page has thousands of elements, and a month's table tens of thousands.
    if (!('data-pagefind-meta' in attributes || 'data-pagefind-filter' in attributes || 'data-pagefind-sort' in attributes)) return;
    for (const kind of ['meta', 'filter', 'sort'] as const) {
      const value = attributes[`data-pagefind-${kind}`] ?? '';
      const colon = value.indexOf(':');
      const names = (colon >= 0 ? value.slice(0, colon) : value)
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      names.forEach((name, index) => {
        if (colon >= 0 && index === names.length - 1) return values.push({ kind, name, value: collapse(value.slice(colon + 1)) });
        const fromAttribute = /^([^[\]]+)\[([^\]]+)\]$/.exec(name);
        if (fromAttribute) return values.push({ kind, name: fromAttribute[1]!.trim(), value: collapse(attributes[fromAttribute[2]!.trim()] ?? '') });
        return values.push({ kind, name, capture: startCapture(element, leftOut) });
      });
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!bodyOpen) {
          const isBody = !bodyFound && 'data-pagefind-body' in attributes;
          if (isBody) bodyFound = bodyOpen = true;
          stack.push({ name, isBody, walked: false, ignored: 'no', weight: undefined, block: false, previousWeight: 1, hasIgnore: false });
          return;
        }
        const parent = stack.at(-1)!;
        const hasIgnore = 'data-pagefind-ignore' in attributes;
        const dropped = droppedElements.has(name);
        const leftOut = dropped || hasIgnore;
        const element: OpenElement = {
          name,
          isBody: false,
          walked: parent.walked || parent.isBody,
          ignored: parent.ignored,
          weight: parent.weight,
          block: false,
          previousWeight: pendingWeight,
          hasIgnore,
        };
        // What the captures already open read of this element.
        for (const capture of captures) {
          if (capture.suppressed > 0) continue;
          if (leftOut) {
            capture.text += ' ';
            capture.suppressed += 1;
            (element.suspends ??= []).push(capture);
          } else if (name === 'br') capture.text += '\n';
          else if (!inlineElements.has(name)) {
            capture.text += ' ';
            (element.spaces ??= []).push(capture);
          }
        }
        // The page's title, when no meta gives one: its first h1 not inside an ignored part.
        if (name === 'h1' && !title && ignoreDepth === 0) title = startCapture(element, leftOut);
        if (hasIgnore) ignoreDepth += 1;
        stack.push(element);
        if (!element.walked) return;

        const ignore = hasIgnore ? (attributes['data-pagefind-ignore'] === 'all' ? 'all' : 'index') : undefined;
        const ignored = parent.ignored === 'all' || ignore === 'all' ? 'all' : parent.ignored === 'index' || ignore === 'index' ? 'index' : 'no';
        element.ignored = ignored;
        if (ignored !== 'all') readAttributes(element, attributes, leftOut);
        if (ignored === 'no' && attachmentAttribute in attributes && attributes.href) attachments.add(attributes.href);
        if (dropped || name === 'br') {
          if (ignored === 'no') pending += dropped ? ' ' : '\n';
          element.walked = false;
          return;
        }
        const explicit = Number(attributes['data-pagefind-weight']);
        const ownWeight = Number.isFinite(explicit) && 'data-pagefind-weight' in attributes ? Math.min(10, Math.max(0, explicit)) : parent.weight;
        element.weight = ownWeight;
        element.block = !inlineElements.has(name) || ownWeight !== parent.weight;
        if (element.block) {
          flush();
          element.previousWeight = pendingWeight;
          pendingWeight = ownWeight ?? headingWeights[name] ?? pendingWeight;
        }
        if (ignored === 'no' && headingWeights[name] !== undefined && attributes.id) {
          page.anchors.push({ element: name, id: attributes.id, text: '', block: page.blocks.length });
          anchorTexts.push(startCapture(element, false));
        }
      },
      ontext(text) {
        if (!bodyOpen) return;
        addToCaptures(text);
        const parent = stack.at(-1)!;
        if ((parent.walked || parent.isBody) && parent.ignored === 'no') pending += text;
      },
      onclosetag() {
        const element = stack.pop();
        if (!element || !bodyOpen) return;
        if (element.isBody) {
          bodyOpen = false;
          return;
        }
        if (element.suspends) for (const capture of element.suspends) capture.suppressed -= 1;
        if (element.spaces) for (const capture of element.spaces) if (capture.suppressed === 0) capture.text += ' ';
        if (element.capture) captures.splice(captures.lastIndexOf(element.capture), 1);
        if (element.hasIgnore) ignoreDepth -= 1;
        if (element.walked && element.block) {
          flush();
          pendingWeight = element.previousWeight;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (!bodyFound) return undefined;
  flush();

  // In document order, each element's values where it opened: where two name one meta, the later element wins.
  for (const entry of values) {
    const value = 'value' in entry ? entry.value : collapse(entry.capture.text);
    if (!('value' in entry) && !value) continue;
    if (entry.kind === 'meta') page.meta[entry.name] = value;
    else if (entry.kind === 'sort') page.sort[entry.name] = value;
    else {
      const known = (page.filters[entry.name] ??= []);
      if (!known.includes(value)) known.push(value);
    }
  }
  page.anchors.forEach((anchor, index) => (anchor.text = collapse(anchorTexts[index]!.text)));
  if (!page.meta.title) {
    const text = title ? collapse(title.text) : '';
    if (text) page.meta.title = text;
  }
  page.attachments = [...attachments];
  return page;
}

/** Blocks of an attachment's text: its paragraphs (separated by blank lines). */
export function attachmentBlocks(text: string): SearchBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => collapse(paragraph))
    .filter(Boolean)
    .map((paragraph) => ({ text: paragraph, weight: 1 }));
}
