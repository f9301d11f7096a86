/**
 * Generated Thai sites for measuring search (the generator itself is scripts/bench/lib/thai-corpus.ts), and the truth
 * search is measured against: what a reader sees of a built page, and whether a text contains a query.
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { copyFixtureSite, projectRoot, type ScratchSite } from './fixture-site.ts';
import { normalizeThaiText } from '../../src/lib/search/search-text.ts';
import { documentMarkdown, generateThaiDocuments, seedPieces } from '../bench/lib/thai-corpus.ts';

export { documentMarkdown, generateThaiDocuments, type GeneratedDocument } from '../bench/lib/thai-corpus.ts';

/**
 * A scratch copy of the minimal fixture site (or, `withExample`, of the example site's content) with `count` generated
 * documents of a type of their own: over the example, they are 1,000 distractors in the example's own vocabulary.
 */
export async function createGeneratedSite(name: string, count: number, { withExample = false } = {}): Promise<ScratchSite> {
  const site = await copyFixtureSite('minimal', name);
  if (withExample) {
    await rm(path.join(site.root, 'content'), { recursive: true, force: true });
    await cp(path.join(projectRoot, 'content'), path.join(site.root, 'content'), { recursive: true });
  }
  await site.edit('content/document-types.yaml', (text) => `${text.trimEnd()}\n  - id: generated-sample\n    th: ตัวอย่างที่สร้างขึ้น\n    en: Generated sample\n`);
  const documents = generateThaiDocuments(await seedPieces(projectRoot), count);
  await Promise.all(documents.map((document) => site.write(`content/documents/2567/${document.name}.md`, documentMarkdown(document, 'generated-sample'))));
  return site;
}

const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'br',
]);

/**
 * What a reader sees of a built page's searchable part: the text of its data-pagefind-body element without the parts
 * marked data-pagefind-ignore, with " | " between blocks (text in two paragraphs or cells is not one phrase), and the
 * page's kind and document type as its search result shows them. Independent of the indexing code, so it can serve as the truth search is measured against.
 */
export function searchablePageText(html: string): string | undefined {
  const document = parseDocument(html, { decodeEntities: true });
  const body = DomUtils.findOne((element) => 'data-pagefind-body' in element.attribs, document.children, true);
  if (!body) return undefined;
  const parts: string[] = [];
  type Node = { type: string; data?: string; name?: string; attribs?: Record<string, string>; children?: Node[] };
  const visit = (node: Node) => {
    if (node.type === 'text') parts.push(node.data ?? '');
    if (node.type !== 'tag' || !node.name || !node.attribs || !node.children || 'data-pagefind-ignore' in node.attribs || node.name === 'template') return;
    const block = blockElements.has(node.name);
    if (block) parts.push(' | ');
    node.children.forEach(visit);
    if (block) parts.push(' | ');
  };
  (body.children as Node[]).forEach(visit);
  // The words its search result shows of what the page is (its kind and document type) are searched as its title's.
  for (const element of DomUtils.findAll((node) => /^(kind|type):/.test(node.attribs['data-pagefind-meta'] ?? ''), document.children))
    parts.push(` | ${element.attribs['data-pagefind-meta']!.replace(/^\w+:/, '')} | `);
  return parts.join('');
}

/** Text as the truth compares it: one Thai spelling, lower case, no whitespace between Thai letters, single spaces. */
const comparable = (value: string) =>
  normalizeThaiText(value)
    .toLowerCase()
    .replace(/([\u0E01-\u0E4E])\s+(?=[\u0E01-\u0E4E])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
/** Pages' texts as compared, kept: a measurement asks each page about many queries. */
const comparableTexts = new Map<string, string>();

/**
 * The truth search is measured against: the text contains every term of the query — what any whitespace separates
 * outside quotation marks, a quoted phrase whole — ignoring case and, in the text and inside a phrase, whitespace
 * between Thai letters (a PDF's stray spaces), in one Thai spelling.
 */
export function textContains(text: string, query: string): boolean {
  const haystack = comparableTexts.get(text) ?? comparable(text);
  comparableTexts.set(text, haystack);
  // Every space typed outside quotation marks separates terms; a quoted phrase is one term, its Thai spaces ignored.
  const pieces = normalizeThaiText(query).split(/["\u201c\u201d]/);
  const terms = pieces.flatMap((piece, index) => (index % 2 === 1 ? [comparable(piece)] : piece.split(/\s+/).map(comparable))).filter(Boolean);
  return terms.length > 0 && terms.every((term) => haystack.includes(term));
}
