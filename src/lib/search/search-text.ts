/**
 * How text is written into the search index and how a query is matched against it.
 *
 * Thai has no spaces between words, and no segmenter splits a phrase the same way in every context: Intl.Segmenter
 * reads "งบประมาณ" as two words on its own but as part of one word in "ปีงบประมาณ", so word-based search misses pages
 * (measured in scripts/bench-search.ts). The index therefore stores every run of text as overlapping pairs of
 * characters ("bigrams"), and a query is searched as the phrase of its own pairs: a page matches exactly when its text
 * contains the query's characters in that order, whatever surrounds them.
 *
 * Pairs are spelled with Latin letters (see `encodeCharacter`) so Pagefind treats each as one plain word: no Thai
 * segmentation, no diacritic folding and no stemming change what was written. Whitespace between two Thai letters is
 * not a boundary (Thai spaces mark pauses, and PDF text layers add stray ones), so "ประโยชน์ ส่วนตน" and
 * "ประโยชน์ส่วนตน" are the same text to search; case does not matter, and Thai digits match 0–9. The case of a
 * token's letters carries what a reader needs to turn the tokens back into text for excerpts (see
 * `decodeSearchText`); Pagefind ignores case when matching.
 */

/** Thai letters, vowels and marks (not digits or Thai punctuation), between which whitespace does not separate text. */
const isThaiLetter = (character: string): boolean => {
  const code = character.codePointAt(0)!;
  return code >= 0x0e01 && code <= 0x0e4e;
};
const isWhitespace = (character: string): boolean => /\s/u.test(character);

export { normalizeThaiText } from '../text/thai-text.ts';
import { normalizeThaiText } from '../text/thai-text.ts';

/** One character of a run as search sees it and as a reader saw it. */
interface RunCharacter {
  /** The form that is matched: lower case, and Thai digits as 0–9 (a search for 2567 finds ๒๕๖๗) */
  matched: string;
  /** Written in another form than the matched one: in upper case, or as a Thai digit */
  variant: boolean;
  /** Followed by whitespace that search ignores (between two Thai letters) */
  spaceAfter: boolean;
}

const isThaiDigit = (character: string) => character >= '\u0E50' && character <= '\u0E59';
const thaiDigit = (digit: string) => String.fromCharCode(0x0e50 + Number(digit));

/** Text split into runs: what lies between whitespace, except that whitespace between two Thai letters joins runs. */
function runsOf(text: string): RunCharacter[][] {
  const characters = [...normalizeThaiText(text)];
  const runs: RunCharacter[][] = [];
  let run: RunCharacter[] = [];
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index]!;
    if (isWhitespace(character)) {
      let next = index;
      while (next < characters.length && isWhitespace(characters[next]!)) next += 1;
      const previous = run.at(-1);
      if (previous && isThaiLetter(previous.matched) && next < characters.length && isThaiLetter(characters[next]!)) {
        previous.spaceAfter = true;
      } else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
      index = next - 1;
      continue;
    }
    const lower = isThaiDigit(character) ? String(character.charCodeAt(0) - 0x0e50) : character.toLowerCase();
    // A character whose lower case is longer (e.g. İ) keeps its own form rather than changing the text's length.
    const matched = [...lower].length === 1 ? lower : character;
    run.push({ matched, variant: matched !== character, spaceAfter: false });
  }
  if (run.length > 0) runs.push(run);
  return runs;
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

/** Reads the characters back from a token's letters (any case); undefined when the letters are not a token. */
function decodeCharacters(letters: string): string[] | undefined {
  const lower = letters.toLowerCase();
  const characters: string[] = [];
  const value = (from: number, length: number) => {
    let code = 0;
    for (const letter of lower.slice(from, from + length)) {
      const digit = nibble.indexOf(letter);
      if (digit < 0) return undefined;
      code = code * 16 + digit;
    }
    return lower.length >= from + length ? code : undefined;
  };
  let position = 0;
  while (position < lower.length) {
    const head = lower[position]!;
    let code: number | undefined;
    if (highNibble.includes(head)) {
      code = value(position + 1, 1);
      code = code === undefined ? undefined : 0x0e00 + highNibble.indexOf(head) * 16 + code;
      position += 2;
    } else if (head === 'r') {
      const high = highNibble.indexOf(lower[position + 1] ?? '');
      const low = value(position + 2, 1);
      code = high < 0 || low === undefined ? undefined : high * 16 + low;
      position += 3;
    } else if (head === 's') {
      code = value(position + 1, 4);
      position += 5;
    } else if (head === 't') {
      code = value(position + 1, 6);
      position += 7;
    }
    if (code === undefined || code > 0x10ffff) return undefined;
    characters.push(String.fromCodePoint(code));
  }
  return characters.length === 1 || characters.length === 2 ? characters : undefined;
}

