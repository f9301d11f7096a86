import type { ContentModel, Entry } from '../content/model.ts';
import { relationsOf } from '../content/model.ts';
import type { MeasureData, MeasureStage } from '../../schemas/measure.ts';
import { groupByFiscalYear } from './document-listing.ts';
import { urls } from '../site/urls.ts';
import type { Link } from './links.ts';

/** Implemented measures come before recommended ones under each fiscal year. */
const stageOrder: readonly MeasureStage[] = ['implemented', 'recommended'];

export interface MeasureListRoute {
  years: { fiscalYear: number; stages: { stage: MeasureStage; measures: Entry<MeasureData>[] }[] }[];
}

/** `/measures/`: fiscal years newest first, each with its measures by stage; a stage without measures is left out. */
export function measureListRoute(model: ContentModel): MeasureListRoute {
  return {
    years: groupByFiscalYear(model.measures).map((year) => ({
      fiscalYear: year.fiscalYear,
      stages: stageOrder
        .map((stage) => ({ stage, measures: year.entries.filter((measure) => measure.data.stage === stage) }))
        .filter((group) => group.measures.length > 0),
    })),
  };
}

export interface MeasurePageRoute {
  /** The ITA indicators the measure serves, with their titles from the latest catalogue */
  indicators: { number: number; title: string }[];
  /** Documents and declarations that cite the measure */
  reportedIn: Link[];
}

/** `/measures/<id>/`: what the page shows beside the measure's own fields. */
export function measurePageRoute(model: ContentModel, entry: Entry<MeasureData>): MeasurePageRoute {
  const catalogue = model.catalogues.at(-1)?.data;
  const relations = relationsOf(model);
  return {
    indicators: entry.data.indicators.map((number) => ({ number, title: catalogue?.indicators.find((indicator) => indicator.number === number)?.title ?? '' })),
    reportedIn: [
      ...relations.documentsCitingMeasure(entry.id).map((document) => ({ href: urls.document(document.id), title: document.data.title })),
      ...relations.declarationsCitingMeasure(entry.id).map((declaration) => ({ href: urls.declaration(declaration.id), title: declaration.data.title })),
    ],
  };
}

/** The measures an entry cites, as links, in the order of the model. */
export function citedMeasureLinks(model: ContentModel, cited: readonly string[]): Link[] {
  return model.measures.filter((measure) => cited.includes(measure.id)).map((measure) => ({ href: urls.measure(measure.id), title: measure.data.title }));
}
