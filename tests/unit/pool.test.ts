import { describe, it, expect } from 'vitest';
import { mapInPool } from '../../src/lib/pool.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapInPool', () => {
  it('returns results in item order, whatever order the work finished in, with at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapInPool([30, 5, 20, 1, 10], 2, async (ms, position) => {
      most = Math.max(most, ++inFlight);
      await pause(ms);
      inFlight -= 1;
      return `${position}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10']);
    expect(most).toBe(2);
  });

  it('stops taking items after the first error and throws it', async () => {
    const started: number[] = [];
    const run = mapInPool([1, 2, 3, 4, 5, 6], 2, async (item) => {
      started.push(item);
      await pause(1);
      if (item === 2) throw new Error('item 2 failed');
      return item;
    });
    await expect(run).rejects.toThrow('item 2 failed');
    expect(started).not.toContain(6);
  });
});
