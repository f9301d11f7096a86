/**
 * A query against the index through Pagefind's search code, in the browser (and in the tests, through the same
 * functions): each term's tiles are searched, the pages where the tiles stand at the term's distances contain the term
 * (search-text.ts), and a page is a result when it contains every term. Relevance is computed here from the exact
 * occurrences of the terms (BM25 with a bonus for the title), not from Pagefind's scores of the pieces.
 *
 * Pagefind loads one word chunk per search, the one where the searched word would stand; the tokens that begin with a
 * tile may run on into the next chunks (a short query's do). The page therefore reads the chunks' boundaries from the
 * index's metadata (the same file Pagefind fetches, so the browser's cache serves the second request), with the pages'
 * lengths, and has Pagefind load every chunk a tile's tokens can be in before searching it.
 */
import { decodeCbor } from './cbor.ts';
import { checkMetaRecord } from './pagefind-records.ts';
import { inTitle, pageSetMinUnits, pageSetToken, termOccurrences, type QueryTerm } from './search-text.ts';

export interface TileResult {
  id: string;
  score: number;
  /** Positions of the matched tokens in the page */
  words: number[];
}

/** The part of Pagefind's JS API a search uses. */
export interface PagefindSearch<Result extends TileResult> {
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: Result[] } | null>;
}

/** What the page reads from the index's metadata: the word chunks' boundaries and the pages' lengths. */
export interface IndexInfo {
  /** The lower boundary of each word chunk, in order (chunk i holds the words from boundary i up to boundary i + 1) */
  boundaries: readonly string[];
  /** The same of each index merged into this one since (search-facets.ts, laterIndex) */
  merged: readonly (readonly string[])[];
  /** Page id → its length in units */
  lengths: ReadonlyMap<string, number>;
  /** Pages and their average length in the first index: relevance is scored against these, so a merged index ranks the first one's pages as before */
  pageCount: number;
  averageLength: number;
}

/** The index's metadata, from its bytes (gzip already undone, "pagefind_dcd" included); a RecordShapeError when its layout is not Pagefind 1.6's. */
export function readIndexInfo(meta: Uint8Array): IndexInfo {
  const [, pages, chunks] = checkMetaRecord(decodeCbor(meta.subarray('pagefind_dcd'.length)));
  const lengths = new Map(pages.map(([hash, wordCount]) => [hash, wordCount]));
  const total = [...lengths.values()].reduce((sum, length) => sum + length, 0);
  return {
    boundaries: chunks.map(([from]) => from),
    merged: [],
    lengths,
    pageCount: lengths.size,
    averageLength: lengths.size > 0 ? total / lengths.size : 0,
  };
}

/** What the page knows of the index once another (its own metadata read into `other`) is merged into it with Pagefind's mergeIndex. */
export function withMergedIndex(info: IndexInfo, other: IndexInfo): IndexInfo {
  return {
    boundaries: info.boundaries,
    merged: [...info.merged, other.boundaries, ...other.merged],
    lengths: new Map([...info.lengths, ...other.lengths]),
    pageCount: info.pageCount,
    averageLength: info.averageLength,
  };
}

/** The chunks whose words can begin with `prefix`, by their boundary (a search for a boundary loads its chunk). */
export function chunksFor(boundaries: readonly string[], prefix: string): string[] {
  const end = `${prefix}\uffff`;
  const needed: string[] = [];
  boundaries.forEach((start, index) => {
    const next = boundaries[index + 1];
    // Chunk [start, next) meets [prefix, end]
    if (start <= end && (next === undefined || next > prefix)) needed.push(start);
  });
  return needed;
}

/** A term and its other forms (date-forms.ts), each searched for its own tiles. */
const formsOf = (term: QueryTerm): QueryTerm[] => [term, ...(term.alternatives ?? [])];

/**
 * Every word chunk a search for the terms loads (a term of one or two letters can need dozens: its tiles begin many
 * tokens), in the index and in each merged one, each named by a word it holds: Pagefind preloads a word in every index,
 * each the chunk where the word stands.
 */
function chunksForTerms(boundaries: readonly string[], terms: readonly QueryTerm[], merged: readonly (readonly string[])[] = []): string[] {
  const tokens = terms.flatMap(formsOf).flatMap((term) => term.tiles.map((tile) => tile.token));
  // A chunk starting before the token is asked for by the token itself: in another index, the chunk where the chunk's first word stands may hold none of the token's words.
  return [
    ...new Set([boundaries, ...merged].flatMap((list) => tokens.flatMap((token) => chunksFor(list, token).map((start) => (start < token ? token : start))))),
  ];
}

/**
 * The most word chunks any one tile of the term needs (a six-unit tile one or two; a tile of one common letter,
 * dozens), in whichever index needs most (each loads its own in parallel).
 */
export function termCost(boundaries: readonly string[], term: QueryTerm, merged: readonly (readonly string[])[] = []): number {
  return Math.max(0, ...[boundaries, ...merged].flatMap((list) => term.tiles.map((tile) => chunksFor(list, tile.token).length)));
}

