import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inThreadVocabulary, Vocabulary, vocabularyInWorker, type VocabularyCounter } from '../../src/lib/search/vocabulary.ts';

const texts = [
  'มาตรการป้องกันการรับสินบน ของขวัญ และประโยชน์อื่นใด',
  'ประกาศเจตนารมณ์ No Gift Policy ไม่รับของขวัญ',
  'ของขวัญ ของขวัญ ช่องทางร้องเรียน ร้องเรียนการทุจริต',
  // Enough text that the worker gets several batches.
  ...Array.from({ length: 400 }, (_, index) => `แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ${2560 + (index % 8)} รายงานผลการดำเนินงาน`.repeat(60)),
];

async function vocabularyOf(counter: VocabularyCounter, order: readonly string[]): Promise<string[]> {
  for (const text of order) counter.add(text);
  return (await counter.text()).split('\n');
}

describe('the spelling vocabulary, counted on the build thread or on its own', () => {
  it('is the same file from a worker thread, in whatever order the pages come', async () => {
    const here = await vocabularyOf(inThreadVocabulary(), texts);
    const there = await vocabularyOf(vocabularyInWorker(), [...texts].reverse());
    // จัด and การ are written twice in each repeated phrase: the most frequent words come first.
    expect(here.slice(0, 2)).toEqual(expect.arrayContaining(['จัด', 'การ']));
    expect(here).toContain('ของขวัญ');
    expect(there).toEqual(here);
  });

  it("lists a name of several words written together whole when asked to (the procurement index's shops), once-seen ones too", async () => {
    const names = ['ร้านสมใจการค้า จัดซื้อวัสดุ', 'หจก.ทองดีก่อสร้าง', 'ร้านสมใจการค้า'];
    const pairs = await vocabularyOf(inThreadVocabulary(), names);
    expect(pairs).toContain('ร้านสมใจ');
    expect(pairs).not.toContain('สมใจการค้า');
    const runs = await vocabularyOf(inThreadVocabulary({ longestRun: 4, minimumCount: 1 }), names);
    // ร้าน|สมใจ|การ|ค้า: every run of two to four words; ดี|ก่อสร้าง seen once.
    expect(runs).toEqual(expect.arrayContaining(['ร้านสมใจการค้า', 'สมใจการค้า', 'ร้านสมใจการ', 'การค้า', 'ดีก่อสร้าง', 'จัดซื้อวัสดุ']));
    // หจก.ทอง is one segment: the name is listed with and without its abbreviation.
    expect(runs).toEqual(expect.arrayContaining(['หจก.ทองดีก่อสร้าง', 'ทองดีก่อสร้าง']));
    expect(pairs).not.toContain('ทองดีก่อสร้าง');
    // Counted as often as the phrase is seen: the name twice, before the words seen once.
    expect(runs.indexOf('ร้านสมใจการค้า')).toBeLessThan(runs.indexOf('ดีก่อสร้าง'));
    // No run joins words across a space, nor runs longer than four words.
    expect(runs.some((entry) => entry.includes('ค้าจัด'))).toBe(false);
    expect(await vocabularyOf(inThreadVocabulary({ longestRun: 3, minimumCount: 1 }), names)).not.toContain('ร้านสมใจการค้า');
    expect(await vocabularyOf(inThreadVocabulary({ longestRun: 4, minimumCount: 1, limit: 3 }), names)).toHaveLength(3);
  });

  it('takes no text once written', async () => {
    const counter = vocabularyInWorker();
    counter.add('ของขวัญ ของขวัญ');
    expect(await counter.text()).toContain('ของขวัญ');
    expect(() => counter.add('สินบน')).toThrow();
  });
});

/** The counts as segmenting each text whole would give them (the vocabulary segments phrase by phrase, remembering each). */
function wholeTextCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const count = (word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const text of texts) {
    let previous: { word: string; end: number } | undefined;
    for (const { segment, index, isWordLike } of segmenter.segment(text)) {
      const word = segment.toLowerCase();
      if (!isWordLike || !/\p{L}/u.test(word) || word.length > 40) {
        previous = undefined;
        continue;
      }
      count(word);
      if (previous && previous.end === index) count(previous.word + word);
      previous = { word, end: index + segment.length };
    }
  }
  return counts;
}

/** Texts where a space meets what word rules may join to it: marks, joiners, format characters, other spaces. */
const edgeTexts = [
  'ก ิข ค  ่ง', // a combining mark typed after a space (PDF text does this)
  'ของ\u00a0ขวัญ ของ\u2007ขวัญ ของ\u202fขวัญ', // no-break spaces
  'ของ \ufeffขวัญ ของ\ufeff ขวัญ', // a byte-order mark beside a space
  'ของ \u200dขวัญ ของ \u200cขวัญ ของ\u200bขวัญ', // joiners and the zero-width space
  '👍 🏻ok 👍🏻 ok', // an emoji modifier after a space
  'ｶ ﾞｶﾞ ｷ ﾟ', // half-width kana with their sound marks
  '  สินบน   สินบน  ', // several spaces, leading and trailing
  "don't e-GP O21 o21 1,000.50 ๑๒๓ บาท https://example.go.th/a?b=1",
  'ร้องเรียน\tทุจริต\nร้องเรียน', // other white space (block text is collapsed, attachments may not be)
  'ab\ud800cd สินบน\udc00 ab\ud800cd', // lone surrogates (text read from a broken PDF)
];

describe('the vocabulary segments phrase by phrase', () => {
  it('counts what segmenting each text whole counts, over the example site, the fixtures and texts around spaces', async () => {
    const files = [];
    for (const folder of ['content', 'tests/fixtures'])
      for (const name of await readdir(folder, { recursive: true })) if (/\.(md|mdx|ya?ml)$/.test(name)) files.push(path.join(folder, name));
    expect(files.length).toBeGreaterThan(50);
    const texts = [...edgeTexts, ...(await Promise.all(files.map((file) => readFile(file, 'utf8'))))];
    const expected = [...wholeTextCounts([...texts, ...texts])];
    // Twice, so that remembered phrases are counted again; and with room for only a few phrases, so most are segmented again.
    for (const vocabulary of [new Vocabulary(), new Vocabulary({ rememberedPhrases: 50 })]) {
      for (const text of [...texts, ...texts]) vocabulary.add(text);
      expect([...vocabulary.counts]).toEqual(expected);
    }
    expect(new Map(expected).get('ทุจริต')).toBeGreaterThan(2);
  });
});
