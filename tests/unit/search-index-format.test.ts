import { describe, it, expect } from 'vitest';
import {
  CborWriter,
  decodeCbor,
  encodeCbor,
  encodeLocations,
  packFile,
  packFileAsync,
  storedWeight,
  unpackFile,
} from '../../src/lib/search/pagefind-format.ts';
import {
  proximity,
  chunksFor,
  findPages,
  readIndexInfo,
  relevance,
  searchableTerms,
  termCost,
  withMergedIndex,
  type TileResult,
} from '../../src/lib/search/tile-search.ts';
import { metaFileTag } from '../../src/lib/search/search-facets.ts';
import { TokenKeys, queryTerms, textPositions, textTokens } from '../../src/lib/search/search-text.ts';

describe("Pagefind's file format", () => {
  it('writes CBOR of integers, text and arrays that reads back the same, in gzip after the header', () => {
    const value = ['1.6.0', [0, 23, 24, 255, 256, 65_535, 65_536, 4_000_000_000, -1, -25, -169, -300], ['ไทย', '']];
    expect(decodeCbor(Uint8Array.from(encodeCbor(value)))).toEqual(value);
    const file = packFile(encodeCbor(value));
    expect(decodeCbor(unpackFile(file))).toEqual(value);
  });

  it('writes each number in the shortest form CBOR allows', () => {
    // [0, 23, 24, 255, 256, 65536, -1, -25]: heads 0x00–0x17 as is, then one, two and four bytes after 24, 25, 26.
    expect([...encodeCbor([0, 23, 24, 255, 256, 65_536, -1, -25])]).toEqual([
      0x88, 0x00, 0x17, 0x18, 0x18, 0x18, 0xff, 0x19, 0x01, 0x00, 0x1a, 0x00, 0x01, 0x00, 0x00, 0x20, 0x38, 0x18,
    ]);
    expect([...encodeCbor('ก')]).toEqual([0x63, 0xe0, 0xb8, 0x81]);
  });

  it('writes entries with the streaming writer that read back the same, and packs the same off the main thread', async () => {
    const writer = new CborWriter();
    const numbers = [0, 23, 24, 255, 256, 65_535, 65_536, 4_000_000_000, -1, -24, -25, -256, -257, -70_000];
    writer.arrayHead(3);
    writer.asciiText('abcyz');
    writer.arrayHead(numbers.length);
    for (const number of numbers) writer.integer(number);
    writer.arrayHead(0);
    const bytes = writer.take();
    expect(decodeCbor(bytes)).toEqual(['abcyz', numbers, []]);
    expect(writer.length).toBe(0);
    expect(() => writer.asciiText('ไทย')).toThrow(RangeError);
    // Growing past its first buffer keeps what was written.
    const big = new CborWriter();
    for (let index = 0; index < 40_000; index += 1) big.integer(index);
    // 0–23 in one byte, 24–255 in two, 256–39,999 in three.
    expect(big.length).toBe(24 + 232 * 2 + 39_744 * 3);
    expect(decodeCbor(Uint8Array.from([0x99, 0x9c, 0x40, ...big.take()]))).toEqual(Array.from({ length: 40_000 }, (_, index) => index));
    expect(Buffer.from(await packFileAsync(bytes)).equals(packFile(bytes))).toBe(true);
  });

  it('writes a page’s locations of a word by weight, the first position of each as is and the next as differences', () => {
    // As Pagefind 1.6 writes "alpha" at 0 (an h1), 3 and 5 (text) and 8 (weight 0.5).
    expect(encodeLocations([0, 3, 5, 8], [storedWeight(7), storedWeight(1), storedWeight(1), storedWeight(0.5)])).toEqual([-13, 8, -25, 3, 2, -169, 0]);
  });
});

