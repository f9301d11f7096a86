/**
 * Writes a site's search index in Pagefind 1.6's format (pagefind-format.ts) from the pages' readable text: the
 * fragments, metadata and filters hold the text as written, so any Pagefind client can show a result; only the word
 * chunks hold this site's search tokens (search-text.ts). One index at any size: this writer keeps the postings in
 * compact arrays, where Pagefind's indexer held every page's words in memory and had to be run in parts.
 *
 * Pages are numbered newest first (by their sort date; pages without one after, in path order), so "newest first" is
 * the order of the page numbers, which a result's id carries: a page's id is the index's tag (a hash of everything it
 * holds, so a new index never reuses an old file name) followed by its number in base 36.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeCbor, encodeCborArrayHead, encodeLocations, packFile, storedWeight, type CborValue } from './pagefind-format.ts';
import { textPositions, textTokens } from './search-text.ts';
import type { SearchAnchor, SearchBlock } from './search-records.ts';
import { pageIdTagLength } from './search-facets.ts';

export interface IndexPage {
  /** Site path, e.g. /documents/2567/plan/ */
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** ISO date the page is dated (its sort key), if any */
  date?: string;
  blocks: SearchBlock[];
  anchors: SearchAnchor[];
}

/** Pagefind's search code, written by Pagefind for an empty index */
export interface PagefindRuntime {
  version: string;
  /** File name → bytes: pagefind.js, pagefind-worker.js and the WebAssembly */
  files: Map<string, Uint8Array>;
  includeCharacters: string[];
}

export interface WrittenIndex {
  pages: number;
  /** Page URL → result id */
  ids: Map<string, string>;
  /** Pages numbered before this one have a date (newest first) */
  datedPages: number;
  /** File name of the metadata, e.g. pagefind.und_k3f9a.pf_meta */
  metaFile: string;
  chunks: number;
}

/** Raw (CBOR) bytes after which a word chunk is closed (about 16 KB gzip): a balance, measured at 5,000 documents, between the chunk list every first search loads and the chunk each tile needs. */
export const defaultChunkBytes = 24_000;

