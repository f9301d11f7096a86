/**
 * Runs `work` on every item with at most `limit` in flight, and returns the results in item order. A pool rather than
 * batches: the next item starts as soon as one finishes, so reading, encoding and other processes overlap instead of
 * waiting at the end of every batch; the limit keeps thousands of files from being open at once. The first error stops
 * the pool from taking new items and is thrown.
 */
export async function mapInPool<Item, Result>(
  items: readonly Item[],
  limit: number,
  work: (item: Item, position: number) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const position = next++;
        try {
          results[position] = await work(items[position]!, position);
        } catch (error) {
          next = items.length; // the others stop taking items: the caller fails with this error
          throw error;
        }
      }
    }),
  );
  return results;
}

/** Work started piece by piece with at most `limit` unfinished: `add` waits while the limit is reached, `drain` for all of it (the first failure is thrown). */
export function boundedPending(limit: number) {
  const pending = new Set<Promise<unknown>>();
  return {
    async add(work: Promise<unknown>): Promise<void> {
      const tracked = work.finally(() => pending.delete(tracked));
      pending.add(tracked);
      if (pending.size >= limit) await Promise.race(pending);
    },
    async drain(): Promise<void> {
      await Promise.all(pending);
    },
  };
}
