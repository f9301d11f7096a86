import { catalogueForYear } from '../content/catalogue-for-year.ts';
import type { ContentModel } from '../content/model.ts';
import type { CsvColumn } from './csv.ts';
import { analyzeItaResult } from '../ita/scores.ts';
import { documentTypeLabel, measureCategoryLabels, measureStageLabels, roundLabel } from '../../i18n/labels.ts';
import { urls, absoluteUrl } from '../site/urls.ts';
import { datasetDescriptions, defaultLicence } from '../../i18n/datasets.ts';

/** A dataset as Thai open-data catalogues describe it. */
export interface Dataset<T> {
  /** File name without extension, e.g. ita-results */
  id: string;
  title: string;
  description: string;
  /** How often it changes, in words */
  updateFrequency: string;
  licence: string;
  rows: T[];
  columns: CsvColumn<T>[];
}

export interface ItaIndicatorRow {
  year: number;
  reportedTotal: number;
  reportedLevel: string;
  computedTotal: number | '';
  computedTier: string;
  IIT: number;
  EIT: number;
  OIT: number;
  indicator: number;
  indicatorTitle: string;
  score: number;
}

export function itaResultsDataset(model: ContentModel): Dataset<ItaIndicatorRow> {
  const rows = model.scores.flatMap(({ data: result }) => {
    const catalogue = catalogueForYear(model.catalogues, result.year);
    const analysis = catalogue ? analyzeItaResult(result, catalogue) : undefined;
    return [...result.indicators]
      .sort((a, b) => a.number - b.number)
      .map((indicator) => ({
        year: result.year,
        reportedTotal: result.reportedTotal,
        reportedLevel: result.reportedLevel,
        computedTotal: analysis?.computedTotal ?? ('' as const),
        computedTier: analysis?.tierOfReported?.label ?? '',
        IIT: result.tools.IIT,
        EIT: result.tools.EIT,
        OIT: result.tools.OIT,
        indicator: indicator.number,
        indicatorTitle: catalogue?.indicators.find((entry) => entry.number === indicator.number)?.title ?? '',
        score: indicator.score,
      }));
  });
  return {
    id: 'ita-results',
    ...datasetDescriptions['ita-results'],
    licence: defaultLicence,
    rows,
    columns: [
      { header: 'year', value: (row) => row.year },
      { header: 'reported_total', value: (row) => row.reportedTotal },
      { header: 'reported_level', value: (row) => row.reportedLevel },
      { header: 'computed_total', value: (row) => row.computedTotal },
      { header: 'computed_tier', value: (row) => row.computedTier },
      { header: 'iit', value: (row) => row.IIT },
      { header: 'eit', value: (row) => row.EIT },
      { header: 'oit', value: (row) => row.OIT },
      { header: 'indicator', value: (row) => row.indicator },
      { header: 'indicator_title', value: (row) => row.indicatorTitle },
      { header: 'score', value: (row) => row.score },
    ],
  };
}

export interface DocumentRow {
  id: string;
  title: string;
  type: string;
  typeTh: string;
  fiscalYear: number;
  published: string;
  updated: string;
  attachments: number;
  url: string;
}

export function documentsDataset(model: ContentModel): Dataset<DocumentRow> {
  const rows = model.documents.map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    type: entry.data.type,
    typeTh: documentTypeLabel(model.documentTypes, entry.data.type),
    fiscalYear: entry.data.fiscalYear,
    published: entry.data.published ?? '',
    updated: entry.data.updated ?? '',
    attachments: entry.data.attachments.length,
    url: absoluteUrl(model.site.siteUrl, urls.document(entry.id)),
  }));
  return {
    id: 'documents',
    ...datasetDescriptions.documents,
    licence: defaultLicence,
    rows,
    columns: [
      { header: 'id', value: (row) => row.id },
      { header: 'title', value: (row) => row.title },
      { header: 'type', value: (row) => row.type },
      { header: 'type_th', value: (row) => row.typeTh },
      { header: 'fiscal_year', value: (row) => row.fiscalYear },
      { header: 'published', value: (row) => row.published },
      { header: 'updated', value: (row) => row.updated },
      { header: 'attachments', value: (row) => row.attachments },
      { header: 'url', value: (row) => row.url },
    ],
  };
}

export interface MeasureRoundRow {
  id: string;
  title: string;
  fiscalYear: number;
  stage: string;
  category: string;
  responsibleUnit: string;
  periodStart: string;
  periodEnd: string;
  round: string;
  roundDate: string;
  result: string;
  progress: number | '';
  url: string;
}

/** One row per monitoring round; a measure without rounds still gets one row. */
export function measuresDataset(model: ContentModel): Dataset<MeasureRoundRow> {
  const rows = model.measures.flatMap((entry) => {
    const base = {
      id: entry.id,
      title: entry.data.title,
      fiscalYear: entry.data.fiscalYear,
      stage: measureStageLabels[entry.data.stage],
      category: measureCategoryLabels[entry.data.category],
      responsibleUnit: entry.data.responsibleUnit,
      periodStart: entry.data.period?.start ?? '',
      periodEnd: entry.data.period?.end ?? '',
      url: absoluteUrl(model.site.siteUrl, urls.measure(entry.id)),
    };
    const rounds = entry.data.rounds.length > 0 ? entry.data.rounds : [undefined];
    return rounds.map((round) => ({
      ...base,
      round: round ? roundLabel(round.round) : '',
      roundDate: round?.date ?? '',
      result: round?.result ?? '',
      progress: round?.progress ?? ('' as const),
    }));
  });
  return {
    id: 'measures',
    ...datasetDescriptions.measures,
    licence: defaultLicence,
    rows,
    columns: [
      { header: 'id', value: (row) => row.id },
      { header: 'title', value: (row) => row.title },
      { header: 'fiscal_year', value: (row) => row.fiscalYear },
      { header: 'stage', value: (row) => row.stage },
      { header: 'category', value: (row) => row.category },
      { header: 'responsible_unit', value: (row) => row.responsibleUnit },
      { header: 'period_start', value: (row) => row.periodStart },
      { header: 'period_end', value: (row) => row.periodEnd },
      { header: 'round', value: (row) => row.round },
      { header: 'round_date', value: (row) => row.roundDate },
      { header: 'result', value: (row) => row.result },
      { header: 'progress', value: (row) => row.progress },
      { header: 'url', value: (row) => row.url },
    ],
  };
}

/** Row types differ per dataset; pages only pass rows back to their own columns. */
export type AnyDataset = Dataset<Record<string, unknown>>;

export function allDatasets(model: ContentModel): AnyDataset[] {
  return [itaResultsDataset(model), documentsDataset(model), measuresDataset(model)] as unknown as AnyDataset[];
}

/** The JSON form: the catalogue fields, then the rows keyed by the CSV headers. */
export function datasetJson<T>(dataset: Dataset<T>): object {
  return {
    title: dataset.title,
    description: dataset.description,
    updateFrequency: dataset.updateFrequency,
    licence: dataset.licence,
    rows: dataset.rows.map((row) => Object.fromEntries(dataset.columns.map((column) => [column.header, column.value(row) ?? '']))),
  };
}
