/**
 * How text is written into the search index and how a query is matched against it.
 *
 * Thai has no spaces between words, and no segmenter splits a phrase the same way in every context: Intl.Segmenter
 * reads "ประโยชน์อื่นๆ" as ประ|โย|ชน์|อื่นๆ and "งบประมาณพ.ศ." as งบ|ประ|มาณพ.ศ, so word-based search misses pages
 * (measured in scripts/bench-search.ts). The index therefore works on characters, in "units": a character that can
 * begin a query (a consonant, a leading vowel, a digit, a Latin letter, …) with the vowel signs and tone marks that
 * follow it, which never begin one. At every unit the index holds a token for the next `tokenUnits` units (fewer at the
 * end of a run), at that unit's position. A query is cut into tiles of `tokenUnits` units that overlap by one unit; a
 * page contains the query exactly when it has every tile at the same distances apart as in the query. Because the
 * tokens are long, each is rare, and a query needs the postings of a few rare tokens rather than of many common ones.
 *
 * Tokens are spelled with Latin letters (see `encodeCharacter`) so Pagefind treats each as one plain word: no Thai
 * segmentation, no diacritic folding and no stemming change what was written. A token ends with "y" (a full token) or
 * "z" (cut by the end of its run), letters the spelling of characters never uses, so no token is the beginning of
 * another (a large index adds page-set tokens ending "x", see page-sets.ts): Pagefind's search for a tile finds exactly the tokens that begin with it, and its fallback to a shorter word
 * when none does finds nothing. Whitespace between two Thai letters is not a boundary (Thai spaces mark pauses, and PDF
 * text layers add stray ones), so "ประโยชน์ ส่วนตน" and "ประโยชน์ส่วนตน" are the same text to search; case does not
 * matter, and Thai digits match 0–9.
 */
export { normalizeThaiText } from '../text/thai-text.ts';
import { normalizeThaiText } from '../text/thai-text.ts';
import { dateFormAlternatives } from './date-forms.ts';

/** Units per index token (and per query tile). */
export const tokenUnits = 6;

/**
 * Where a page's positions are: the title (its first heading) from 0, the rest of its text from `textPositions`. A
 * block's units have consecutive positions, so phrases match anywhere; the two ranges tell the search page whether a
 * term is in the title without the page's text. (Pagefind's own excerpt code walks every position up to the highest,
 * so the ranges must stay small.)
 */
export const textPositions = 1000;

/** Whether a term found at a position is in the page's title. */
export const inTitle = (position: number) => position < textPositions;

/** What ends a token that holds `tokenUnits` units */
const fullTokenEnd = 'y';
/** What ends a token cut short by the end of its run */
const runEnd = 'z';
/** What ends a page-set token (page-sets.ts): the pages holding any token that begins with what comes before it */
const pageSetEnd = 'x';

/** Units a term needs before it may be searched through a page set (one or two units begin nearly every page's words). */
export const pageSetMinUnits = 3;

/** The page-set token of a tile: found only where the index was large enough to write one for it. */
export const pageSetToken = (tileToken: string) => tileToken + pageSetEnd;

/** Thai letters, vowels and marks (not digits or Thai punctuation), between which whitespace does not separate text. */
const isThaiLetter = (code: number): boolean => code >= 0x0e01 && code <= 0x0e4e;
/** What JavaScript's \s matches */
const isWhitespace = (code: number): boolean =>
  (code >= 0x09 && code <= 0x0d) ||
  code === 0x20 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;
/** Characters that belong to the one before them and never begin a query: PAIYANNOI, vowel signs above, below and after, MAIYAMOK, tone marks. */
const isDependent = (character: string): boolean => {
  const code = character.charCodeAt(0);
  return code === 0x0e2f || (code >= 0x0e30 && code <= 0x0e3a) || (code >= 0x0e45 && code <= 0x0e4e);
};

/** A character as search compares it: lower case, Thai digits as 0–9. */
function comparable(character: string, code: number): string {
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  if (code >= 0x0e50 && code <= 0x0e59) return String(code - 0x0e50);
  if (code < 0x80 || (code >= 0x0e00 && code <= 0x0e7f)) return character;
  const lower = character.toLowerCase();
  // A character whose lower case is longer (e.g. İ) keeps its own form rather than changing the text's length.
  return lower.length === character.length ? lower : character;
}

