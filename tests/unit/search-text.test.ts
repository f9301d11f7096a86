import { TokenTable } from '../../src/lib/search/token-table.ts';
import { describe, it, expect } from 'vitest';
import {
  TokenKeys,
  matchableText,
  normalizeThaiText,
  queryTerms,
  termOccurrences,
  textMatchesQuery,
  textTokens,
  tokenUnits,
} from '../../src/lib/search/search-text.ts';

describe('normalizeThaiText', () => {
  it('writes SARA AM from NIKHAHIT + SARA AA, also with a tone mark in between, as PDF text layers give it', () => {
    expect(normalizeThaiText('ตําบล')).toBe('ตำบล');
    expect(normalizeThaiText('น\u0E4D\u0E49\u0E32')).toBe('น้ำ');
    expect(normalizeThaiText('น\u0E49\u0E4D\u0E32')).toBe('น้ำ');
  });

  it('removes spaces a PDF text layer put where no Thai word can break, and keeps the others', () => {
    expect(normalizeThaiText('ร ับของขวัญ')).toBe('รับของขวัญ');
    expect(normalizeThaiText('ส ่วนตน')).toBe('ส่วนตน');
    expect(normalizeThaiText('เ ป็น')).toBe('เป็น');
    expect(normalizeThaiText('ประจํ า')).toBe('ประจำ');
    expect(normalizeThaiText('ของขวัญ หรือ ของกำนัล')).toBe('ของขวัญ หรือ ของกำนัล');
  });

  it('puts a tone mark a PDF text layer wrote before its upper vowel after it (ท่ี → ที่), and leaves typed text alone', () => {
    expect(normalizeThaiText('ท\u0E48\u0E35')).toBe('ที่');
    expect(normalizeThaiText('ซ\u0E49\u0E37\u0E2D')).toBe('ซื้อ');
    expect(normalizeThaiText('ผ\u0E48\u0E31\u0E19')).toBe('ผั่น');
    expect(normalizeThaiText('ที่ซื้อ')).toBe('ที่ซื้อ');
  });

  it('maps font presentation forms (U+F700–U+F71A) and doubled SARA E back to Thai characters', () => {
    expect(normalizeThaiText('ส\uF70Aวน')).toBe('ส่วน');
    expect(normalizeThaiText('ป\uF701ด')).toBe('ปิด');
    expect(normalizeThaiText('\u0E40\u0E40ผน')).toBe('แผน');
  });
});

