import { describe, it, expect } from 'vitest';
import { excerptOf, resultExcerpt, termRanges } from '../../src/lib/search/excerpt.ts';
import { forCitizens, inOrder, scoreBands, titleTiers } from '../../src/lib/search/combine-results.ts';
import { textPositions } from '../../src/lib/search/search-text.ts';
import { fragmentContent } from '../../src/lib/search/write-search-index.ts';

const marked = (parts: { text: string; match: boolean }[]) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

describe('termRanges', () => {
  it('finds every occurrence, in lower case and across spaces between Thai letters, as ranges of the shown text', () => {
    const text = 'ผลประโยชน์ ส่วนตน และ ITA กับ ita';
    expect(termRanges(text, ['ประโยชน์ส่วนตน']).map(([from, to]) => text.slice(from, to))).toEqual(['ประโยชน์ ส่วนตน']);
    expect(termRanges(text, ['ita']).map(([from, to]) => text.slice(from, to))).toEqual(['ITA', 'ita']);
  });

  it('merges overlapping matches of several terms and finds nothing for an absent term', () => {
    expect(termRanges('จัดซื้อจัดจ้าง', ['จัดซื้อ', 'ซื้อจัด'])).toEqual([[0, 10]]);
    expect(termRanges('จัดซื้อจัดจ้าง', ['ของขวัญ'])).toEqual([]);
  });
});

describe('excerptOf', () => {
  it('marks the terms in a window around the first match and shows where text was left out', () => {
    const text = `${'ก'.repeat(300)} นโยบายไม่รับของขวัญหรือของกำนัล ${'ข'.repeat(300)}`;
    const excerpt = marked(excerptOf(text, ['ของขวัญ'], 120));
    expect(excerpt).toContain('[ของขวัญ]');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThan(140);
  });

  it('never cuts inside a Thai word: the excerpt begins and ends at word boundaries', () => {
    const words = ['องค์การบริหารส่วนตำบล', 'ได้ดำเนินการ', 'ตามมาตรการ', 'ส่งเสริมคุณธรรม', 'และความโปร่งใส', 'ประจำปีงบประมาณ'];
    const before = words.join('').repeat(4);
    const after = words.join('').repeat(4);
    const text = `${before}นโยบายไม่รับของขวัญ${after}`;
    const shown = excerptOf(text, ['ของขวัญ'], 120)
      .map((part) => part.text)
      .join('');
    const inner = shown.replace(/^…/, '').replace(/…$/, '');
    const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    const boundaries = new Set([...segmenter.segment(text)].flatMap((segment) => [segment.index, segment.index + segment.segment.length]));
    const at = text.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect(boundaries.has(at), `starts inside a word: ${inner.slice(0, 12)}`).toBe(true);
    expect(boundaries.has(at + inner.length), `ends inside a word: ${inner.slice(-12)}`).toBe(true);
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
  });

  it('shows the start of a short text whole, with every match marked', () => {
    expect(marked(excerptOf('ของขวัญ และ ของขวัญ', ['ของขวัญ']))).toBe('[ของขวัญ] และ [ของขวัญ]');
  });

  it('falls back to the start of the text when the match is elsewhere (e.g. in the title)', () => {
    expect(marked(excerptOf('ข้อความทั่วไป', ['ไม่มี']))).toBe('ข้อความทั่วไป');
  });
});

describe('resultExcerpt', () => {
  it('shows where the terms occur after the title, which the result already shows', () => {
    expect(marked(resultExcerpt('มาตรการของขวัญ ขั้นตอน ไม่รับของขวัญ', 'มาตรการของขวัญ', ['ของขวัญ']))).toBe('ขั้นตอน ไม่รับ[ของขวัญ]');
  });

  it('shows the fields as the page wrote them, with no full stop added after each', () => {
    const stored = fragmentContent([
      { text: 'ประกาศ ปี 2567', weight: 7 },
      { text: 'หมวด', weight: 1 },
      { text: 'ปีงบประมาณ', weight: 1 },
      { text: '2567', weight: 1 },
      { text: 'ไม่รับของขวัญ', weight: 1 },
    ]);
    expect(stored).toBe('ประกาศ ปี 2567 หมวด ปีงบประมาณ 2567 ไม่รับของขวัญ');
    expect(marked(resultExcerpt(stored, 'ประกาศ ปี 2567', ['ของขวัญ']))).toBe('หมวด ปีงบประมาณ 2567 ไม่รับ[ของขวัญ]');
  });

  it('falls back to the title when only the title has the terms', () => {
    expect(marked(resultExcerpt('มาตรการของขวัญ ขั้นตอน', 'มาตรการของขวัญ', ['ของขวัญ']))).toBe('มาตรการ[ของขวัญ] ขั้นตอน');
  });
});

