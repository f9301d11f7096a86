import { describe, it, expect } from 'vitest';
import { queryTerms } from '../../src/lib/search/search-text.ts';
import { contentWords, thaiWordSegmenter, wordFallback } from '../../src/lib/search/word-fallback.ts';
import { textContains } from '../../scripts/lib/thai-corpus.ts';
import { correctedQuery, editDistance, formatVocabulary, nearestWord, parseVocabulary, queryText, suggestSpelling } from '../../src/lib/search/spelling.ts';

const segment = thaiWordSegmenter();

describe('queryTerms: what a citizen types', () => {
  it('separates words at any kind of space, in any number, and keeps a quoted phrase together', () => {
    const texts = (query: string) => queryTerms(query).map((term) => term.text);
    expect(texts('มาตรการ สินบน')).toEqual(['มาตรการ', 'สินบน']);
    expect(texts('  จัดซื้อจัดจ้าง \t  โปร่งใส ')).toEqual(['จัดซื้อจัดจ้าง', 'โปร่งใส']);
    expect(texts('ข้อมูล\u00a0สาธารณะ')).toEqual(['ข้อมูล', 'สาธารณะ']);
    expect(texts('มาตรการ\u3000ดุลพินิจ')).toEqual(['มาตรการ', 'ดุลพินิจ']);
    expect(texts('O10 นโยบาย')).toEqual(['o10', 'นโยบาย']);
    // Inside quotation marks a space between Thai letters is a PDF's stray space, as in the index.
    expect(queryTerms('"ประโยชน์ ส่วนตน"')).toEqual([expect.objectContaining({ text: 'ประโยชน์ส่วนตน', quoted: true })]);
    expect(queryTerms('“No Gift”').map((term) => [term.text, term.phrase])).toEqual([
      ['no', 0],
      ['gift', 0],
    ]);
    // A quotation mark never closed is not a phrase.
    expect(queryTerms('"ของขวัญ ผู้บริหาร').map((term) => [term.text, term.quoted ?? false])).toEqual([
      ['ของขวัญ', false],
      ['ผู้บริหาร', false],
    ]);
  });
});

describe('wordFallback: short forms and joined words', () => {
  it('drops the small words people leave out, keeps a word that begins a compound with the next, and keeps the content words', () => {
    expect(contentWords('แผนและงบประมาณประจำปี', segment)).not.toEqual(expect.arrayContaining(['และ', 'ประจำ', 'ปี']));
    expect(contentWords('แผนและงบประมาณประจำปี', segment).join('')).toBe('แผนงบประมาณ');
    expect(contentWords('ของขวัญผู้บริหาร', segment)).toEqual(['ของขวัญ', 'ผู้บริหาร']);
    expect(contentWords('ร้องเรียนทุจริต', segment).length).toBeGreaterThan(1);
    // A term of small words only keeps them.
    expect(contentWords('ของ', segment)).toEqual(['ของ']);
  });

  it('replaces only the terms no page holds, and never a quoted one', () => {
    const terms = queryTerms('รายงานติดตามงบ มาตรการ');
    const fallback = wordFallback(terms, [0, 12], segment)!;
    expect(fallback.replaced.map((replaced) => replaced.term)).toEqual(['รายงานติดตามงบ']);
    expect(fallback.replaced[0]!.words.join('')).toBe('รายงานติดตามงบ');
    expect(fallback.replaced[0]!.words.length).toBeGreaterThan(1);
    expect(fallback.terms.map((term) => term.text)).toContain('มาตรการ');
    expect(wordFallback(queryTerms('"รายงานติดตามงบ"'), [0], segment)).toBeUndefined();
    expect(wordFallback(terms, [3, 12], segment)).toBeUndefined();
  });
});

