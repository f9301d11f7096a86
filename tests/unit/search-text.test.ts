import { describe, it, expect } from 'vitest';
import { decodeSearchText, encodeSearchText, matchableText, normalizeThaiText, queryTerms, textMatchesQuery } from '../../src/lib/search/search-text.ts';

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

  it('maps font presentation forms (U+F700–U+F71A) and doubled SARA E back to Thai characters', () => {
    expect(normalizeThaiText('ส\uF70Aวน')).toBe('ส่วน');
    expect(normalizeThaiText('ป\uF701ด')).toBe('ปิด');
    expect(normalizeThaiText('\u0E40\u0E40ผน')).toBe('แผน');
  });
});

describe('encodeSearchText and decodeSearchText', () => {
  it('writes each run as overlapping pairs of Latin-letter tokens and ends it with its last character', () => {
    const tokens = encodeSearchText('ของขวัญ').split(' ');
    expect(tokens).toHaveLength(7);
    expect(tokens.every((token) => /^[a-t]+$/.test(token))).toBe(true);
    expect(new Set(tokens).size).toBe(7);
  });

  it('gives the same tokens for a phrase wherever it stands, so a phrase search finds it in any context', () => {
    const alone = encodeSearchText('งบประมาณ').split(' ').slice(0, -1).join(' ');
    expect(encodeSearchText('ประจำปีงบประมาณ พ.ศ. 2567')).toContain(alone);
    expect(encodeSearchText('การใช้งบประมาณให้คุ้มค่า')).toContain(alone);
  });

  it('ignores whitespace between Thai letters but not around other text', () => {
    expect(encodeSearchText('ประโยชน์ ส่วนตน').toLowerCase()).toBe(encodeSearchText('ประโยชน์ส่วนตน'));
    expect(encodeSearchText('ITA 2566')).not.toBe(encodeSearchText('ITA2566'));
  });

  it('reads back the text a reader saw: spaces, upper case and Latin, digits and other scripts', () => {
    const text = 'ผลการประเมิน ITA ปี 2566 ได้ 79.84 คะแนน (ระดับ “ผ่าน”) — Café ✓ 𝐀';
    expect(decodeSearchText(encodeSearchText(text))).toBe(text);
    expect(decodeSearchText(encodeSearchText('ประโยชน์ ส่วนตน'))).toBe('ประโยชน์ ส่วนตน');
    expect(decodeSearchText(encodeSearchText('  ก  '))).toBe('ก');
  });

  it('matches Thai digits as 0–9 and still shows them as written', () => {
    expect(encodeSearchText('พ.ศ. ๒๕๖๗').toLowerCase()).toBe(encodeSearchText('พ.ศ. 2567'));
    expect(decodeSearchText(encodeSearchText('พ.ศ. ๒๕๖๗ และ 2567'))).toBe('พ.ศ. ๒๕๖๗ และ 2567');
    expect(textMatchesQuery('ปีงบประมาณ ๒๕๖๗', '2567')).toBe(true);
    expect(textMatchesQuery('ปีงบประมาณ 2567', '๒๕๖๗')).toBe(true);
  });

  it('reads Pagefind’s stored copy, which ends each block with a full stop, and keeps what is not a token', () => {
    const stored = `${encodeSearchText('มาตรการ')}. ${encodeSearchText('ข้อ 1')}.`;
    expect(decodeSearchText(stored)).toBe('มาตรการ ข้อ 1');
    expect(decodeSearchText('zzz 123 ' + encodeSearchText('ไทย'))).toBe('zzz 123 ไทย');
  });
});

describe('queryTerms', () => {
  it('searches a Thai phrase as the quoted phrase of its pairs, ranked by the same pairs unquoted', () => {
    const [term, ...others] = queryTerms('จัดซื้อจัดจ้าง');
    expect(others).toEqual([]);
    expect(term!.text).toBe('จัดซื้อจัดจ้าง');
    const pairs = encodeSearchText('จัดซื้อจัดจ้าง').split(' ').slice(0, -1).join(' ');
    expect(term!.pagefindQuery).toBe(`"${pairs}"`);
    expect(term!.rankingQuery).toBe(pairs);
  });

  it('splits terms at spaces except between Thai letters, drops punctuation around them and repeats', () => {
    expect(queryTerms('คะแนน ITA').map((term) => term.text)).toEqual(['คะแนน', 'ita']);
    expect(queryTerms('ประโยชน์ ส่วนตน').map((term) => term.text)).toEqual(['ประโยชน์ส่วนตน']);
    expect(queryTerms('"ของขวัญ", ของขวัญ').map((term) => term.text)).toEqual(['ของขวัญ']);
    expect(queryTerms('  ,, ')).toEqual([]);
  });

  it('searches a single character as a prefix, not as a phrase', () => {
    const [term] = queryTerms('ก');
    expect(term!.pagefindQuery).not.toContain('"');
    expect(term!.pagefindQuery).toBe(encodeSearchText('ก'));
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
