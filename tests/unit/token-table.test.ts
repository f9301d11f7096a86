import { describe, expect, it } from 'vitest';
import { TokenTable } from '../../src/lib/search/token-table.ts';
import { TokenKeys, textTokens } from '../../src/lib/search/search-text.ts';

describe('TokenTable: the distinct tokens of an index build, numbered in the order first seen', () => {
  it('gives the same units the same number, and a prefix or another order a number of its own', () => {
    const table = new TokenTable();
    expect(table.number([5, 6, 7], 0, 3)).toBe(0);
    expect(table.number([9, 5, 6, 7], 1, 3)).toBe(0);
    expect(table.number([5, 6], 0, 2)).toBe(1);
    expect(table.number([7, 6, 5], 0, 3)).toBe(2);
    expect(table.number([5, 6, 7], 0, 3)).toBe(0);
    expect(table.size).toBe(3);
    expect([...table.units.subarray(6, 8)]).toEqual([5, 6]);
    expect(table.counts[1]).toBe(2);
  });

  it('keeps every number through growth: a hundred thousand tokens, each found again', () => {
    const table = new TokenTable();
    const token = (n: number) => [n % 97, Math.floor(n / 97) % 89, Math.floor(n / 8633), 3, n % 5, 1];
    for (let n = 0; n < 100_000; n += 1) expect(table.number(token(n), 0, 6)).toBe(n);
    for (let n = 0; n < 100_000; n += 997) expect(table.number(token(n), 0, 6)).toBe(n);
    expect(table.size).toBe(100_000);
  });

  it('numbers the tokens of a text as TokenKeys spells them: one number per distinct spelling', () => {
    const text = 'มาตรการป้องกันการรับสินบน มาตรการป้องกันการทุจริต ITA 2567 ITA 2567';
    const keys = new TokenKeys();
    const table = new TokenTable();
    const spelled = new Map<number, string>();
    keys.forEachTokenUnits(text, (units, from, count, full) => {
      const number = table.number(units, from, count);
      const word = keys.spellUnits(units, from, count, full);
      expect(spelled.get(number) ?? word).toBe(word);
      spelled.set(number, word);
    });
    expect([...spelled.values()]).toEqual([...new Set(textTokens(text))]);
  });
});
