import type { ItaResult } from '../../schemas/ita-result.ts';
import type { OitCatalogue, ItaTool } from '../../schemas/oit-catalogue.ts';
import { t } from '../../i18n/ui.ts';

/** What the client script draws and the server-rendered table shows: one shape for both, so they cannot disagree. */
export interface ChartSeries {
  kind: 'bar' | 'line';
  /** Category labels (years, tools, indicators) */
  labels: string[];
  values: number[];
  /** Name of the series, e.g. คะแนน */
  seriesLabel: string;
  /** Horizontal bars read better for long Thai indicator names */
  horizontal?: boolean;
  /** Draw a reference line at this score (the pass mark) */
  passMark?: number;
  /** The words written on the reference line, e.g. เกณฑ์ผ่าน 85 */
  passMarkLabel?: string;
}

const scoreText = (score: number) => score.toFixed(2);

export function totalsTrend(results: readonly ItaResult[]): ChartSeries {
  const sorted = [...results].sort((a, b) => a.year - b.year);
  return {
    kind: 'line',
    labels: sorted.map((result) => String(result.year)),
    values: sorted.map((result) => result.reportedTotal),
    seriesLabel: t('ita.total'),
  };
}

export function toolScores(result: ItaResult): ChartSeries {
  const tools: ItaTool[] = ['IIT', 'EIT', 'OIT'];
  return { kind: 'bar', labels: tools, values: tools.map((tool) => result.tools[tool]), seriesLabel: t('ita.score') };
}

export interface IndicatorScore {
  number: number;
  title: string;
  tool: ItaTool | undefined;
  score: number;
}

/** Indicator scores in indicator order, named as the year's catalogue names them. */
export function indicatorScores(result: ItaResult, catalogue: OitCatalogue | undefined): IndicatorScore[] {
  return [...result.indicators]
    .sort((a, b) => a.number - b.number)
    .map((entry) => {
      const indicator = catalogue?.indicators.find((candidate) => candidate.number === entry.number);
      return {
        number: entry.number,
        title: indicator?.title ?? t('ita.indicatorNumbered', { number: entry.number }),
        tool: indicator?.tool,
        score: entry.score,
      };
    });
}

export function indicatorSeries(indicators: readonly IndicatorScore[], passMark?: number): ChartSeries {
  return {
    kind: 'bar',
    labels: indicators.map((indicator) => `${indicator.number}. ${indicator.title}`),
    values: indicators.map((indicator) => indicator.score),
    seriesLabel: t('ita.score'),
    horizontal: true,
    passMark,
    passMarkLabel: passMark === undefined ? undefined : t('ita.passMarkShort', { mark: passMark }),
  };
}

/** Highest and lowest scoring indicators (ties kept together). */
export function extremes(indicators: readonly IndicatorScore[]): { strongest: IndicatorScore[]; weakest: IndicatorScore[] } {
  if (indicators.length === 0) return { strongest: [], weakest: [] };
  const scores = indicators.map((indicator) => indicator.score);
  const max = Math.max(...scores);
  const min = Math.min(...scores);
  return {
    strongest: indicators.filter((indicator) => indicator.score === max),
    weakest: indicators.filter((indicator) => indicator.score === min),
  };
}

/** The sentence a screen reader hears for a chart: every figure, in order. */
export function chartAriaLabel(title: string, series: ChartSeries): string {
  const pairs = series.labels.map((label, index) => `${label} ${scoreText(series.values[index] ?? 0)}`);
  return `${title}: ${pairs.join(', ')}${series.passMarkLabel ? ` (${series.passMarkLabel})` : ''}`;
}
