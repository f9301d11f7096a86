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
