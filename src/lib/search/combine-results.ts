/**
 * The order of the pages a search found (tile-search.ts): by relevance, or newest first, and then as citizens should
 * see them (the agency's own pages before the OIT catalogue's).
 */
import { pageNumber } from './search-facets.ts';
import { inTitle } from './search-text.ts';

export interface ScoredResult {
  id: string;
  score: number;
}

export interface RankedPage<Result extends ScoredResult> {
  result: Result;
  /** Relevance over all terms */
  score: number;
}

/**
 * Most relevant first; or, `newestFirst`, the dated pages (numbered below `datedPages` in the index whose ids begin
 * with `datedTag`, newest first by their number) and then the others by relevance. Ties keep the index's order.
 */
export function inOrder<Entry extends RankedPage<ScoredResult>>(
  found: readonly Entry[],
  { newestFirst, datedPages, datedTag = '' }: { newestFirst: boolean; datedPages: number; datedTag?: string },
): Entry[] {
  const number = (entry: Entry) => pageNumber(entry.result.id);
  const byRelevance = (a: Entry, b: Entry) => b.score - a.score || number(a) - number(b);
  if (!newestFirst) return [...found].sort(byRelevance);
  // A merged index's pages (search-facets.ts, laterIndex) are numbered on their own and have no date.
  const isDated = (entry: Entry) => entry.result.id.startsWith(datedTag) && number(entry) < datedPages;
  const dated = found.filter(isDated).sort((a, b) => number(a) - number(b));
  return [...dated, ...found.filter((entry) => !isDated(entry)).sort(byRelevance)];
}

/** What puts the agency's own content before the OIT catalogue's item pages (see search-facets.ts). */
export interface CitizenOrder {
  /** Result id → ITA year, for the catalogue's item pages */
  catalogue: ReadonlyMap<string, number>;
  /** The ITA year whose catalogue pages are in the default results; undefined: every year's */
  currentYear: number | undefined;
  /** The searcher chose the catalogue or a year (the kind or year filter): every year's catalogue pages are results */
  allYears: boolean;
  /** The results are in the order asked for (newest first), which is kept */
  keepOrder: boolean;
}

/**
 * Results as citizens should see them: catalogue pages of other ITA years left out (unless chosen), and, in relevance
 * order, the agency's own pages (documents, measures, declarations, ITA results, news, Q&A, pages) before the
 * catalogue's, each group in its own order.
 */
export function forCitizens<Entry extends { result: { id: string } }>(found: readonly Entry[], order: CitizenOrder): Entry[] {
  const yearOf = (entry: Entry) => order.catalogue.get(entry.result.id);
  const kept = found.filter((entry) => {
    const year = yearOf(entry);
    return year === undefined || order.allYears || order.currentYear === undefined || year === order.currentYear;
  });
  if (order.keepOrder) return kept;
  return [...kept.filter((entry) => yearOf(entry) === undefined), ...kept.filter((entry) => yearOf(entry) !== undefined)];
}

/**
 * The found pages in two bands, each in its order: those scoring at least `share` of the best score, then the rest.
 * Results of a fallback to a term's words (word-fallback.ts) are ordered for citizens within each band: a page whose
 * title holds the words must not fall below every agency page that merely has them scattered through its text.
 */
export function scoreBands<Entry extends { score: number }>(found: readonly Entry[], share = 0.5): Entry[][] {
  const best = Math.max(0, ...found.map((entry) => entry.score));
  return [found.filter((entry) => entry.score >= best * share), found.filter((entry) => entry.score < best * share)];
}

/**
 * The found pages in two tiers, each in its order: those whose title (with the words that say what the page is: its kind
 * and type) holds every term, then the rest. A citizen who types two words of a measure's name means that measure,
 * not the list of measures whose title holds one of them and whose text lists the other.
 */
export function titleTiers<Entry extends { occurrences: readonly (readonly number[])[] }>(found: readonly Entry[]): Entry[][] {
  const titled = (entry: Entry) => entry.occurrences.length > 0 && entry.occurrences.every((positions) => positions.some(inTitle));
  return [found.filter(titled), found.filter((entry) => !titled(entry))];
}
