import { describe, it, expect } from 'vitest';
import { wrapLabel } from '../../src/lib/ita/wrap-label.ts';

// One unit per character: easy to reason about.
const length = (text: string) => [...text].length;

describe('wrapLabel: chart labels wrap between Thai words, never cut', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('1. การปฏิบัติหน้าที่', 40, length)).toEqual(['1. การปฏิบัติหน้าที่']);
  });

  it('breaks a long Thai name between words, and every character survives', () => {
    const label = '4. การใช้ทรัพย์สินของราชการ';
    const lines = wrapLabel(label, 12, length);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/\s/g, '')).toBe(label.replace(/\s/g, ''));
    // No line starts or ends inside a word the segmenter found.
    const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(label)].map((part) => part.segment.trim()).filter(Boolean);
    for (const line of lines) expect(words.some((word) => line.startsWith(word))).toBe(true);
  });

  it('gives an unbreakable word wider than the limit a line of its own', () => {
    expect(wrapLabel('ก ข ประสิทธิภาพ', 3, length)).toEqual(['ก ข', 'ประสิทธิภาพ']);
  });
});
