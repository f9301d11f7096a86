/**
 * A common word on a large index: its tokens fill more chunks than a search may load, so the index also holds its page
 * set. Here with tiny chunks, so that sixty pages make it "large"; the index is written by the real writer and read
 * back as Pagefind's search would (the tokens that begin with the searched word).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPages, missingPageSets, searchableTerms, termCost, type TileResult } from '../../src/lib/search/tile-search.ts';
import { queryTerms, textPositions } from '../../src/lib/search/search-text.ts';
import { termChunkLimit } from '../../src/lib/search/search-facets.ts';
import { writtenTestIndex } from '../helpers/index-files.ts';

/** What follows ทุจริต: each a different token beginning with it (a common word begins many). */
const follows = ['ต่อหน้าที่', 'ในภาครัฐ', 'และประพฤติ', 'หรือไม่', 'ของรัฐ', 'ที่พบ', 'เชิงนโยบาย', 'จัดซื้อ', 'คอร์รัปชัน', 'ทางการเงิน', 'รายย่อย', 'เงินทอน'];
const followsMore = ['งบประมาณ', 'สอบสวน', 'แจ้งความ', 'ข่าวสาร', 'กรณีศึกษา', 'เรื่องร้อง', 'คดีความ', 'ผู้บริหาร'];
const compounds = [...follows, ...followsMore].map((after) => `ทุจริต${after}`);
/** Page i: ทุจริต on two pages in three, ร้องเรียน on every other page, both on one in three. */
const holdsCorruption = (page: number) => page % 3 !== 0;
const holdsComplaint = (page: number) => page % 2 === 0;
const pageCount = 60;

function pageText(page: number): string {
  const words: string[] = [`รายงานฉบับที่ ${page}`];
  if (holdsComplaint(page)) words.push('ช่องทางร้องเรียนของประชาชน');
  for (let sentence = 0; sentence < 12; sentence += 1) {
    words.push(`ข้อ ${sentence} การดำเนินงานประจำปี`);
    if (holdsCorruption(page)) words.push(`${compounds[(page * 12 + sentence) % compounds.length]} ครั้งที่ ${sentence}`);
  }
  return words.join(' ');
}

describe('page-set tokens: a common short word on a large index', () => {
  let boundaries: readonly string[];
  let pagefind: { preload(term: string): Promise<void>; search(term: string | null): Promise<{ results: TileResult[] }> };
  /** Page id (index order) → page number as generated */
  let pageOf: Map<string, number>;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    const pages = Array.from({ length: pageCount }, (_, page) => ({
      url: `/documents/${String(page).padStart(2, '0')}/`,
      title: `เอกสาร ${page}`,
      text: pageText(page),
    }));
    const index = await writtenTestIndex(pages, 200);
    ({ boundaries, pagefind, remove } = index);
    pageOf = new Map([...index.ids].map(([url, id]) => [id, Number(url.split('/')[2])]));
  });
  afterAll(() => remove());

  it('the word itself would load more chunks than a search may', () => {
    const [corruption] = queryTerms('ทุจริต');
    expect(termCost(boundaries, corruption!)).toBeGreaterThan(termChunkLimit);
  });

  it('is searched through its page set: a chunk or two, and exactly the pages that hold it, with the other word required too', async () => {
    const { searched, tooShort } = searchableTerms(boundaries, queryTerms('ร้องเรียน ทุจริต'), termChunkLimit);
    expect(tooShort).toEqual([]);
    expect(searched.map((term) => [term.text, Boolean(term.pageSet)])).toEqual([
      ['ร้องเรียน', false],
      ['ทุจริต', true],
    ]);
    expect(termCost(boundaries, searched[1]!)).toBeLessThanOrEqual(2);
    const found = await findPages(pagefind, searched, boundaries);
    const expected = Array.from({ length: pageCount }, (_, page) => page).filter((page) => holdsCorruption(page) && holdsComplaint(page));
    expect(found.pages.map((page) => pageOf.get(page.result.id)!).sort((a, b) => a - b)).toEqual(expected);
    expect(found.pagesWithTerm[1]).toBe(Array.from({ length: pageCount }, (_, page) => page).filter(holdsCorruption).length);
    expect(await missingPageSets(pagefind, searched, found.pagesWithTerm)).toEqual([]);
  });

  it('places the word at its first position on each page', async () => {
    const [set] = searchableTerms(boundaries, queryTerms('ทุจริต'), termChunkLimit).searched;
    const found = await findPages(pagefind, [set!], boundaries);
    expect(found.pages).toHaveLength(Array.from({ length: pageCount }, (_, page) => page).filter(holdsCorruption).length);
    for (const page of found.pages) {
      const text = pageText(pageOf.get(page.result.id)!);
      // Positions count units after the title's; the first ทุจริต is in the first sentence that carries one.
      const [occurrence] = page.occurrences[0]!;
      expect(occurrence).toBeGreaterThanOrEqual(textPositions);
      const exact = await findPages(
        pagefind,
        queryTerms('"ทุจริต"').map((term) => ({ ...term, quoted: false })),
        ['a'],
      );
      const positions = exact.pages.find((other) => other.result.id === page.result.id)?.occurrences[0];
      if (positions) expect(occurrence).toBe(Math.min(...positions));
      expect(text).toContain('ทุจริต');
    }
  });

  it('a word in quotes (a phrase needs positions) is still too short; a word the index has no set for is named, not searched', async () => {
    expect(searchableTerms(boundaries, queryTerms('"ทุจริต"'), termChunkLimit).tooShort.map((term) => term.text)).toEqual(['ทุจริต']);
    const [corruption] = searchableTerms(boundaries, queryTerms('ทุจริต'), termChunkLimit).searched;
    const noSets = { preload: async () => {}, search: async () => ({ results: [] as TileResult[] }) };
    expect(await missingPageSets(noSets, [corruption!], [0])).toEqual([corruption]);
    // Found on no page under the filters, but the set exists: the answer is "no page", not "too short".
    expect(await missingPageSets(pagefind, [corruption!], [0])).toEqual([]);
  });
});
