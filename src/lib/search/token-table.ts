/**
 * Numbers the distinct tokens of an index build: a token is up to `tokenUnits` unit numbers (search-text.ts TokenKeys),
 * kept in typed arrays with an open-addressing hash, in the order tokens are first seen. A Map keyed by strings did
 * the same at the cost of a string per occurrence: a third of the index thread's time at 10,000 pages, and its memory.
 */
import { tokenUnits } from './search-text.ts';

export class TokenTable {
  /** Token t's units are units[t * tokenUnits .. + counts[t]) */
  units = new Uint32Array(tokenUnits * 4096);
  counts = new Uint8Array(4096);
  private hashes = new Uint32Array(4096);
  /** Token number + 1 at each slot, 0 where empty */
  private slots = new Uint32Array(8192);
  size = 0;

  /** The number of the token units[from .. from + count), given a new number (the next) the first time. */
  number(units: ArrayLike<number>, from: number, count: number): number {
    let hash = count;
    for (let index = 0; index < count; index += 1) hash = Math.imul(hash ^ units[from + index]!, 0x9e3779b1) ^ (hash >>> 15);
    hash >>>= 0;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) return this.add(units, from, count, hash, slot);
      const token = held - 1;
      if (this.hashes[token] === hash && this.counts[token] === count && this.sameUnits(token, units, from, count)) return token;
    }
  }

  private sameUnits(token: number, units: ArrayLike<number>, from: number, count: number): boolean {
    const base = token * tokenUnits;
    for (let index = 0; index < count; index += 1) if (this.units[base + index] !== units[from + index]) return false;
    return true;
  }

  private add(units: ArrayLike<number>, from: number, count: number, hash: number, slot: number): number {
    const token = this.size;
    if (token === this.counts.length) this.growTokens();
    const base = token * tokenUnits;
    for (let index = 0; index < count; index += 1) this.units[base + index] = units[from + index]!;
    this.counts[token] = count;
    this.hashes[token] = hash;
    this.slots[slot] = token + 1;
    this.size += 1;
    // At most half full, so a search ends soon at an empty slot.
    if (this.size * 2 > this.slots.length) this.growSlots();
    return token;
  }

  private growTokens(): void {
    const capacity = this.counts.length * 2;
    const grow = <T extends Uint32Array | Uint8Array>(array: T, length: number): T => {
      const bigger = new (array.constructor as new (length: number) => T)(length);
      bigger.set(array);
      return bigger;
    };
    this.units = grow(this.units, capacity * tokenUnits);
    this.counts = grow(this.counts, capacity);
    this.hashes = grow(this.hashes, capacity);
  }

  private growSlots(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let token = 0; token < this.size; token += 1) {
      let slot = this.hashes[token]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = token + 1;
    }
    this.slots = slots;
  }

  /** Lets the arrays go (the builder is spent once its index is written). */
  clear(): void {
    this.units = new Uint32Array(0);
    this.counts = new Uint8Array(0);
    this.hashes = new Uint32Array(0);
    this.slots = new Uint32Array(2);
    this.size = 0;
  }
}
