/** Character error rate of OCR against the text typed first: edits (insert, delete, replace) over the true text's length. */
import { cleanOcrText } from '../../../src/lib/ocr/thai-ocr-text.ts';

/** What is compared: Thai in one spelling, no whitespace and no table rules (layout is not a character error). */
export function comparableText(text: string): string[] {
  return [...cleanOcrText(text).replace(/[\s|│]+/g, '')];
}

/** Levenshtein distance over code points, in two rows of memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

export function characterErrorRate(truth: string, read: string): { errors: number; characters: number; rate: number } {
  const expected = comparableText(truth);
  const errors = editDistance(expected, comparableText(read));
  return { errors, characters: expected.length, rate: expected.length === 0 ? 0 : errors / expected.length };
}