/**
 * The terms searched and those too short to search on this index: a term whose tile needs more than `chunkLimit`
 * chunks (one or two common letters on a large site) would download a large part of the index for a match on nearly
 * every page, so it is left out and the page says so.
 */
export function searchableTerms(
  boundaries: readonly string[],
  terms: readonly QueryTerm[],
  chunkLimit: number,
  merged: readonly (readonly string[])[] = [],
): { searched: QueryTerm[]; tooShort: QueryTerm[] } {
  const searched: QueryTerm[] = [];
  const tooShort: QueryTerm[] = [];
  for (const typed of terms) {
    // Another form costing more than a search may load is left out; the term as typed decides the rest.
    const affordable = typed.alternatives?.filter((alternative) => termCost(boundaries, alternative, merged) <= chunkLimit);
    const term = typed.alternatives ? { ...typed, alternatives: affordable } : typed;
    if (termCost(boundaries, term, merged) <= chunkLimit) {
      searched.push(term);
      continue;
    }
    // A common word on a large index: its page set, where the index has one (findPages tells when it has none).
    const pageSet = pageSetTerm(term);
    if (pageSet && termCost(boundaries, pageSet, merged) <= chunkLimit) searched.push(pageSet);
    else tooShort.push(term);
  }
  return { searched, tooShort };
}

/** The term searched through its page set: a word of one tile, of at least `pageSetMinUnits` units, not in quotes (a phrase needs positions). */
export function pageSetTerm(term: QueryTerm): QueryTerm | undefined {
  if (term.quoted || term.phrase !== undefined || term.tiles.length !== 1 || term.units < pageSetMinUnits) return undefined;
  return { ...term, tiles: [{ token: pageSetToken(term.tiles[0]!.token), offset: 0 }], pageSet: true };
}

/**
 * The page-set terms the index has no set for (its word was below the size that gets one, or the chunk boundaries
 * fell otherwise): found on no page even without the filters. They are left out and named as too short, as before.
 */
export async function missingPageSets<Result extends TileResult>(
  pagefind: PagefindSearch<Result>,
  terms: readonly QueryTerm[],
  pagesWithTerm: readonly number[],
): Promise<QueryTerm[]> {
  const candidates = terms.filter((term, index) => term.pageSet && pagesWithTerm[index] === 0);
  const missing = await Promise.all(candidates.map(async (term) => ((await pagefind.search(term.tiles[0]!.token))?.results.length ?? 0) === 0));
  return candidates.filter((_, index) => missing[index]);
}

export interface FoundPage<Result extends TileResult> {
  /** A result for the page (its data() loads the page's fragment) */
  result: Result;
  /** For each term, in the query's order, the positions where it starts in the page */
  occurrences: number[][];
}

export interface Found<Result extends TileResult> {
  pages: FoundPage<Result>[];
  /** For each term, how many pages contain it (the filters allowing) */
  pagesWithTerm: number[];
}

/**
 * The pages that contain every term, in no particular order. `filters` are Pagefind's. Without terms, every page the
 * filters allow. `merged`: the chunk boundaries of the indexes merged into the first one.
 */
export async function findPages<Result extends TileResult>(
  pagefind: PagefindSearch<Result>,
  terms: readonly QueryTerm[],
  boundaries: readonly string[],
  filters: Record<string, unknown> = {},
  merged: readonly (readonly string[])[] = [],
): Promise<Found<Result>> {
  if (terms.length === 0) {
    const all = (await pagefind.search(null, { filters }))?.results ?? [];
    return { pages: all.map((result) => ({ result, occurrences: [] })), pagesWithTerm: [] };
  }
  const tokens = [...new Set(terms.flatMap(formsOf).flatMap((term) => term.tiles.map((tile) => tile.token)))];
  const chunkTerms = chunksForTerms(boundaries, terms, merged);
  await Promise.all(chunkTerms.map((term) => pagefind.preload(term, { filters })));
  const byToken = new Map(await Promise.all(tokens.map(async (token) => [token, (await pagefind.search(token, { filters }))?.results ?? []] as const)));

  let found: Map<string, FoundPage<Result>> | undefined;
  const pagesWithTerm: number[] = [];
  const resultOf = new Map<string, Result>();
  for (const results of byToken.values()) for (const result of results) if (!resultOf.has(result.id)) resultOf.set(result.id, result);
  for (const term of terms) {
    // Where the term, or any of its other forms, starts in each page.
    const occurrences = new Map<string, number[]>();
    for (const form of formsOf(term)) {
      const tileHits = form.tiles.map((tile) => new Map(byToken.get(tile.token)!.map((result) => [result.id, result.words])));
      for (const [id, positions] of termOccurrences(form, tileHits)) occurrences.set(id, [...(occurrences.get(id) ?? []), ...positions]);
    }
    pagesWithTerm.push(occurrences.size);
    const matched = new Map<string, FoundPage<Result>>();
    for (const [id, positions] of occurrences) {
      const previous = found?.get(id);
      if (found && !previous) continue;
      const starts = [...new Set(positions)].sort((a, b) => a - b);
      matched.set(id, { result: previous?.result ?? resultOf.get(id)!, occurrences: [...(previous?.occurrences ?? []), starts] });
    }
    found = matched;
  }
  const pages = [...(found?.values() ?? [])].filter((page) => phrasesStand(terms, page.occurrences));
  return { pages, pagesWithTerm };
}