/**
 * Text split into runs of characters as search compares them: what lies between whitespace, except that whitespace
 * between two Thai letters joins runs; in lower case, Thai digits as 0–9.
 */
function runsOf(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let space = false;
  let previousThai = false;
  for (const character of normalizeThaiText(text)) {
    const code = character.codePointAt(0)!;
    if (isWhitespace(code)) {
      space = run.length > 0;
      continue;
    }
    if (space && !(previousThai && isThaiLetter(code))) {
      runs.push(run);
      run = [];
    }
    space = false;
    previousThai = isThaiLetter(code);
    run.push(comparable(character, code));
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A run's units: each character that can begin a query with the dependent characters after it (a run's first character always begins one). */
function unitsOf(run: readonly string[]): string[] {
  const units: string[] = [];
  for (const character of run) {
    if (units.length > 0 && isDependent(character)) units[units.length - 1] += character;
    else units.push(character);
  }
  return units;
}

const highNibble = 'abcdefgh';
const nibble = 'abcdefghijklmnop';

/**
 * One character as lower-case Latin letters that start with their own length: Thai (U+0E00–U+0E7F) in two letters,
 * ASCII as r + two, the rest of the BMP as s + four, anything else as t + six.
 */
const encodedCharacters = new Map<string, string>();
function encodeCharacter(character: string): string {
  let encoded = encodedCharacters.get(character);
  if (encoded === undefined) {
    encoded = spellCharacter(character);
    encodedCharacters.set(character, encoded);
  }
  return encoded;
}

function spellCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  const hex = (digits: number) => Array.from({ length: digits }, (_, position) => nibble[(code >> (4 * (digits - 1 - position))) & 15]).join('');
  if (code >= 0x0e00 && code <= 0x0e7f) return highNibble[(code - 0x0e00) >> 4]! + nibble[(code - 0x0e00) & 15]!;
  if (code < 0x80) return `r${highNibble[code >> 4]}${nibble[code & 15]}`;
  if (code < 0x10000) return `s${hex(4)}`;
  return `t${hex(6)}`;
}

const spelledUnits = new Map<string, string>();
const spellUnit = (unit: string) => {
  let spelled = spelledUnits.get(unit);
  if (spelled === undefined) {
    spelled = '';
    for (const character of unit) spelled += encodeCharacter(character);
    // Units are few (a letter with its marks); a page of text repeats them thousands of times.
    if (spelledUnits.size < 65_536) spelledUnits.set(unit, spelled);
  }
  return spelled;
};
const spell = (units: readonly string[]) => units.map(spellUnit).join('');

/**
 * The tokens of texts as their units' numbers, for an index build: each distinct unit gets a number, and a token is
 * the numbers of its units (token-table.ts numbers the tokens); spelling every token in full would cost the build most
 * of its time. The same numbers are always the same units, so the same token.
 */
export class TokenKeys {
  private readonly numbers = new Map<string, number>();
  private readonly units: string[] = [];
  private readonly runUnits: number[] = [];

  /** The unit's number: the same unit always gets the same one, in the order units are first seen. */
  unitNumber(unit: string): number {
    let number = this.numbers.get(unit);
    if (number === undefined) {
      number = this.units.length;
      if (number >= 0x40000000) throw new RangeError('too many distinct units');
      this.numbers.set(unit, number);
      this.units.push(unit);
    }
    return number;
  }

  /**
   * Visits the text's tokens in position order (one per unit): `units[from .. from + count)` are the token's unit
   * numbers (the array is reused: read it during the visit), `full` whether it holds `tokenUnits` units.
   */
  forEachTokenUnits(text: string, visit: (units: readonly number[], from: number, count: number, full: boolean) => void): void {
    const units = this.runUnits;
    for (const run of runsOf(text)) {
      units.length = 0;
      for (const unit of unitsOf(run)) units.push(this.unitNumber(unit));
      const count = units.length;
      for (let index = 0; index < count; index += 1) {
        const full = index + tokenUnits <= count;
        visit(units, index, full ? tokenUnits : count - index, full);
      }
    }
  }

