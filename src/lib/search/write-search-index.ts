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
import { CborWriter, encodeCbor, encodeLocations, packFileAsync, storedWeight, type CborValue } from './pagefind-format.ts';
import { TokenKeys, textPositions, tokenUnits } from './search-text.ts';
import { pageSets, type PageSet } from './page-sets.ts';
import { TokenTable } from './token-table.ts';
import type { SearchAnchor, SearchBlock } from './search-records.ts';
import { pageIdTagLength, pageLabels, termChunkLimit, vocabularyFileOfTag } from './search-facets.ts';
import { boundedPending } from '../build/pool.ts';
import { Uint32List } from './uint32-list.ts';
import { inThreadVocabulary, vocabularyCharacters, type VocabularyCounter } from './vocabulary.ts';
import type { ChunkEntry, FilterRecord, FilterValue, FragmentRecord, MetaRecord, PageEntry } from './pagefind-records.ts';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = (bytes: Uint8Array) => promisify(gzip)(bytes, { level: 9 }).then((packed) => new Uint8Array(packed));

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
  /** What every result id begins with (search-facets.ts, pageIdTagLength) */
  tag: string;
  pages: number;
  /** Page URL → result id */
  ids: Map<string, string>;
  /** Pages numbered before this one have a date (newest first) */
  datedPages: number;
  /** File name of the metadata, e.g. pagefind.und_k3f9a.pf_meta */
  metaFile: string;
  /** File name of the index's vocabulary (gzip of one word per line, most frequent first), for spelling suggestions; '' for a merged index that counted no words */
  vocabularyFile: string;
  chunks: number;
}

/** Raw (CBOR) bytes after which a word chunk is closed (about 16 KB gzip): a balance, measured at 5,000 documents, between the chunk list every first search loads and the chunk each tile needs. */
export const defaultChunkBytes = 24_000;
/**
 * A prefix whose tokens fill about as many chunks as a search may load gets a page-set token (page-sets.ts); a word
 * just under the size, that a search still finds too costly, is named as too short, as before (missingPageSets).
 */
export const pageSetChunks = termChunkLimit - 2;

/**
 * The text stored for a page: its blocks as one text, one space apart. (Pagefind's indexer ends a block that ends in a
 * letter with a full stop; a result's excerpt then read "หมวด. … ปีงบประมาณ. 2567." — fields are not sentences.)
 */
