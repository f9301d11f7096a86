/**
 * Generated Thai documents for measuring search: text cut from the seed report (tests/fixtures/search/) in pieces,
 * shuffled and joined with or without spaces, so every phrase appears in many different surroundings — the situation
 * in which word segmentation splits the same phrase differently.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { copyFixtureSite, projectRoot, type ScratchSite } from './fixture-site.ts';
import { normalizeThaiText } from '../../src/lib/search/search-text.ts';

/** A seeded random number generator (mulberry32), so a corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed's whitespace-separated pieces that contain Thai, without characters Markdown would read as markup. */
export async function seedPieces(): Promise<string[]> {
  const seed = await readFile(path.join(projectRoot, 'tests/fixtures/search/seed-measures-report.txt'), 'utf8');
  return seed.split(/\s+/).filter((piece) => /[\u0E01-\u0E5B]/.test(piece) && /^[\u0E01-\u0E5B0-9A-Za-z.,()/:%"“”-]+$/.test(piece));
}

export interface GeneratedDocument {
  /** File name without extension, e.g. gen-0001 */
  name: string;
  text: string;
}

/** `count` documents of 40–160 seed pieces each, read from random places in the seed, half of them joined without a space. */
export function generateThaiDocuments(pieces: readonly string[], count: number, seed = 1): GeneratedDocument[] {
  const next = random(seed);
  const documents: GeneratedDocument[] = [];
  for (let number = 1; number <= count; number += 1) {
    const length = 40 + Math.floor(next() * 120);
    let position = Math.floor(next() * pieces.length);
    let text = '';
    for (let piece = 0; piece < length; piece += 1) {
      if (next() < 0.25) position = Math.floor(next() * pieces.length);
      text += (piece === 0 ? '' : next() < 0.5 ? ' ' : '') + pieces[position % pieces.length];
      position += 1;
    }
    documents.push({ name: `gen-${String(number).padStart(4, '0')}`, text });
  }
  return documents;
}

/** A generated document as a Markdown file of the example site's content model. */
export function documentMarkdown(document: GeneratedDocument, type: string): string {
  return `---\ntitle: เอกสารทดสอบ ${document.name}\ntype: ${type}\nfiscalYear: 2567\npublished: 2567-01-15\n---\n\n${document.text}\n`;
}

/** A scratch copy of the minimal fixture site with `count` generated documents of a type of their own. */
export async function createGeneratedSite(name: string, count: number): Promise<ScratchSite> {
  const site = await copyFixtureSite('minimal', name);
  await site.edit('content/document-types.yaml', (text) => `${text.trimEnd()}\n  - id: generated-sample\n    th: ตัวอย่างที่สร้างขึ้น\n    en: Generated sample\n`);
  const documents = generateThaiDocuments(await seedPieces(), count);
  await Promise.all(documents.map((document) => site.write(`content/documents/2567/${document.name}.md`, documentMarkdown(document, 'generated-sample'))));
  return site;
}

const blockElements = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul', 'br']);

/**
 * What a reader sees of a built page's searchable part: the text of its data-pagefind-body element without the parts
 * marked data-pagefind-ignore, with " | " between blocks (text in two paragraphs or cells is not one phrase).
 * Independent of the indexing code, so it can serve as the truth search is measured against.
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
  return parts.join('');
}

/**
 * The truth search is measured against: the text contains every whitespace-separated term of the query, ignoring
 * case and whitespace between Thai letters (Thai spaces are pauses, not word boundaries), in one Thai spelling.
 */
export function textContains(text: string, query: string): boolean {
  const comparable = (value: string) =>
    normalizeThaiText(value)
      .toLowerCase()
      .replace(/([\u0E01-\u0E4E])\s+(?=[\u0E01-\u0E4E])/g, '$1')
      .replace(/\s+/g, ' ');
  const haystack = comparable(text);
  const terms = comparable(query).split(' ').filter(Boolean);
  return terms.length > 0 && terms.every((term) => haystack.includes(term));
}
