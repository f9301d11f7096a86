/**
 * Thai line breaking the way Thai readers expect, decided at build time. Browsers break Thai lines with a
 * dictionary (ICU), which splits compounds and names ("ผู้ / บริหาร", "ประพฤติมิ / ชอบ") and lets a number part from
 * its unit ("(2 / รายการ)"). Here the word boundaries are found with Intl.Segmenter (the same dictionary), then:
 * - inside a word kept together (a compound, the agency's name) or a number with its unit, no line may break: the
 *   run is wrapped in <span class="kw"> (CSS: white-space: nowrap). Only words of up to `longestKept` characters
 *   are kept, so a kept run always fits a phone's line at heading size (an inline-block would fit any length, but
 *   it changes accessible names: Chromium adds a space around it);
 * - between two other Thai words a <wbr> marks the break, so every browser breaks there and nowhere else.
 * Neither adds a character: copied text and the search index (which reads the built pages) see the same words.
 */

import { escapeRegExp } from './regexp.ts';

export type LinePart = { kind: 'text'; text: string } | { kind: 'keep'; text: string } | { kind: 'break' };

const thaiLetter = /[\u0E01-\u0E4F]/;
const hasThai = /[\u0E01-\u0E4F]/;
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : undefined;

/** Longest word kept on one line, in UTF-16 units (Thai vowel and tone marks count, so it is shorter on screen). */
export const longestKept = 18;

interface KeptWordSearch {
  words: readonly string[];
  any: RegExp | null;
  /** Some kept word holds a digit: its matches then depend on the digits' values */
  digits: boolean;
}

/** Per list of kept words: those short enough to keep, and one pattern matching any of them, so a text holding none (most do) skips the search word by word. */
const keptWordSearch = new WeakMap<readonly string[], KeptWordSearch>();
function keptWordsToSearch(keepTogether: readonly string[]): KeptWordSearch {
  let search = keptWordSearch.get(keepTogether);
  if (!search) {
    const words = keepTogether.filter((phrase) => phrase && phrase.length <= longestKept);
    search = {
      words,
      any: words.length > 0 ? new RegExp(words.map(escapeRegExp).join('|')) : null,
      digits: words.some((word) => /\d/.test(word)),
    };
    keptWordSearch.set(keepTogether, search);
  }
  return search;
}

/** [start, end) offsets of runs that must not break, none overlapping. */
function keptRanges(text: string, keepTogether: readonly string[], boundaries: ReadonlySet<number>): [number, number][] {
  const ranges: [number, number][] = [];
  const { words, any } = keptWordsToSearch(keepTogether);
  if (any?.test(text)) {
    for (const phrase of words) {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) ranges.push([at, at + phrase.length]);
    }
  }
  const segmentEnding = (end: number) => {
    let start = end - 1;
    while (start > 0 && !boundaries.has(start)) start -= 1;
    return start;
  };
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.,])\d[\d,.]*%?/gu)) {
    const numberEnd = match.index + match[0].length;
    // The number with the Thai word after it ("2 รายการ", "79.84 คะแนน"): that word's first segment.
    if (text[numberEnd] === ' ' && thaiLetter.test(text[numberEnd + 1] ?? '')) {
      let unitEnd = numberEnd + 2;
      while (unitEnd < text.length && !boundaries.has(unitEnd)) unitEnd += 1;
      ranges.push([match.index, unitEnd]);
    }
    // …and with a short word or an abbreviation before it ("พ.ศ. 2567", "ปี 2566", "ITA 2567", "ที่ 9").
    if (text[match.index - 1] === ' ' && match.index >= 2) {
      const abbreviation = /[\u0E01-\u0E2E]\.[\u0E01-\u0E2E]\.$/.exec(text.slice(0, match.index - 1));
      const wordStart = abbreviation ? match.index - 1 - abbreviation[0].length : segmentEnding(match.index - 1);
      if (abbreviation || (match.index - 1 - wordStart <= 4 && /[\p{L}]/u.test(text[wordStart] ?? ''))) ranges.push([wordStart, numberEnd]);
    }
  }
  // Where two overlap (องค์การบริหารส่วนตำบล and ตำบลตะโก), the longer wins: merged, they could outgrow a line.
  ranges.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  const chosen: [number, number][] = [];
  for (const range of ranges) if (!chosen.some(([start, end]) => range[0] < end && start < range[1])) chosen.push(range);
  return chosen.sort((a, b) => a[0] - b[0]);
}

