/**
 * What a query falls back to when a term has no exact match: its words. People type short forms of official wording
 * ("แผนจัดซื้อ" for แผนการจัดซื้อจัดจ้าง, "รายงานติดตามงบ" for รายงานการกำกับติดตาม…งบประมาณ) and join words without a
 * space; the page then looks for every content word of the term, anywhere in a page, leaving out the small words people
 * drop (การ, ความ, ของ, ที่, และ, ประจำ, ปี …), and says so. Words come from a segmenter (Intl.Segmenter('th') in the
 * browser), handed in so the logic is tested without one.
 */
import { queryTerms, type QueryTerm } from './search-text.ts';

/** Splits text into its words (word-like segments only). */
export type WordSegmenter = (text: string) => string[];

/** Intl.Segmenter's Thai word boundaries, as a WordSegmenter. */
export function thaiWordSegmenter(): WordSegmenter {
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
}

/**
 * Small words that official titles hold and searchers leave out: connectives, prepositions and the words around a
 * year. Leaving one out of the required words never loses the page a searcher wants.
 */
export const smallWords: ReadonlySet<string> = new Set([
  'ที่',
  'และ',
  'หรือ',
  'ใน',
  'ให้',
  'แก่',
  'กับ',
  'ต่อ',
  'จาก',
  'โดย',
  'เพื่อ',
  'ซึ่ง',
  'ได้',
  'มี',
  'เป็น',
  'ว่า',
  'ตาม',
  'ด้วย',
  'ไว้',
  'แห่ง',
  'ประจำ',
  'ปี',
  'พ.ศ',
  'ฉบับ',
  'เรื่อง',
  'เกี่ยวกับ',
  'ทั้ง',
  'อัน',
  'นี้',
  'นั้น',
]);

/**
 * Words that begin a compound with the word after them (การจัดซื้อ, ความโปร่งใส, ของขวัญ, ผู้บริหาร): a segmenter
 * splits them off, but alone they would match nearly every page, and without them ขวัญ is not ของขวัญ.
 */
export const leadingWords: ReadonlySet<string> = new Set(['การ', 'ความ', 'ของ', 'ผู้', 'นัก', 'เจ้า']);

/**
 * The content words of a term: its words without the small ones, a leading word joined to the word after it, in
 * order, each once. A term that is all small words keeps them (the searcher asked for nothing else).
 */
export function contentWords(term: string, segment: WordSegmenter): string[] {
  const words = segment(term);
  const content: string[] = [];
  let lead = '';
  for (const word of words) {
    if (leadingWords.has(word)) lead += word;
    else if (smallWords.has(word)) lead = '';
    else {
      content.push(lead + word);
      lead = '';
    }
  }
  if (lead && content.length === 0) content.push(lead);
  return [...new Set(content.length > 0 ? content : words)];
}

export interface Fallback {
  /** The terms to search instead: unchanged terms as they were, each replaced one by its content words */
  terms: QueryTerm[];
  /** The terms that had no exact match and were replaced, with the words searched in their place */
  replaced: { term: string; words: string[] }[];
}

/**
 * The query's fallback when a term is found in `pagesWithTerm[i]` ≤ `fewPages` pages: that term replaced by its content
 * words (all required). Quoted terms stay as written. Undefined when no term can be split into other words.
 */
export function wordFallback(terms: readonly QueryTerm[], pagesWithTerm: readonly number[], segment: WordSegmenter, fewPages = 0): Fallback | undefined {
  const replaced: Fallback['replaced'] = [];
  const fallback: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm) => {
    if (seen.has(term.text)) return;
    seen.add(term.text);
    fallback.push(term);
  };
  terms.forEach((term, index) => {
    const words = term.quoted || (pagesWithTerm[index] ?? 0) > fewPages ? [term.text] : contentWords(term.text, segment);
    if (words.length === 1 && words[0] === term.text) {
      add(term);
      return;
    }
    const wordTerms = words.flatMap((word) => queryTerms(word));
    replaced.push({ term: term.text, words: wordTerms.map((word) => word.text) });
    wordTerms.forEach(add);
  });
  return replaced.length > 0 ? { terms: fallback, replaced } : undefined;
}
