import { derivedFrom, getContentModel } from './content-model.ts';
import { allDatasets, type AnyDataset } from '../lib/exports/datasets.ts';

/** The open-data datasets of this content. */
export async function datasetsOfSite(): Promise<AnyDataset[]> {
  const model = await getContentModel();
  return derivedFrom(model, 'datasets', () => allDatasets(model));
}
