import { getContentModel } from './content-model.ts';
import { collectEvidence, type Evidence } from '../lib/oit/evidence.ts';
import type { ContentModel } from '../lib/content/validate-content.ts';
import { assessCatalogue, type ItemAssessment } from '../lib/oit/status.ts';
import { bangkokIsoDate } from '../lib/thai-date.ts';
import { contentDir } from './build-context.ts';
import type { OitCatalogue } from '../schemas/oit-catalogue.ts';

/** Statuses are as of the day the site is built, in Bangkok. */
export const assessedOn = bangkokIsoDate(new Date());

const cache = new Map<number, Promise<ItemAssessment[]>>();
// Evidence depends on the content only, so every ITA year of a build shares one collection.
const evidenceByModel = new WeakMap<ContentModel, Evidence[]>();

function evidenceOf(model: ContentModel): Evidence[] {
  let evidence = evidenceByModel.get(model);
  if (!evidence) {
    evidence = collectEvidence(model, `${contentDir}/site.yaml`);
    evidenceByModel.set(model, evidence);
  }
  return evidence;
}

/** One assessment per ITA year per build, shared by the year page, the item pages and the ITAS sheet. */
export function assessmentOf(catalogue: OitCatalogue): Promise<ItemAssessment[]> {
  let assessment = cache.get(catalogue.year);
  if (!assessment || import.meta.env.DEV) {
    assessment = getContentModel().then((model) => assessCatalogue(catalogue, evidenceOf(model), model.site, assessedOn));
    cache.set(catalogue.year, assessment);
  }
  return assessment;
}

/** One static path per ITA catalogue year, for the year's pages and sheets. */
export async function catalogueYearPaths() {
  const model = await getContentModel();
  return model.catalogues.map(({ data }) => ({ params: { year: String(data.year) }, props: { catalogue: data } }));
}
