/**
 * One query term needs two Pagefind searches: the quoted phrase finds the pages that contain the term (all with the
 * same score), the unquoted pairs score them. A page is a result when every term's phrase search found it.
 */

export interface ScoredResult {
  id: string;
  score: number;
}

export interface TermSearch<Result extends ScoredResult> {
  /** Pages that contain the term, in Pagefind's order (date order when sorted) */
  matches: readonly Result[];
  /** Relevance of pages for the term; a matching page missing here counts 0 */
  ranking: readonly ScoredResult[];
}

export interface CombinedResult<Result extends ScoredResult> {
  /** The first term's match for the page (its data() loads the page's fragment) */
  result: Result;
  /** Sum of the page's relevance over the terms */
  score: number;
}

/**
 * Pages that every term found, most relevant first (ties keep the first term's order); with `keepOrder`, because the
 * searches were sorted (e.g. newest first), in the first term's order.
 */
export function pagesFoundByEveryTerm<Result extends ScoredResult>(searches: readonly TermSearch<Result>[], keepOrder = false): CombinedResult<Result>[] {
  const [first, ...others] = searches;
  if (!first) return [];
  const scoresOf = (search: TermSearch<Result>) => new Map(search.ranking.map((result) => [result.id, result.score]));
  const firstScores = scoresOf(first);
  const otherTerms = others.map((search) => ({ found: new Set(search.matches.map((result) => result.id)), scores: scoresOf(search) }));
  const combined: CombinedResult<Result>[] = [];
  for (const result of first.matches) {
    if (!otherTerms.every(({ found }) => found.has(result.id))) continue;
    const score = (firstScores.get(result.id) ?? 0) + otherTerms.reduce((sum, { scores }) => sum + (scores.get(result.id) ?? 0), 0);
    combined.push({ result, score });
  }
  if (!keepOrder) {
    const order = new Map(combined.map((entry, index) => [entry, index]));
    combined.sort((a, b) => b.score - a.score || order.get(a)! - order.get(b)!);
  }
  return combined;
}

/**
 * Pagefind leaves pages without the sort key out of a sorted search; for "newest first", pages without a date follow
 * the dated ones, in relevance order, instead of disappearing.
 */
export function datedFirst<Result extends ScoredResult>(sorted: readonly Result[], unsorted: readonly Result[]): Result[] {
  const dated = new Set(sorted.map((result) => result.id));
  return [...sorted, ...unsorted.filter((result) => !dated.has(result.id))];
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
export function forCitizens<Result extends ScoredResult>(found: readonly CombinedResult<Result>[], order: CitizenOrder): CombinedResult<Result>[] {
  const yearOf = (entry: CombinedResult<Result>) => order.catalogue.get(entry.result.id);
  const kept = found.filter((entry) => {
    const year = yearOf(entry);
    return year === undefined || order.allYears || order.currentYear === undefined || year === order.currentYear;
  });
  if (order.keepOrder) return kept;
  return [...kept.filter((entry) => yearOf(entry) === undefined), ...kept.filter((entry) => yearOf(entry) !== undefined)];
}