describe('tile search', () => {
  it('reads the chunk boundaries and page lengths from the metadata', () => {
    const meta = [
      '1.6.0',
      [
        ['abcde0', 10, ''],
        ['abcde1', 30, ''],
      ],
      [
        ['a', 'bdy', 'abcde0'],
        ['be', 'cz', 'abcde1'],
      ],
      [],
      [],
      ['title'],
    ];
    const info = readIndexInfo(Uint8Array.from([...new TextEncoder().encode('pagefind_dcd'), ...encodeCbor(meta)]));
    expect(info.boundaries).toEqual(['a', 'be']);
    expect([...info.lengths]).toEqual([
      ['abcde0', 10],
      ['abcde1', 30],
    ]);
    expect(info.averageLength).toBe(20);
  });

  it('names every chunk the tokens beginning with a tile can be in', () => {
    const boundaries = ['a', 'bc', 'bd', 'be', 'c'];
    expect(chunksFor(boundaries, 'bd')).toEqual(['bd']);
    expect(chunksFor(boundaries, 'b')).toEqual(['a', 'bc', 'bd', 'be']);
    expect(chunksFor(boundaries, 'bcdy')).toEqual(['bc']);
    expect(chunksFor(boundaries, 'z')).toEqual(['c']);
  });

  it('leaves out a term whose tile needs more chunks than allowed (a letter), and keeps a long one however many tiles it has', () => {
    const boundaries = ['a', 'bc', 'bd', 'be', 'c'];
    const letter = { text: 'ก', tiles: [{ token: 'b', offset: 0 }], units: 1 };
    const word = { text: 'ของขวัญ', tiles: [{ token: 'bdx', offset: 0 }], units: 6 };
    // Five tiles, each in one chunk: five chunks in all, but no tile needs more than one.
    const phrase = { text: 'phrase', tiles: ['a', 'bca', 'bda', 'bea', 'ca'].map((token, offset) => ({ token, offset })), units: 10 };
    expect(termCost(boundaries, letter)).toBe(4);
    expect(termCost(boundaries, word)).toBe(1);
    expect(termCost(boundaries, phrase)).toBe(1);
    expect(searchableTerms(boundaries, [letter, word, phrase], 2)).toEqual({ searched: [word, phrase], tooShort: [letter] });
    expect(searchableTerms(boundaries, [letter], 4)).toEqual({ searched: [letter], tooShort: [] });
  });

  it('with a merged index: a term costs what the index needing most chunks loads, not the sum, and each chunk is asked for by a word of the range', async () => {
    const first = ['a', 'bc', 'bd', 'be', 'c'];
    const later = ['a', 'b', 'd'];
    const word = { text: 'ของขวัญ', tiles: [{ token: 'bdx', offset: 0 }], units: 6 };
    const letter = { text: 'ก', tiles: [{ token: 'b', offset: 0 }], units: 1 };
    expect(termCost(first, word, [later])).toBe(1);
    expect(termCost(first, letter, [later])).toBe(4);
    expect(termCost(['a'], letter, [first])).toBe(4);
    // The sum (5) would leave out, once the later index is in, a letter searched before it was.
    expect(searchableTerms(first, [letter], 4, [later])).toEqual({ searched: [letter], tooShort: [] });
    const preloaded: string[] = [];
    const pagefind = {
      async preload(term: string) {
        preloaded.push(term);
      },
      search: async () => ({ results: [] as TileResult[] }),
    };
    await findPages(pagefind, [{ text: 'x', tiles: [{ token: 'bcz', offset: 0 }], units: 3 }], first, {}, [later]);
    // The first index's chunk "bc" and the later's chunk "b" both start before the token: each is asked for by the token itself,
    // so the other index does not load the chunk where "b" stands (which holds no word beginning with "bcz").
    expect(preloaded).toEqual(['bcz']);
  });

  it('merges what the page knows of two indexes: both chunk lists and every page length; relevance stays scored against the first', () => {
    const info = { boundaries: ['a'], merged: [], lengths: new Map([['abcde0', 10]]), pageCount: 1, averageLength: 10 };
    const other = {
      boundaries: ['b'],
      merged: [],
      lengths: new Map([
        ['vwxyz0', 40],
        ['vwxyz1', 10],
      ]),
      pageCount: 2,
      averageLength: 25,
    };
    const merged = withMergedIndex(info, other);
    expect(merged.boundaries).toEqual(['a']);
    expect(merged.merged).toEqual([['b']]);
    expect(merged.lengths.get('vwxyz0')).toBe(40);
    // The first index's pages rank as on a site without the merged one (BM25's page count and average length).
    expect([merged.pageCount, merged.averageLength]).toEqual([1, 10]);
    expect(metaFileTag('pagefind.und_3l4wd.pf_meta')).toBe('3l4wd');
    expect(metaFileTag('procurement/pagefind.und_3l4wd.pf_meta')).toBe('');
  });

  it('finds the pages holding every term through Pagefind’s searches, with where each term starts', async () => {
    // Two pages' tokens as the index holds them; Pagefind finds the tokens that begin with the searched word.
    const pages = new Map([
      ['p0', textTokens('นโยบายไม่รับของขวัญ')],
      ['p1', textTokens('ของที่ระลึก ขวัญกำลังใจ')],
    ]);
    const preloaded: string[] = [];
    const pagefind = {
      async preload(term: string) {
        preloaded.push(term);
      },
      async search(term: string | null): Promise<{ results: TileResult[] }> {
        const results = [...pages].flatMap(([id, tokens]) => {
          const words = tokens.flatMap((token, position) => (term !== null && token.startsWith(term) ? [position] : []));
          return term === null || words.length > 0 ? [{ id, score: 1, words }] : [];
        });
        return { results };
      },
    };
    const found = await findPages(pagefind, queryTerms('ของขวัญ'), ['a', 'c']);
    expect(found.pages.map((page) => [page.result.id, page.occurrences])).toEqual([['p0', [[9]]]]);
    expect(found.pagesWithTerm).toEqual([1]);
    expect(preloaded.length).toBeGreaterThan(0);
    expect((await findPages(pagefind, queryTerms('ของ'), ['a'])).pages.map((page) => page.result.id).sort()).toEqual(['p0', 'p1']);
    expect((await findPages(pagefind, [], ['a'])).pages).toHaveLength(2);
    // Two words: both required, in any order; in quotes, next to each other in the quoted order.
    expect((await findPages(pagefind, queryTerms('ขวัญ ของ'), ['a'])).pages.map((page) => page.result.id).sort()).toEqual(['p0', 'p1']);
    expect((await findPages(pagefind, queryTerms('ขวัญ นโยบาย'), ['a'])).pages.map((page) => page.result.id)).toEqual(['p0']);
    expect((await findPages(pagefind, queryTerms('"ของ ขวัญ"'), ['a'])).pages.map((page) => page.result.id)).toEqual(['p0']);
  });

  it('finds a quoted phrase of several runs only where its runs follow each other', async () => {
    const pages = new Map([
      ['p0', textTokens('นโยบาย No Gift Policy ของผู้บริหาร')],
      ['p1', textTokens('Gift ที่ไม่รับ No ของขวัญ Policy')],
    ]);
    const pagefind = {
      async preload() {},
      async search(term: string | null): Promise<{ results: TileResult[] }> {
        return {
          results: [...pages].flatMap(([id, tokens]) => {
            const words = tokens.flatMap((token, position) => (term !== null && token.startsWith(term) ? [position] : []));
            return words.length > 0 ? [{ id, score: 1, words }] : [];
          }),
        };
      },
    };
    expect((await findPages(pagefind, queryTerms('No Gift Policy'), ['a'])).pages.map((page) => page.result.id).sort()).toEqual(['p0', 'p1']);
    expect((await findPages(pagefind, queryTerms('"No Gift Policy"'), ['a'])).pages.map((page) => page.result.id)).toEqual(['p0']);
    expect((await findPages(pagefind, queryTerms('"Gift No"'), ['a'])).pages).toEqual([]);
  });

  it('ranks words kept together in the query’s order above the same words apart or reversed (proximity)', () => {
    const terms = queryTerms('มาตรการ สินบน');
    const [first, second] = terms.map((term) => term.units);
    const at = textPositions + 50;
    expect(proximity(terms, [[at], [at + first!]])).toBe(1);
    // A small word (การ, 2 units) between them still counts as together.
    expect(proximity(terms, [[at], [at + first! + 2]])).toBe(1);
    expect(proximity(terms, [[at + 10], [at]])).toBe(0.5);
    expect(proximity(terms, [[at], [at + 500]])).toBe(0);
    expect(second).toBe(4);
    const weights = { termSaturation: 1.2, pageLength: 0.75, title: 4, titleStart: 2, proximity: 3 };
    const collection = { pageCount: 100, averageLength: 1000 };
    const together = relevance([[at], [at + first!]], [10, 10], 1000, collection, weights, terms);
    const apart = relevance([[at], [at + 500]], [10, 10], 1000, collection, weights, terms);
    expect(together).toBeGreaterThan(apart);
  });

  it('scores a short page about a phrase above a long one that mentions it as often, and a title above any count', () => {
    const weights = { termSaturation: 1.2, pageLength: 0.75, title: 4, titleStart: 2, proximity: 3 };
    const collection = { pageCount: 100, averageLength: 1000 };
    const text = (count: number) => Array.from({ length: count }, (_, index) => textPositions + 10 * index);
    const short = relevance([text(2)], [10], 300, collection, weights);
    const long = relevance([text(2)], [10], 5000, collection, weights);
    const many = relevance([text(40)], [10], 1000, collection, weights);
    const titled = relevance([[3]], [10], 1000, collection, weights);
    const leading = relevance([[0]], [10], 1000, collection, weights);
    expect(short).toBeGreaterThan(long);
    expect(titled).toBeGreaterThan(many);
    expect(leading).toBeGreaterThan(titled);
    // A rarer term counts more.
    expect(relevance([text(2)], [2], 1000, collection, weights)).toBeGreaterThan(relevance([text(2)], [60], 1000, collection, weights));
  });
});
