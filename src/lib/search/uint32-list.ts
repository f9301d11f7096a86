/** A growable array of unsigned 32-bit numbers: four bytes each (postings of ten thousand pages are tens of millions of them). */
export class Uint32List {
  values: Uint32Array;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.values = new Uint32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}