/** Whether some position of `next` stands `least` to `most` after a position of `first` (both in ascending order). */
function follows(first: readonly number[], next: readonly number[], least: number, most: number): boolean {
  let at = 0;
  for (const position of first) {
    while (at < next.length && next[at]! < position + least) at += 1;
    if (at === next.length) return false;
    if (next[at]! <= position + most) return true;
  }
  return false;
}

/**
 * True when every quoted phrase's terms stand next to each other in order somewhere in the page: each term of a phrase
 * where the one before it ends (positions count units, so a phrase's words follow each other without a gap).
 */
export function phrasesStand(terms: readonly QueryTerm[], occurrences: readonly (readonly number[])[]): boolean {
  const groups = new Map<number, number[]>();
  terms.forEach((term, index) => {
    if (term.phrase !== undefined) groups.set(term.phrase, [...(groups.get(term.phrase) ?? []), index]);
  });
  for (const members of groups.values()) {
    // Starts of the phrase where its first k terms stand in order; narrowed term by term.
    let starts = [...(occurrences[members[0]!] ?? [])];
    let offset = 0;
    for (let member = 1; member < members.length; member += 1) {
      offset += terms[members[member - 1]!]!.units;
      const here = new Set(occurrences[members[member]!] ?? []);
      starts = starts.filter((start) => here.has(start + offset));
    }
    if (starts.length === 0) return false;
  }
  return true;
}

/**
 * How closely the page's occurrences keep the query's words together: for each pair of neighbouring terms, 1 where the
 * second follows the first within `nearUnits` units in the query's order (a small word such as การ between them
 * allowed), ½ where they stand within `farUnits` of each other in any order, 0 otherwise; the mean over the pairs.
 */
export function proximity(terms: readonly Pick<QueryTerm, 'units'>[], occurrences: readonly (readonly number[])[], nearUnits = 4, farUnits = 40): number {
  if (terms.length < 2) return 0;
  let total = 0;
  for (let index = 0; index + 1 < terms.length; index += 1) {
    const first = occurrences[index] ?? [];
    const second = occurrences[index + 1] ?? [];
    const length = terms[index]!.units;
    if (follows(first, second, length, length + nearUnits)) total += 1;
    else if (follows(first, second, 0, farUnits) || follows(second, first, 0, farUnits)) total += 0.5;
  }
  return total / (terms.length - 1);
}

/** How relevance is scored (search-facets.ts holds the site's choice). */
export interface Relevance {
  /** BM25's k1: how soon more occurrences stop adding */
  termSaturation: number;
  /** BM25's b: how much a page's length divides its occurrences (1: fully, 0: not at all) */
  pageLength: number;
  /** Added, times the term's rarity, when the page's title holds the term (the most any number of occurrences gives is k1 + 1) */
  title: number;
  /** Added on top, times the term's rarity, when the title begins with the term: the page is about it */
  titleStart: number;
  /** Added, times the terms' mean rarity, times how closely the page keeps the query's words together (`proximity`) */
  proximity: number;
}

/**
 * Relevance of a found page: over the terms, the term's rarity (BM25's idf among `pageCount` pages) times its
 * occurrences in the text, saturating and divided by the page's length relative to the average (BM25), plus the title
 * bonus where the title holds the term and more where it begins with it, plus a bonus for keeping several terms
 * together (in the query's order most). Occurrences are exact (positions of the whole term), not those of its pieces.
 */
export function relevance(
  occurrences: readonly (readonly number[])[],
  pagesWithTerm: readonly number[],
  length: number,
  collection: { pageCount: number; averageLength: number },
  weights: Relevance,
  terms: readonly Pick<QueryTerm, 'units'>[] = [],
): number {
  let score = 0;
  let rarities = 0;
  occurrences.forEach((positions, index) => {
    const containing = pagesWithTerm[index] ?? 1;
    const rarity = Math.log(1 + (collection.pageCount - containing + 0.5) / (containing + 0.5));
    rarities += rarity;
    const frequency = positions.filter((position) => !inTitle(position)).length;
    const titled = positions.some(inTitle);
    const k1 = weights.termSaturation;
    const norm = k1 * (1 - weights.pageLength + (weights.pageLength * length) / (collection.averageLength || 1));
    const leads = positions[0] === 0;
    score += rarity * ((frequency * (k1 + 1)) / (frequency + norm) + (titled ? weights.title : 0) + (leads ? weights.titleStart : 0));
  });
  if (terms.length > 1) score += (rarities / occurrences.length) * weights.proximity * proximity(terms, occurrences);
  return score;
}