describe('inOrder', () => {
  // Ids are the index's tag (five characters) and the page's number in base 36; pages are numbered newest first.
  const entry = (number: number, score: number) => ({ result: { id: `abcde${number.toString(36)}`, score: 0 }, score });
  const numbers = (entries: { result: { id: string } }[]) => entries.map((found) => Number.parseInt(found.result.id.slice(5), 36));

  it('puts the most relevant first, ties in the index’s order', () => {
    expect(numbers(inOrder([entry(3, 1), entry(40, 5), entry(2, 1)], { newestFirst: false, datedPages: 10 }))).toEqual([40, 2, 3]);
  });

  it('newest first: the dated pages by their number, then the others by relevance instead of dropping them', () => {
    expect(numbers(inOrder([entry(12, 1), entry(7, 1), entry(2, 0.5), entry(11, 9)], { newestFirst: true, datedPages: 10 }))).toEqual([2, 7, 11, 12]);
  });

  it('newest first over a merged index: its pages, numbered on their own and undated, come after the dated ones by relevance', () => {
    const merged = (number: number, score: number) => ({ result: { id: `vwxyz${number.toString(36)}`, score: 0 }, score });
    const ordered = inOrder([merged(0, 3), entry(12, 1), merged(1, 0.2), entry(7, 1), entry(2, 0.5)], { newestFirst: true, datedPages: 10, datedTag: 'abcde' });
    expect(ordered.map((found) => found.result.id)).toEqual(['abcde2', 'abcde7', 'vwxyz0', 'abcdec', 'vwxyz1']);
  });
});

describe('forCitizens', () => {
  // Ranked by score: a 2566 catalogue page, the agency's measure, a 2567 catalogue page, a report.
  const found = [
    { result: { id: 'oit-2566', score: 9 }, score: 9 },
    { result: { id: 'measure', score: 8 }, score: 8 },
    { result: { id: 'oit-2567', score: 7 }, score: 7 },
    { result: { id: 'report', score: 2 }, score: 2 },
  ];
  const catalogue = new Map([
    ['oit-2566', 2566],
    ['oit-2567', 2567],
  ]);
  const ids = (entries: { result: { id: string } }[]) => entries.map((entry) => entry.result.id);

  it("puts the agency's own pages before the catalogue's and leaves out other ITA years' catalogue pages", () => {
    expect(ids(forCitizens(found, { catalogue, currentYear: 2567, allYears: false, keepOrder: false }))).toEqual(['measure', 'report', 'oit-2567']);
  });

  it('keeps every year when the searcher chose the catalogue or a year, and keeps a requested order', () => {
    expect(ids(forCitizens(found, { catalogue, currentYear: 2567, allYears: true, keepOrder: false }))).toEqual(['measure', 'report', 'oit-2566', 'oit-2567']);
    expect(ids(forCitizens(found, { catalogue, currentYear: 2567, allYears: false, keepOrder: true }))).toEqual(['measure', 'oit-2567', 'report']);
  });

  it('keeps every catalogue page when there is no current ITA year', () => {
    expect(ids(forCitizens(found, { catalogue, currentYear: undefined, allYears: false, keepOrder: false }))).toEqual([
      'measure',
      'report',
      'oit-2566',
      'oit-2567',
    ]);
  });
});

describe('scoreBands', () => {
  it('puts the pages scoring at least half the best before the others, each band in its order', () => {
    const bands = scoreBands([
      { id: 'a', score: 10 },
      { id: 'b', score: 2 },
      { id: 'c', score: 5 },
      { id: 'd', score: 4.9 },
    ]);
    expect(bands.map((band) => band.map((entry) => entry.id))).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });
});

describe('titleTiers', () => {
  it('puts the pages whose title holds every term before the others, each tier in its order', () => {
    const body = textPositions + 40;
    const tiers = titleTiers([
      // The list of measures: its title begins with one word, its text lists the other.
      { id: 'list', occurrences: [[0], [body]] },
      // The measure: one word in its title, the other among its labels (also title positions).
      { id: 'measure', occurrences: [[25], [19, body]] },
      { id: 'text-only', occurrences: [[body], [body + 9]] },
      { id: 'one-term-title', occurrences: [[2, body]] },
      { id: 'no-terms', occurrences: [] },
    ]);
    expect(tiers.map((tier) => tier.map((entry) => entry.id))).toEqual([
      ['measure', 'one-term-title'],
      ['list', 'text-only', 'no-terms'],
    ]);
  });

  it('counts the last title position as the title and the first text position as not', () => {
    const tiers = titleTiers([{ id: 'edge', occurrences: [[textPositions - 1], [textPositions]] }]);
    expect(tiers[0]).toEqual([]);
    expect(titleTiers([{ id: 'edge', occurrences: [[textPositions - 1]] }])[0]).toHaveLength(1);
  });
});
