import { config, derivedFrom, getContentModel } from './content-model.ts';
import { collectEvidence } from '../lib/oit/evidence.ts';
import { assessCatalogue, type ItemAssessment } from '../lib/oit/status.ts';
import { bangkokIsoDate } from '../lib/calendar/thai-date.ts';
import type { OitCatalogue } from '../schemas/oit-catalogue.ts';
import type { ItemLink } from '../lib/routes/links.ts';
import { oitItemRoute } from '../lib/routes/oit-item.ts';
import { itemsByDocument, type DocumentItems } from '../lib/oit/document-items.ts';

/** Statuses are as of the day the site is built, in Bangkok (or the day given: `npm run verify` rebuilds a deployed build's day). */
export const assessedOn = config.asOf ?? bangkokIsoDate(new Date());

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

export type { ItemLink };

/** The OIT items a document answers (it counts as evidence within the item's period) and those it only relates to. */
export async function oitItemsOfDocument(documentId: string): Promise<DocumentItems> {
  const model = await getContentModel();
  const byDocument = derivedFrom(model, 'items-by-document', async () =>
    itemsByDocument(await Promise.all(model.catalogues.map(async ({ data }) => ({ year: data.year, assessments: await assessmentOf(data) })))),
  );
  const items = (await byDocument).get(documentId);
  return { answers: [...(items?.answers ?? [])], related: [...(items?.related ?? [])] };
}

/** The items of other ITA years that ask for the same evidence, both ways (an item's sameAs, and items naming it). */
export async function sameItemsOf(year: number, code: string): Promise<ItemLink[]> {
  const model = await getContentModel();
  const titleOf = (otherYear: number, otherCode: string) =>
    model.catalogues.find((entry) => entry.data.year === otherYear)?.data.items.find((item) => item.code === otherCode)?.title;
  const links = new Map<string, ItemLink>();
  const add = (otherYear: number, otherCode: string) => {
    const title = titleOf(otherYear, otherCode);
    if (title) links.set(`${otherYear} ${otherCode}`, { year: otherYear, code: otherCode, title });
  };
  const item = model.catalogues.find((entry) => entry.data.year === year)?.data.items.find((candidate) => candidate.code === code);
  for (const other of item?.sameAs ?? []) add(other.year, other.code);
  for (const { data: catalogue } of model.catalogues) {
    for (const candidate of catalogue.items)
      if (candidate.sameAs.some((other) => other.year === year && other.code === code)) add(catalogue.year, candidate.code);
  }
  return [...links.values()].sort((a, b) => a.year - b.year || a.code.localeCompare(b.code, 'en', { numeric: true }));
}

/** Route data of `/oit/<year>/<code>/`. */
export async function oitItemData(catalogue: OitCatalogue, assessment: ItemAssessment) {
  return oitItemRoute(await getContentModel(), catalogue, assessment, await sameItemsOf(catalogue.year, assessment.item.code));
}
