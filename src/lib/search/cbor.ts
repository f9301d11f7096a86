/** Reading CBOR (integers, text and arrays: what Pagefind's index files hold), in Node and in the browser. */

export type CborValue = number | string | CborValue[];

/** CBOR (integers, text, arrays) back to values. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  let offset = 0;
  const decoder = new TextDecoder();
  const argument = (info: number): number => {
    if (info < 24) return info;
    const length = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (length === undefined) throw new Error(`unsupported CBOR length ${info}`);
    let value = 0;
    for (let index = 0; index < length; index += 1) value = value * 256 + bytes[offset + index]!;
    offset += length;
    return value;
  };
  const item = (): CborValue => {
    const initial = bytes[offset++]!;
    const major = initial >> 5;
    const value = argument(initial & 31);
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    if (major === 3) {
      const text = decoder.decode(bytes.subarray(offset, offset + value));
      offset += value;
      return text;
    }
    if (major === 4) return Array.from({ length: value }, item);
    throw new Error(`unsupported CBOR major type ${major}`);
  };
  return item();
}
