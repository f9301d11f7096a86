/**
 * mapInPool, driven by hand: each item's work is a promise the test settles itself, so what is in flight at every
 * moment is known, not timed. A pool without its bound, or without its stop after an error, fails these tests.
 */
import { describe, it, expect } from 'vitest';
import { mapInPool } from '../../src/lib/build/pool.ts';

/** Lets every queued reaction run (the pool's workers pick up items in microtasks). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

interface Job {
  item: string;
  resolve(value: string): void;
  reject(error: Error): void;
}

/** A pool over `items` whose jobs wait for the test; `started` lists them in the order the pool took them. */
function manualPool(items: string[], limit: number) {
  const started: Job[] = [];
  let running = 0;
  let mostRunning = 0;
  const result = mapInPool(items, limit, (item) => {
    running += 1;
    mostRunning = Math.max(mostRunning, running);
    return new Promise<string>((resolve, reject) => {
      const done = () => (running -= 1);
      started.push({
        item,
        resolve: (value) => (done(), resolve(value)),
        reject: (error) => (done(), reject(error)),
      });
    });
  });
  // Keep an early rejection from being reported as unhandled before the test awaits it.
  result.catch(() => {});
  return { started, result, mostRunning: () => mostRunning, startedItems: () => started.map((job) => job.item) };
}

describe('mapInPool', () => {
  it('starts only `limit` items, and the next one as soon as any finishes', async () => {
    const pool = manualPool(['a', 'b', 'c', 'd', 'e'], 2);
    await settle();
    expect(pool.startedItems()).toEqual(['a', 'b']);

    // The second finishes first: its slot takes the next item, the first is still running.
    pool.started[1]!.resolve('B');
    await settle();
    expect(pool.startedItems()).toEqual(['a', 'b', 'c']);

    pool.started[0]!.resolve('A');
    await settle();
    expect(pool.startedItems()).toEqual(['a', 'b', 'c', 'd']);

    pool.started[3]!.resolve('D');
    await settle();
    expect(pool.startedItems()).toEqual(['a', 'b', 'c', 'd', 'e']);
    pool.started[2]!.resolve('C');
    pool.started[4]!.resolve('E');

    // Results in item order, not in the order the work finished.
    expect(await pool.result).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(pool.mostRunning()).toBe(2);
  });

  it('runs one at a time with a limit of 1, and never more workers than items', async () => {
    const serial = manualPool(['a', 'b', 'c'], 1);
    await settle();
    expect(serial.startedItems()).toEqual(['a']);
    serial.started[0]!.resolve('A');
    await settle();
    expect(serial.startedItems()).toEqual(['a', 'b']);
    serial.started[1]!.resolve('B');
    await settle();
    serial.started[2]!.resolve('C');
    expect(await serial.result).toEqual(['A', 'B', 'C']);
    expect(serial.mostRunning()).toBe(1);

    const wide = manualPool(['x', 'y'], 64);
    await settle();
    expect(wide.startedItems()).toEqual(['x', 'y']);
    wide.started.forEach((job) => job.resolve(job.item.toUpperCase()));
    expect(await wide.result).toEqual(['X', 'Y']);
  });

  it('gives an empty result for no items without calling the work', async () => {
    let calls = 0;
    expect(await mapInPool([], 4, async () => ++calls)).toEqual([]);
    expect(calls).toBe(0);
  });

  it('after the first error takes no new item, even when the work still in flight finishes later, and throws that error', async () => {
    const pool = manualPool(['a', 'b', 'c', 'd', 'e', 'f'], 2);
    await settle();
    expect(pool.startedItems()).toEqual(['a', 'b']);

    pool.started[1]!.reject(new Error('b failed'));
    await expect(pool.result).rejects.toThrow('b failed');

    // The other worker's item finishes after the failure: its worker must stop rather than take c.
    pool.started[0]!.resolve('A');
    await settle();
    await settle();
    expect(pool.startedItems()).toEqual(['a', 'b']);
  });

  it('throws the first error, not a later one from work already in flight', async () => {
    const pool = manualPool(['a', 'b', 'c'], 3);
    await settle();
    pool.started[2]!.reject(new Error('c failed first'));
    pool.started[0]!.reject(new Error('a failed later'));
    await expect(pool.result).rejects.toThrow('c failed first');
  });
});
