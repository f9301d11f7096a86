import { describe, expect, it } from 'vitest';
import { inThreadVocabulary, vocabularyInWorker, type VocabularyCounter } from '../../src/lib/search/vocabulary.ts';

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

  it('takes no text once written', async () => {
    const counter = vocabularyInWorker();
    counter.add('ของขวัญ ของขวัญ');
    expect(await counter.text()).toContain('ของขวัญ');
    expect(() => counter.add('สินบน')).toThrow();
  });
});
