/**
 * The validated content model, handed from `npm run build` to the pages Astro renders in the same process: the build
 * has read and checked every file already, so the pages need not read them again (and Astro's content store need not
 * hold thousands of documents).
 */
import type { ContentModel, Entry } from './validate-content.ts';
import { processWide } from '../process-wide.ts';

const sharedModel = processWide<ContentModel>('validated-content-model');

export function shareValidatedModel(model: ContentModel): void {
  sharedModel.set(model);
}

export function sharedValidatedModel(): ContentModel | undefined {
  return sharedModel.get();
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
  };
}