  /** The length of the token's spelling after each of its first units (up to `most` of them): where a prefix of whole units ends. */
  unitEnds(units: ArrayLike<number>, from: number, count: number, most: number): number[] {
    const ends: number[] = [];
    let length = 0;
    for (let index = 0; index < count && index < most; index += 1) {
      length += spellUnit(this.units[units[from + index]!]!).length;
      ends.push(length);
    }
    return ends;
  }

  /** The token of these units, as the index stores it. */
  spellUnits(units: ArrayLike<number>, from: number, count: number, full: boolean): string {
    let spelled = '';
    for (let index = 0; index < count; index += 1) spelled += spellUnit(this.units[units[from + index]!]!);
    return spelled + (full ? fullTokenEnd : runEnd);
  }
}

/** The tokens of a text in position order: one per unit, each holding the units from it on (see the module comment). */
export function textTokens(text: string): string[] {
  const keys = new TokenKeys();
  const tokens: string[] = [];
  keys.forEachTokenUnits(text, (units, from, count, full) => tokens.push(keys.spellUnits(units, from, count, full)));
  return tokens;
}

/** One piece of a query term that the index is asked for. */
export interface QueryTile {
  /** What Pagefind searches for: the tile's spelling; it finds the tokens that begin with it */
  token: string;
  /** Units from the start of the term to the start of the tile */
  offset: number;
}

/** One thing the searcher typed, to be found as written. */
export interface QueryTerm {
  /** The characters that must appear in this order (lower case, without ignored whitespace) */
  text: string;
  /** The tiles that cover the term, overlapping by one unit (one tile for a term of `tokenUnits` units or fewer) */
  tiles: QueryTile[];
  /** How many units (index positions) the term spans */
  units: number;
  /** Typed in quotation marks: to be found exactly as written (no fallback to its words, no suggested spelling) */
  quoted?: boolean;
  /** Terms of one quoted phrase of several runs share a number and must stand next to each other, in order */
  phrase?: number;
  /** Searched through its page set (page-sets.ts): every page that has it is found, at its first position only */
  pageSet?: boolean;
  /** Other forms of it (a month's short form, a year in two digits: date-forms.ts): a page holding any of them holds the term */
  alternatives?: QueryTerm[];
}

/**
 * Unit offsets of the tiles of a term of `count` units: every `tokenUnits - 1` units, and one that ends with the term.
 * Neighbouring tiles overlap by a unit, so a unit that the page writes with more marks than the query (a tile matches
 * the tokens that begin with it) can only be the term's last.
 */
function tileOffsets(count: number): number[] {
  if (count <= tokenUnits) return [0];
  const offsets: number[] = [];
  for (let offset = 0; offset + tokenUnits < count; offset += tokenUnits - 1) offsets.push(offset);
  offsets.push(count - tokenUnits);
  return offsets;
}

