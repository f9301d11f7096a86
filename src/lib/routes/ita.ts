import type { ContentModel } from '../content/model.ts';
import type { ItaResult } from '../../schemas/ita-result.ts';
import { totalsTrend, type ChartSeries } from '../ita/charts.ts';

export interface ItaIndexRoute {
  /** Newest year first */
  results: ItaResult[];
  latest: ItaResult | undefined;
  /** The totals over the years; none with a single year (a trend needs two points, the table gives the figures) */
  trend: ChartSeries | undefined;
}

/** `/ita/`: every reported year, the latest summarised, and the trend when there are two years or more. */
export function itaIndexRoute(model: ContentModel): ItaIndexRoute {
  const results = model.scores.map((entry) => entry.data).sort((a, b) => b.year - a.year);
  return { results, latest: results[0], trend: results.length >= 2 ? totalsTrend(results) : undefined };
}
