/**
 * Suggested spellings for a query that found nothing: each word the site does not hold is replaced by the nearest
 * word it does, from a vocabulary the index build writes (the site's words and pairs of neighbouring words, most
 * frequent first). Nearest by edit distance over characters (Thai marks are characters of their own, so a slip of one
 * mark costs one edit at most, not the whole syllable; see editDistance).
 */
import type { WordSegmenter } from './word-fallback.ts';
import type { QueryTerm } from './search-text.ts';

/** The vocabulary file's lines: one word per line, most frequent first (its position is its rank). */
export function parseVocabulary(text: string): string[] {
  return text.split('\n').filter(Boolean);
}

/**
 * The vocabulary as the build writes it: words by falling count, then in code-point order; the `limit` most frequent
 * (at 10,000 documents 5,000 entries are 22 KB gzip, 20,000 are 85 KB, and past the first few thousand they are
 * chance pairs such as ดังนี้ต่อ; slips are made in common words).
 */
export function formatVocabulary(counts: ReadonlyMap<string, number>, { minimumCount = 2, limit = 5_000 } = {}): string {
  return [...counts]
    .filter(([, count]) => count >= minimumCount)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word)
    .join('\n');
}

/** Edits allowed for a word of `length` characters: one for a short word, two from six characters, three from twelve. */
export const allowedEdits = (length: number) => (length < 6 ? 1 : length < 12 ? 2 : 3);

/** Vowel signs and tone marks written above, below or after a consonant (not the leading vowels เ แ โ ใ ไ). */
const isMark = (character: string) => /^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]$/u.test(character);
/** Consonants that sound the same at the end of a syllable: typing one for another is the commonest Thai misspelling. */
const finalSounds = ['กขคฆ', 'จชซฎฏฐฑฒดตถทธศษส', 'บปพฟภ', 'นณญรลฬ'];
const soundOf = new Map([...finalSounds.entries()].flatMap(([sound, letters]) => [...letters].map((letter) => [letter, sound] as const)));

/** What writing `b` for `a` costs: half an edit between two marks or two consonants of one final sound, else one. */
function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (isMark(a) && isMark(b)) return 0.5;
  const sound = soundOf.get(a);
  return sound !== undefined && sound === soundOf.get(b) ? 0.5 : 1;
}
/** A mark left out or typed twice costs half an edit; a letter, one. */
const gapCost = (character: string) => (isMark(character) ? 0.5 : 1);

/**
 * Optimal-string-alignment distance between `a` and `b` (code points): a missing, extra or wrong character or two
 * neighbours swapped is one edit, a slip of a vowel sign or tone mark (missing, extra or another) or a final consonant
 * of the same sound half of one. Returns more than `limit` as soon as it must exceed it.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) * 0.5 > limit) return limit + 1;
  let before: number[] = [];
  let previous = [0];
  for (let j = 1; j <= y.length; j += 1) previous.push(previous[j - 1]! + gapCost(y[j - 1]!));
  for (let i = 1; i <= x.length; i += 1) {
    const current = [previous[0]! + gapCost(x[i - 1]!)];
    let best = current[0]!;
    for (let j = 1; j <= y.length; j += 1) {
      let value = Math.min(previous[j]! + gapCost(x[i - 1]!), current[j - 1]! + gapCost(y[j - 1]!), previous[j - 1]! + substitutionCost(x[i - 1]!, y[j - 1]!));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/** The nearest vocabulary word within the allowed edits (ties: the more frequent), or undefined. */
export function nearestWord(word: string, vocabulary: readonly string[]): { word: string; edits: number } | undefined {
  const limit = allowedEdits([...word].length);
  let best: { word: string; edits: number } | undefined;
  for (const candidate of vocabulary) {
    // Only a strictly nearer candidate can replace the best (the vocabulary is most frequent first).
    const edits = editDistance(word, candidate, best ? Math.min(limit, best.edits - 0.5) : limit);
    if (edits <= limit && (!best || edits < best.edits)) best = { word: candidate, edits };
  }
  return best;
}

/**
 * The spelling to search instead of `term`, which the site does not hold as written: the nearest vocabulary entry to
 * the whole term, or else the term's words each replaced by the nearest where the site lacks it (a word beside
 * another taken together with it first, so "จัดจ่าง" becomes จัดจ้าง rather than any word one mark from จ่าง).
 * Undefined when nothing is near enough.
 */
export function suggestSpelling(term: string, vocabulary: readonly string[], segment: WordSegmenter): string | undefined {
  const known = new Set(vocabulary);
  const whole = nearestWord(term, vocabulary);
  if (whole) return whole.word;
  const words = segment(term);
  if (words.length < 2) return undefined;
  const fixed = [...words];
  let changed = false;
  for (let index = 0; index < words.length; index += 1) {
    if (known.has(words[index]!)) continue;
    const withBefore = index > 0 ? nearestWord(fixed[index - 1]! + words[index], vocabulary) : undefined;
    const withAfter = index + 1 < words.length ? nearestWord(words[index]! + words[index + 1]!, vocabulary) : undefined;
    const alone = nearestWord(words[index]!, vocabulary);
    if (withBefore && (!withAfter || withBefore.edits <= withAfter.edits) && (!alone || withBefore.edits <= alone.edits)) {
      fixed[index - 1] = withBefore.word;
      fixed[index] = '';
    } else if (withAfter && (!alone || withAfter.edits <= alone.edits)) {
      fixed[index] = withAfter.word;
      fixed[index + 1] = '';
      index += 1;
    } else if (alone) fixed[index] = alone.word;
    else return undefined;
    changed = true;
  }
  return changed ? fixed.join('') : undefined;
}

/** The query as text again: terms one space apart, a quoted term or phrase in quotation marks. */
export function queryText(terms: readonly QueryTerm[], replacements: ReadonlyMap<string, string> = new Map()): string {
  const parts: string[] = [];
  let phrase: { number: number; words: string[] } | undefined;
  const close = () => {
    if (phrase) parts.push(`"${phrase.words.join(' ')}"`);
    phrase = undefined;
  };
  for (const term of terms) {
    if (term.phrase !== undefined && term.phrase === phrase?.number) {
      phrase.words.push(term.text);
      continue;
    }
    close();
    if (term.phrase !== undefined) phrase = { number: term.phrase, words: [term.text] };
    else parts.push(term.quoted ? `"${term.text}"` : (replacements.get(term.text) ?? term.text));
  }
  close();
  return parts.join(' ');
}

/**
 * The query with each unquoted term that no page holds (`pagesWithTerm[i]` = 0) spelled as the site's nearest words
 * (suggestSpelling); undefined when no term could be corrected.
 */
export function correctedQuery(
  terms: readonly QueryTerm[],
  pagesWithTerm: readonly number[],
  vocabulary: readonly string[],
  segment: WordSegmenter,
): string | undefined {
  const replacements = new Map<string, string>();
  terms.forEach((term, index) => {
    if (term.quoted || (pagesWithTerm[index] ?? 0) > 0) return;
    const suggestion = suggestSpelling(term.text, vocabulary, segment);
    if (suggestion && suggestion !== term.text) replacements.set(term.text, suggestion);
  });
  return replacements.size > 0 ? queryText(terms, replacements) : undefined;
}
