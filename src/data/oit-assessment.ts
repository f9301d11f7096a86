import { config, derivedFrom, getContentModel } from './content-model.ts';
import { collectEvidence } from '../lib/oit/evidence.ts';
import { assessCatalogue, type ItemAssessment } from '../lib/oit/status.ts';
import { bangkokIsoDate } from '../lib/thai-date.ts';
import type { OitCatalogue } from '../schemas/oit-catalogue.ts';

/** Statuses are as of the day the site is built, in Bangkok. */
export const assessedOn = bangkokIsoDate(new Date());

/** One assessment per ITA year per model, shared by the year page, the item pages and the ITAS sheet. */
export async function assessmentOf(catalogue: OitCatalogue): Promise<ItemAssessment[]> {
  const model = await getContentModel();
  // Evidence depends on the content only, so every ITA year shares one collection.
  const evidence = derivedFrom(model, 'evidence', () => collectEvidence(model, `${config.contentDir}/site.yaml`));
  return derivedFrom(model, `assessment:${catalogue.year}`, () => assessCatalogue(catalogue, evidence, model.site, assessedOn));
}

/** One static path per ITA catalogue year, for the year's pages and sheets. */
export async function catalogueYearPaths() {
  const model = await getContentModel();
  return model.catalogues.map(({ data }) => ({ params: { year: String(data.year) }, props: { catalogue: data } }));
}
