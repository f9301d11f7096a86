/** The piece of a result's text shown under its title, with the searched terms marked. */

export interface ExcerptPart {
  text: string;
  /** This part is one of the searched terms */
  match: boolean;
}

const isThaiLetter = (character: string) => {
  const code = character.codePointAt(0)!;
  return code >= 0x0e01 && code <= 0x0e4e;
};

/** Where each term occurs in the text, compared as search compares (lower case, whitespace between Thai letters ignored). */
export function termRanges(text: string, terms: readonly string[]): [number, number][] {
  const characters = [...text];
  const offsets: number[] = [];
  let offset = 0;
  for (const character of characters) {
    offsets.push(offset);
    offset += character.length;
  }
  offsets.push(offset);
  // Compared form: every character except whitespace between two Thai letters, with its index in `characters`.
  const kept: { character: string; index: number }[] = [];
  const nextVisible: (string | undefined)[] = [];
  for (let index = characters.length - 1, next: string | undefined; index >= 0; index -= 1) {
    nextVisible[index] = next;
    if (!/\s/u.test(characters[index]!)) next = characters[index];
  }
  characters.forEach((character, index) => {
    if (/\s/u.test(character)) {
      const before = kept.at(-1)?.character;
      const after = nextVisible[index];
      if (before && after && isThaiLetter(before) && isThaiLetter(after)) return;
      if (before === ' ') return;
      kept.push({ character: ' ', index });
      return;
    }
    const lower = character.toLowerCase();
    kept.push({ character: [...lower].length === 1 ? lower : character, index });
  });
  const compared = kept.map((entry) => entry.character);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const wanted = [...term];
    if (wanted.length === 0) continue;
    for (let start = 0; start + wanted.length <= compared.length; start += 1) {
      if (wanted.every((character, position) => compared[start + position] === character)) {
        ranges.push([offsets[kept[start]!.index]!, offsets[kept[start + wanted.length - 1]!.index + 1]!]);
      }
    }
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

/**
 * About `length` characters of the text around the first match, cut at spaces where possible, with "…" where text was
 * left out and every match inside marked. Without a match, the start of the text.
 */
export function excerptOf(text: string, terms: readonly string[], length = 200): ExcerptPart[] {
  const ranges = termRanges(text, terms);
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor((length - (first[1] - first[0])) / 3)) : 0;
  let end = Math.min(text.length, Math.max(start + length, first ? first[1] : 0));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < (first?.[0] ?? start + 20) && space - start < 20) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > (first?.[1] ?? start) && end - space < 20) end = space;
  }
  const parts: ExcerptPart[] = [];
  const add = (part: string, match: boolean) => {
    if (part) parts.push({ text: part, match });
  };
  add(start > 0 ? '… ' : '', false);
  let position = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    add(text.slice(position, Math.max(position, from)), false);
    add(text.slice(Math.max(from, start), Math.min(to, end)), true);
    position = Math.min(to, end);
  }
  add(text.slice(position, end), false);
  add(end < text.length ? ' …' : '', false);
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
