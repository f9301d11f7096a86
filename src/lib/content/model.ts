/**
 * The validated content model: what every consumer (pages, checker, exports, search facets) reads, and the relations
 * between entries, computed once per model. The validator builds it; nothing here reads files.
 */
import type { Site } from '../../schemas/site.ts';
import type { DocumentType } from '../../schemas/document-types.ts';
import type { OitCatalogue } from '../../schemas/oit-catalogue.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { MeasureData } from '../../schemas/measure.ts';
import type { DeclarationData } from '../../schemas/declaration.ts';
import type { ItaResult } from '../../schemas/ita-result.ts';
import type { NewsData } from '../../schemas/news.ts';
import type { QaData } from '../../schemas/qa.ts';
import type { PageData } from '../../schemas/page.ts';
import type { ProcurementMonth, ProcurementReport } from '../../schemas/procurement.ts';

/** A validated entry: its id, source file (project-relative, forward slashes) and parsed data. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  /** The Markdown body as written */
  body: string;
  /** The body as HTML, rendered once while validating (the markup guard checked this very HTML) */
  html: string;
}

/** All content, validated and cross-checked; every list in page order (entries by id, catalogues and scores by year). */
export interface ContentModel {
  site: Site;
  documentTypes: DocumentType[];
  catalogues: Entry<OitCatalogue>[];
  scores: Entry<ItaResult>[];
  documents: Entry<DocumentData>[];
  measures: Entry<MeasureData>[];
  declarations: Entry<DeclarationData>[];
  news: Entry<NewsData>[];
  qa: Entry<QaData>[];
  pages: Entry<PageData>[];
  /** Procurement months and annual-report texts; absent in models built before the collection existed (tests) */
  procurement?: ProcurementContent;
}

export interface ProcurementContent {
  /** One entry per month file, by id (`2567/2566-10`) */
  months: Entry<ProcurementMonth>[];
  /** The staff's text of each year's report, by id (`2567/annual-report`) */
  reports: Entry<ProcurementReport>[];
}

/** The model's procurement, empty when it has none. */
export function procurementOf(model: ContentModel): ProcurementContent {
  return model.procurement ?? { months: [], reports: [] };
}

/** Whether the agency keeps procurement as data (the section and its pages exist only then). */
export function hasProcurement(model: ContentModel): boolean {
  const { months, reports } = procurementOf(model);
  return months.length + reports.length > 0;
}

export type EntryCollection = 'documents' | 'measures' | 'declarations' | 'news' | 'qa' | 'pages';

/** Relations between entries, indexed once per model (a model never changes; a new one is built on every edit). */
export interface ModelRelations {
  entry<C extends EntryCollection>(collection: C, id: string): ContentModel[C][number] | undefined;
  documentsOfType(type: string): Entry<DocumentData>[];
  documentsCitingMeasure(measureId: string): Entry<DocumentData>[];
  declarationsCitingMeasure(measureId: string): Entry<DeclarationData>[];
  measuresCitedBy(entry: { data: { measures: readonly string[] } }): Entry<MeasureData>[];
}

const relationsByModel = new WeakMap<ContentModel, ModelRelations>();

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

export function relationsOf(model: ContentModel): ModelRelations {
  const known = relationsByModel.get(model);
  if (known) return known;
  const byId = new Map<EntryCollection, Map<string, Entry<unknown>>>(
    (['documents', 'measures', 'declarations', 'news', 'qa', 'pages'] as const).map((collection) => [
      collection,
      new Map(model[collection].map((entry) => [entry.id, entry as Entry<unknown>])),
    ]),
  );
  const documentsByType = groupBy(model.documents, (entry) => [entry.data.type]);
  const documentsByMeasure = groupBy(model.documents, (entry) => entry.data.measures);
  const declarationsByMeasure = groupBy(model.declarations, (entry) => entry.data.measures);
  const measures = byId.get('measures')!;
  const relations: ModelRelations = {
    entry: (collection, id) => byId.get(collection)?.get(id) as never,
    documentsOfType: (type) => documentsByType.get(type) ?? [],
    documentsCitingMeasure: (measureId) => documentsByMeasure.get(measureId) ?? [],
    declarationsCitingMeasure: (measureId) => declarationsByMeasure.get(measureId) ?? [],
    measuresCitedBy: (entry) => entry.data.measures.flatMap((id) => (measures.has(id) ? [measures.get(id) as Entry<MeasureData>] : [])),
  };
  relationsByModel.set(model, relations);
  return relations;
}

/** The model with every list in the order pages expect: entries by id, catalogues and scores by year. */
export function inPageOrder(model: ContentModel): ContentModel {
  const byId = <T>(entries: Entry<T>[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id));
  const byYear = <T extends { year: number }>(entries: Entry<T>[]) => byId(entries).sort((a, b) => a.data.year - b.data.year);
  return {
    ...model,
    catalogues: byYear(model.catalogues),
    scores: byYear(model.scores),
    documents: byId(model.documents),
    measures: byId(model.measures),
    declarations: byId(model.declarations),
    news: byId(model.news),
    qa: byId(model.qa),
    pages: byId(model.pages),
    procurement: { months: byId(procurementOf(model).months), reports: byId(procurementOf(model).reports) },
  };
}