/** Token for a pair (or, at the end of a run, a single character), with the reader's flags of its first character. */
function token(run: RunCharacter[], index: number, single: boolean): string {
  const first = run[index]!;
  const letters = single ? encodeCharacter(first.matched) : encodeCharacter(first.matched) + encodeCharacter(run[index + 1]!.matched);
  if (first.variant) return letters.toUpperCase();
  if (first.spaceAfter) return letters[0]!.toUpperCase() + letters.slice(1);
  return letters;
}

/**
 * Text as the index stores it: for each run, its overlapping pairs and then its last character alone, which marks
 * where the run ends. "ของขวัญ" becomes the tokens for ขอ อง งข ขว วั ัญ ญ.
 */
export function encodeSearchText(text: string): string {
  const tokens: string[] = [];
  for (const run of runsOf(text)) {
    for (let index = 0; index + 1 < run.length; index += 1) tokens.push(token(run, index, false));
    tokens.push(token(run, run.length - 1, true));
  }
  return tokens.join(' ');
}

/**
 * Readable text back from indexed content (Pagefind's stored copy, where it also ends each block with "."):
 * a pair shows its first character, a single character ends its run. Anything that is not a token is kept as it is.
 */
export function decodeSearchText(content: string): string {
  let text = '';
  const endRun = () => {
    if (text && !text.endsWith(' ')) text += ' ';
  };
  for (const unit of content.split(/\s+/)) {
    if (!unit) continue;
    const letters = unit.replace(/[^A-Za-z]+$/, '');
    const characters = /^[A-Za-z]+$/.test(letters) ? decodeCharacters(letters) : undefined;
    if (!characters) {
      endRun();
      text += `${unit} `;
      continue;
    }
    const variant = letters.length > 1 && letters === letters.toUpperCase();
    const spaceAfter = !variant && letters[0] !== letters[0]!.toLowerCase();
    const matched = characters[0]!;
    const shown = !variant ? matched : /^[0-9]$/.test(matched) ? thaiDigit(matched) : matched.toUpperCase();
    text += shown + (spaceAfter ? ' ' : '');
    if (characters.length === 1 || letters.length < unit.length) endRun();
  }
  return text.trim();
}

/** One thing the searcher typed, to be found as written. */
export interface QueryTerm {
  /** The characters that must appear in this order (lower case, without ignored whitespace) */
  text: string;
  /** Pagefind query for the pages that contain the term: the quoted phrase of its pairs (a single character: its token as a prefix) */
  pagefindQuery: string;
  /**
   * Pagefind query that ranks those pages: the same pairs unquoted. Pagefind gives every page of a quoted search the
   * same score, so relevance (term frequency, headings' weight, page length) comes from this search.
   */
  rankingQuery: string;
}

/**
 * The terms of a query: what is separated by whitespace, except between two Thai letters. Each term must appear in a
 * page; a page need not have the terms next to each other ("คะแนน ITA" finds a page with both).
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  const isPunctuation = (character: RunCharacter | undefined) => character !== undefined && /^[\p{P}\p{S}]$/u.test(character.matched);
  for (const run of runsOf(query)) {
    // Quotes, commas and the like around a term are how people type queries, not what they look for.
    while (isPunctuation(run[0])) run.shift();
    while (isPunctuation(run.at(-1))) run.pop();
    if (run.length === 0) continue;
    const plain = run.map((character) => ({ ...character, variant: false, spaceAfter: false }));
    const text = plain.map((character) => character.matched).join('');
    if (terms.has(text)) continue;
    if (plain.length === 1) {
      const single = token(plain, 0, true);
      terms.set(text, { text, pagefindQuery: single, rankingQuery: single });
    } else {
      const pairs = plain.slice(0, -1).map((_, index) => token(plain, index, false)).join(' ');
      terms.set(text, { text, pagefindQuery: `"${pairs}"`, rankingQuery: pairs });
    }
  }
  return [...terms.values()];
}

/**
 * Text as search compares it: runs in lower case, separated by one space. A page "contains" a term when this form of
 * its text contains the term's `text`; the recall test and the benchmark use this as the truth.
 */
export function matchableText(text: string): string {
  return runsOf(text)
    .map((run) => run.map((character) => character.matched).join(''))
    .join(' ');
}

/** True when the text contains every term of the query, as search should find it. */
export function textMatchesQuery(text: string, query: string): boolean {
  const matchable = matchableText(text);
  const terms = queryTerms(query);
  return terms.length > 0 && terms.every((term) => matchable.includes(term.text));
}
