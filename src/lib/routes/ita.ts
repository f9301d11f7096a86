import type { ContentModel } from '../content/model.ts';
import type { ItaResult } from '../../schemas/ita-result.ts';
import type { OitCatalogue } from '../../schemas/oit-catalogue.ts';
import { extremes, indicatorScores, indicatorSeries, toolScores, totalsTrend, type ChartSeries, type IndicatorScore } from '../ita/charts.ts';
import { catalogueForYear } from '../content/catalogue-for-year.ts';
import { urls } from '../site/urls.ts';
import { t } from '../../i18n/ui.ts';
import type { Link } from './links.ts';

export interface ItaIndexRoute {
  /** Newest year first */
  results: ItaResult[];
  latest: ItaResult | undefined;
  /** The totals over the years; none with a single year (a trend needs two points, the table gives the figures) */
  trend: ChartSeries | undefined;
}

/** `/ita/`: every reported year, the latest summarized, and the trend when there are two years or more. */
export function itaIndexRoute(model: ContentModel): ItaIndexRoute {
  const results = model.scores.map((entry) => entry.data).sort((a, b) => b.year - a.year);
  return { results, latest: results[0], trend: results.length >= 2 ? totalsTrend(results) : undefined };
}

export interface ItaYearRoute {
  /** The year's catalogue, when the content has one (pass mark, indicator titles) */
  catalogue: OitCatalogue | undefined;
  indicators: IndicatorScore[];
  strongest: IndicatorScore[];
  weakest: IndicatorScore[];
  toolSeries: ChartSeries;
  indicatorSeries: ChartSeries;
  /** The published report the scores come from, when the content has it */
  report: Link | undefined;
  /** The name of every indicator the page cites: the year's catalogue's, else its number in words */
  indicatorNames: Record<number, string>;
}

/** `/ita/<year>/`: one year's result with its charts' series, the strongest and weakest indicators, and names for every indicator it cites. */
export function itaYearRoute(model: ContentModel, result: ItaResult): ItaYearRoute {
  const catalogue = catalogueForYear(model.catalogues, result.year);
  const indicators = indicatorScores(result, catalogue);
  const cited = new Set([
    ...indicators.map((indicator) => indicator.number),
    ...result.recommendations.flatMap((recommendation) => (recommendation.indicator ? [recommendation.indicator] : [])),
    ...result.strengths.map((mention) => mention.indicator),
    ...result.weaknesses.map((mention) => mention.indicator),
  ]);
  const nameOf = (number: number) =>
    indicators.find((indicator) => indicator.number === number)?.title ??
    catalogue?.indicators.find((indicator) => indicator.number === number)?.title ??
    t('ita.indicatorNumbered', { number });
  const report = result.reportDocument ? model.documents.find((document) => document.id === result.reportDocument) : undefined;
  return {
    catalogue,
    indicators,
    ...extremes(indicators),
    toolSeries: toolScores(result),
    indicatorSeries: indicatorSeries(indicators, catalogue?.passMark),
    report: report ? { href: urls.document(report.id), title: report.data.title } : undefined,
    indicatorNames: Object.fromEntries([...cited].map((number) => [number, nameOf(number)])),
  };
}