/**
 * The text cut into plain runs, runs kept whole, and marked breaks between Thai words. Joining the parts' text gives
 * back the input exactly. A kept run is only reported where a line could otherwise break inside it.
 */
export function thaiLineParts(text: string, keepTogether: readonly string[] = []): LinePart[] {
  // Without Thai letters no break is marked, and a number is only kept with a word across a space: an amount or an ID
  // ("12,500.00", "0305561000123") is given back as it is, without the segmenter (a month's table holds thousands).
  if ((!hasThai.test(text) && (!/\d/.test(text) || !/\s/.test(text))) || !segmenter) return text ? [{ kind: 'text', text }] : [];
  const boundaries = new Set<number>();
  for (const { index } of segmenter.segment(text)) if (index > 0) boundaries.add(index);
  const kept = keptRanges(text, keepTogether, boundaries);

  const parts: LinePart[] = [];
  let plain = '';
  const flush = () => {
    if (plain) parts.push({ kind: 'text', text: plain });
    plain = '';
  };
  const breakBefore = (offset: number) => {
    if (offset > 0 && boundaries.has(offset) && thaiLetter.test(text[offset - 1]!) && thaiLetter.test(text[offset]!)) {
      flush();
      parts.push({ kind: 'break' });
    }
  };
  let next = 0;
  for (let offset = 0; offset < text.length;) {
    const range = kept[next];
    if (range && offset === range[0]) {
      next += 1;
      breakBefore(offset);
      const run = text.slice(range[0], range[1]);
      let breakable = /\s/.test(run);
      for (let inside = range[0] + 1; !breakable && inside < range[1]; inside += 1) breakable = boundaries.has(inside);
      if (breakable) {
        flush();
        parts.push({ kind: 'keep', text: run });
      } else {
        plain += run;
      }
      offset = range[1];
      continue;
    }
    breakBefore(offset);
    plain += text[offset];
    offset += 1;
  }
  flush();
  return parts;
}

// Headings, breadcrumbs and the header repeat on every page: each text is marked once per list of kept words.
const marked = new WeakMap<readonly string[], Map<string, string>>();
const markedLimit = 50_000;

const otherDigits = /[1-9]/g;
const anyDigit = /\d/g;

/**
 * The text with every digit written 0. Where a line may break never depends on which digits a number has (the word
 * boundaries and the rules above see only that a character is a digit), so texts of one shape are marked alike: a
 * month's rows differ mostly in their numbers (an order's number and date, a company's tax number).
 */
const digitShape = (text: string): string => text.replace(otherDigits, '0');

function markParts(htmlText: string, keepTogether: readonly string[]): string {
  return thaiLineParts(htmlText, keepTogether)
    .map((part) => (part.kind === 'break' ? '<wbr>' : part.kind === 'keep' ? `<span class="kw">${part.text}</span>` : part.text))
    .join('');
}

function remember(cache: Map<string, string>, text: string, result: string): void {
  if (cache.size >= markedLimit) cache.clear();
  cache.set(text, result);
}

/** Text already escaped for HTML (as it stands in a page), marked for line breaking. */
export function markThaiLineBreaks(htmlText: string, keepTogether: readonly string[] = []): string {
  let cache = marked.get(keepTogether);
  if (!cache) marked.set(keepTogether, (cache = new Map()));
  const known = cache.get(htmlText);
  if (known !== undefined) return known;
  const shape = digitShape(htmlText);
  if (shape === htmlText || keptWordsToSearch(keepTogether).digits) {
    const result = markParts(htmlText, keepTogether);
    remember(cache, htmlText, result);
    return result;
  }
  let markedShape = cache.get(shape);
  if (markedShape === undefined) remember(cache, shape, (markedShape = markParts(shape, keepTogether)));
  // The marks add no digit, so the text's digits go back in order into the shape's marked copy.
  const digits = htmlText.match(anyDigit)!;
  let next = 0;
  const result = markedShape.replace(anyDigit, () => digits[next++]!);
  remember(cache, htmlText, result);
  return result;
}
