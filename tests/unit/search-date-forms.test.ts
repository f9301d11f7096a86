/**
 * Thai documents write a date's month and year two ways ("1 ต.ค. 66", "เดือนตุลาคม 2566") and citizens type either,
 * often without the dots ("ตค 66"). A page holding any form of a month or year typed holds that term. Expectations
 * written from what each page says, before the code: the index is written by the real writer and searched as Pagefind
 * would (tests/helpers/index-files.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPages, searchableTerms, type TileResult } from '../../src/lib/search/tile-search.ts';
import { queryTerms, textMatchesQuery } from '../../src/lib/search/search-text.ts';
import { termChunkLimit } from '../../src/lib/search/search-facets.ts';
import { writtenTestIndex } from '../helpers/index-files.ts';

const pages: Record<string, { title: string; text: string }> = {
  '/procurement/2567/2566-10/': { title: 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม 2566', text: 'จัดซื้อวัสดุสำนักงาน' },
  '/documents/2566/notice/': { title: 'ประกาศรับสมัคร', text: 'ประกาศ ณ วันที่ 1 ต.ค. 66 เรื่อง จัดซื้อครุภัณฑ์' },
  '/documents/2566/clause/': { title: 'ระเบียบการพัสดุ', text: 'ตามข้อ 66 ของระเบียบ การจัดซื้อ' },
  '/documents/2565/october/': { title: 'รายงานประจำเดือน ตุลาคม 2565', text: 'จัดซื้อน้ำมันเชื้อเพลิง' },
  '/documents/2568/may/': { title: 'ประกาศเดือน พ.ค. 2568', text: 'จ้างเหมาซ่อมถนน' },
};

const alternativesOf = (query: string) => queryTerms(query).map((term) => [term.text, (term.alternatives ?? []).map((alternative) => alternative.text)]);

describe('the forms of a month and a year a query may be written in', () => {
  it('a short month name and its full name stand for each other; a two-digit year for the Buddhist-era year beside a month', () => {
    expect(alternativesOf('จัดซื้อ ต.ค. 66')).toEqual([
      ['จัดซื้อ', []],
      ['ต.ค', ['ตุลาคม']],
      ['66', ['2566']],
    ]);
    expect(alternativesOf('ตุลาคม 2566')).toEqual([
      ['ตุลาคม', ['ต.ค']],
      ['2566', ['66']],
    ]);
  });

  it('a short month name typed without its dots is read as one when the query names a year too', () => {
    expect(alternativesOf('ตค 66')).toEqual([
      ['ตค', ['ตุลาคม', 'ต.ค']],
      ['66', ['2566']],
    ]);
    // ก.พ. is also the Civil Service Commission: without a year, กพ is only itself.
    expect(alternativesOf('กพ')).toEqual([['กพ', []]]);
  });

  it('a two-digit number is a year only beside a month or a word for year', () => {
    expect(alternativesOf('ระเบียบ 66')).toEqual([
      ['ระเบียบ', []],
      ['66', []],
    ]);
    expect(alternativesOf('ปีงบประมาณ 67')).toEqual([
      ['ปีงบประมาณ', []],
      ['67', ['2567']],
    ]);
    expect(alternativesOf('แผน พ.ศ. 68')).toEqual([
      ['แผน', []],
      ['พ.ศ', []],
      ['68', ['2568']],
    ]);
  });

  it('a quoted phrase is searched as written', () => {
    expect(alternativesOf('"ต.ค. 66"')).toEqual([
      ['ต.ค', []],
      ['66', []],
    ]);
  });

  it('says a page matches when it holds any form (the truth recall is measured against)', () => {
    expect(textMatchesQuery(pages['/documents/2566/notice/']!.text, 'ตุลาคม 2566')).toBe(true);
    expect(textMatchesQuery(pages['/documents/2566/clause/']!.text, 'ตุลาคม 2566')).toBe(false);
  });
});

describe('searching a month and a year on an index', () => {
  let boundaries: readonly string[];
  let pagefind: { preload(term: string): Promise<void>; search(term: string | null): Promise<{ results: TileResult[] }> };
  let urlOf: Map<string, string>;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    const index = await writtenTestIndex(Object.entries(pages).map(([url, { title, text }]) => ({ url, title, text })));
    ({ boundaries, pagefind, remove } = index);
    urlOf = new Map([...index.ids].map(([url, id]) => [id, url]));
  });
  afterAll(() => remove());

  const found = async (query: string) => {
    const { searched } = searchableTerms(boundaries, queryTerms(query), termChunkLimit);
    const result = await findPages(pagefind, searched, boundaries);
    return result.pages.map((page) => urlOf.get(page.result.id)).sort();
  };

  it.each([
    ['จัดซื้อ ต.ค. 66', ['/documents/2566/notice/', '/procurement/2567/2566-10/']],
    ['ตุลาคม 2566', ['/documents/2566/notice/', '/procurement/2567/2566-10/']],
    ['ตค 66', ['/documents/2566/notice/', '/procurement/2567/2566-10/']],
    ['ต.ค. 65', ['/documents/2565/october/']],
    ['พฤษภาคม 68', ['/documents/2568/may/']],
    ['ระเบียบ 66', ['/documents/2566/clause/']],
  ])('“%s” finds the pages that hold it in any form', async (query, expected) => {
    expect(await found(query)).toEqual(expected);
  });

  it('counts each form of a term on a page where it stands', async () => {
    const { searched } = searchableTerms(boundaries, queryTerms('ต.ค. 66'), termChunkLimit);
    const result = await findPages(pagefind, searched, boundaries);
    expect(result.pagesWithTerm).toEqual([3, 3]);
    const notice = result.pages.find((page) => urlOf.get(page.result.id) === '/documents/2566/notice/')!;
    // "ประกาศ ณ วันที่ 1 ต.ค. 66": the short month and the year where they stand, as the title's words count first.
    expect(notice.occurrences.map((positions) => positions.length)).toEqual([1, 1]);
  });
});