describe('textTokens and queryTerms', () => {
  const hitsOf = (text: string) => {
    const hits = new Map<string, number[]>();
    textTokens(text).forEach((token, position) => hits.set(token, [...(hits.get(token) ?? []), position]));
    return hits;
  };
  /** Where `query`'s single term occurs in `text`, found from the tokens the index would hold, as search finds it. */
  const found = (text: string, query: string) => {
    const [term] = queryTerms(query);
    const tokens = textTokens(text);
    // A tile finds the tokens that begin with it (Pagefind's prefix search).
    const tileHits = term!.tiles.map((tile) => new Map([['page', tokens.flatMap((token, position) => (token.startsWith(tile.token) ? [position] : []))]]));
    return termOccurrences(term!, tileHits).get('page') ?? [];
  };

  it('gives the same tokens through unit numbers however many distinct units came before (more than 32,768)', () => {
    const text = 'ประโยชน์ส่วนตน ITA 2567 ของขวัญ';
    const keys = new TokenKeys();
    // Nearly forty thousand distinct units first: CJK ideographs and Hangul syllables, one unit each.
    let ideographs = '';
    for (const [from, to] of [
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xac00, 0xd7a3],
    ] as const)
      for (let code = from; code <= to; code += 1) ideographs += String.fromCodePoint(code);
    expect([...ideographs].length).toBeGreaterThan(32_768);
    // As an index build numbers them (write-search-index.ts): unit numbers, tokens numbered by a TokenTable.
    const table = new TokenTable();
    keys.forEachTokenUnits(ideographs, (units, from, count) => table.number(units, from, count));
    const tokens: string[] = [];
    keys.forEachTokenUnits(text, (units, from, count, full) => tokens.push(keys.spellUnits(units, from, count, full)));
    expect(tokens).toEqual(textTokens(text));
    const distinct = new Set<number>();
    keys.forEachTokenUnits(`${text} ${text}`, (units, from, count) => distinct.add(table.number(units, from, count)));
    expect(distinct.size).toBe(new Set(textTokens(`${text} ${text}`)).size);
  });

  it(`writes one Latin-letter token per unit (a character with the marks that follow it), of ${tokenUnits} units, ending in y, or z where the run ends sooner`, () => {
    const tokens = textTokens('ของขวัญกำนัล');
    // ข อ ง ข วั ญ กำ นั ล
    expect(tokens).toHaveLength(9);
    expect(tokens.every((token) => /^[a-t]+[yz]$/.test(token))).toBe(true);
    expect(tokens.slice(0, 9 - tokenUnits + 1).every((token) => token.endsWith('y'))).toBe(true);
    expect(tokens.slice(9 - tokenUnits + 1).every((token) => token.endsWith('z'))).toBe(true);
    expect(new Set(tokens).size).toBe(9);
  });

  it(`cuts a long term into tiles of ${tokenUnits} units that overlap by one, the last ending with the term`, () => {
    // ไ ม่ เ ห็ น แ ก่ ป ระ โ ย ช น์ ส่ ว น ต น: 18 units
    expect(queryTerms('ไม่เห็นแก่ประโยชน์ส่วนตน')[0]!.tiles.map((tile) => tile.offset)).toEqual([0, 5, 10, 12]);
    expect(queryTerms('ประโยชน์ส่วนตน')[0]!.tiles.map((tile) => tile.offset)).toEqual([0, 5]);
    expect(queryTerms('ของขวัญ')[0]!.tiles.map((tile) => tile.offset)).toEqual([0]);
    expect(queryTerms('ก')[0]!.tiles).toHaveLength(1);
  });

  it('finds a phrase wherever it stands, whatever the words around it', () => {
    expect(found('ประจำปีงบประมาณ พ.ศ. 2567', 'งบประมาณ')).toHaveLength(1);
    expect(found('การใช้งบประมาณให้คุ้มค่า และงบประมาณอื่น', 'งบประมาณ')).toHaveLength(2);
    expect(found('ลูกจ้างและพนักงานจ้าง', 'จ้าง')).toHaveLength(2);
    expect(found('ข้าราชการไม่เห็นแก่ประโยชน์ส่วนตนมากขึ้น', 'ประโยชน์ส่วนตน')).toHaveLength(1);
  });

  it('does not find a phrase whose pieces are only near each other, or that differs in a mark', () => {
    expect(found('ประโยชน์ของส่วนรวม และส่วนตัว', 'ประโยชน์ส่วนตัว')).toEqual([]);
    expect(found('ส่วนต้น', 'ส่วนตน')).toEqual([]);
    // The query's last unit may carry more marks in the text (the text still contains the query); a unit inside may not.
    expect(found('ก่อนนี้', 'กอน')).toEqual([]);
    expect(found('ข้าราชการ', 'ข้าราช')).toHaveLength(1);
  });

  it('ignores whitespace between Thai letters but not around other text', () => {
    expect(textTokens('ประโยชน์ ส่วนตน')).toEqual(textTokens('ประโยชน์ส่วนตน'));
    expect(textTokens('ITA 2566')).not.toEqual(textTokens('ITA2566'));
    expect(found('ประโยชน์ ส่วนตน', 'ประโยชน์ส่วนตน')).toHaveLength(1);
  });

  it('matches case-insensitively and Thai digits as 0–9', () => {
    expect(textTokens('พ.ศ. ๒๕๖๗')).toEqual(textTokens('พ.ศ. 2567'));
    expect(found('ผลการประเมิน ITA', 'ita')).toHaveLength(1);
    expect(textMatchesQuery('ปีงบประมาณ ๒๕๖๗', '2567')).toBe(true);
    expect(textMatchesQuery('ปีงบประมาณ 2567', '๒๕๖๗')).toBe(true);
  });

  it('makes no token the beginning of another, so a tile finds only tokens that begin with the same units', () => {
    const tokens = [...hitsOf('กขคง กขค ขคงจ').keys()];
    for (const a of tokens) for (const b of tokens) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });

  it('splits terms at every space a searcher types (between Thai letters too, except inside quotation marks), drops punctuation around them and repeats', () => {
    expect(queryTerms('คะแนน ITA').map((term) => term.text)).toEqual(['คะแนน', 'ita']);
    expect(queryTerms('ประโยชน์ ส่วนตน').map((term) => term.text)).toEqual(['ประโยชน์', 'ส่วนตน']);
    expect(queryTerms('"ประโยชน์ ส่วนตน"').map((term) => term.text)).toEqual(['ประโยชน์ส่วนตน']);
    expect(queryTerms('"ของขวัญ", ของขวัญ').map((term) => term.text)).toEqual(['ของขวัญ']);
    expect(queryTerms('  ,, ')).toEqual([]);
  });
});

describe('termOccurrences', () => {
  it('finds the pages where every tile stands at its offset from the first, with where the term starts', () => {
    const [term] = queryTerms('ไม่เห็นแก่ประโยชน์ส่วนตน');
    const offsets = term!.tiles.map((tile) => tile.offset);
    const at = (start: number) => offsets.map((offset) => start + offset);
    const hits = offsets.map(
      (_, index) =>
        new Map([
          ['a', [at(5)[index]!, at(40)[index]!]],
          ['b', [at(9)[index]! + (index === 2 ? 1 : 0)]],
        ]),
    );
    expect([...termOccurrences(term!, hits)]).toEqual([['a', [5, 40]]]);
  });
});

describe('textMatchesQuery (the truth the recall test measures against)', () => {
  it('is true when the text contains every term, compared in lower case and without spaces between Thai letters', () => {
    expect(textMatchesQuery('ข้าราชการไม่เห็นแก่ประโยชน์ส่วนตนมากขึ้น', 'ประโยชน์ส่วนตน')).toBe(true);
    expect(textMatchesQuery('ประโยชน์ ส่วนตน', 'ประโยชน์ส่วนตน')).toBe(true);
    expect(textMatchesQuery('ผลการประเมิน ITA มีคะแนนรวม', 'คะแนน ita')).toBe(true);
  });

  it('is false for words that are only near each other or differ in a mark', () => {
    expect(textMatchesQuery('ประโยชน์ของส่วนรวม และส่วนตัว', 'ประโยชน์ส่วนตัว')).toBe(false);
    expect(textMatchesQuery('ส่วนต้น', 'ส่วนตน')).toBe(false);
    expect(textMatchesQuery('คะแนนรวม', 'คะแนน ITA')).toBe(false);
    expect(textMatchesQuery('อะไรก็ได้', '')).toBe(false);
  });

  it('matchableText is the lower-case runs, one space apart', () => {
    expect(matchableText('ITA  ปี\n2566 ประโยชน์ ส่วนตน')).toBe('ita ปี 2566 ประโยชน์ส่วนตน');
  });
});
