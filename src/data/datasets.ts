import { derivedFrom, getContentModel } from './content-model.ts';
import { allDatasets, type AnyDataset } from '../lib/exports/datasets.ts';
import { procurementDatasets } from '../lib/procurement-views/exports.ts';

/**
 * The open-data datasets of this content: the site's, then each fiscal year's procurement. A procurement dataset is
 * `procurement: true`: its card on /data/ is searched with the procurement pages, which link it (search-facets.ts, laterIndex).
 */
export async function datasetsOfSite(): Promise<(AnyDataset & { ocdsUrl?: string; procurement?: boolean })[]> {
  const model = await getContentModel();
  return derivedFrom(model, 'datasets', () => [
    ...allDatasets(model),
    ...(procurementDatasets(model) as unknown as AnyDataset[]).map((dataset) => ({ ...dataset, procurement: true })),
  ]);
}
