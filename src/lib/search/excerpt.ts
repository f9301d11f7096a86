/** The piece of a result's text shown under its title, with the searched terms marked. */

export interface ExcerptPart {
  text: string;
  /** This part is one of the searched terms */
  match: boolean;
}

const isThaiLetter = (code: number) => code >= 0x0e01 && code <= 0x0e4e;
const isWhitespace = (character: string) => /\s/u.test(character);

/** A character as search compares it: lower case (when that keeps its length), Thai digits as 0–9. */
function compared(character: string): string {
  const code = character.codePointAt(0)!;
  if (code >= 0x0e50 && code <= 0x0e59) return String(code - 0x0e50);
  const lower = character.toLowerCase();
  return lower.length === character.length ? lower : character;
}

/** Where each term occurs in the text, compared as search compares (lower case, whitespace between Thai letters ignored). */
export function termRanges(text: string, terms: readonly string[]): [number, number][] {
  // The text as compared, and for each of its code units the range of the text it stands for.
  let form = '';
  const from: number[] = [];
  const to: number[] = [];
  const add = (characters: string, start: number, end: number) => {
    form += characters;
    for (let unit = 0; unit < characters.length; unit += 1) {
      from.push(start);
      to.push(end);
    }
  };
  let index = 0;
  while (index < text.length) {
    const character = String.fromCodePoint(text.codePointAt(index)!);
    if (isWhitespace(character)) {
      let next = index;
      while (next < text.length && isWhitespace(text[next]!)) next += 1;
      const before = form.length > 0 ? form.codePointAt(form.length - 1)! : undefined;
      const after = next < text.length ? text.codePointAt(next)! : undefined;
      const joined = before !== undefined && after !== undefined && isThaiLetter(before) && isThaiLetter(after);
      if (!joined && form.length > 0 && !form.endsWith(' ')) add(' ', index, next);
      index = next;
      continue;
    }
    add(compared(character), index, index + character.length);
    index += character.length;
  }
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = form.indexOf(term); at >= 0; at = form.indexOf(term, at + 1)) ranges.push([from[at]!, to[at + term.length - 1]!]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

let wordSegmenter: Intl.Segmenter | undefined;
/** Characters of context read on each side of a cut to find the word it falls in */
const cutContext = 40;

/**
 * Where the words around `at` begin and end (Intl.Segmenter's Thai word boundaries, which a space also is): the
 * boundaries within `cutContext` characters, in order, `at` included when it is one.
 */
function boundariesAround(text: string, at: number): number[] {
  wordSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  const from = Math.max(0, at - cutContext);
  const to = Math.min(text.length, at + cutContext);
  const boundaries: number[] = [];
  for (const { index, segment } of wordSegmenter.segment(text.slice(from, to))) {
    boundaries.push(from + index, from + index + segment.length);
  }
  return [...new Set(boundaries)].sort((a, b) => a - b);
}

/** The word boundary nearest `at` in the given direction, not past `limit`; `at` itself when none is. */
export function wordBoundary(text: string, at: number, direction: 'back' | 'forward', limit: number): number {
  if (at <= 0 || at >= text.length) return at;
  const boundaries = boundariesAround(text, at);
  const found =
    direction === 'forward'
      ? boundaries.find((boundary) => boundary >= at && boundary <= limit)
      : boundaries.reverse().find((boundary) => boundary <= at && boundary >= limit);
  return found ?? at;
}

/**
 * About `length` characters of the text around the first match, cut at word boundaries (never inside a Thai word),
 * with "…" where text was left out and every match inside marked. Without a match, the start of the text.
 */
export function excerptOf(text: string, terms: readonly string[], length = 200): ExcerptPart[] {
  const ranges = termRanges(text, terms);
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor((length - (first[1] - first[0])) / 3)) : 0;
  let end = Math.min(text.length, Math.max(start + length, first ? first[1] : 0));
  // The excerpt starts at the next word's start (before the match) and ends at the last word's end (after it).
  if (start > 0) start = wordBoundary(text, start, 'forward', first?.[0] ?? start + cutContext);
  if (end < text.length) end = wordBoundary(text, end, 'back', first?.[1] ?? start);
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  const parts: ExcerptPart[] = [];
  const add = (part: string, match: boolean) => {
    if (part) parts.push({ text: part, match });
  };
  add(start > 0 ? '…' : '', false);
  let position = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    add(text.slice(position, Math.max(position, from)), false);
    add(text.slice(Math.max(from, start), Math.min(to, end)), true);
    position = Math.min(to, end);
  }
  add(text.slice(position, end), false);
  add(end < text.length ? '…' : '', false);
  return parts;
}

/**
 * The excerpt for a result: from the text after the page's title when the terms occur there (the title is shown
 * already), otherwise from the whole text.
 */
export function resultExcerpt(text: string, title: string, terms: readonly string[], length = 200): ExcerptPart[] {
  const afterTitle = title && text.startsWith(title) ? text.slice(title.length).trimStart() : text;
  return excerptOf(termRanges(afterTitle, terms).length > 0 ? afterTitle : text, terms, length);
}
