/**
 * Page-set tokens: on a large site a common short word ("ทุจริต" at 10,000 pages) begins so many tokens that a search for
 * it would load dozens of word chunks, and the search page had to leave it out. For every prefix of whole units
 * (`pageSetMinUnits` up to one fewer than a token holds) whose tokens' postings would fill several chunks, the index also
 * holds one token, the prefix ending "x" (pageSetToken), listing each page that holds any of them once, at the first
 * position. A search for such a word then loads a chunk or two and knows every page that has it; its positions are not
 * known (no phrase, a rough proximity). Small sites get none: their words cost a chunk or two anyway.
 */
import { pageSetMinUnits, pageSetToken, tokenUnits } from './search-text.ts';

/** The postings of one extra word: its pages (in index order) and, for each, its one location (position × 256 + weight). */
export interface PageSet {
  word: string;
  pages: Uint32Array;
  locations: Uint32Array;
}

export interface TokenPostings {
  /** Token t's occurrences are at starts[t]..starts[t + 1] of byTokenPage / byTokenLocation, in page order */
  starts: Uint32Array;
  byTokenPage: Uint32Array;
  byTokenLocation: Uint32Array;
  /** Spelled tokens, by token number */
  words: readonly string[];
  /** Token numbers in the words' order */
  wordOrder: readonly number[];
}

/**
 * About the bytes a token's entry takes in a word chunk: its word, and four per occurrence (a position takes one or two,
 * a page of its own about five more). Counting exactly would walk every occurrence of the index; a set just missed is
 * handled by the search page (missingPageSets).
 */
const entryBytes = (postings: TokenPostings, token: number) => postings.words[token]!.length + 6 + 4 * (postings.starts[token + 1]! - postings.starts[token]!);

/**
 * The page sets of every prefix whose tokens' entries take at least `minBytes`: `unitEnds(token)` gives the length of the
 * token's spelling after each of its first units. Sorted by word, as the chunks are written.
 */
export function pageSets(postings: TokenPostings, unitEnds: (token: number) => readonly number[], pageCount: number, minBytes: number): PageSet[] {
  const { starts, byTokenPage, byTokenLocation, words, wordOrder } = postings;
  const first = new Uint32Array(pageCount);
  const seen = new Uint32Array(pageCount);
  let group = 0;
  const sets: PageSet[] = [];

  const collect = (prefix: string, tokens: readonly number[]) => {
    group += 1;
    const pages: number[] = [];
    for (const token of tokens) {
      for (let at = starts[token]!; at < starts[token + 1]!; at += 1) {
        const page = byTokenPage[at]!;
        const location = byTokenLocation[at]!;
        if (seen[page] !== group) {
          seen[page] = group;
          first[page] = location;
          pages.push(page);
        } else if (location < first[page]!) first[page] = location;
      }
    }
    pages.sort((a, b) => a - b);
    sets.push({ word: pageSetToken(prefix), pages: Uint32Array.from(pages), locations: Uint32Array.from(pages, (page) => first[page]!) });
  };

  for (let units = pageSetMinUnits; units < tokenUnits; units += 1) {
    // The tokens that begin with one prefix stand together in word order: a prefix's range ends at the first that does not.
    let prefix: string | undefined;
    let tokens: number[] = [];
    let total = 0;
    const close = () => {
      if (prefix !== undefined && total >= minBytes) collect(prefix, tokens);
      prefix = undefined;
      tokens = [];
      total = 0;
    };
    for (const token of wordOrder) {
      const word = words[token]!;
      if (prefix === undefined || !word.startsWith(prefix)) {
        close();
        const end = unitEnds(token)[units - 1];
        // A token of fewer units (cut by its run's end) begins no prefix of this length.
        if (end === undefined) continue;
        prefix = word.slice(0, end);
      }
      tokens.push(token);
      total += entryBytes(postings, token);
    }
    close();
  }
  return sets.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
