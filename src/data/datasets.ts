import { derivedFrom, getContentModel } from './content-model.ts';
import { allDatasets, type AnyDataset } from '../lib/exports/datasets.ts';
import { procurementDatasets } from '../lib/procurement-views/exports.ts';

/** The open-data datasets of this content: the site's, then each fiscal year's procurement. */
export async function datasetsOfSite(): Promise<(AnyDataset & { ocdsUrl?: string })[]> {
  const model = await getContentModel();
  return derivedFrom(model, 'datasets', () => [...allDatasets(model), ...(procurementDatasets(model) as unknown as AnyDataset[])]);
}
