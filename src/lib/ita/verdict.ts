import type { ItaResult } from '../../schemas/ita-result.ts';
import type { OitCatalogue } from '../../schemas/oit-catalogue.ts';

/**
 * What a citizen is told about one year's ITA result: ONE verdict, the level as officially reported, with the score
 * and the year's pass mark. A tier recomputed from the year's rules would be a second verdict (and may contradict
 * the first); such disagreements are build warnings for staff.
 */
export interface ItaVerdict {
  year: number;
  /** The level as officially reported (shown as the verdict, never replaced) */
  level: string;
  total: number;
  /** The year's pass mark, when the year's rules are known */
  passMark?: number;
}

export function itaVerdict(result: ItaResult, catalogue: Pick<OitCatalogue, 'passMark'> | undefined): ItaVerdict {
  const verdict: ItaVerdict = { year: result.year, level: result.reportedLevel.trim(), total: result.reportedTotal };
  if (catalogue) verdict.passMark = catalogue.passMark;
  return verdict;
}