/** Quotation marks that open or close a phrase to be found as written. */
const quoteMarks = /["\u201c\u201d\u201e\u00ab\u00bb]/u;
const isPunctuation = (character: string | undefined) => character !== undefined && /^[\p{P}\p{S}]$/u.test(character);

/** A term from a run of compared characters (punctuation around it dropped), or undefined when nothing is left. */
function termOf(run: string[], quoted = false, phrase?: number): QueryTerm | undefined {
  // Quotes, commas and the like around a term are how people type queries, not what they look for.
  while (isPunctuation(run[0])) run.shift();
  while (isPunctuation(run.at(-1))) run.pop();
  if (run.length === 0) return undefined;
  const units = unitsOf(run);
  const tiles = tileOffsets(units.length).map((offset) => ({ token: spell(units.slice(offset, offset + tokenUnits)), offset }));
  return { text: run.join(''), tiles, units: units.length, ...(quoted ? { quoted } : {}), ...(phrase === undefined ? {} : { phrase }) };
}

/**
 * The query's parts: outside quotation marks, what any whitespace separates (a space a searcher types between Thai
 * words separates them, as on web search engines: "มาตรการ สินบน" is two terms, each required, in any order); inside
 * a pair of quotation marks, a phrase whose runs must stand next to each other in order, where whitespace between Thai
 * letters is ignored as in the index (a PDF's stray space inside a word). A quotation mark left open is ignored.
 */
function queryParts(query: string): { text: string; quoted: boolean }[] {
  const pieces = normalizeThaiText(query).split(quoteMarks);
  // An odd number of marks leaves the last opened phrase unclosed: it is read as unquoted text.
  if (pieces.length % 2 === 0) pieces.splice(pieces.length - 2, 2, `${pieces[pieces.length - 2]} ${pieces[pieces.length - 1]}`);
  return pieces.map((text, index) => ({ text, quoted: index % 2 === 1 }));
}

/**
 * The terms of a query (see queryParts): each term must appear in a page, anywhere; the terms of a quoted phrase
 * next to each other. A term typed twice outside quotes is searched once.
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  let phrases = 0;
  for (const part of queryParts(query)) {
    if (part.quoted) {
      const runs = runsOf(part.text).filter((run) => termOf([...run]) !== undefined);
      // A phrase of one run is one term; of several, terms that must stand next to each other.
      const phrase = runs.length > 1 ? phrases++ : undefined;
      for (const run of runs) {
        const term = termOf(run, true, phrase)!;
        if (phrase === undefined && seen.has(term.text)) continue;
        seen.add(term.text);
        terms.push(term);
      }
      continue;
    }
    for (const piece of part.text.split(/[\s\u200b\ufeff]+/u)) {
      for (const run of runsOf(piece)) {
        const term = termOf(run);
        if (!term || seen.has(term.text)) continue;
        seen.add(term.text);
        terms.push(term);
      }
    }
  }
  return withDateForms(terms);
}

/** The terms, each unquoted month or year with the other forms a page may write it in (date-forms.ts). */
function withDateForms(terms: QueryTerm[]): QueryTerm[] {
  const alternatives = dateFormAlternatives(terms.map((term) => term.text));
  return terms.map((term, index) => {
    const forms = term.quoted ? [] : alternatives[index]!.flatMap((text) => runsOf(text).flatMap((run) => termOf(run) ?? []));
    return forms.length > 0 ? { ...term, alternatives: forms } : term;
  });
}

/** A term's text and its other forms': what a result's excerpt marks. */
export const termForms = (term: QueryTerm): string[] => [term.text, ...(term.alternatives ?? []).map((alternative) => alternative.text)];

/**
 * Where a term occurs in each page, from where its tiles occur: for each tile (in the term's order), page id → the
 * positions of the tokens that begin with the tile. A page contains the term where every tile stands at its offset
 * from the first. Returns page id → the positions where the term starts, for the pages that have at least one.
 */
export function termOccurrences(term: QueryTerm, tileHits: readonly ReadonlyMap<string, readonly number[]>[]): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const [first, ...others] = tileHits;
  if (!first || tileHits.length !== term.tiles.length) return found;
  const start = term.tiles[0]!.offset;
  for (const [page, positions] of first) {
    const othersHere = others.map((hits) => hits.get(page));
    if (othersHere.some((hits) => hits === undefined)) continue;
    const sets = othersHere.map((hits) => new Set(hits));
    const starts = [...new Set(positions)].filter((position) => sets.every((set, index) => set.has(position - start + term.tiles[index + 1]!.offset)));
    if (starts.length > 0)
      found.set(
        page,
        starts.sort((a, b) => a - b),
      );
  }
  return found;
}

/**
 * Text as search compares it: runs in lower case, separated by one space. A page "contains" a term when this form of
 * its text contains the term's `text`; the recall test and the benchmark use this as the truth.
 */
export function matchableText(text: string): string {
  return runsOf(text)
    .map((run) => run.join(''))
    .join(' ');
}

/** True when the text contains every term of the query, as search should find it. */
export function textMatchesQuery(text: string, query: string): boolean {
  const matchable = matchableText(text);
  const terms = queryTerms(query);
  const phrases = new Map<number, string[]>();
  for (const term of terms) if (term.phrase !== undefined) phrases.set(term.phrase, [...(phrases.get(term.phrase) ?? []), term.text]);
  return (
    terms.length > 0 &&
    terms.every((term) => termForms(term).some((form) => matchable.includes(form))) &&
    [...phrases.values()].every((words) => matchable.includes(words.join(' ')))
  );
}