/** Pagefind ends a block whose last character is a word character with a full stop. */
const sentenceEnd = /[\p{L}\p{N}_'")$*]$/u;

/** The content Pagefind stores for a page: its blocks as one text. */
export function fragmentContent(blocks: readonly SearchBlock[]): string {
  return blocks.map((block) => (sentenceEnd.test(block.text) ? `${block.text}.` : block.text)).join(' ');
}

/**
 * A chunk's boundaries as Pagefind writes them: between two chunks, the last word of one and the first of the next cut
 * one character after what they share, so the first boundary sorts before the second and the words of each chunk lie
 * between its own.
 */
function boundaries(last: string, next: string): [string, string] {
  let common = 0;
  while (common < last.length && common < next.length && last[common] === next[common]) common += 1;
  return [last.slice(0, common + 1), next.slice(0, common + 1)];
}

const base36 = (value: number) => value.toString(36);

export async function writeSearchIndex(outputDir: string, pages: readonly IndexPage[], runtime: PagefindRuntime, chunkBytes = defaultChunkBytes): Promise<WrittenIndex> {
  // Newest first; pages without a date after the dated ones, in path order.
  const ordered = [...pages].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const datedPages = ordered.filter((page) => page.date).length;

  /** Word → per page: page number, number of locations, then weight × 2^32 + position for each */
  const postings = new Map<string, number[]>();
  const wordCounts: number[] = [];
  const fragments: string[] = [];
  const filterPages = new Map<string, Map<string, number[]>>();
  const metaFields = new Set<string>();
  ordered.forEach((page, number) => {
    const here = new Map<string, number[]>();
    const blockStarts: number[] = [];
    // The title from 0, the rest after (search-text.ts).
    let units = 0;
    let position = textPositions;
    page.blocks.forEach((block, index) => {
      const tokens = textTokens(block.text);
      const title = index === 0 && block.text === page.meta.title && tokens.length <= textPositions;
      let at = title ? 0 : position;
      blockStarts.push(at);
      const weight = storedWeight(block.weight);
      for (const token of tokens) {
        let locations = here.get(token);
        if (!locations) here.set(token, (locations = []));
        locations.push(weight * 2 ** 32 + at);
        at += 1;
        units += 1;
      }
      if (!title) position = at;
    });
    for (const [word, locations] of here) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = []));
      list.push(number, locations.length);
      for (const location of locations) list.push(location);
    }
    wordCounts.push(units);
    for (const [name, values] of Object.entries(page.filters)) {
      let byValue = filterPages.get(name);
      if (!byValue) filterPages.set(name, (byValue = new Map()));
      for (const value of values) {
        let numbers = byValue.get(value);
        if (!numbers) byValue.set(value, (numbers = []));
        numbers.push(number);
      }
    }
    for (const name of Object.keys(page.meta)) metaFields.add(name);
    fragments.push(
      JSON.stringify({
        url: page.url,
        content: fragmentContent(page.blocks),
        word_count: units,
        filters: page.filters,
        meta: page.meta,
        anchors: page.anchors.map((anchor) => ({ element: anchor.element, id: anchor.id, text: anchor.text, location: blockStarts[anchor.block] ?? position })),
      }),
    );
  });

  const fields = [...metaFields].sort();
  // Word chunks, in word order: each word's entry encoded once, a chunk closed once it holds `chunkBytes`.
  const chunks: { entries: Uint8Array[]; words: number; first: string; last: string }[] = [];
  let current: { entries: Uint8Array[]; words: number; first: string; last: string; bytes: number } | undefined;
  for (const word of [...postings.keys()].sort()) {
    const list = postings.get(word)!;
    const pages: CborValue[] = [];
    let previousPage = 0;
    for (let index = 0; index < list.length; ) {
      const number = list[index]!;
      const count = list[index + 1]!;
      const positions: number[] = [];
      const weights: number[] = [];
      for (let at = index + 2; at < index + 2 + count; at += 1) {
        positions.push(list[at]! % 2 ** 32);
        weights.push(Math.floor(list[at]! / 2 ** 32));
      }
      index += 2 + count;
      pages.push([number - previousPage, encodeLocations(positions, weights), []]);
      previousPage = number;
    }
    postings.delete(word);
    const entry = Uint8Array.from(encodeCbor([word, pages, []]));
    if (!current) current = { entries: [], words: 0, first: word, last: word, bytes: 0 };
    current.entries.push(entry);
    current.words += 1;
    current.last = word;
    current.bytes += entry.length;
    if (current.bytes >= chunkBytes) {
      chunks.push(current);
      current = undefined;
    }
  }
  if (current) chunks.push(current);

  // The tag: a hash of all that the index holds, so that no file name of another index means something else.
  const digest = createHash('sha256');
  for (const fragment of fragments) digest.update(fragment);
  for (const chunk of chunks) digest.update(`${chunk.first}\n${chunk.last}\n${chunk.words}\n`);
  digest.update(runtime.version);
  const tag = BigInt(`0x${digest.digest('hex').slice(0, 16)}`).toString(36).padStart(pageIdTagLength, '0').slice(0, pageIdTagLength);
  const id = (number: number) => `${tag}${base36(number)}`;

  await Promise.all(['index', 'filter', 'fragment'].map((folder) => mkdir(path.join(outputDir, folder), { recursive: true })));
  const files: [string, Uint8Array][] = [];
  const chunkList: CborValue[] = chunks.map((chunk, index) => {
    const from = index === 0 ? chunk.first.slice(0, 1) : boundaries(chunks[index - 1]!.last, chunk.first)[1];
    const to = index === chunks.length - 1 ? chunk.last : boundaries(chunk.last, chunks[index + 1]!.first)[0];
    // [[entry, …]]: an array of one array of the words' entries.
    const head = [...encodeCborArrayHead(1), ...encodeCborArrayHead(chunk.words)];
    const body = new Uint8Array(head.length + chunk.entries.reduce((sum, entry) => sum + entry.length, 0));
    body.set(head);
    let offset = head.length;
    for (const entry of chunk.entries) {
      body.set(entry, offset);
      offset += entry.length;
    }
    files.push([path.join('index', `${id(index)}.pf_index`), packFile(body)]);
    return [from, to, id(index)];
  });
  const filterList: CborValue[] = [...filterPages.keys()].sort().map((name, index) => {
    const byValue = filterPages.get(name)!;
    const values: CborValue[] = [...byValue.keys()].sort().map((value) => [value, byValue.get(value)!]);
    files.push([path.join('filter', `${id(index)}.pf_filter`), packFile(encodeCbor([name, values]))]);
    return [name, id(index)];
  });
  fragments.forEach((fragment, number) => files.push([path.join('fragment', `${id(number)}.pf_fragment`), packFile(new TextEncoder().encode(fragment))]));
  const meta: CborValue = [runtime.version, ordered.map((_, number) => [id(number), wordCounts[number]!, '']), chunkList, filterList, [], fields];
  const hash = `und_${tag}`;
  const metaFile = `pagefind.${hash}.pf_meta`;
  files.push([metaFile, packFile(encodeCbor(meta))]);
  files.push(['pagefind-entry.json', new TextEncoder().encode(JSON.stringify({ version: runtime.version, languages: { und: { hash, wasm: null, page_count: ordered.length } }, include_characters: runtime.includeCharacters }))]);
  for (const [name, bytes] of runtime.files) files.push([name, bytes]);
  // A few files at a time: ten thousand at once would exhaust file handles.
  for (let start = 0; start < files.length; start += 64) {
    await Promise.all(files.slice(start, start + 64).map(([name, bytes]) => writeFile(path.join(outputDir, name), bytes)));
  }
  return { pages: ordered.length, ids: new Map(ordered.map((page, number) => [page.url, id(number)])), datedPages, metaFile, chunks: chunks.length };
}