export function fragmentContent(blocks: readonly SearchBlock[]): string {
  return blocks.map((block) => block.text).join(' ');
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

/** A location is position × 256 + weight in 32 bits: a page's text past 16.7 million units (a PDF of thousands of pages) is left out rather than wrapped. */
const lastPosition = 2 ** 24 - 1;
/** Positions left empty between the title and each label after it, so a phrase never runs from one into the next */
const labelGap = 2;

/** Writes files a few at a time while the next ones are made (ten thousand at once would exhaust file handles). */
function fileWriter(outputDir: string) {
  const pending = boundedPending(32);
  return {
    /** Writes `bytes` as they are (or will be), or packed as a Pagefind file (compressed in zlib's threads meanwhile) */
    write(name: string, bytes: Uint8Array | Promise<Uint8Array>, pack = true): Promise<void> {
      return pending.add(
        (pack ? Promise.resolve(bytes).then(packFileAsync) : Promise.resolve(bytes)).then((packed) => writeFile(path.join(outputDir, name), packed)),
      );
    },
    done: () => pending.drain(),
  };
}

/** A page as added: its record (its blocks grow when its attachments' text is added) and where its text stands. */
interface AddedPage {
  page: IndexPage;
  /** The blocks its stored copy holds: all of the page's own, the first part of a long attachment's */
  stored: SearchBlock[];
  /** Tokens in the page */
  units: number;
  /** Position of the next token after the title */
  position: number;
  /** Where each block starts */
  blockStarts: number[];
  /** The page's stored copy (its fragment), packed once the page is complete */
  fragment?: Promise<Uint8Array>;
  /** Characters of its text the vocabulary has read */
  vocabularyRead: number;
}

/** The first `characters` of the blocks' text, whole blocks then the start of the next, marked cut with "…". */
export function storedPart(blocks: readonly SearchBlock[], characters: number): SearchBlock[] {
  const kept: SearchBlock[] = [];
  let left = characters;
  for (const block of blocks) {
    if (block.text.length <= left) {
      kept.push(block);
      left -= block.text.length;
      continue;
    }
    // Cut at a space when there is one in the last fifth, so a word is not split.
    const space = block.text.lastIndexOf(' ', left);
    const cut = space > left * 0.8 ? space : left;
    kept.push({ ...block, text: `${block.text.slice(0, cut).trimEnd()} …` });
    break;
  }
  return kept;
}

/** A page's stored copy, as Pagefind's fragment file holds it (before packing). */
function fragmentBytes({ page, stored, units, blockStarts, position }: AddedPage): Uint8Array {
  const fragment: FragmentRecord = {
    url: page.url,
    content: fragmentContent(stored),
    word_count: units,
    filters: page.filters,
    meta: page.meta,
    anchors: page.anchors.map((anchor) => ({ element: anchor.element, id: anchor.id, text: anchor.text, location: blockStarts[anchor.block] ?? position })),
  };
  return new TextEncoder().encode(JSON.stringify(fragment));
}

/**
 * A search index being built: pages are tokenized as they are added, in any order (as Astro renders them), and numbered
 * only when the index is written. Every token occurrence is kept in compact arrays: its token's number and position ×
 * 256 + weight, in runs of one page's consecutive blocks.
 */
export class SearchIndexBuilder {
  /** Where the words for spelling suggestions are counted (the build counts them on another thread) */
  private readonly vocabulary: VocabularyCounter;
  /** Characters of each page's text the vocabulary reads */
  private readonly vocabularyLimit: number;
  constructor(vocabulary: VocabularyCounter = inThreadVocabulary(), { vocabularyLimit = vocabularyCharacters } = {}) {
    this.vocabulary = vocabulary;
    this.vocabularyLimit = vocabularyLimit;
  }

  private readonly tokenKeys = new TokenKeys();
  private readonly tokens = new TokenTable();
  private readonly occurrenceToken = new Uint32List();
  private readonly occurrenceLocation = new Uint32List();
  /** Per run of occurrences: its page's number as added, and where it starts (it ends where the next begins) */
  private readonly runPage = new Uint32List();
  private readonly runStart = new Uint32List();
  private readonly blockTokens = new Uint32List();
  private readonly added: AddedPage[] = [];
  private readonly byUrl = new Map<string, number>();
  private readonly numberOf = (units: readonly number[], from: number, count: number) => {
    this.blockTokens.push(this.tokens.number(units, from, count));
  };

  /** The pages added so far, in the order they were added */
  get pages(): IndexPage[] {
    return this.added.map((added) => added.page);
  }

  has(url: string): boolean {
    return this.byUrl.has(url);
  }

  /** Adds a page (a URL already added is an error: a page is in the index once). */
  addPage(page: IndexPage): void {
    if (this.byUrl.has(page.url)) throw new Error(`${page.url} is added twice`);
    this.byUrl.set(page.url, this.added.length);
    const blocks = page.blocks;
    // The title from 0, the rest after (search-text.ts).
    this.added.push({ page: { ...page, blocks: [] }, stored: [], units: 0, position: textPositions, blockStarts: [], vocabularyRead: 0 });
    this.addBlocks(page.url, blocks);
  }

  /**
   * Adds blocks after the page's own (its attachments' text). Every word is indexed; with `storedCharacters`, the stored
   * copy (what a result's excerpt is taken from, fetched for each result shown) keeps only that many, then "…".
   */
  addBlocks(url: string, blocks: readonly SearchBlock[], { storedCharacters }: { storedCharacters?: number } = {}): void {
    const number = this.byUrl.get(url);
    if (number === undefined) throw new Error(`${url} is not in the index`);
    const added = this.added[number]!;
    added.fragment = undefined;
    for (const block of storedCharacters === undefined ? blocks : storedPart(blocks, storedCharacters)) added.stored.push(block);
    this.runPage.push(number);
    this.runStart.push(this.occurrenceToken.length);
    for (const block of blocks) {
      this.blockTokens.length = 0;
      this.tokenKeys.forEachTokenUnits(block.text, this.numberOf);
      const title = added.page.blocks.length === 0 && block.text === added.page.meta.title && this.blockTokens.length <= textPositions;
      let at = title ? 0 : added.position;
      added.blockStarts.push(at);
      added.page.blocks.push(block);
      if (added.vocabularyRead < this.vocabularyLimit) {
        const read = block.text.slice(0, this.vocabularyLimit - added.vocabularyRead);
        this.vocabulary.add(read);
        added.vocabularyRead += read.length;
      }
      const weight = storedWeight(block.weight);
      at = this.placeBlockTokens(at, lastPosition, weight);
      added.units += this.blockTokens.length;
      if (!title) added.position = at;
      else this.addLabels(added.page.meta, at + labelGap, weight);
    }
  }

  /**
   * The words that say what the page is (its kind, "มาตรการ", and its document type) count as title words, after the
   * title with a gap so no phrase runs across: a citizen who types "มาตรการ สินบน" means the measure about bribes. They are
   * searched but not shown, and do not lengthen the page.
   */
  private addLabels(meta: Readonly<Record<string, string>>, from: number, weight: number): void {
    let at = from;
    for (const label of pageLabels(meta)) {
      this.blockTokens.length = 0;
      this.tokenKeys.forEachTokenUnits(label, this.numberOf);
      at = this.placeBlockTokens(at, textPositions, weight) + labelGap;
    }
  }

  /** Records the tokens just read (blockTokens) at consecutive positions from `at`, up to `end`; returns the next position. */
  private placeBlockTokens(at: number, end: number, weight: number): number {
    let position = at;
    for (let token = 0; token < this.blockTokens.length && position < end; token += 1) {
      this.occurrenceToken.push(this.blockTokens.values[token]!);
      this.occurrenceLocation.push(position * 256 + weight);
      position += 1;
    }
    return position;
  }

  /** The page has all its blocks: its stored copy is packed now, in zlib's threads, rather than when the index is written. */
  complete(url: string): void {
    const added = this.added[this.byUrl.get(url) ?? -1];
    if (!added) throw new Error(`${url} is not in the index`);
    added.fragment = packFileAsync(fragmentBytes(added));
    added.fragment.catch(() => undefined);
  }

  /**
   * Writes the index to `outputDir`; the builder is spent afterwards (its arrays are let go as they are used). A `merged`
   * index is one the page adds to the first with Pagefind's mergeIndex: it runs on the first one's search code, so it
   * has none of its own; its spelling words, if it counted any, are read only after the merge; its result ids must not
   * begin with the first one's tag (`otherTag`).
   */
  async write(
    outputDir: string,
    runtime: PagefindRuntime,
    chunkBytes = defaultChunkBytes,
    { merged = false, otherTag }: { merged?: boolean; otherTag?: string } = {},
  ): Promise<WrittenIndex> {
    // Asked first, so that the thread counting it ends, and lets go of its memory, before the largest step.
    const vocabularyText = this.vocabulary.text();
    vocabularyText.catch(() => undefined);
    const order = this.pageOrder();
    const ordered = order.map((number) => this.added[number]!);
    let tag = indexTag(ordered, runtime, chunkBytes);
    // Two indexes on one page with the same tag would give two pages one id (a chance of one in 36⁵).
    for (let salt = 1; tag === otherTag; salt += 1) tag = indexTag(ordered, runtime, chunkBytes, salt);
    const id = (number: number) => `${tag}${base36(number)}`;
    await Promise.all(['index', 'filter', 'fragment'].map((folder) => mkdir(path.join(outputDir, folder), { recursive: true })));
    const files = fileWriter(outputDir);

    const { filterPages, metaFields } = await writeFragments(ordered, files, id);
    const postings = this.postingsByToken(order);
    const { tokens } = this;
    const unitEnds = (token: number) => this.tokenKeys.unitEnds(tokens.units, token * tokenUnits, tokens.counts[token]!, tokenUnits - 1);
    const sets = pageSets(postings, unitEnds, ordered.length, chunkBytes * pageSetChunks);
    tokens.clear();
    const chunkList = await writeWordChunks(postings, sets, files, id, chunkBytes);
    const filterList = await writeFilters(filterPages, files, id);
    // A merged index's words (a shop's name) are suggested only once the page has merged it: named by its tag, not listed on the page.
    const words = await vocabularyText;
    const vocabularyFile = merged && !words ? '' : vocabularyFileOfTag(tag);
    if (vocabularyFile) await files.write(vocabularyFile, gzipAsync(new TextEncoder().encode(words)), false);
    const metaFile = await writeMeta(ordered, { tag, id, runtime, chunkList, filterList, metaFields }, files);
    if (!merged) for (const [name, bytes] of runtime.files) await files.write(name, bytes, false);
    await files.done();
    return {
      tag,
      pages: ordered.length,
      ids: new Map(ordered.map(({ page }, number) => [page.url, id(number)])),
      datedPages: ordered.filter(({ page }) => page.date).length,
      metaFile,
      vocabularyFile,
      chunks: chunkList.length,
    };
  }

  /** The pages' numbers in index order: newest first, pages without a date after the dated ones, in path order. */
  private pageOrder(): number[] {
    return Array.from(this.added.keys()).sort((a, b) => {
      const pageA = this.added[a]!.page;
      const pageB = this.added[b]!.page;
      return (pageB.date ?? '').localeCompare(pageA.date ?? '') || (pageA.url < pageB.url ? -1 : pageA.url > pageB.url ? 1 : 0);
    });
  }

  /** The occurrences grouped by token (a counting sort over the runs in page order: each token's stay in page and position order). */
  private postingsByToken(order: readonly number[]): Postings {
    const { occurrenceToken, occurrenceLocation } = this;
    const occurrences = occurrenceToken.length;
    const tokenCount = this.tokens.size;
    const starts = new Uint32Array(tokenCount + 1);
    for (let index = 0; index < occurrences; index += 1) starts[occurrenceToken.values[index]! + 1]! += 1;
    for (let token = 0; token < tokenCount; token += 1) starts[token + 1]! += starts[token]!;
    const next = starts.slice(0, tokenCount);
    const rank = new Uint32Array(this.added.length);
    order.forEach((added, number) => (rank[added] = number));
    const runs = Array.from({ length: this.runPage.length }, (_, run) => run).sort(
      (a, b) => rank[this.runPage.values[a]!]! - rank[this.runPage.values[b]!]! || a - b,
    );
    const byTokenPage = new Uint32Array(occurrences);
    const byTokenLocation = new Uint32Array(occurrences);
    for (const run of runs) {
      const number = rank[this.runPage.values[run]!]!;
      const end = run + 1 < this.runStart.length ? this.runStart.values[run + 1]! : occurrences;
      for (let index = this.runStart.values[run]!; index < end; index += 1) {
        const at = next[occurrenceToken.values[index]!]!++;
        byTokenPage[at] = number;
        byTokenLocation[at] = occurrenceLocation.values[index]!;
      }
    }
    occurrenceToken.values = occurrenceLocation.values = new Uint32Array(0);
    const { tokens } = this;
    // A token of `tokenUnits` units is a full one; fewer, one cut by the end of its run.
    const words = Array.from({ length: tokenCount }, (_, token) =>
      this.tokenKeys.spellUnits(tokens.units, token * tokenUnits, tokens.counts[token]!, tokens.counts[token] === tokenUnits),
    );
    const wordOrder = Array.from(words.keys()).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
    return { starts, byTokenPage, byTokenLocation, words, wordOrder };
  }
}

/** Each token's occurrences, by token number: the pages (in index order) and locations of token t are at starts[t]..starts[t+1]. */
interface Postings {
  starts: Uint32Array;
  byTokenPage: Uint32Array;
  byTokenLocation: Uint32Array;
  words: string[];
  /** Token numbers in the words' order */
  wordOrder: number[];
}

type FileWriter = ReturnType<typeof fileWriter>;

/** The tag: a hash of all the index holds, so that no file name of another index means something else. */
function indexTag(ordered: readonly AddedPage[], runtime: PagefindRuntime, chunkBytes: number, salt = 0): string {
  const digest = createHash('sha256');
  digest.update(`${runtime.version}\n${chunkBytes}\n${salt ? `${salt}\n` : ''}`);
  for (const { page } of ordered) digest.update(JSON.stringify([page.url, page.date ?? '', page.meta, page.filters, page.anchors, page.blocks]));
  return BigInt(`0x${digest.digest('hex').slice(0, 16)}`)
    .toString(36)
    .padStart(pageIdTagLength, '0')
    .slice(0, pageIdTagLength);
}

/** Every page's stored copy (fragment), in index order; returns the pages of each filter value and the metadata fields seen. */
async function writeFragments(ordered: readonly AddedPage[], files: FileWriter, id: (number: number) => string) {
  const filterPages = new Map<string, Map<string, number[]>>();
  const metaFields = new Set<string>();
  for (const [number, added] of ordered.entries()) {
    const { page } = added;
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
    await files.write(path.join('fragment', `${id(number)}.pf_fragment`), added.fragment ?? fragmentBytes(added), added.fragment === undefined);
  }
  return { filterPages, metaFields };
}

/** Word chunks, in word order, written as they fill: a chunk is closed once it holds `chunkBytes`. Page sets are words too. */
async function writeWordChunks(
  postings: Postings,
  sets: readonly PageSet[],
  files: FileWriter,
  id: (number: number) => string,
  chunkBytes: number,
): Promise<ChunkEntry[]> {
  const { starts, byTokenPage, byTokenLocation, words, wordOrder } = postings;
  const chunkList: ChunkEntry[] = [];
  const entries = new CborWriter();
  const chunkFile = new CborWriter();
  let chunk: { words: number; first: string; last: string } | undefined;
  let previousLast: string | undefined;
  const closeChunk = async (nextWord: string | undefined) => {
    if (!chunk) return;
    const index = chunkList.length;
    const from = previousLast === undefined ? chunk.first.slice(0, 1) : boundaries(previousLast, chunk.first)[1];
    const to = nextWord === undefined ? chunk.last : boundaries(chunk.last, nextWord)[0];
    chunkList.push([from, to, id(index)]);
    // A WordChunkRecord, [[entry, …]]: an array of one array of the words' entries.
    chunkFile.arrayHead(1);
    chunkFile.arrayHead(chunk.words);
    chunkFile.raw(entries.bytes.subarray(0, entries.length));
    entries.length = 0;
    await files.write(path.join('index', `${id(index)}.pf_index`), chunkFile.take());
    previousLast = chunk.last;
    chunk = undefined;
  };
  const positions: number[] = [];
  const weights: number[] = [];
  /** Writes one word's entry from its occurrences pages[from..end) and locations (position × 256 + weight), in page order. */
  const writeEntry = (word: string, pages: Uint32Array, locations: Uint32Array, from: number, end: number) => {
    chunk ??= { words: 0, first: word, last: word };
    chunk.words += 1;
    chunk.last = word;
    let pageCount = 0;
    for (let at = from; at < end; at += 1) if (at === from || pages[at] !== pages[at - 1]) pageCount += 1;
    // A WordEntry, [word, [WordPage: [page number − the previous one's, locations, []], …], no variants: []]
    entries.arrayHead(3);
    entries.asciiText(word);
    entries.arrayHead(pageCount);
    let previousPage = 0;
    for (let at = from; at < end;) {
      const number = pages[at]!;
      positions.length = 0;
      weights.length = 0;
      let oneWeight = true;
      for (; at < end && pages[at] === number; at += 1) {
        positions.push(Math.floor(locations[at]! / 256));
        weights.push(locations[at]! % 256);
        if (weights[weights.length - 1] !== weights[0]) oneWeight = false;
      }
      entries.arrayHead(3);
      entries.integer(number - previousPage);
      if (oneWeight) {
        // The usual case, written directly: one weight, positions already in order (encodeLocations does the rest).
        entries.arrayHead(positions.length + 1);
        entries.integer(-(weights[0]! + 1));
        positions.forEach((position, index) => entries.integer(index === 0 ? position : position - positions[index - 1]!));
      } else {
        const encoded = encodeLocations(positions, weights);
        entries.arrayHead(encoded.length);
        for (const location of encoded) entries.integer(location);
      }
      entries.arrayHead(0);
      previousPage = number;
    }
    entries.arrayHead(0);
  };
  let nextSet = 0;
  const writeSetsBefore = async (word: string | undefined) => {
    for (; nextSet < sets.length && (word === undefined || sets[nextSet]!.word < word); nextSet += 1) {
      const set = sets[nextSet]!;
      if (chunk && entries.length >= chunkBytes) await closeChunk(set.word);
      writeEntry(set.word, set.pages, set.locations, 0, set.pages.length);
    }
  };
  for (const token of wordOrder) {
    const word = words[token]!;
    if (nextSet < sets.length && sets[nextSet]!.word < word) await writeSetsBefore(word);
    if (chunk && entries.length >= chunkBytes) await closeChunk(word);
    writeEntry(word, byTokenPage, byTokenLocation, starts[token]!, starts[token + 1]!);
  }
  await writeSetsBefore(undefined);
  await closeChunk(undefined);
  return chunkList;
}

/** One file per filter, its values sorted, each with its pages. */
async function writeFilters(filterPages: Map<string, Map<string, number[]>>, files: FileWriter, id: (number: number) => string): Promise<CborValue[]> {
  const filterList: CborValue[] = [];
  for (const [index, name] of [...filterPages.keys()].sort().entries()) {
    const byValue = filterPages.get(name)!;
    const values: CborValue[] = [...byValue.keys()].sort().map((value) => [value, byValue.get(value)!]);
    await files.write(path.join('filter', `${id(index)}.pf_filter`), encodeCbor([name, values]));
    filterList.push([name, id(index)]);
  }
  return filterList;
}

/** The index's metadata (pages, chunk boundaries, filters) and the entry file Pagefind reads first; returns the metadata's file name. */
async function writeMeta(
  ordered: readonly AddedPage[],
  {
    tag,
    id,
    runtime,
    chunkList,
    filterList,
    metaFields,
  }: { tag: string; id: (number: number) => string; runtime: PagefindRuntime; chunkList: ChunkEntry[]; filterList: CborValue[]; metaFields: Set<string> },
  files: FileWriter,
): Promise<string> {
  const meta: CborValue = [runtime.version, ordered.map(({ units }, number) => [id(number), units, '']), chunkList, filterList, [], [...metaFields].sort()];
  const hash = `und_${tag}`;
  const metaFile = `pagefind.${hash}.pf_meta`;
  await files.write(metaFile, encodeCbor(meta));
  await files.write(
    'pagefind-entry.json',
    new TextEncoder().encode(
      JSON.stringify({
        version: runtime.version,
        languages: { und: { hash, wasm: null, page_count: ordered.length } },
        include_characters: runtime.includeCharacters,
      }),
    ),
    false,
  );
  return metaFile;
}
