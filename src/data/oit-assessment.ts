import { getContentModel } from './content-model.ts';
import { collectEvidence } from '../lib/oit/evidence.ts';
import { assessCatalogue, type ItemAssessment } from '../lib/oit/status.ts';
import { bangkokIsoDate } from '../lib/thai-date.ts';
import { contentDir } from './build-context.ts';
import type { OitCatalogue } from '../schemas/oit-catalogue.ts';

/** Statuses are as of the day the site is built, in Bangkok. */
export const assessedOn = bangkokIsoDate(new Date());

const cache = new Map<number, Promise<ItemAssessment[]>>();

/** One assessment per ITA year per build, shared by the year page, the item pages and the ITAS sheet. */
export function assessmentOf(catalogue: OitCatalogue): Promise<ItemAssessment[]> {
  let assessment = cache.get(catalogue.year);
  if (!assessment || import.meta.env.DEV) {
    assessment = getContentModel().then((model) => assessCatalogue(catalogue, collectEvidence(model, `${contentDir}/site.yaml`), model.site, assessedOn));
    cache.set(catalogue.year, assessment);
  }
  return assessment;
}

/** One static path per ITA catalogue year, for the year's pages and sheets. */
export async function catalogueYearPaths() {
  const model = await getContentModel();
  return model.catalogues.map(({ data }) => ({ params: { year: String(data.year) }, props: { catalogue: data } }));
}