describe('spelling suggestions', () => {
  it('counts a missing, extra or wrong letter, or two swapped, as one edit, and a slip of a mark or of a final consonant of the same sound as half', () => {
    expect(editDistance('สินบน', 'สินนบน')).toBe(1);
    expect(editDistance('มาตรการ', 'มาตรกรา')).toBe(1);
    expect(editDistance('โปร่งใส', 'โปรงใส')).toBe(0.5);
    expect(editDistance('จัดจ้าง', 'จัดจ่าง')).toBe(0.5);
    expect(editDistance('ดุลพินิจ', 'ดุลพินิต')).toBe(0.5);
    expect(editDistance('ดุลพินิจ', 'ดุลพินิม')).toBe(1);
    expect(editDistance('ของขวัญ', 'ของขวน')).toBe(1);
    // Two letters changed cost more than a mark and a final sound: ของขวน is nearer ของขวัญ than ของตน.
    expect(editDistance('ของตน', 'ของขวน')).toBe(2);
    expect(editDistance('ของขวัญ', 'อะไรก็ได้', 2)).toBe(3);
  });

  const vocabulary = parseVocabulary(
    formatVocabulary(
      new Map([
        ['ของ', 50],
        ['ของตน', 40],
        ['ขวัญ', 9],
        ['ของขวัญ', 8],
        ['ชวน', 2],
        ['ดุล', 3],
        ['พินิจ', 3],
        ['ดุลพินิจ', 3],
        ['ต่าง', 20],
        ['จัด', 30],
        ['จ้าง', 12],
        ['จัดจ้าง', 10],
        ['จัดซื้อ', 10],
        ['ซื้อ', 10],
        ['ซื้อจัด', 9],
        ['สิน', 5],
        ['บน', 5],
        ['สินบน', 4],
        ['โปร่งใส', 6],
        ['once', 1],
      ]),
    ),
  );

  it('writes the vocabulary most frequent first, without words seen once', () => {
    expect(vocabulary[0]).toBe('ของ');
    expect(vocabulary).not.toContain('once');
  });

  it('suggests the nearest word or pair of words the site holds, the more frequent on a tie', () => {
    expect(nearestWord('โปรงใส', vocabulary)?.word).toBe('โปร่งใส');
    expect(suggestSpelling('ของขวน', vocabulary, segment)).toBe('ของขวัญ');
    expect(suggestSpelling('ดุลพินิต', vocabulary, segment)).toBe('ดุลพินิจ');
    expect(suggestSpelling('สินนบน', vocabulary, segment)).toBe('สินบน');
    expect(suggestSpelling('จัดซื้อจัดจ่าง', vocabulary, segment)).toBe('จัดซื้อจัดจ้าง');
    expect(suggestSpelling('กขคงจฉชซ', vocabulary, segment)).toBeUndefined();
  });

  it('corrects only the terms no page holds and leaves quoted ones as typed', () => {
    const terms = queryTerms('โปรงใส จัดซื้อ "ดุลพินิต"');
    expect(correctedQuery(terms, [0, 4, 0], vocabulary, segment)).toBe('โปร่งใส จัดซื้อ "ดุลพินิต"');
    expect(correctedQuery(queryTerms('จัดซื้อ'), [4], vocabulary, segment)).toBeUndefined();
    expect(queryText(queryTerms('"No Gift" ผู้บริหาร'))).toBe('"no gift" ผู้บริหาร');
  });
});

describe('textContains (the recall test’s truth)', () => {
  it('requires every word typed with spaces, in any order, and a quoted phrase whole, its Thai spaces ignored', () => {
    const text = 'ผู้บริหารประกาศนโยบายไม่รับของขวัญ และไม่เห็นแก่ ประโยชน์ส่วนตน';
    expect(textContains(text, 'ของขวัญ ผู้บริหาร')).toBe(true);
    expect(textContains(text, 'ของขวัญผู้บริหาร')).toBe(false);
    expect(textContains(text, '"ไม่เห็นแก่ ประโยชน์ส่วนตน"')).toBe(true);
    expect(textContains(text, '"ของขวัญ ผู้บริหาร"')).toBe(false);
    expect(textContains(text, 'ของขวัญ สินบน')).toBe(false);
  });
});
