import { getContentModel } from './content-model.ts';
import { allDatasets, type AnyDataset } from '../lib/exports/datasets.ts';

/** The open-data datasets of this build's content. */
export async function datasetsOfSite(): Promise<AnyDataset[]> {
  return allDatasets(await getContentModel());
}
